import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The manifest's file name at the content root. */
export const MANIFEST_FILE = '.dossier-import.json';

/**
 * What the importer wrote, by source fingerprint: the note's path (relative
 * to the content root) and the hash of the content written. Re-importing a
 * source finds its note here; a note whose file no longer has that hash was
 * edited by the user and is left alone unless `--force`.
 */
export interface Manifest {
  version: 1;
  notes: Record<string, { note: string; hash: string; source: string; origin?: string }>;
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function readManifest(root: string): Manifest {
  const file = join(root, MANIFEST_FILE);
  if (!existsSync(file)) return { version: 1, notes: {} };
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    if (data && data.version === 1 && typeof data.notes === 'object') return data;
  } catch {
    // A damaged manifest is rebuilt: notes on disk are still protected by the content comparison below.
  }
  return { version: 1, notes: {} };
}

/** Writes through a temporary file and a rename, so a crash never leaves half a note. */
export function writeAtomic(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, content);
  renameSync(temp, file);
}

/**
 * Records `entries` in the manifest: read again from disk, merged, written
 * through a temporary file and a rename. Whatever else is on disk by now (an
 * import the lock did not cover, a manifest the user restored) is kept.
 */
export function updateManifest(root: string, entries: Manifest['notes']): void {
  const current = readManifest(root);
  Object.assign(current.notes, entries);
  writeManifest(root, current);
}

export function writeManifest(root: string, manifest: Manifest): void {
  const sorted = Object.fromEntries(Object.entries(manifest.notes).sort(([a], [b]) => a.localeCompare(b)));
  writeAtomic(join(root, MANIFEST_FILE), `${JSON.stringify({ version: 1, notes: sorted }, null, 2)}\n`);
}

export type WriteOutcome =
  { action: 'written' | 'updated' | 'unchanged'; note: string } | { action: 'skipped'; note: string; reason: string };

/**
 * Decides what happens to one note and does it (unless `dryRun`):
 * - a source seen before goes to the same file: unchanged when the content is
 *   the same, rewritten when the file still holds what was imported, skipped
 *   when the user edited or deleted it (rewritten with `force`);
 * - a new source takes `<dir>/<slug>.mdx`, or `-2`, `-3`… when that name is
 *   taken by another note (a file with exactly this content counts as its own).
 * `claimed` holds paths given to other sources in this run.
 */
export function placeNote(opts: {
  root: string;
  dir: string;
  slug: string;
  content: string;
  fingerprint: string;
  source: string;
  manifest: Manifest;
  claimed: Set<string>;
  force: boolean;
  dryRun: boolean;
  /** The note's `importedFrom`: a source whose content changed is still found by it. */
  origin?: string;
  /** Notes on disk by their `importedFrom`. */
  byOrigin?: Map<string, string>;
}): WriteOutcome {
  const { root, manifest, content, force, dryRun } = opts;
  const hash = sha256(content);
  const record = (note: string) => {
    manifest.notes[opts.fingerprint] = {
      note,
      hash,
      source: opts.source,
      ...(opts.origin ? { origin: opts.origin } : {}),
    };
    opts.claimed.add(note);
  };
  const write = (note: string) => {
    if (!dryRun) writeAtomic(join(root, note), content);
  };
  // The same source, by content; else by where it came from: the same path (a file edited since), or the same web
  // address. A file's importedFrom is only its name, which files in other folders may share, so on its own it decides nothing.
  const isUrl = opts.origin !== undefined && /^https?:\/\//.test(opts.origin);
  const sameOrigin = Object.values(manifest.notes).find(
    (e) => !opts.claimed.has(e.note) && (e.source === opts.source || (isUrl && e.origin === opts.origin)),
  );
  const known = manifest.notes[opts.fingerprint] ?? sameOrigin;
  if (!known && isUrl && opts.byOrigin?.has(opts.origin!) && !opts.claimed.has(opts.byOrigin.get(opts.origin!)!)) {
    // A note on disk says it came from this source, and the manifest does not know it: the same content is unchanged;
    // other content is the user's or an older import's, replaced only with --force.
    const note = opts.byOrigin.get(opts.origin!)!;
    const onDisk = readFileSync(join(root, note), 'utf8');
    if (onDisk === content) {
      record(note);
      return { action: 'unchanged', note };
    }
    if (!force) {
      opts.claimed.add(note);
      return {
        action: 'skipped',
        note,
        reason: `${note} was imported from the same source (importedFrom) and differs from this import; --force replaces it`,
      };
    }
    write(note);
    record(note);
    return { action: 'updated', note };
  }
  if (known) {
    const file = join(root, known.note);
    opts.claimed.add(known.note);
    if (!existsSync(file)) {
      if (!force)
        return {
          action: 'skipped',
          note: known.note,
          reason: 'the note was deleted after the last import; --force brings it back',
        };
      write(known.note);
      record(known.note);
      return { action: 'written', note: known.note };
    }
    const onDisk = readFileSync(file, 'utf8');
    if (onDisk === content) {
      record(known.note);
      return { action: 'unchanged', note: known.note };
    }
    if (sha256(onDisk) !== known.hash && !force) {
      return {
        action: 'skipped',
        note: known.note,
        reason: 'you edited the note since it was imported; --force overwrites it',
      };
    }
    write(known.note);
    record(known.note);
    return { action: 'updated', note: known.note };
  }
  for (let n = 1; ; n++) {
    const note = `${opts.dir}/${opts.slug}${n === 1 ? '' : `-${n}`}.mdx`;
    if (opts.claimed.has(note)) continue;
    const file = join(root, note);
    if (existsSync(file)) {
      if (readFileSync(file, 'utf8') === content) {
        record(note);
        return { action: 'unchanged', note };
      }
      continue;
    }
    write(note);
    record(note);
    return { action: 'written', note };
  }
}
