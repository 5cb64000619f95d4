import { hasHappened, sentDate } from '../catalog/facts.ts';
import type { BuildMoment } from '../config/build-day.ts';
import { daysBetween, type IsoDate } from '../lib/dates.ts';
import {
  isSentKind,
  PROGRESS_KINDS,
  RESPONSE_KINDS,
  sentByKinds,
  type StageIndex,
  type StageKind,
} from '../lib/stages.ts';

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
  history: readonly { stage: string; kind: StageKind; date: string; time?: string; note?: string }[];
  /** `source` and `cv` for the breakdowns by source and by CV version (absent when the audience may not see them). */
  data: { applied?: IsoDate; source?: string; cv?: string };
  /** The group and its page (the catalog gives the page; a hand-written application may leave it out). */
  company: { slug: string; name: string; url?: string };
  roleFamily: { slug: string; name: string; url?: string };
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
  return sentByKinds(kindsSeen(app));
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

/**
 * Days from sending (src/catalog/facts.ts, `sentDate`) to the first answer:
 * the first history step of an answering kind that has happened (a step
 * still to come tells that they answered, not when). Undefined when either
 * date is unknown.
 */
export function daysToFirstResponse(app: StatsApplication, now: BuildMoment): number | undefined {
  const sent = sentDate(app, now);
  const first = app.history.find((s) => RESPONSE_KINDS.has(s.kind) && hasHappened(s, now));
  if (!sent || !first) return undefined;
  const days = daysBetween(sent, first.date as IsoDate);
  return days >= 0 ? days : undefined;
}

/** A finished stay in one stage: from the step that entered it to the next step. */
export interface StageSpan {
  stage: string;
  days: number;
}

/**
 * The finished stays of an application, from its steps that have happened.
 * The stage it is in now has no end yet and is not counted; an `applied`
 * date without a sent step counts as a stay in `sentStage` from that day.
 */
export function stageSpans(app: StatsApplication, now: BuildMoment, sentStage: string): StageSpan[] {
  const steps = app.history
    .filter((s) => hasHappened(s, now))
    .map((s) => ({ stage: s.stage, kind: s.kind, date: s.date as IsoDate }));
  if (app.data.applied && !steps.some((s) => isSentKind(s.kind))) {
    steps.push({ stage: sentStage, kind: 'sent', date: app.data.applied });
    steps.sort((a, b) => a.date.localeCompare(b.date));
  }
  const spans: StageSpan[] = [];
  for (let i = 0; i + 1 < steps.length; i++) {
    const days = daysBetween(steps[i]!.date, steps[i + 1]!.date);
    if (days >= 0) spans.push({ stage: steps[i]!.stage, days });
  }
  return spans;
}
