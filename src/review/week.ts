import type { Move } from '../catalog/moves.ts';
import type { NextUpItem } from '../catalog/next-up.ts';
import { daysInStage } from '../catalog/facts.ts';
import type { ApplicationNote } from '../catalog/types.ts';
import type { BuildMoment } from '../config/build-day.ts';
import type { IsoDate } from '../lib/dates.ts';
import { isoWeekOf, weeksFromTo, type IsoWeek } from '../lib/iso-week.ts';
import { PROGRESS_KINDS, type StageKind } from '../lib/stages.ts';
import { FUNNEL_STEPS, readFunnel, tooFewToRead, type FunnelCounts, type FunnelReading } from './funnel-reading.ts';

/** Days after the build day that the current week's "What's next" looks at (the build day itself included). */
export const NEXT_DAYS = 7;

/** A task dated in the week. */
export interface Commitment<E = unknown> {
  app: ApplicationNote<E>;
  text: string;
  date: IsoDate;
  done: boolean;
  /** Open, and its day is before the build day. */
  overdue: boolean;
}

/** An open application that has not moved for a while. */
export interface StuckApplication<E = unknown> {
  app: ApplicationNote<E>;
  /** The day it last moved: it reached its stage then, or had a later step at it (see `stuckApplications`). */
  since: IsoDate;
  /** Whole days since, on the build day. */
  days: number;
}

/** The review of one ISO week: what moved in it, what was promised for it, and, for the current week, what is next and stuck. */
export interface WeekReview<E = unknown> {
  week: IsoWeek;
  /** The week of the build day. Only its review says what is next and what is stuck: both are about now. */
  current: boolean;
  /** The last day of the week that has been lived: its Sunday, or the build day in the current week. */
  until: IsoDate;
  /** Applications sent in the week (moves of kind `sent`). */
  sent: Move<E>[];
  /** Interviews held in the week: steps of kind `interview` that have happened. */
  interviews: Move<E>[];
  /** Every other stage change in the week: answers, offers, rejections, postings saved… */
  changes: Move<E>[];
  /** Tasks dated in the week, by day; an open task of a closed application is left out (it is moot). */
  commitments: Commitment<E>[];
  /**
   * How many applications got to each step of the funnel for the first time in the week (`week`) and
   * by its last lived day since the search began (`total`). An application counts once per step.
   */
  counts: { week: FunnelCounts; total: FunnelCounts };
  /** Where the funnel narrows, when the counts say so (src/review/funnel-reading.ts). */
  reading?: FunnelReading;
  /** Whether the counts are below every reading's floor. */
  tooFew: boolean;
  /**
   * The current week only: the catalog's agenda items dated up to `NEXT_DAYS` after the build day,
   * overdue ones included (interviews, planned steps, deadlines, follow-ups, dated tasks), without the
   * tasks dated in this week, which are listed as commitments.
   */
  next: NextUpItem<E>[];
  /**
   * The current week only: open applications that have not moved for `stuckAfterDays` or more, longest
   * first (see `stuckApplications`).
   */
  stuck: StuckApplication<E>[];
  /** The weeks before and after it that have a review. */
  previous?: IsoWeek;
  following?: IsoWeek;
}

/** What the weekly review reads from the catalog. */
export interface WeekInput<E> {
  applications: readonly ApplicationNote<E>[];
  /** Every stage change that has happened (src/catalog/moves.ts). */
  moves: readonly Move<E>[];
  /** What is dated ahead or overdue (src/catalog/next-up.ts). */
  agenda: readonly NextUpItem<E>[];
  now: BuildMoment;
}

export interface WeekOptions {
  /** Days at one stage after which an open application is stuck (the configuration's `stuckAfterDays`). */
  stuckAfterDays: number;
}

/** The funnel step a move of this kind of stage gets an application to, at least. */
const PROGRESS_INDEX = new Map<StageKind, number>(PROGRESS_KINDS.map((kind, i) => [kind, i]));
/** `FUNNEL_STEPS` past `saved` are the first four progress kinds; `offer` also counts an acceptance. */
const STEP_INDEX: Record<Exclude<(typeof FUNNEL_STEPS)[number], 'saved'>, number> = {
  sent: PROGRESS_KINDS.indexOf('sent'),
  answered: PROGRESS_KINDS.indexOf('answered'),
  interview: PROGRESS_KINDS.indexOf('interview'),
  offer: PROGRESS_KINDS.indexOf('offer'),
};

const zero = (): FunnelCounts => ({ saved: 0, sent: 0, answered: 0, interview: 0, offer: 0 });
const min = (a: IsoDate | undefined, b: IsoDate | undefined) => (a === undefined || (b !== undefined && b < a) ? b : a);

/**
 * The day each application first got to each step of the funnel: `saved` is
 * the first day it is known (its first move or its own date); a later step,
 * the first move to a stage of that kind or beyond (an interview tells it was
 * sent and answered).
 */
function firstDays<E>(input: WeekInput<E>): Map<string, Partial<Record<keyof FunnelCounts, IsoDate>>> {
  const days = new Map<string, Partial<Record<keyof FunnelCounts, IsoDate>>>();
  for (const app of input.applications) {
    const known = app.date !== undefined && app.date <= input.now.day ? app.date : undefined;
    days.set(app.id, known ? { saved: known } : {});
  }
  for (const move of input.moves) {
    const first = days.get(move.app.id);
    if (!first) continue;
    first.saved = min(first.saved, move.date);
    const reached = PROGRESS_INDEX.get(move.stageKind);
    if (reached === undefined) continue;
    for (const [step, index] of Object.entries(STEP_INDEX) as [keyof typeof STEP_INDEX, number][])
      if (reached >= index) first[step] = min(first[step], move.date);
  }
  return days;
}

/**
 * The review of every week from the first one with anything dated in it (a
 * move, an application's first day, a task's day that has come) to the week
 * of the build day, oldest first. Each week is an ISO week (Monday to
 * Sunday); the last one is the current week, the only one with "What's
 * next" and "What's stuck". Pure: it reads the catalog's facts and never
 * works out a date fact of its own.
 */
export function reviewWeeks<E>(input: WeekInput<E>, opts: WeekOptions): WeekReview<E>[] {
  const today = input.now.day;
  const current = isoWeekOf(today);
  const first = firstDays(input);
  const tasks = input.applications.flatMap((app) =>
    app.tasks
      .filter((task) => task.date !== undefined && !(app.stage.closed && !task.done))
      .map((task): Commitment<E> => {
        const date = task.date!;
        return { app, text: task.text, date, done: task.done, overdue: !task.done && date < today };
      }),
  );
  let start: IsoDate = today;
  for (const move of input.moves) start = min(start, move.date)!;
  for (const days of first.values()) start = min(start, days.saved)!;
  for (const task of tasks) if (task.date <= today) start = min(start, task.date)!;
  const weeks = weeksFromTo(start, today);

  const byWeek = <T extends { date: IsoDate }>(items: readonly T[]) =>
    Map.groupBy(items, (item) => isoWeekOf(item.date).label);
  const movesByWeek = byWeek(input.moves);
  const tasksByWeek = byWeek(tasks);

  return weeks.map((week, i): WeekReview<E> => {
    const isCurrent = week.label === current.label;
    const until = isCurrent ? today : week.end;
    const moves = movesByWeek.get(week.label) ?? [];
    const counts = { week: zero(), total: zero() };
    for (const days of first.values()) {
      for (const step of FUNNEL_STEPS) {
        const day = days[step];
        if (day === undefined || day > until) continue;
        counts.total[step] += 1;
        if (day >= week.start) counts.week[step] += 1;
      }
    }
    const reading = readFunnel(counts.week, counts.total);
    const inWeek = (date: IsoDate) => date >= week.start && date <= week.end;
    return {
      week,
      current: isCurrent,
      until,
      sent: moves.filter((m) => m.kind === 'sent'),
      interviews: moves.filter((m) => m.kind === 'interview'),
      changes: moves.filter((m) => m.kind === 'stage'),
      commitments: (tasksByWeek.get(week.label) ?? []).sort(
        (a, b) => a.date.localeCompare(b.date) || a.app.id.localeCompare(b.app.id) || a.text.localeCompare(b.text),
      ),
      counts,
      ...(reading ? { reading } : {}),
      tooFew: tooFewToRead(counts.week, counts.total),
      next: isCurrent
        ? input.agenda.filter((item) => item.days <= NEXT_DAYS && !(item.kind === 'task' && inWeek(item.date)))
        : [],
      stuck: isCurrent ? stuckApplications(input.applications, input.moves, opts.stuckAfterDays, input.now) : [],
      ...(i > 0 ? { previous: weeks[i - 1] } : {}),
      ...(i + 1 < weeks.length ? { following: weeks[i + 1] } : {}),
    };
  });
}

/**
 * Open applications that have not moved for `after` days or more, longest
 * first. An application last moved when it reached its stage (src/catalog/facts.ts,
 * `stageSince`) or at a later step at that stage that has happened (a second
 * interview); one whose stage has no known day is left out, and so is one
 * with a step still to come (an interview booked): it is waiting, not stuck.
 */
export function stuckApplications<E>(
  applications: readonly ApplicationNote<E>[],
  moves: readonly Move<E>[],
  after: number,
  now: BuildMoment,
): StuckApplication<E>[] {
  const lastMove = new Map<string, IsoDate>();
  for (const move of moves) lastMove.set(move.app.id, move.date);
  return applications
    .filter((app) => !app.stage.closed && !app.history.some((step) => step.upcoming))
    .flatMap((app) => {
      if (app.stageSince === undefined) return [];
      const last = lastMove.get(app.id);
      const since = last !== undefined && last > app.stageSince ? last : app.stageSince;
      const days = daysInStage(since, now)!;
      return days >= after ? [{ app, since, days }] : [];
    })
    .sort((a, b) => b.days - a.days || a.app.id.localeCompare(b.app.id));
}
