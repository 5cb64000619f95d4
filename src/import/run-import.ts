import type { DossierContext } from '../config/load.ts';
import { COLLECTION_DIRS } from '../config/content-root.ts';
import { buildNote, serializeNote } from './build-note.ts';
import { collectSources } from './read-sources.ts';
import { hasNotionId, stripNotionId } from './notion-page.ts';
import type { SourceResult } from './report.ts';
import { ImportError, type SourceUnit } from './types.ts';
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

function importSources(paths: string[], opts: ImportOptions, heartbeat: () => void): SourceResult[] {
  const { units, failures, skipped } = collectSources(paths, { zipLimits: opts.zipLimits });
  heartbeat();
  const results: SourceResult[] = [
    ...failures.map((f): SourceResult => ({ status: 'failed', ...f })),
    ...skipped.map((s): SourceResult => ({ status: 'skipped', ...s })),
  ];
  const manifest = readManifest(opts.root);
  // What this run recorded: merged into the manifest as it is on disk at the end.
  const recorded: Manifest['notes'] = {};
  const claimed = new Set<string>();
  const seen = new Map<string, string>();
  // A Notion export holds each database row twice: as a CSV row and as its page. The page has the body.
  const pages = new Map(units.filter((u) => u.format === 'page' && hasNotionId(u.name)).map((u) => [stripNotionId(u.name), u.label]));
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
      const note = buildNote(unit, opts.ctx);
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
      });
      if (outcome.action !== 'skipped') recorded[fp] = manifest.notes[fp]!;
      results.push({ status: 'imported', label: unit.label, kind: note.kind, outcome, found: note.found, missing: note.missing, warnings: note.warnings });
    } catch (error) {
      // Bad input is an ImportError with advice; anything else is a bug, reported the same way so the other sources still import.
      // The message is cut: an error about the input may quote all of it (a regex built from a 5 MB line did).
      const reason = error instanceof ImportError ? error.message : `could not be imported (${String((error as Error).message).slice(0, 300)}); please report this with the file`;
      results.push({ status: 'failed', label: unit.label, reason });
    }
  }
  if (!opts.dryRun && Object.keys(recorded).length > 0) updateManifest(opts.root, recorded);
  return results;
}
