import { differenceInCalendarDays, parseISO } from 'date-fns';
import { PROGRESS_KINDS, RESPONSE_KINDS, type StageIndex, type StageKind } from '../lib/stages.ts';

/** What the statistics need of the configured pipeline: its order, and which stage stands for a kind. */
export type PipelineStages = Pick<StageIndex, 'keys' | 'firstOfKind'>;

/**
 * What the statistics read from one application: the same shape as a
 * catalog application, reduced to the fields used, so tests can write
 * applications by hand.
 */
export interface StatsApplication {
  id: string;
  /** The current stage and what it means (the catalog sets both). */
  stage: { key: string; kind: StageKind };
  /** Sorted by date (the catalog sorts it), each step with what its stage means. */
  history: readonly { stage: string; kind: StageKind; date: string; note?: string }[];
  /** `source` and `cv` for the breakdowns by source and by CV version (absent when the audience may not see them). */
  data: { applied?: string; source?: string; cv?: string };
  company: { slug: string; name: string };
  roleFamily: { slug: string; name: string };
  /** How it ended, when the note says: the reason's key and label (the catalog's `outcome`). */
  outcome?: { reason?: { key: string; label: string } };
}

/** Every kind of stage the application is known to have reached: its history, its current stage, and sent when it has an `applied` date. */
export function kindsSeen(app: StatsApplication): Set<StageKind> {
  const seen = new Set(app.history.map((s) => s.kind));
  seen.add(app.stage.kind);
  if (app.data.applied) seen.add('sent');
  return seen;
}

/**
 * Whether the application was sent. Saved postings were not; a posting that
 * went from saved straight to withdrawn was not either.
 */
export function isSent(app: StatsApplication): boolean {
  if (app.data.applied) return true;
  const seen = kindsSeen(app);
  if ([...seen].some((k) => k !== 'saved' && k !== 'withdrawn')) return true;
  return seen.has('withdrawn') && !seen.has('saved');
}

/** Whether the application got as far as `kind` on the forward path (an interview implies an answer). */
export function reached(app: StatsApplication, kind: StageKind): boolean {
  const target = PROGRESS_KINDS.indexOf(kind);
  if (target < 0) return kindsSeen(app).has(kind);
  if (target === 0) return isSent(app);
  return [...kindsSeen(app)].some((k) => PROGRESS_KINDS.indexOf(k) >= target);
}

/** Whether the employer answered at all (any step past sent, or a rejection). */
export function hasResponse(app: StatsApplication): boolean {
  return [...kindsSeen(app)].some((k) => RESPONSE_KINDS.has(k));
}

/** The day the application was sent: `applied`, else the date of its first sent step. */
export function sentDate(app: StatsApplication): string | undefined {
  return app.data.applied ?? app.history.find((s) => s.kind === 'sent')?.date;
}

/**
 * Days from sending to the first answer: the first history step of an
 * answering kind, dated no later than `today` (a step still to come tells
 * that they answered, not when). Undefined when either date is unknown.
 */
export function daysToFirstResponse(app: StatsApplication, today: string): number | undefined {
  const sent = sentDate(app);
  const first = app.history.find((s) => RESPONSE_KINDS.has(s.kind) && s.date <= today);
  if (!sent || !first) return undefined;
  const days = differenceInCalendarDays(parseISO(first.date), parseISO(sent));
  return days >= 0 ? days : undefined;
}

/** A finished stay in one stage: from the step that entered it to the next step. */
export interface StageSpan {
  stage: string;
  days: number;
}

/**
 * The finished stays of an application, from its dated steps up to `today`.
 * The stage it is in now has no end yet and is not counted; an `applied`
 * date without a sent step counts as a stay in `sentStage` from that day.
 */
export function stageSpans(app: StatsApplication, today: string, sentStage: string): StageSpan[] {
  const steps = app.history.filter((s) => s.date <= today).map((s) => ({ stage: s.stage, kind: s.kind, date: s.date }));
  if (app.data.applied && !steps.some((s) => s.kind === 'sent')) {
    steps.push({ stage: sentStage, kind: 'sent', date: app.data.applied });
    steps.sort((a, b) => a.date.localeCompare(b.date));
  }
  const spans: StageSpan[] = [];
  for (let i = 0; i + 1 < steps.length; i++) {
    const days = differenceInCalendarDays(parseISO(steps[i + 1]!.date), parseISO(steps[i]!.date));
    if (days >= 0) spans.push({ stage: steps[i]!.stage, days });
  }
  return spans;
}
