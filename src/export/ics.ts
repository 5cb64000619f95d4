import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventTransparency } from 'ical-generator';
import type { NextUpItem } from '../catalog/next-up.ts';
import type { BuildMoment } from '../config/build-day.ts';
import { displayDate, plusDays, type IsoDate } from '../lib/dates.ts';
import { plainInline } from '../lib/format.ts';

/** Minutes an event at a time of day without a `duration` is booked for. */
export const DEFAULT_DURATION = 60;

/** One event of the calendar: all day, or at a time of day for a step that gives one. */
export interface CalendarEvent {
  /** Stable across builds while the note says the same: the application and what the event is (`NextUpItem.key`). */
  uid: string;
  /** The day it is on: its own day, or the build day for something overdue. */
  date: IsoDate;
  /** Time of day (HH:MM, the note's own clock: written as floating local time); all day when absent. */
  time?: string;
  /** Minutes, for an event at a time of day. */
  duration?: number;
  title: string;
  description: string;
  /** The posting's address, when the note has one. */
  url?: string;
  /**
   * Derived from the notes, not the clock: the latest day the application's note mentions; for an
   * overdue event, the build day it was moved to, if later.
   */
  stamp: IsoDate;
  /** How many times the event has moved: the days an overdue event is late (RFC 5545's SEQUENCE), else 0. */
  sequence: number;
  /** A follow-up or task already due: shown on the build day, its alarm on that day. */
  overdue: boolean;
  categories: string[];
}

/** What the calendar reads of an application besides the agenda item (a catalog application fits). */
interface CalendarApplication {
  id: string;
  url: string;
  data: { position: string; applied?: IsoDate; deadline?: IsoDate; url?: string };
  company: { name: string };
  stage: { label: string };
  history: readonly { date: string }[];
}

/**
 * The calendar's events, from the catalog's agenda (src/catalog/next-up.ts,
 * which decides what is upcoming, overdue and an interview):
 * - every step still to come, at its time and for its duration when the step
 *   gives them: an interview, or a planned step, named as one;
 * - deadlines from the build day on (a deadline passed is moot);
 * - follow-ups and dated tasks: on their day, or, once overdue, on the build
 *   day, marked overdue, with the same UID as before (it moves, it is not
 *   new), so the calendar nudges until they are done.
 * `site` (the configured `site`, no trailing slash) makes the links full
 * addresses a calendar app can open.
 */
export function calendarEvents(agenda: readonly NextUpItem<unknown>[], now: BuildMoment, site = ''): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const item of agenda) {
    const app = item.app as CalendarApplication;
    if (item.kind === 'deadline' && item.days < 0) continue;
    const overdue = item.days < 0;
    const what = `${app.data.position} at ${app.company.name}`;
    const page = `Dossier page: ${site}${app.url}\nPrep sheet: ${site}${item.url}`;
    const mentioned = [app.data.applied, app.data.deadline, ...app.history.map((s) => s.date as IsoDate)]
      .filter((d): d is IsoDate => !!d)
      .sort();
    const latest = mentioned.at(-1) ?? item.date;
    const base = {
      uid: `${app.id}.${item.key}@dossier`,
      date: overdue ? now.day : item.date,
      url: app.data.url,
      stamp: overdue && now.day > latest ? now.day : latest,
      sequence: overdue ? -item.days : 0,
      overdue,
    };
    const late = overdue ? `Overdue since ${displayDate(item.date)}\n` : '';
    switch (item.kind) {
      case 'interview':
      case 'planned': {
        // The catalog says which steps are interviews (src/catalog/facts.ts); any other step to come is planned.
        const step = item.step!;
        events.push({
          ...base,
          ...(item.time !== undefined ? { time: item.time, duration: item.duration ?? DEFAULT_DURATION } : {}),
          title: step.interview ? `${step.label}: ${what}` : `Planned: ${step.label} — ${what}`,
          description: [step.interview ? '' : 'A planned step, not an interview', step.note, page]
            .filter(Boolean)
            .join('\n'),
          categories: ['Dossier', step.interview ? 'Interview' : 'Planned', step.label],
        });
        break;
      }
      case 'deadline':
        events.push({
          ...base,
          title: `Deadline: ${what}`,
          description: `${item.title}\nCurrently: ${app.stage.label}\n${page}`,
          categories: ['Dossier', 'Deadline'],
        });
        break;
      case 'follow-up':
        events.push({
          ...base,
          title: `${overdue ? 'Overdue: ' : ''}Follow up: ${what}`,
          description: `${late}${item.title} (${app.stage.label})\n${page}`,
          categories: ['Dossier', 'Follow-up', ...(overdue ? ['Overdue'] : [])],
        });
        break;
      case 'task':
        events.push({
          ...base,
          title: `${overdue ? 'Overdue: ' : ''}Task: ${plainInline(item.title)} — ${what}`,
          description: `${late}${page}`,
          categories: ['Dossier', 'Task', ...(overdue ? ['Overdue'] : [])],
        });
        break;
    }
  }
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
}

/** A day and time of day as a Date whose local fields say them: a floating time is written from those fields. */
const localDate = (day: IsoDate, time = '00:00') => {
  const [y, m, d] = day.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  return new Date(y!, m! - 1, d!, h, min);
};

/**
 * The events as an iCalendar file (RFC 5545, written by ical-generator:
 * CRLF line ends, lines folded at 75 octets, text escaped): all-day events,
 * or timed ones in floating local time (the time as the note gives it, in
 * the calendar's own time zone), each with a display alarm: a day before a
 * timed event, 9:00 the day before an all-day one, and 9:00 on the day for
 * an overdue one (the day before has passed). DTSTAMP comes from the notes
 * (and the pinned build day), so the same notes always give the same file.
 */
export function toIcs(events: readonly CalendarEvent[], calName: string): string {
  const calendar = ical({
    name: calName,
    prodId: { company: 'Dossier', product: 'Job search calendar', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const e of events) {
    const start = localDate(e.date, e.time);
    const event = calendar.createEvent({
      id: e.uid,
      sequence: e.sequence,
      stamp: new Date(`${e.stamp}T00:00:00Z`),
      start,
      end:
        e.time !== undefined
          ? new Date(start.getTime() + (e.duration ?? DEFAULT_DURATION) * 60_000)
          : localDate(plusDays(e.date, 1)),
      ...(e.time !== undefined ? { floating: true } : { allDay: true }),
      summary: e.title,
      description: e.description,
      ...(e.url ? { url: e.url } : {}),
      categories: e.categories.map((name) => ({ name })),
      transparency: ICalEventTransparency.TRANSPARENT,
    });
    const alarm = event.createAlarm({ type: ICalAlarmType.display, description: '' });
    if (e.overdue) {
      alarm.description(e.title);
      // From the start of the all-day event: 9:00 on the build day.
      alarm.triggerAfter(9 * 3600).relatesTo('START');
    } else {
      alarm.description(`Tomorrow: ${e.title}`);
      // An all-day event starts at midnight: 15 hours before is 9:00 the day before.
      alarm.triggerBefore(e.time !== undefined ? 24 * 3600 : 15 * 3600);
    }
  }
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator stops before it.
  return `${calendar.toString()}\r\n`;
}
