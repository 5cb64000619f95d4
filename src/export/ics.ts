import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { addDays, format, parseISO } from 'date-fns';
import type { ApplicationData } from '../schemas/application.ts';

/** What the calendar reads from an application (a catalog application fits). */
export interface CalendarApplication {
  id: string;
  url: string;
  data: Pick<ApplicationData, 'position' | 'applied' | 'deadline' | 'url'>;
  company: { name: string };
  stage: { key: string; label: string; closed: boolean };
  history: readonly { stage: string; date: string; note?: string }[];
}

/** One all-day event of the calendar. */
export interface CalendarEvent {
  /** Stable across builds: the application, what happens and the day. */
  uid: string;
  date: string;
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
 * or later (an interview, a follow-up call) and deadlines not yet passed.
 * Closed applications (rejected, withdrawn…) are left out: their events are off.
 */
export function calendarEvents(
  apps: readonly CalendarApplication[],
  today: string,
  stageLabel: (key: string) => string,
): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const app of apps) {
    if (app.stage.closed) continue;
    const what = `${app.data.position} at ${app.company.name}`;
    const days = [app.data.applied, app.data.deadline, ...app.history.map((s) => s.date)]
      .filter((d): d is string => !!d)
      .sort();
    const stamp = days[days.length - 1]!;
    const page = `Dossier page: ${app.url}`;
    for (const step of app.history) {
      if (step.date < today) continue;
      events.push({
        uid: `${app.id}.${step.stage}.${step.date}@dossier`,
        date: step.date,
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
 * The events as an iCalendar file (RFC 5545): all-day VEVENTs, CRLF line
 * ends, lines folded at 75 octets. DTSTAMP comes from the notes, so the
 * same notes always give the same file.
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
    start: dayArray(e.date),
    end: dayArray(format(addDays(parseISO(e.date), 1), 'yyyy-MM-dd')),
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
