import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { BuildMoment } from '../../src/config/build-day.ts';
import { calendarEvents, toIcs } from '../../src/export/ics.ts';
import type { IsoDate } from '../../src/lib/dates.ts';
import { applicationsCatalog } from '../helpers/catalog.ts';

/** Built on 30 November 2026 at noon. */
const NOW: BuildMoment = { day: '2026-11-30' as IsoDate, time: '12:00' };
const notes: [string, object, string?][] = [
  [
    'fjordline',
    {
      stage: 'interviewing',
      applied: '2026-09-14',
      history: [
        { stage: 'applied', date: '2026-09-14' },
        { stage: 'interviewing', date: '2026-12-03T10:00', duration: '45m', note: 'Onsite' },
        { stage: 'interviewing', date: '2026-12-08T14:30', note: 'Final loop' },
      ],
      deadline: '2026-12-15',
    },
  ],
  ['fresh', { stage: 'applied', applied: '2026-11-28' }],
  ['own-rule', { stage: 'applied', applied: '2026-11-29', followUpAfterDays: 3 }],
  // Sent on 1 November, never answered: the follow-up fell due on 8 November. The deadline passed.
  ['overdue', { stage: 'applied', applied: '2026-11-01', deadline: '2026-11-27' }],
  ['closed', { stage: 'rejected', applied: '2026-11-28', deadline: '2026-12-20' }],
  // `npm run stage -- moved-today offer --note "Verbal offer"` on the build day: it happened, it is no event.
  [
    'moved-today',
    {
      stage: 'offer',
      applied: '2026-11-01',
      history: [
        { stage: 'applied', date: '2026-11-01' },
        { stage: 'offer', date: '2026-11-30', note: 'Verbal offer' },
      ],
    },
  ],
  [
    'tasked',
    { stage: 'screening', applied: '2026-11-10', history: [{ stage: 'screening', date: '2026-11-20' }] },
    '- [ ] Send references by 2026-11-25\n- [ ] Book the train on 2026-12-04\n- [x] Done on 2026-11-21\n',
  ],
  // A posting to apply to on a day planned ahead: a planned step, not an interview.
  [
    'planned',
    {
      stage: 'wishlist',
      history: [
        { stage: 'wishlist', date: '2026-11-20' },
        { stage: 'applied', date: '2026-12-10', note: 'after the referral call' },
      ],
    },
  ],
  ['later-today', { stage: 'interviewing', history: [{ stage: 'interviewing', date: '2026-11-30T15:00' }] }],
  ['earlier-today', { stage: 'interviewing', history: [{ stage: 'interviewing', date: '2026-11-30T09:00' }] }],
];
// Companies are named "<id> Ltd", as a calendar event's title shows them.
const catalogAt = (now: BuildMoment, config: object = {}) =>
  applicationsCatalog(
    notes.map(([id, data, body]) => ({ id, data: { company: `${id} Ltd`, ...data }, body })),
    now,
    { config },
  );
const events = calendarEvents(catalogAt(NOW).agenda, NOW);
const ics = toIcs(events, 'Dossier');
const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
const rows = () =>
  vevents.map((v) => {
    const e = new ICAL.Event(v);
    return [e.uid.replace(/\.[0-9a-f]{8}@/, '.#@'), e.startDate.toString(), e.endDate.toString(), e.summary];
  });

describe('calendar.ics', () => {
  it('has interviews at their time, planned steps named as such, deadlines, follow-ups and dated tasks, overdue ones on the build day', () => {
    expect(rows()).toEqual([
      [
        'later-today.interviewing.2026-11-30@dossier',
        '2026-11-30T15:00:00',
        '2026-11-30T16:00:00',
        'Interviewing: Linguist at later-today Ltd',
      ],
      [
        'overdue.follow-up.2026-11-08@dossier',
        '2026-11-30',
        '2026-12-01',
        'Overdue: Follow up: Linguist at overdue Ltd',
      ],
      [
        'tasked.task.2026-11-25.#@dossier',
        '2026-11-30',
        '2026-12-01',
        'Overdue: Task: Send references by 2026-11-25 — Linguist at tasked Ltd',
      ],
      ['own-rule.follow-up.2026-12-02@dossier', '2026-12-02', '2026-12-03', 'Follow up: Linguist at own-rule Ltd'],
      [
        'fjordline.interviewing.2026-12-03@dossier',
        '2026-12-03T10:00:00',
        '2026-12-03T10:45:00',
        'Interviewing: Linguist at fjordline Ltd',
      ],
      [
        'tasked.task.2026-12-04.#@dossier',
        '2026-12-04',
        '2026-12-05',
        'Task: Book the train on 2026-12-04 — Linguist at tasked Ltd',
      ],
      ['fresh.follow-up.2026-12-05@dossier', '2026-12-05', '2026-12-06', 'Follow up: Linguist at fresh Ltd'],
      [
        'fjordline.interviewing.2026-12-08@dossier',
        '2026-12-08T14:30:00',
        '2026-12-08T15:30:00',
        'Interviewing: Linguist at fjordline Ltd',
      ],
      ['planned.applied.2026-12-10@dossier', '2026-12-10', '2026-12-11', 'Planned: Applied — Linguist at planned Ltd'],
      ['fjordline.deadline.2026-12-15@dossier', '2026-12-15', '2026-12-16', 'Deadline: Linguist at fjordline Ltd'],
    ]);
    // Timed events are floating local time: no time zone, no UTC "Z".
    const onsite = new ICAL.Event(vevents[4]!);
    expect(onsite.startDate.isDate).toBe(false);
    expect(onsite.startDate.zone?.tzid).toBe('floating');
    expect(new ICAL.Event(vevents[1]!).startDate.isDate).toBe(true);
    expect(onsite.description).toContain('Prep sheet: /applications/fjordline/prep/');
    // Same notes, same moment, same file.
    expect(toIcs(calendarEvents(catalogAt(NOW).agenda, NOW), 'Dossier')).toBe(ics);
  });

  it('leaves out a stage change recorded today, a step earlier today, a passed deadline and closed applications', () => {
    const uids = events.map((e) => e.uid);
    for (const gone of ['moved-today.', 'earlier-today.', 'overdue.deadline.', 'closed.'])
      expect(uids.filter((u) => u.startsWith(gone))).toEqual([]);
  });

  it('gives every event a display alarm: the day before, or 9:00 on the day for an overdue one', () => {
    for (const v of vevents) {
      const alarms = v.getAllSubcomponents('valarm');
      expect(alarms).toHaveLength(1);
      expect(alarms[0]!.getFirstPropertyValue('action')).toBe('DISPLAY');
      const trigger = alarms[0]!.getFirstPropertyValue('trigger') as ICAL.Duration;
      const event = new ICAL.Event(v);
      const description = String(alarms[0]!.getFirstPropertyValue('description'));
      if (event.summary.startsWith('Overdue: ')) {
        expect(trigger.toSeconds()).toBe(9 * 3600);
        expect(description).toBe(event.summary);
      } else {
        // A day before a timed event; 9:00 the day before an all-day one.
        expect(trigger.toSeconds()).toBe(event.startDate.isDate ? -15 * 3600 : -24 * 3600);
        expect(description).toBe(`Tomorrow: ${event.summary}`);
      }
    }
  });

  it('moves an overdue event to each new build day under the same UID, with a higher SEQUENCE', () => {
    const next: BuildMoment = { day: '2026-12-01' as IsoDate, time: '08:00' };
    const later = calendarEvents(catalogAt(next).agenda, next).filter((e) => e.overdue);
    const today = events.filter((e) => e.overdue);
    expect(later.map((e) => e.uid)).toEqual(today.map((e) => e.uid));
    expect(later.map((e) => [e.date, e.sequence])).toEqual([
      ['2026-12-01', 23],
      ['2026-12-01', 6],
    ]);
    expect(today.map((e) => [e.date, e.sequence])).toEqual([
      ['2026-11-30', 22],
      ['2026-11-30', 5],
    ]);
    const sequences = vevents.map((v) => Number(v.getFirstPropertyValue('sequence')));
    expect(sequences.filter((s) => s !== 0)).toEqual([22, 5]);
  });

  it('follows followUpAfterDays from the configuration', () => {
    const later = calendarEvents(catalogAt(NOW, { followUpAfterDays: 14 }).agenda, NOW);
    expect(later.filter((e) => e.uid.includes('follow-up')).map((e) => [e.uid, e.date])).toEqual([
      ['overdue.follow-up.2026-11-15@dossier', '2026-11-30'],
      ['own-rule.follow-up.2026-12-02@dossier', '2026-12-02'],
      ['fresh.follow-up.2026-12-12@dossier', '2026-12-12'],
    ]);
  });
});
