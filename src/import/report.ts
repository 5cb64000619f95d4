import { normalizeCompanyName } from '../lib/companies.ts';
import { formatProblem } from '../lib/problems.ts';
import { slugify } from '../lib/slug.ts';
import type { NoteKind } from './types.ts';
import type { WriteOutcome } from './write-note.ts';

/** What became of one source. */
export type SourceResult =
  | {
      status: 'imported';
      label: string;
      kind: NoteKind;
      outcome: WriteOutcome;
      found: string[];
      missing: string[];
      warnings: string[];
      /** Fields filled on weak evidence: check them. */
      guessed?: string[];
      /** Why it was read as an application or an article. */
      reason?: string;
      /** For the first row of a spreadsheet: the column mapping used for all its rows. */
      mapping?: { file: string; columns: string[] };
      /** The company of an application, for the company-note suggestion. */
      company?: string;
    }
  | { status: 'skipped'; label: string; reason: string }
  | { status: 'failed'; label: string; reason: string };

/** One report line per source: what it was, what happened, which fields were found and which not. */
export function formatResult(result: SourceResult, dryRun = false): string {
  if (result.status === 'failed') {
    // The one format of messages about bad input: path:line:column  field  message.
    return formatProblem({
      file: result.label,
      line: 1,
      column: 1,
      field: '-',
      severity: 'error',
      message: `not imported: ${result.reason}`,
    });
  }
  if (result.status === 'skipped') return `skipped      ${result.label}  (${result.reason})`;
  const { outcome } = result;
  const verb =
    dryRun && (outcome.action === 'written' || outcome.action === 'updated')
      ? `would be ${outcome.action}`
      : outcome.action;
  const what = outcome.action === 'skipped' ? `skipped ${outcome.note} (${outcome.reason})` : `${verb} ${outcome.note}`;
  const guessed = result.guessed?.length ? `; guessed: ${result.guessed.join(', ')}` : '';
  const lines = [
    ...(result.mapping
      ? [`columns of ${result.mapping.file}:`, ...result.mapping.columns.map((c) => `             ${c}`)]
      : []),
    `${result.kind.padEnd(12)} ${result.label}  →  ${what}`,
    ...(result.reason ? [`             ${result.kind} because: ${result.reason}`] : []),
    `             found: ${result.found.join(', ') || 'nothing'}; missing: ${result.missing.join(', ') || 'nothing'}${guessed}`,
    ...result.warnings.map((w) => `             note: ${w}`),
  ];
  return lines.join('\n');
}

/** The closing line: counts by outcome. */
export function formatSummary(results: SourceResult[], dryRun: boolean): string {
  const count = (test: (r: SourceResult) => boolean) => results.filter(test).length;
  const by = (action: string) => count((r) => r.status === 'imported' && r.outcome.action === action);
  const would = dryRun ? 'to be ' : '';
  const parts = [
    `${by('written')} ${would}written`,
    `${by('updated')} ${would}updated`,
    `${by('unchanged')} unchanged`,
    `${by('skipped') + count((r) => r.status === 'skipped')} skipped`,
    `${count((r) => r.status === 'failed')} failed`,
  ];
  return `${dryRun ? 'Dry run, nothing written: ' : ''}${parts.join(', ')}.`;
}

/**
 * Company names among the imported applications that look like one employer
 * ("Amazon", "Amazon Web Services", "Amazon.com Services LLC", "AWS"): legal
 * forms aside, one name starts with another's first word, or is its initials.
 * Each group becomes a suggested company note with `aliases`, since Dossier
 * groups different names only through such a note.
 */
export function suggestCompanyNotes(results: SourceResult[], known: (name: string) => boolean = () => false): string[] {
  const names = [...new Set(results.flatMap((r) => (r.status === 'imported' && r.company ? [r.company] : [])))].filter(
    (n) => !known(n),
  );
  const words = (n: string) =>
    normalizeCompanyName(n)
      .replace(/\bcom\b/g, ' ')
      .split(/\s+/)
      .filter(Boolean);
  const initials = (n: string) =>
    words(n)
      .map((w) => w[0])
      .join('');
  const groups: string[][] = [];
  for (const name of names) {
    const w = words(name);
    const group = groups.find((g) =>
      g.some((other) => {
        const o = words(other);
        if (normalizeCompanyName(other) === normalizeCompanyName(name)) return false;
        const sameStart = w[0] && o[0] && w[0] === o[0] && w[0].length >= 3;
        const acronym =
          (w.length === 1 && o.length >= 2 && w[0] === initials(other)) ||
          (o.length === 1 && w.length >= 2 && o[0] === initials(name));
        return sameStart || acronym;
      }),
    );
    if (group) group.push(name);
    else groups.push([name]);
  }
  const out: string[] = [];
  for (const group of groups.filter((g) => new Set(g.map(normalizeCompanyName)).size > 1)) {
    const main = [...group].sort((a, b) => words(a).length - words(b).length || a.length - b.length)[0]!;
    const file = `companies/${slugify(main)}.mdx`;
    out.push(
      `These names look like one employer: ${group.map((n) => `"${n}"`).join(', ')}. To group them, create ${file}:`,
    );
    out.push(
      `  ---\n  name: ${main}\n  aliases: [${group
        .filter((n) => n !== main)
        .map((n) => JSON.stringify(n))
        .join(', ')}]\n  ---`,
    );
  }
  return out;
}
