import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { parse } from 'date-fns/parse';
import { readDate, type IsoDate } from '../lib/dates.ts';
import type { StageKind } from '../lib/stages.ts';
import { prepUrl } from './urls.ts';
import type { ApplicationNote } from './types.ts';

/** What a "Next up" item is about. */
export type NextUpKind = 'interview' | 'deadline' | 'follow-up' | 'task';

/** How an item's day stands to the build day: past, that day, or within `SOON_DAYS` after it. */
export type NextUpMark = 'overdue' | 'today' | 'soon';

/** Days after the build day that count as "soon". */
export const SOON_DAYS = 3;

export interface NextUpItem<E = unknown> {
  kind: NextUpKind;
  /** The day it falls on (a follow-up: the day it became due). */
  date: IsoDate;
  /** Time of day (HH:MM), for an interview that gives one. */
  time?: string;
  /** Minutes, for an interview that gives a duration. */
  duration?: number;
  /** One line saying what it is: "Interviewing: Onsite", "Last day to apply", "Follow up (sent 12 days ago)", a task's text. */
  title: string;
  mark?: NextUpMark;
  /** Days from the build day to `date`: negative when past. */
  days: number;
  app: ApplicationNote<E>;
  /** The application's prep sheet, where every item links. */
  url: string;
}

/** What Next up needs to know besides the applications. */
export interface NextUpOptions {
  /** The build day. */
  day: IsoDate;
  /** Days without an answer before a follow-up is due (a note's own `followUpAfterDays` wins). */
  followUpAfterDays: number;
  /** The display label of a stage key. */
  stageLabel: (key: string) => string;
}

/** How each kind of item is named on the pages that list them (Next up, the board). */
export const NEXT_UP_KIND_LABEL: Record<NextUpKind, string> = {
  interview: 'Interview',
  deadline: 'Deadline',
  'follow-up': 'Follow-up',
  task: 'Task',
};

const KIND_ORDER: Record<NextUpKind, number> = { interview: 0, deadline: 1, 'follow-up': 2, task: 3 };

const toDate = (day: IsoDate) => parse(day, 'yyyy-MM-dd', new Date(2000, 0, 1));
const plusDays = (day: IsoDate, n: number) => format(addDays(toDate(day), n), 'yyyy-MM-dd') as IsoDate;
export const daysBetween = (from: IsoDate, to: IsoDate) => differenceInCalendarDays(toDate(to), toDate(from));

export function markOf(days: number): NextUpMark | undefined {
  if (days < 0) return 'overdue';
  if (days === 0) return 'today';
  return days <= SOON_DAYS ? 'soon' : undefined;
}

/** The first real day written in a task ("Dry run on 2026-11-28", "by 2026-12-15"), if any. */
export function taskDate(text: string): IsoDate | undefined {
  for (const m of text.matchAll(/(?<![\d-])(\d{4}-\d{2}-\d{2})(?![\d-])/g)) {
    const read = readDate(m[1]);
    if (read.ok) return read.date;
  }
  return undefined;
}

/**
 * The day a follow-up on an application is due, or undefined when none is:
 * only while its stage is of kind `sent` (applied, no answer). Counted from
 * the day it was sent: its last history step of kind `sent` on or before
 * the build day, else `applied`.
 */
export function followUpDue(
  app: {
    stage: { closed: boolean; kind: StageKind };
    history: readonly { kind: StageKind; date: string }[];
    data: { applied?: IsoDate; followUpAfterDays?: number };
  },
  opts: Pick<NextUpOptions, 'day' | 'followUpAfterDays'>,
): IsoDate | undefined {
  if (app.stage.closed || app.stage.kind !== 'sent') return undefined;
  const sentSteps = app.history.filter((s) => s.kind === 'sent' && s.date <= opts.day);
  const sent = (sentSteps.at(-1)?.date as IsoDate | undefined) ?? app.data.applied;
  if (!sent || sent > opts.day) return undefined;
  return plusDays(sent, app.data.followUpAfterDays ?? opts.followUpAfterDays);
}

/**
 * What a deadline asks for, by the stage the application is at: a `deadline` is any "date to act
 * by", the posting's closing date before sending, an offer's answer date at an offer.
 */
export function deadlineTitle(kind: StageKind): string {
  if (kind === 'saved') return 'Last day to apply';
  if (kind === 'offer') return 'Last day to answer the offer';
  return 'Last day to act';
}

/**
 * Everything dated that asks for attention, soonest first, for open
 * applications only (a closed one's dates are moot):
 * - interviews: history steps on or after the build day;
 * - deadlines: every `deadline`, past ones marked overdue;
 * - follow-ups: applications sent and unanswered for `followUpAfterDays`, from the day they became due;
 * - tasks: unchecked tasks that name a day.
 *
 * Pure: the same applications and day give the same list. The catalog
 * computes it once; pages only render it.
 */
export function nextUp<E>(applications: readonly ApplicationNote<E>[], opts: NextUpOptions): NextUpItem<E>[] {
  const items: NextUpItem<E>[] = [];
  for (const app of applications) {
    if (app.stage.closed) continue;
    const url = prepUrl(app.id);
    const add = (item: Omit<NextUpItem<E>, 'app' | 'url' | 'days' | 'mark'>) => {
      const days = daysBetween(opts.day, item.date);
      const mark = markOf(days);
      items.push({ ...item, days, ...(mark ? { mark } : {}), app, url });
    };
    for (const step of app.history) {
      if (step.date < opts.day) continue;
      add({
        kind: 'interview',
        date: step.date,
        ...(step.time !== undefined ? { time: step.time } : {}),
        ...(step.duration !== undefined ? { duration: step.duration } : {}),
        title: [opts.stageLabel(step.stage), step.note].filter(Boolean).join(': '),
      });
    }
    if (app.data.deadline) add({ kind: 'deadline', date: app.data.deadline, title: deadlineTitle(app.stage.kind) });
    const due = followUpDue(app, opts);
    if (due && due <= opts.day) {
      const waited = daysBetween(plusDays(due, -(app.data.followUpAfterDays ?? opts.followUpAfterDays)), opts.day);
      add({ kind: 'follow-up', date: due, title: `Follow up: no answer for ${waited} days` });
    }
    for (const task of app.tasks) {
      if (task.done) continue;
      const date = taskDate(task.text);
      if (date) add({ kind: 'task', date, title: task.text });
    }
  }
  return items.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (a.time ?? '').localeCompare(b.time ?? '') ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.app.id.localeCompare(b.app.id) ||
      a.title.localeCompare(b.title),
  );
}
