import type { BuildMoment } from '../config/build-day.ts';
import type { DossierContext } from '../config/load.ts';
import { daysBetween, type IsoDate } from '../lib/dates.ts';
import { isSentKind, type StageIndex, type StageKind } from '../lib/stages.ts';
import type { ApplicationData } from '../schemas/application.ts';

/**
 * Facts derived from one application's frontmatter, each worked out here
 * only: the catalog computes them once per note and carries them on its
 * items, and code that runs without a catalog (the validator, the mentor
 * copy's manifest) asks the same functions.
 *
 * Time facts are decided against the build moment (src/config/build-day.ts,
 * pinned by `SOURCE_DATE_EPOCH`): whether a step is still to come, when an
 * application was sent, since when it has been at its stage.
 */

/** A dated history step: the day, and the time of day when the note gives one. */
export interface DatedStep {
  date: string;
  /** `HH:MM`, on the note's own (local) clock. */
  time?: string;
}

/** A history step with what its stage means. */
export type KindedStep = DatedStep & { stage: string; kind: StageKind };

/**
 * Whether a step is still to come at the build moment: a step with a time
 * of day when that day and time are after the moment; a step with only a
 * day when that day is after the build day. A step dated today without a
 * time (a stage change recorded today) has happened.
 */
export function isUpcoming(step: DatedStep, now: BuildMoment): boolean {
  if (step.date !== now.day || step.time === undefined) return step.date > now.day;
  return step.time > now.time;
}

/** Whether a step has happened by the build moment: every step that is not upcoming. */
export const hasHappened = (step: DatedStep, now: BuildMoment): boolean => !isUpcoming(step, now);

/**
 * Whether a step is an interview: its stage is of kind `interview`. Only
 * these are interviews in Next up, the calendar and the prep sheet; a
 * future step of any other kind (applying on a planned day, an offer
 * expected) is a planned step, named as such.
 */
export const isInterview = (step: { kind: StageKind }): boolean => step.kind === 'interview';

/**
 * An application's history in the order every view shows it: by day, then
 * time of day (a step without one first), then pipeline order; each step
 * with what its stage means.
 */
export function sortedHistory<S extends DatedStep & { stage: string }>(
  history: readonly S[],
  stages: Pick<StageIndex, 'kind' | 'order'>,
): (S & { kind: StageKind })[] {
  return [...history]
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        (a.time ?? '').localeCompare(b.time ?? '') ||
        stages.order(a.stage) - stages.order(b.stage),
    )
    .map((step) => ({ ...step, kind: stages.kind(step.stage) }));
}

/** The date that orders an application: `applied`, else its earliest history step; none when it has neither. */
export function applicationDate(data: Pick<ApplicationData, 'applied' | 'history'>): IsoDate | undefined {
  if (data.applied) return data.applied;
  let first: IsoDate | undefined;
  for (const step of data.history) if (first === undefined || step.date < first) first = step.date;
  return first;
}

/**
 * The day an application was sent: its latest history step of a `sent` kind
 * that has happened (an application sent again counts from the last time),
 * else its `applied` day; none when neither says. The `applied` day may lie
 * ahead (a planned day to apply): callers that count from it ask
 * `hasHappened` first.
 */
export function sentDate(
  app: { data: { applied?: IsoDate }; history: readonly (DatedStep & { kind: StageKind })[] },
  now: BuildMoment,
): IsoDate | undefined {
  let last: IsoDate | undefined;
  for (const step of app.history) if (isSentKind(step.kind) && hasHappened(step, now)) last = step.date as IsoDate;
  return last ?? app.data.applied;
}

/**
 * The day an application reached the stage it is at: among the steps that
 * have happened (history sorted as `sortedHistory` sorts it), the first of
 * the latest unbroken run at that stage. An application none of whose steps
 * has happened counts from its own date (`applicationDate`) once that has
 * come; one whose last step that happened is at another stage (the stage was
 * changed by hand) has no known day.
 */
export function stageSince(
  app: { stage: string; history: readonly (DatedStep & { stage: string })[]; date?: IsoDate },
  now: BuildMoment,
): IsoDate | undefined {
  const past = app.history.filter((s) => hasHappened(s, now));
  if (past.length === 0) return app.date !== undefined && app.date <= now.day ? app.date : undefined;
  let since: IsoDate | undefined;
  for (let i = past.length - 1; i >= 0 && past[i]!.stage === app.stage; i--) since = past[i]!.date as IsoDate;
  return since;
}

/**
 * `stageSince` of a note's frontmatter as the schema reads it, for code
 * without a catalog (the mentor copy's manifest records each shared
 * application's stage and this day).
 */
export function stageSinceOfData(
  data: Pick<ApplicationData, 'stage' | 'applied' | 'history'>,
  stages: Pick<StageIndex, 'kind' | 'order'>,
  now: BuildMoment,
): IsoDate | undefined {
  return stageSince(
    { stage: data.stage, history: sortedHistory(data.history, stages), date: applicationDate(data) },
    now,
  );
}

/** Whole days an application has been at its stage on the build day, from `stageSince`. */
export function daysInStage(since: IsoDate | undefined, now: BuildMoment): number | undefined {
  return since === undefined ? undefined : Math.max(0, daysBetween(since, now.day));
}

/** The role family an application belongs to: its own `roleFamily`, else what the configured rules make of its position. */
export function roleFamilyName(
  data: Pick<ApplicationData, 'roleFamily' | 'position'>,
  ctx: Pick<DossierContext, 'roleFamilyOf'>,
): string {
  return data.roleFamily ?? ctx.roleFamilyOf(data.position);
}
