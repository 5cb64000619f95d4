import { formatProblem } from '../lib/problems.ts';
import type { NoteKind } from './types.ts';
import type { WriteOutcome } from './write-note.ts';

/** What became of one source. */
export type SourceResult =
  | { status: 'imported'; label: string; kind: NoteKind; outcome: WriteOutcome; found: string[]; missing: string[]; warnings: string[] }
  | { status: 'skipped'; label: string; reason: string }
  | { status: 'failed'; label: string; reason: string };

/** One report line per source: what it was, what happened, which fields were found and which not. */
export function formatResult(result: SourceResult, dryRun = false): string {
  if (result.status === 'failed') {
    // The one format of messages about bad input: path:line:column  field  message.
    return formatProblem({ file: result.label, line: 1, column: 1, field: '-', severity: 'error', message: `not imported: ${result.reason}` });
  }
  if (result.status === 'skipped') return `skipped      ${result.label}  (${result.reason})`;
  const { outcome } = result;
  const verb = dryRun && (outcome.action === 'written' || outcome.action === 'updated') ? `would be ${outcome.action}` : outcome.action;
  const what = outcome.action === 'skipped' ? `skipped ${outcome.note} (${outcome.reason})` : `${verb} ${outcome.note}`;
  const lines = [
    `${result.kind.padEnd(12)} ${result.label}  →  ${what}`,
    `             found: ${result.found.join(', ') || 'nothing'}; missing: ${result.missing.join(', ') || 'nothing'}`,
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
