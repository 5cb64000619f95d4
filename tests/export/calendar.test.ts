import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCatalog, type CatalogInput } from '../../src/catalog/build-catalog.ts';
import { createContext } from '../../src/config/load.ts';
import { UserConfigSchema } from '../../src/config/schema.ts';
import { calendarEvents, toIcs } from '../../src/export/ics.ts';
import type { IsoDate } from '../../src/lib/dates.ts';
import { createApplicationSchema } from '../../src/schemas/application.ts';

const DAY = '2026-11-30' as IsoDate;
const ctx = createContext('/nowhere', UserConfigSchema.parse({}));
const schema = createApplicationSchema(ctx.stages);
const notes: [string, object][] = [
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
  ['overdue', { stage: 'applied', applied: '2026-11-01', deadline: '2026-11-27' }],
  ['closed', { stage: 'rejected', applied: '2026-11-28', deadline: '2026-12-20' }],
];
const input: CatalogInput<null> = {
  applications: notes.map(([id, data]) => ({
    id,
    data: schema.parse({ company: `${id} Ltd`, position: 'Linguist', ...data }),
    body: '',
    entry: null,
  })),
  articles: [],
  companies: [],
};
const catalog = buildCatalog(input, ctx, 'owner', DAY);
const events = calendarEvents(catalog.applications, DAY, (k) => ctx.stages.label(k), { followUpAfterDays: 7 });
const ics = toIcs(events, 'Dossier');
const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');

describe('calendar.ics', () => {
  it('has interviews at their time with their duration, deadlines and follow-up reminders, each with a stable UID', () => {
    expect(
      vevents.map((v) => {
        const e = new ICAL.Event(v);
        return [e.uid, e.startDate.toString(), e.endDate.toString(), e.summary];
      }),
    ).toEqual([
      ['own-rule.follow-up.2026-12-02@dossier', '2026-12-02', '2026-12-03', 'Follow up: Linguist at own-rule Ltd'],
      [
        'fjordline.interviewing.2026-12-03@dossier',
        '2026-12-03T10:00:00',
        '2026-12-03T10:45:00',
        'Interviewing: Linguist at fjordline Ltd',
      ],
      ['fresh.follow-up.2026-12-05@dossier', '2026-12-05', '2026-12-06', 'Follow up: Linguist at fresh Ltd'],
      [
        'fjordline.interviewing.2026-12-08@dossier',
        '2026-12-08T14:30:00',
        '2026-12-08T15:30:00',
        'Interviewing: Linguist at fjordline Ltd',
      ],
      ['fjordline.deadline.2026-12-15@dossier', '2026-12-15', '2026-12-16', 'Deadline: Linguist at fjordline Ltd'],
    ]);
    // Timed events are floating local time: no time zone, no UTC "Z".
    const onsite = new ICAL.Event(vevents[1]!);
    expect(onsite.startDate.isDate).toBe(false);
    expect(onsite.startDate.zone?.tzid).toBe('floating');
    expect(new ICAL.Event(vevents[0]!).startDate.isDate).toBe(true);
    expect(onsite.description).toContain('Prep sheet: /applications/fjordline/prep/');
    // Same notes, same file.
    expect(
      toIcs(
        calendarEvents(catalog.applications, DAY, (k) => ctx.stages.label(k)),
        'Dossier',
      ),
    ).toBe(ics);
  });

  it('gives every event a display alarm the day before', () => {
    for (const v of vevents) {
      const alarms = v.getAllSubcomponents('valarm');
      expect(alarms).toHaveLength(1);
      expect(alarms[0]!.getFirstPropertyValue('action')).toBe('DISPLAY');
      const trigger = alarms[0]!.getFirstPropertyValue('trigger') as ICAL.Duration;
      const timed = !new ICAL.Event(v).startDate.isDate;
      // A day before a timed event; 9:00 the day before an all-day one.
      expect(trigger.toSeconds()).toBe(timed ? -24 * 3600 : -15 * 3600);
      expect(String(alarms[0]!.getFirstPropertyValue('description'))).toMatch(/^Tomorrow: /);
    }
  });

  it('follows followUpAfterDays from the configuration', () => {
    const later = calendarEvents(catalog.applications, DAY, (k) => ctx.stages.label(k), { followUpAfterDays: 14 });
    expect(later.filter((e) => e.uid.includes('follow-up')).map((e) => e.uid)).toEqual([
      'own-rule.follow-up.2026-12-02@dossier',
      'fresh.follow-up.2026-12-12@dossier',
    ]);
  });
});
