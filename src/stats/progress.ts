import { differenceInCalendarDays, parseISO } from 'date-fns';

/**
 * What the statistics read from one application: the same shape as a
 * catalog application, reduced to the fields used, so tests can write
 * applications by hand.
 */
export interface StatsApplication {
  id: string;
  stage: { key: string };
  /** Sorted by date (the catalog sorts it). */
  history: readonly { stage: string; date: string; note?: string }[];
  data: { applied?: string };
  company: { slug: string; name: string };
  roleFamily: { slug: string; name: string };
}

/** The forward path an application can travel, in order. Keys of the default stages. */
export const PIPELINE = ['applied', 'screening', 'interviewing', 'offer', 'accepted'] as const;
/** Stages that mean the employer answered: any step past applied, or a rejection. */
export const RESPONSE_STAGES: ReadonlySet<string> = new Set(['screening', 'interviewing', 'offer', 'accepted', 'rejected']);
const NOT_SENT = 'wishlist';
const WITHDRAWN = 'withdrawn';

/** Every stage the application is known to have been at: its history, its current stage and `applied` when it has that date. */
export function stagesSeen(app: StatsApplication): Set<string> {
  const seen = new Set(app.history.map((s) => s.stage));
  seen.add(app.stage.key);
  if (app.data.applied) seen.add('applied');
  return seen;
}

/**
 * Whether the application was sent. Saved postings (wishlist) were not; a
 * posting that went from wishlist straight to withdrawn was not either.
 */
export function isSent(app: StatsApplication): boolean {
  if (app.data.applied) return true;
  const seen = stagesSeen(app);
  if ([...seen].some((s) => s !== NOT_SENT && s !== WITHDRAWN)) return true;
  return seen.has(WITHDRAWN) && !seen.has(NOT_SENT);
}

/** Whether the application got as far as `key` on the pipeline (reaching interviewing implies screening). */
export function reached(app: StatsApplication, key: string): boolean {
  const target = PIPELINE.indexOf(key as (typeof PIPELINE)[number]);
  if (target < 0) return stagesSeen(app).has(key);
  if (target === 0) return isSent(app);
  return [...stagesSeen(app)].some((s) => PIPELINE.indexOf(s as (typeof PIPELINE)[number]) >= target);
}

/** Whether the employer answered at all (screening or later, or a rejection). */
export function hasResponse(app: StatsApplication): boolean {
  return [...stagesSeen(app)].some((s) => RESPONSE_STAGES.has(s));
}

/** The day the application was sent: `applied`, else the date of its `applied` history step. */
export function sentDate(app: StatsApplication): string | undefined {
  return app.data.applied ?? app.history.find((s) => s.stage === 'applied')?.date;
}

/**
 * Days from sending to the first answer: the first history step in a
 * response stage, dated no later than `today` (a step still to come tells
 * that they answered, not when). Undefined when either date is unknown.
 */
export function daysToFirstResponse(app: StatsApplication, today: string): number | undefined {
  const sent = sentDate(app);
  const first = app.history.find((s) => RESPONSE_STAGES.has(s.stage) && s.date <= today);
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
 * The stage it is in now has no end yet and is not counted; `applied`
 * without a history step counts from the `applied` date.
 */
export function stageSpans(app: StatsApplication, today: string): StageSpan[] {
  const steps = app.history.filter((s) => s.date <= today).map((s) => ({ stage: s.stage, date: s.date }));
  if (app.data.applied && !steps.some((s) => s.stage === 'applied')) {
    steps.push({ stage: 'applied', date: app.data.applied });
    steps.sort((a, b) => a.date.localeCompare(b.date));
  }
  const spans: StageSpan[] = [];
  for (let i = 0; i + 1 < steps.length; i++) {
    const days = differenceInCalendarDays(parseISO(steps[i + 1]!.date), parseISO(steps[i]!.date));
    if (days >= 0) spans.push({ stage: steps[i]!.stage, days });
  }
  return spans;
}
