import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DossierContext } from '../config/load.ts';
import { splitNote } from '../lib/frontmatter.ts';
import { utcDay } from '../lib/dates.ts';
import type { SourceResult } from './report.ts';
import { runImport } from './run-import.ts';

/**
 * Scores the importer against a corpus whose `expected.ts` says, for each
 * document (its path under the corpus folder, with " row N" for a spreadsheet
 * row), what a careful reader takes from it. Only the fields an entry names
 * are scored:
 * - `null`: the document does not state the field; an empty field is right,
 *   anything written is wrong (an invented field);
 * - a value: right when the note holds it (a list of strings names every
 *   acceptable reading), empty when the note holds nothing, wrong otherwise.
 * A field listed under the note's `review:` counts as empty: the importer
 * said it did not know.
 */
export type Expected = Record<string, unknown>;

export type Verdict = 'right' | 'empty' | 'wrong';

export interface FieldScore {
  document: string;
  /** The kind of source: the corpus folder the document sits in (postings, pages, articles, trackers). */
  source: string;
  field: string;
  verdict: Verdict;
  want: unknown;
  have: unknown;
}

export interface Tally {
  right: number;
  empty: number;
  wrong: number;
}

/** Folded for comparison: case, accents, spacing and typographic dashes/quotes do not matter. */
const fold = (v: string) =>
  v
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‐-―]/g, '-')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

function canonical(v: unknown): unknown {
  if (v instanceof Date) return utcDay(v);
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, x]) => [k, canonical(x)]),
    );
  return typeof v === 'string' ? fold(v) : v;
}

/** Whether `have` matches `want` for `field` (see the module comment). */
export function matches(field: string, want: unknown, have: unknown): boolean {
  if (
    Array.isArray(want) &&
    want.every((w) => typeof w === 'string') &&
    typeof have === 'string' &&
    field !== 'languages'
  )
    return want.some((w) => matches(field, w, have));
  if (field === 'employment' && Array.isArray(want)) return want.some((w) => matches(field, w, have));
  if (field === 'contacts' && Array.isArray(want) && Array.isArray(have))
    // Each expected contact is present with the properties the entry names.
    return (
      want.length === have.length &&
      want.every((w, i) =>
        Object.entries(w as Record<string, unknown>).every(([k, x]) =>
          matches(k, x, (have[i] as Record<string, unknown>)?.[k]),
        ),
      )
    );
  if (field === 'languages' && Array.isArray(want) && Array.isArray(have))
    return JSON.stringify([...want].map(canonical).sort()) === JSON.stringify([...have].map(canonical).sort());
  return JSON.stringify(canonical(want)) === JSON.stringify(canonical(have));
}

/** The value a note holds for a field, as the scorer compares it. */
function valueOf(field: string, data: Record<string, unknown>, kind: string): unknown {
  if (field === 'kind') return kind;
  if ((data.review as string[] | undefined)?.includes(field)) return undefined;
  const v = data[field];
  if (v === undefined || v === null || (Array.isArray(v) && v.length === 0)) return undefined;
  if (field === 'employment') return (v as { type?: string }).type;
  return v instanceof Date ? utcDay(v) : v;
}

/** Scores one imported note against its entry. */
export function scoreNote(
  document: string,
  expected: Expected,
  data: Record<string, unknown>,
  kind: string,
): FieldScore[] {
  const source = document.split('/')[0] ?? '';
  return Object.entries(expected).map(([field, want]) => {
    const have = valueOf(field, data, kind);
    const verdict: Verdict =
      want === null
        ? have === undefined
          ? 'right'
          : 'wrong'
        : have === undefined
          ? 'empty'
          : matches(field, want, have)
            ? 'right'
            : 'wrong';
    return { document, source, field, verdict, want, have };
  });
}

export function tally(scores: FieldScore[]): Tally {
  const t: Tally = { right: 0, empty: 0, wrong: 0 };
  for (const s of scores) t[s.verdict]++;
  return t;
}

export interface CorpusScore {
  scores: FieldScore[];
  /** Documents the corpus lists that did not become a note (failed or skipped). */
  missing: string[];
  /** Notes of documents the corpus does not list. */
  unlisted: string[];
}

/** Imports every document of `folder` into a fresh content root and scores each against `expected`. */
export function scoreCorpus(folder: string, expected: Record<string, Expected>, ctx: DossierContext): CorpusScore {
  const root = mkdtempSync(join(tmpdir(), 'dossier-score-'));
  try {
    const results: SourceResult[] = runImport([folder], { root, ctx: { ...ctx, root } });
    const scores: FieldScore[] = [];
    const seen = new Set<string>();
    const unlisted: string[] = [];
    for (const r of results) {
      if (r.status !== 'imported') continue;
      const key = relative(resolve(folder), resolve(r.label)).replace(/\\/g, '/');
      const entry = expected[key];
      if (!entry) {
        unlisted.push(key);
        continue;
      }
      seen.add(key);
      const data = splitNote(readFileSync(join(root, r.outcome.note), 'utf8')).data as Record<string, unknown>;
      scores.push(...scoreNote(key, entry, data, r.kind));
    }
    return { scores, missing: Object.keys(expected).filter((k) => !seen.has(k)), unlisted };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** A corpus's `expected.ts` (or `.js`), loaded as a module: `export const EXPECTED = { … }`. */
export async function loadExpected(folder: string): Promise<Record<string, Expected>> {
  const mod = (await import(pathToFileURL(join(folder, 'expected.ts')).href)) as {
    EXPECTED?: Record<string, Expected>;
  };
  if (!mod.EXPECTED) throw new Error(`${join(folder, 'expected.ts')} exports no EXPECTED`);
  return mod.EXPECTED;
}

const pct = (n: number, of: number) => (of === 0 ? '   -' : `${((100 * n) / of).toFixed(0).padStart(3)}%`);

/** A table of right / empty / wrong, one row per group (field or source), then the total. */
export function formatTable(title: string, scores: FieldScore[], by: (s: FieldScore) => string): string {
  const groups = new Map<string, FieldScore[]>();
  for (const s of scores) groups.set(by(s), [...(groups.get(by(s)) ?? []), s]);
  const width = Math.max(title.length, ...[...groups.keys()].map((k) => k.length), 5);
  const row = (name: string, list: FieldScore[]) => {
    const t = tally(list);
    const n = list.length;
    return `${name.padEnd(width)}  ${String(n).padStart(4)}  ${pct(t.right, n)}  ${pct(t.empty, n)}  ${pct(t.wrong, n)}`;
  };
  return [
    `${title.padEnd(width)}  ${'n'.padStart(4)}  right empty wrong`,
    ...[...groups.keys()].sort().map((k) => row(k, groups.get(k)!)),
    row('total', scores),
  ].join('\n');
}

/** Postings, pages and articles apart from tracker rows, as the targets count them. */
export const isTrackerRow = (s: FieldScore) => / row \d+$/.test(s.document);
