import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { hasNotionId } from './notion-page.ts';
import type { TrackerTable } from './tracker.ts';
import type { SourceUnit } from './types.ts';
import { formatBytes, readZip, ZIP_LIMITS, ZipError, type ZipEntry, type ZipLimits } from './zip.ts';

/** A source that could not be read, or that was left out on purpose. */
export interface SourceNote {
  label: string;
  reason: string;
}

export interface CollectedSources {
  units: SourceUnit[];
  /** Unreadable files: reported as failures. */
  failures: SourceNote[];
  /** Files passed over on purpose (a Notion CSV whose `_all` twin is imported). */
  skipped: SourceNote[];
}

const IMPORTABLE = new Set(['.md', '.markdown', '.txt', '.csv', '.zip', '.html', '.htm']);

/** What a file is named in reports: relative to the current folder when that is shorter. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/**
 * Decodes a file as UTF-8 text without BOM and with `\n` line endings, or
 * says why it is not text.
 */
export function decodeText(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.includes(0)) return { error: 'this is a binary file, not text; export it as Markdown, text or CSV' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
  } catch {
    return { error: 'this file is not UTF-8 text; save it as UTF-8 and import it again' };
  }
}

/** Where a file came from: `zip` is set inside an archive (its limits, the budget left, how deep). */
interface Origin {
  /** The limits for an archive read from disk (tests lower them). */
  limits?: ZipLimits;
  zip?: { limits: ZipLimits; budget: { bytes: number }; depth: number };
}

/** One file's bytes, from disk or a zip, turned into units. `siblings` are the other names in its folder. */
function addFile(
  out: CollectedSources,
  label: string,
  name: string,
  bytes: Uint8Array,
  siblings: Set<string>,
  origin: Origin = {},
): void {
  const ext = extname(name).toLowerCase();
  if (ext === '.zip') return addZip(out, label, bytes, origin);
  if (ext === '.csv' && siblings.has(name.replace(/\.csv$/i, '_all.csv'))) {
    out.skipped.push({
      label,
      reason: `the same database's ${name.replace(/\.csv$/i, '_all.csv')} (all rows) is imported instead`,
    });
    return;
  }
  const decoded = decodeText(bytes);
  if ('error' in decoded) return void out.failures.push({ label, reason: decoded.error });
  const from = originOf(label);
  if (ext === '.csv') return addCsv(out, label, name, decoded.text, from);
  out.units.push({
    label,
    name,
    format: ext === '.html' || ext === '.htm' ? 'html' : 'page',
    text: decoded.text,
    origin: from,
  });
}

/**
 * What a note records as its `importedFrom`: the file's name, without the
 * folders or the archive it sits in on this computer, so the same page
 * imported from Notion's zip and from the unzipped folder is one source.
 */
export function originOf(label: string): string {
  return basename(label.split(' › ').pop()!);
}

/**
 * The rows of a spreadsheet saved as CSV: a Notion database export (its first
 * column, "Name", titles each row) or any job tracker's (see tracker.ts).
 * Each row is a unit that shares the table, so its columns are mapped once.
 */
function addCsv(out: CollectedSources, label: string, name: string, text: string, origin: string): void {
  let records: string[][];
  try {
    // The delimiter is what the header uses: a comma, or the semicolon spreadsheets write in much of Europe.
    const first = text.split('\n', 1)[0] ?? '';
    const delimiter =
      (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0)
        ? ';'
        : (first.match(/\t/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0)
          ? '\t'
          : ',';
    records = parseCsv(text, {
      relax_column_count: true,
      skip_empty_lines: true,
      delimiter,
      relax_quotes: true,
    }) as string[][];
  } catch (error) {
    return void out.failures.push({
      label,
      reason: `not a readable CSV file: ${(error as Error).message.split('\n')[0]}`,
    });
  }
  const [header, ...rows] = records;
  if (!header || header.every((h) => h.trim() === '')) {
    return void out.failures.push({
      label,
      reason:
        'the CSV file has no header row; a tracker export starts with a row of column names ("Company", "Position", "Status"…)',
    });
  }
  const cells = rows.filter((r) => r.some((c) => c.trim() !== ''));
  if (cells.length === 0) return void out.skipped.push({ label, reason: 'the CSV file has no rows' });
  const columns = header.map((h, i) => h.trim() || `Column ${i + 1}`);
  const table: TrackerTable = {
    label,
    header: columns,
    rows: cells.map((r) => columns.map((_, c) => (r[c] ?? '').trim())),
    notion: hasNotionId(name) || /^name$/i.test(columns[0]!),
  };
  rows.forEach((r, i) => {
    const index = cells.indexOf(r);
    if (index < 0) return;
    const row = columns.map((column, c): [string, string] => [column, (r[c] ?? '').trim()]);
    out.units.push({
      label: `${label} row ${i + 2}`,
      name,
      format: 'row',
      text: '',
      row,
      table,
      rowIndex: index,
      origin: `${origin} row ${i + 2}`,
    });
  });
}

/**
 * The importable entries of a zip, within ZIP_LIMITS: a zip inside it shares
 * its budget, so nesting cannot multiply what a bomb inflates to. An entry
 * past a limit fails with a message naming it and the limit; the others still
 * import, unless the archive's total is spent.
 */
function addZip(out: CollectedSources, label: string, bytes: Uint8Array, origin: Origin): void {
  const limits = origin.limits ?? ZIP_LIMITS;
  const zip = origin.zip ?? { limits, budget: { bytes: limits.maxTotalBytes }, depth: 0 };
  if (zip.depth >= zip.limits.maxDepth) {
    return void out.failures.push({
      label,
      reason: `an archive nested more than ${zip.limits.maxDepth} deep; unzip the outer archives and import the folder`,
    });
  }
  let entries: ZipEntry[];
  try {
    entries = readZip(bytes, zip.limits, zip.budget);
  } catch (error) {
    if (!(error instanceof ZipError)) throw error;
    return void out.failures.push({
      label,
      reason: `not a readable zip file (${error.message}); export again from Notion ("Markdown & CSV")`,
    });
  }
  const byName = new Map(entries.filter((e) => !e.name.startsWith('__MACOSX/')).map((e) => [e.name, e]));
  const names = [...byName.keys()].sort();
  const byFolder = new Map<string, Set<string>>();
  for (const n of names) {
    const folder = n.slice(0, n.lastIndexOf('/') + 1);
    if (!byFolder.has(folder)) byFolder.set(folder, new Set());
    byFolder.get(folder)!.add(basename(n));
  }
  const inner: Origin = { zip: { ...zip, depth: zip.depth + 1 } };
  for (const n of names) {
    if (!IMPORTABLE.has(extname(n).toLowerCase()) || basename(n).startsWith('.')) continue;
    let data: Uint8Array;
    try {
      data = byName.get(n)!.read();
    } catch (error) {
      if (!(error instanceof ZipError)) throw error;
      // The archive's total is spent: nothing more can be read from it, and the report says so once.
      out.failures.push({
        label: `${label} › ${n}`,
        reason: `not read${error.spent ? ', nor anything after it' : ''}: ${error.message}`,
      });
      if (error.spent) return;
      continue;
    }
    addFile(out, `${label} › ${n}`, basename(n), data, byFolder.get(n.slice(0, n.lastIndexOf('/') + 1))!, inner);
  }
}

/**
 * Everything to import under the given paths: files, folders (walked in name
 * order, hidden entries skipped), zips (also zips inside zips, as Notion
 * splits large exports into `Part-N.zip`) and CSV rows.
 */
export function collectSources(paths: string[], opts: { zipLimits?: ZipLimits } = {}): CollectedSources {
  const out: CollectedSources = { units: [], failures: [], skipped: [] };
  const visit = (path: string, explicit: boolean, siblings: Set<string>) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return void out.failures.push({ label: shown(path), reason: 'no such file or folder' });
    }
    if (stat.isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(path)
          .filter((n) => !n.startsWith('.') && n !== 'node_modules')
          .sort();
      } catch (error) {
        return void out.failures.push({
          label: shown(path),
          reason: `cannot read the folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
        });
      }
      const set = new Set(names);
      for (const n of names) visit(join(path, n), false, set);
      return;
    }
    const ext = extname(path).toLowerCase();
    if (!IMPORTABLE.has(ext)) {
      if (explicit)
        out.failures.push({
          label: shown(path),
          reason: `cannot import ${ext || 'files without an extension'}; give .md, .txt, .html, .csv or .zip files, a folder, or a web address`,
        });
      return;
    }
    // A text file is read whole and scanned several times: past the limit a zip entry has, it is not a note.
    const textLimit = (opts.zipLimits ?? ZIP_LIMITS).maxTextBytes;
    if (ext !== '.zip' && stat.size > textLimit) {
      return void out.failures.push({
        label: shown(path),
        reason: `the file is ${formatBytes(stat.size)}, more than the ${formatBytes(textLimit)} a note is imported from; split it, or import the part that is the note`,
      });
    }
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      return void out.failures.push({
        label: shown(path),
        reason: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      });
    }
    addFile(out, shown(path), basename(path), bytes, siblings, { limits: opts.zipLimits });
  };
  for (const path of paths) visit(path, true, new Set());
  return out;
}
