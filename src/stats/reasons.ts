import { PROGRESS_KINDS, type StageKind } from '../lib/stages.ts';
import { isSent, reached, type PipelineStages, type StatsApplication } from './progress.ts';

/** How an application can end without an offer taken: the kinds `outcome.reason` explains. */
export const ENDING_KINDS = ['rejected', 'no-answer', 'withdrawn'] as const satisfies readonly StageKind[];
export type EndingKind = (typeof ENDING_KINDS)[number];

/** One row of the table: an ending and a reason, and how many applications ended so, by the stage they reached. */
export interface ReasonRow {
  ending: EndingKind;
  /** The reason's key and label; undefined for the applications that give none. */
  reason?: { key: string; label: string };
  /** One count per column of `ReasonsByStage.columns`. */
  counts: number[];
  total: number;
}

export interface ReasonsByStage {
  /** The furthest step reached, in pipeline order: the funnel's steps that some ended application reached. */
  columns: { kind: StageKind; key: string }[];
  /** Rejected first, then no answer, then withdrawn; within each, the configured reasons in order, unrecorded last. */
  rows: ReasonRow[];
  /** Ended applications counted (sent, and rejected, ghosted or withdrawn). */
  total: number;
}

/** The furthest step of the forward path an application reached (sent at least, since it was sent). */
function furthest(app: StatsApplication): StageKind {
  let kind: StageKind = 'sent';
  for (const k of PROGRESS_KINDS) if (reached(app, k)) kind = k;
  return kind;
}

/**
 * Why applications ended, by how far they got: every sent application that is
 * now rejected, without an answer or withdrawn, counted by its `outcome`
 * reason (or none) and by the furthest step it reached (a rejection after the
 * interviews counts under interviewing). `reasonOrder` is the configured
 * reasons' keys, which order the rows.
 */
export function reasonsByStage(
  apps: readonly StatsApplication[],
  stages: PipelineStages,
  reasonOrder: readonly string[],
): ReasonsByStage {
  const ended = apps.filter((app) => isSent(app) && (ENDING_KINDS as readonly StageKind[]).includes(app.stage.kind));
  const reachedKinds = new Set(ended.map(furthest));
  const columns = PROGRESS_KINDS.flatMap((kind) => {
    const key = stages.firstOfKind(kind);
    return key !== undefined && reachedKinds.has(kind) ? [{ kind, key }] : [];
  });
  const rows = new Map<string, ReasonRow>();
  for (const app of ended) {
    const ending = app.stage.kind as EndingKind;
    const reason = app.outcome?.reason;
    const id = `${ending}\0${reason?.key ?? ''}`;
    const row = rows.get(id) ?? { ending, ...(reason ? { reason } : {}), counts: columns.map(() => 0), total: 0 };
    rows.set(id, row);
    const column = columns.findIndex((c) => c.kind === furthest(app));
    if (column >= 0) row.counts[column]! += 1;
    row.total += 1;
  }
  const rank = (row: ReasonRow) => (row.reason ? reasonOrder.indexOf(row.reason.key) : reasonOrder.length + 1);
  return {
    columns,
    rows: [...rows.values()].sort(
      (a, b) => ENDING_KINDS.indexOf(a.ending) - ENDING_KINDS.indexOf(b.ending) || rank(a) - rank(b),
    ),
    total: ended.length,
  };
}
