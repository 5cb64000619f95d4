import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { addDays, format, parseISO } from 'date-fns';
import { followUpDue } from '../catalog/next-up.ts';
import { prepUrl } from '../catalog/urls.ts';
import type { IsoDate } from '../lib/dates.ts';
import type { StageKind } from '../lib/stages.ts';
import type { ApplicationData } from '../schemas/application.ts';

/** What the calendar reads from an application (a catalog application fits). */
export interface CalendarApplication {
  id: string;
  url: string;
  data: Pick<ApplicationData, 'position' | 'applied' | 'deadline' | 'url' | 'followUpAfterDays'>;
  company: { name: string };
  stage: { key: string; label: string; closed: boolean; kind: StageKind };
  history: readonly { stage: string; kind: StageKind; date: string; time?: string; duration?: number; note?: string }[];
}

/** Options of the calendar besides the applications. */
export interface CalendarOptions {
  /** Days without an answer before a follow-up reminder (the configuration's `followUpAfterDays`). */
  followUpAfterDays: number;
  /** The configured `site` (no trailing slash): events link to full addresses under it. */
  site?: string;
}

/** Minutes an interview without a `duration` is booked for. */
export const DEFAULT_DURATION = 60;

/** One event of the calendar: all day, or at a time of day for a step that gives one. */
export interface CalendarEvent {
  /** Stable across builds: the application, what happens and the day. */
  uid: string;
  date: string;
  /** Time of day (HH:MM, the note's own clock: written as floating local time); all day when absent. */
  time?: string;
  /** Minutes, for an event at a time of day. */
  duration?: number;
  title: string;
  description: string;
  /** The posting's address, when the note has one. */
  url?: string;
  /** Derived from the note, not the clock: the latest day the note mentions. */
  stamp: string;
  categories: string[];
}

const dayArray = (date: string): DateArray => {
  const [y, m, d] = date.split('-').map(Number);
  return [y!, m!, d!];
};

/**
 * The upcoming events of the open applications: history steps dated today
 * or later (an interview, at its time and for its duration when the step
 * gives them), deadlines not yet passed and follow-up reminders (an
 * application sent and unanswered `followUpAfterDays` after sending, on the
 * day that falls, today or later). Closed applications (rejected,
 * withdrawn…) are left out: their events are off.
 */
export function calendarEvents(
  apps: readonly CalendarApplication[],
  today: string,
  stageLabel: (key: string) => string,
  opts: CalendarOptions = { followUpAfterDays: 7 },
): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const app of apps) {
    if (app.stage.closed) continue;
    const what = `${app.data.position} at ${app.company.name}`;
    const days = [app.data.applied, app.data.deadline, ...app.history.map((s) => s.date)]
      .filter((d): d is string => !!d)
      .sort();
    const stamp = days[days.length - 1]!;
    // With the configured `site`, full addresses a calendar app can open; without it, the pages' paths.
    const link = (path: string) => `${opts.site ?? ''}${path}`;
    const page = `Dossier page: ${link(app.url)}\nPrep sheet: ${link(prepUrl(app.id))}`;
    for (const step of app.history) {
      if (step.date < today) continue;
      events.push({
        uid: `${app.id}.${step.stage}.${step.date}@dossier`,
        date: step.date,
        ...(step.time !== undefined ? { time: step.time, duration: step.duration ?? DEFAULT_DURATION } : {}),
        title: `${stageLabel(step.stage)}: ${what}`,
        description: [step.note, page].filter(Boolean).join('\n'),
        url: app.data.url,
        stamp,
        categories: ['Dossier', stageLabel(step.stage)],
      });
    }
    if (app.data.deadline && app.data.deadline >= today) {
      events.push({
        uid: `${app.id}.deadline.${app.data.deadline}@dossier`,
        date: app.data.deadline,
        title: `Deadline: ${what}`,
        description: `Currently: ${app.stage.label}\n${page}`,
        url: app.data.url,
        stamp,
        categories: ['Dossier', 'Deadline'],
      });
    }
    const due = followUpDue(app, { day: today as IsoDate, followUpAfterDays: opts.followUpAfterDays });
    if (due && due >= today) {
      events.push({
        uid: `${app.id}.follow-up.${due}@dossier`,
        date: due,
        title: `Follow up: ${what}`,
        description: `No answer yet (${app.stage.label}) ${app.data.followUpAfterDays ?? opts.followUpAfterDays} days after sending\n${page}`,
        url: app.data.url,
        stamp,
        categories: ['Dossier', 'Follow-up'],
      });
    }
  }
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
}

/**
 * Folds content lines at 75 octets, as RFC 5545 (3.1) asks, without
 * splitting a UTF-8 character; the continuation starts with a space.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * The events as an iCalendar file (RFC 5545): all-day VEVENTs, or timed ones
 * in floating local time (the time as the note gives it, in the calendar's
 * own time zone), each with a display alarm the day before (a day before a
 * timed event, 9:00 the day before an all-day one); CRLF line ends, lines
 * folded at 75 octets. DTSTAMP comes from the notes, so the same notes
 * always give the same file.
 */
export function toIcs(events: readonly CalendarEvent[], calName: string): string {
  const header = { productId: '-//Dossier//Job search calendar//EN', method: 'PUBLISH', calName };
  if (events.length === 0) {
    // RFC 5545 wants a component; calendar programs accept an empty calendar, which says "nothing coming up".
    return [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'CALSCALE:GREGORIAN',
      `PRODID:${header.productId}`,
      'METHOD:PUBLISH',
      foldLine(`X-WR-CALNAME:${calName}`),
      'END:VCALENDAR',
      '',
    ].join('\r\n');
  }
  const attributes = events.map((e): EventAttributes & { timestamp: number } => ({
    uid: e.uid,
    ...(e.time !== undefined
      ? {
          start: [...dayArray(e.date), ...(e.time.split(':').map(Number) as [number, number])] as DateArray,
          startInputType: 'local' as const,
          startOutputType: 'local' as const,
          duration: { minutes: e.duration ?? DEFAULT_DURATION },
        }
      : { start: dayArray(e.date), end: dayArray(format(addDays(parseISO(e.date), 1), 'yyyy-MM-dd')) }),
    alarms: [
      {
        action: 'display' as const,
        description: `Tomorrow: ${e.title}`,
        // An all-day event starts at midnight: 15 hours before is 9:00 the day before.
        trigger: e.time !== undefined ? { days: 1, before: true } : { hours: 15, before: true },
      },
    ],
    title: e.title,
    description: e.description,
    ...(e.url ? { url: e.url } : {}),
    categories: e.categories,
    transp: 'TRANSPARENT',
    timestamp: Date.UTC(...(dayArray(e.stamp).map((n, i) => (i === 1 ? n - 1 : n)) as [number, number, number])),
  }));
  const { error, value } = createEvents(attributes, header);
  if (error || !value) throw error ?? new Error('the calendar could not be written');
  // The library folds by characters; unfold and fold again by octets.
  const lines = value.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines.map((l) => (l === '' ? l : foldLine(l))).join('\r\n');
}
