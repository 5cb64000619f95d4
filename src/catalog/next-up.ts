import { createHash } from 'node:crypto';
import type { BuildMoment } from '../config/build-day.ts';
import { daysBetween, plusDays, type IsoDate } from '../lib/dates.ts';
import { isSentKind, type StageKind } from '../lib/stages.ts';
import { hasHappened, sentDate, type DatedStep } from './facts.ts';
import type { ApplicationNote, HistoryStep } from './types.ts';
import { prepUrl } from './urls.ts';

/**
 * What a dated item is about: an interview, another step planned ahead (an
 * application to send on a given day, an offer expected), a deadline, a
 * follow-up, a task that names a day.
 */
export type NextUpKind = 'interview' | 'planned' | 'deadline' | 'follow-up' | 'task';

/** How an item's day stands to the build day: past, that day, or within `SOON_DAYS` after it. */
export type NextUpMark = 'overdue' | 'today' | 'soon';

/** Days after the build day that count as "soon". */
export const SOON_DAYS = 3;

export interface NextUpItem<E = unknown> {
  kind: NextUpKind;
  /** The day it falls on (a follow-up: the day it became due). */
  date: IsoDate;
  /** Time of day (HH:MM), for a step that gives one. */
  time?: string;
  /** Minutes, for a step that gives a duration. */
  duration?: number;
  /** One line saying what it is: "Interviewing: Onsite", "Last day to apply", "Follow up: no answer for 12 days", a task's text. */
  title: string;
  mark?: NextUpMark;
  /** Days from the build day to `date`: negative when past. */
  days: number;
  /**
   * What the item is within its application, the same from one build to the next while the note
   * says the same: `interviewing.2026-12-03`, `deadline.2026-12-15`, `follow-up.2026-11-17`,
   * `task.2026-11-28.<digest of its text>`. The calendar's UIDs are made of it.
   */
  key: string;
  /** The history step, for an interview or a planned step. */
  step?: HistoryStep;
  app: ApplicationNote<E>;
  /** The application's prep sheet, where every item links. */
  url: string;
}

/** What the agenda needs to know besides the applications. */
export interface NextUpOptions {
  /** The build moment. */
  now: BuildMoment;
  /** Days without an answer before a follow-up is due (a note's own `followUpAfterDays` wins). */
  followUpAfterDays: number;
}

/** How each kind of item is named on the pages that list them (Next up, the board) and in the calendar. */
export const NEXT_UP_KIND_LABEL: Record<NextUpKind, string> = {
  interview: 'Interview',
  planned: 'Planned',
  deadline: 'Deadline',
  'follow-up': 'Follow-up',
  task: 'Task',
};

const KIND_ORDER: Record<NextUpKind, number> = { interview: 0, planned: 1, deadline: 2, 'follow-up': 3, task: 4 };

export function markOf(days: number): NextUpMark | undefined {
  if (days < 0) return 'overdue';
  if (days === 0) return 'today';
  return days <= SOON_DAYS ? 'soon' : undefined;
}

/** The day a task names: read in one place, src/lib/tasks.ts. */
export { taskDate } from '../lib/tasks.ts';

/**
 * The day a follow-up on an application is due, or undefined when none is:
 * only while it is open at a stage of kind `sent` (applied, no answer), and
 * counted from the day it was sent (src/catalog/facts.ts, `sentDate`) once
 * that day has come.
 */
export function followUpDue(
  app: {
    stage: { closed: boolean; kind: StageKind };
    history: readonly (DatedStep & { kind: StageKind })[];
    data: { applied?: IsoDate; followUpAfterDays?: number };
  },
  opts: NextUpOptions,
): IsoDate | undefined {
  if (app.stage.closed || !isSentKind(app.stage.kind)) return undefined;
  const sent = sentDate(app, opts.now);
  if (!sent || !hasHappened({ date: sent }, opts.now)) return undefined;
  return plusDays(sent, app.data.followUpAfterDays ?? opts.followUpAfterDays);
}

/** What a deadline asks for, by the kind of stage the application is at. */
const DEADLINE_TITLE = {
  saved: 'Last day to apply',
  sent: 'Last day to act',
  answered: 'Last day to act',
  interview: 'Last day to act',
  offer: 'Last day to answer the offer',
  accepted: 'Last day to act',
  rejected: 'Last day to act',
  'no-answer': 'Last day to act',
  withdrawn: 'Last day to act',
} as const satisfies Record<StageKind, string>;

/**
 * What a deadline asks for, by the stage the application is at: a `deadline` is any "date to act
 * by", the posting's closing date before sending, an offer's answer date at an offer.
 */
export function deadlineTitle(kind: StageKind): string {
  return DEADLINE_TITLE[kind];
}

const shortDigest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 8);

/**
 * Everything dated that asks for attention in the open applications (a
 * closed one's dates are moot), soonest first:
 * - its history steps still to come (src/catalog/facts.ts, `isUpcoming`):
 *   interviews (steps of kind `interview`) and planned steps (any other);
 * - deadlines, past ones too;
 * - follow-ups: applications sent and unanswered, on the day one falls due,
 *   past or ahead;
 * - tasks: unchecked tasks that name a day.
 *
 * Pure: the same applications and moment give the same list. The catalog
 * computes it once; Next up shows it without the follow-ups not yet due,
 * the calendar (src/export/ics.ts) from it.
 */
export function agenda<E>(applications: readonly ApplicationNote<E>[], opts: NextUpOptions): NextUpItem<E>[] {
  const day = opts.now.day;
  const items: NextUpItem<E>[] = [];
  for (const app of applications) {
    if (app.stage.closed) continue;
    const url = prepUrl(app.id);
    const add = (item: Omit<NextUpItem<E>, 'app' | 'url' | 'days' | 'mark'>) => {
      const days = daysBetween(day, item.date);
      const mark = markOf(days);
      items.push({ ...item, days, ...(mark ? { mark } : {}), app, url });
    };
    for (const step of app.history) {
      if (!step.upcoming) continue;
      // Two steps at one stage on one day (a morning and an afternoon round) are told apart by their time.
      const twin = app.history.some((o) => o !== step && o.stage === step.stage && o.date === step.date);
      add({
        kind: step.interview ? 'interview' : 'planned',
        date: step.date,
        ...(step.time !== undefined ? { time: step.time } : {}),
        ...(step.duration !== undefined ? { duration: step.duration } : {}),
        title: [step.label, step.note].filter(Boolean).join(': '),
        key: `${step.stage}.${step.date}${twin && step.time ? `T${step.time}` : ''}`,
        step,
      });
    }
    if (app.data.deadline)
      add({
        kind: 'deadline',
        date: app.data.deadline,
        title: deadlineTitle(app.stage.kind),
        key: `deadline.${app.data.deadline}`,
      });
    const due = followUpDue(app, opts);
    if (due) {
      const after = app.data.followUpAfterDays ?? opts.followUpAfterDays;
      // Past due: how long the silence has lasted by now; ahead: how long it will have lasted then.
      const waited = daysBetween(plusDays(due, -after), due <= day ? day : due);
      add({
        kind: 'follow-up',
        date: due,
        title: `Follow up: no answer for ${waited} days`,
        key: `follow-up.${due}`,
      });
    }
    for (const task of app.tasks) {
      if (task.done) continue;
      const date = task.date;
      if (date) add({ kind: 'task', date, title: task.text, key: `task.${date}.${shortDigest(task.text)}` });
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

/** Whether an agenda item belongs in Next up: everything but a follow-up not yet due. */
export const inNextUp = (item: Pick<NextUpItem, 'kind' | 'days'>): boolean =>
  item.kind !== 'follow-up' || item.days <= 0;
