import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DossierContext } from '../config/load.ts';
import { COLLECTION_DIRS } from '../config/content-root.ts';
import { buildNote, serializeNote, tableMapping } from './build-note.ts';
import { describeMapping, type MapOverride, type TrackerTable } from './tracker.ts';
import { collectSources } from './read-sources.ts';
import { fetchSources, isWebAddress, type FetchOptions } from './fetch-url.ts';
import { hasNotionId, stripNotionId } from './notion-page.ts';
import type { SourceResult } from './report.ts';
import { ImportError, type NoteKind, type SourceUnit } from './types.ts';
import { acquireImportLock } from './lock.ts';
import { placeNote, readManifest, sha256, updateManifest, type Manifest } from './write-note.ts';
import type { ZipLimits } from './zip.ts';

export interface ImportOptions {
  root: string;
  ctx: DossierContext;
  dryRun?: boolean;
  force?: boolean;
  /** How long to wait for another import into the same content root (default: do not wait). */
  lockWaitMs?: number;
  /** Told once when the import starts waiting for another. */
  onLockWait?: (message: string) => void;
  /** Zip limits other than ZIP_LIMITS (tests). */
  zipLimits?: ZipLimits;
  /** `--kind`: read every source as this kind. */
  kind?: NoteKind;
  /** `--map`: the column mapping for tracker spreadsheets. */
  map?: MapOverride;
  /** Sources read already (web pages fetched by fetchSources), imported with the paths. */
  units?: SourceUnit[];
  /** Sources that could not be read (a web address that did not answer). */
  failures?: { label: string; reason: string }[];
}

/**
 * A source's identity: its content, not its path, so the same Notion page
 * imported from the zip and later from the unzipped folder is one source.
 */
function fingerprint(unit: SourceUnit): string {
  return sha256(unit.format === 'row' ? JSON.stringify(unit.row) : unit.text);
}

/**
 * Imports every source under `paths`; one failing source never stops the
 * others. The content root is locked for the whole import (not for a dry run,
 * which writes nothing): throws ImportLockedError when another import holds it
 * for longer than `lockWaitMs`.
 */
export function runImport(paths: string[], opts: ImportOptions): SourceResult[] {
  if (opts.dryRun) return importSources(paths, opts, () => {});
  const lock = acquireImportLock(opts.root, { waitMs: opts.lockWaitMs, onWait: opts.onLockWait });
  try {
    return importSources(paths, opts, lock.heartbeat);
  } finally {
    lock.release();
  }
}

/**
 * `runImport` for what the command line is given: paths, and web addresses,
 * which are fetched first (the only part that waits on the network).
 */
export async function importAll(
  args: string[],
  opts: ImportOptions & { fetchTimeoutMs?: number; fetchMaxBytes?: number; allowLocal?: FetchOptions['allowLocal'] },
): Promise<SourceResult[]> {
  const addresses = args.filter(isWebAddress);
  const fetched = addresses.length
    ? await fetchSources(addresses, {
        timeoutMs: opts.fetchTimeoutMs,
        maxBytes: opts.fetchMaxBytes,
        allowLocal: opts.allowLocal,
      })
    : { units: [], failures: [] };
  return runImport(
    args.filter((a) => !isWebAddress(a)),
    {
      ...opts,
      units: [...(opts.units ?? []), ...fetched.units],
      failures: [...(opts.failures ?? []), ...fetched.failures],
    },
  );
}

function importSources(paths: string[], opts: ImportOptions, heartbeat: () => void): SourceResult[] {
  const collected = collectSources(paths, { zipLimits: opts.zipLimits });
  const units = [...(opts.units ?? []), ...collected.units];
  const failures = [...(opts.failures ?? []), ...collected.failures];
  const { skipped } = collected;
  heartbeat();
  const results: SourceResult[] = [
    ...failures.map((f): SourceResult => ({ status: 'failed', ...f })),
    ...skipped.map((s): SourceResult => ({ status: 'skipped', ...s })),
  ];
  const manifest = readManifest(opts.root);
  // Notes on disk by their importedFrom, for sources the manifest does not know (it was deleted, or the source changed).
  const byOrigin = opts.dryRun && !existsSync(opts.root) ? new Map<string, string>() : notesByOrigin(opts.root);
  const mapped = new Set<TrackerTable>();
  // What this run recorded: merged into the manifest as it is on disk at the end.
  const recorded: Manifest['notes'] = {};
  const claimed = new Set<string>();
  const seen = new Map<string, string>();
  // A Notion export holds each database row twice: as a CSV row and as its page. The page has the body.
  const pages = new Map(
    units.filter((u) => u.format === 'page' && hasNotionId(u.name)).map((u) => [stripNotionId(u.name), u.label]),
  );
  for (const unit of units) {
    heartbeat();
    const title = unit.row?.[0]?.[1];
    if (unit.format === 'row' && title && pages.has(title)) {
      results.push({ status: 'skipped', label: unit.label, reason: `its page ${pages.get(title)} is imported` });
      continue;
    }
    const fp = fingerprint(unit);
    if (seen.has(fp)) {
      results.push({ status: 'skipped', label: unit.label, reason: `same content as ${seen.get(fp)}` });
      continue;
    }
    seen.set(fp, unit.label);
    try {
      const note = buildNote(unit, opts.ctx, { kind: opts.kind, map: opts.map });
      const outcome = placeNote({
        root: opts.root,
        dir: note.kind === 'application' ? COLLECTION_DIRS.applications : COLLECTION_DIRS.articles,
        slug: note.slug,
        content: serializeNote(note),
        fingerprint: fp,
        source: unit.label,
        manifest,
        claimed,
        force: opts.force ?? false,
        dryRun: opts.dryRun ?? false,
        origin: typeof note.frontmatter.importedFrom === 'string' ? note.frontmatter.importedFrom : undefined,
        byOrigin,
      });
      if (outcome.action !== 'skipped') recorded[fp] = manifest.notes[fp]!;
      // The first row of a spreadsheet carries the column mapping used for all its rows, for the report.
      let mapping: string[] | undefined;
      if (unit.table && !mapped.has(unit.table)) {
        mapped.add(unit.table);
        mapping = describeMapping(tableMapping(unit.table, opts.ctx, opts.map));
      }
      const company =
        note.kind === 'application' && !note.frontmatter.review?.toString().includes('company')
          ? String(note.frontmatter.company)
          : undefined;
      results.push({
        status: 'imported',
        label: unit.label,
        kind: note.kind,
        outcome,
        found: note.found,
        missing: note.missing,
        warnings: note.warnings,
        ...(note.guessed?.length ? { guessed: note.guessed } : {}),
        ...(note.reason ? { reason: note.reason } : {}),
        ...(mapping ? { mapping: { file: unit.table!.label, columns: mapping } } : {}),
        ...(company ? { company } : {}),
      });
    } catch (error) {
      // Bad input is an ImportError with advice; anything else is a bug, reported the same way so the other sources still import.
      // The message is cut: an error about the input may quote all of it (a regex built from a 5 MB line did).
      const reason =
        error instanceof ImportError
          ? error.message
          : `could not be imported (${String((error as Error).message).slice(0, 300)}); please report this with the file`;
      results.push({ status: 'failed', label: unit.label, reason });
    }
  }
  if (!opts.dryRun && Object.keys(recorded).length > 0) updateManifest(opts.root, recorded);
  return results;
}

/**
 * The notes in the content root that say where they were imported from
 * (`importedFrom:`), by that source: re-importing a source whose content
 * changed (a page fetched again) finds its note even when the manifest does not.
 */
function notesByOrigin(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const dir of [COLLECTION_DIRS.applications, COLLECTION_DIRS.articles]) {
    let names: string[];
    try {
      names = readdirSync(join(root, dir)).filter((n) => n.endsWith('.mdx'));
    } catch {
      continue;
    }
    for (const name of names) {
      let head: string;
      try {
        head = readFileSync(join(root, dir, name), 'utf8').slice(0, 8192);
      } catch {
        continue;
      }
      const m = /^importedFrom:\s*(.+)$/m.exec(head.split(/\n---\s*\n/)[0] ?? '');
      if (!m) continue;
      const raw = m[1]!.trim();
      const value = raw.startsWith('"')
        ? safeJson(raw)
        : raw.startsWith("'")
          ? raw.slice(1, -1).replace(/''/g, "'")
          : raw;
      if (value && !out.has(value)) out.set(value, `${dir}/${name}`);
    }
  }
  return out;
}

function safeJson(text: string): string | undefined {
  try {
    return JSON.parse(text) as string;
  } catch {
    return undefined;
  }
}
