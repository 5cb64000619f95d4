import { describe, expect, it } from 'vitest';
import { deadlineTitle, markOf, NEXT_UP_KIND_LABEL, taskDate } from '../../src/catalog/next-up.ts';
import type { BuildMoment } from '../../src/config/build-day.ts';
import type { IsoDate } from '../../src/lib/dates.ts';
import { createApplicationSchema } from '../../src/schemas/application.ts';
import { applicationsCatalog, atStageSince, testContext, type TestApplication } from '../helpers/catalog.ts';

/** Built on 30 November 2026 at noon. */
const NOW: BuildMoment = { day: '2026-11-30' as IsoDate, time: '12:00' };
const schema = createApplicationSchema(testContext().stages);
const catalog = (notes: TestApplication[], config: object = {}) => applicationsCatalog(notes, NOW, { config });

/** Each item as "kind date[ time][ duration] mark: title @app". */
const rows = (items: ReturnType<typeof catalog>['nextUp']) =>
  items.map(
    (i) =>
      `${i.kind} ${i.date}${i.time ? ` ${i.time}` : ''}${i.duration ? ` ${i.duration}m` : ''} ${i.mark ?? '-'}: ${i.title} @${i.app.id}`,
  );

describe('Next up', () => {
  it.each([
    [-3, 'overdue'],
    [-1, 'overdue'],
    [0, 'today'],
    [1, 'soon'],
    [3, 'soon'],
    [4, undefined],
    [30, undefined],
  ])('marks a day %i days from the build day as %s', (days, mark) => {
    expect(markOf(days)).toBe(mark);
  });

  it.each([
    ['Dry run with Ola on 2026-11-28', '2026-11-28'],
    ['Decide by 2026-11-27', '2026-11-27'],
    ['If applying: CV variant first, before 2026-12-15', '2026-12-15'],
    ['Confirm 2026-02-30 or 2026-03-01', '2026-03-01'],
    ['Ticket 12026-11-280', undefined],
    ['No date here', undefined],
  ])('reads the day in the task "%s"', (text, day) => {
    expect(taskDate(text)).toBe(day);
  });

  it('lists interviews with time and duration, deadlines, follow-ups and dated tasks, soonest first, with marks', () => {
    const c = catalog([
      {
        id: 'onsite',
        data: {
          stage: 'interviewing',
          applied: '2026-09-14',
          history: [
            { stage: 'applied', date: '2026-09-14' },
            { stage: 'interviewing', date: '2026-11-20', note: 'Panel' },
            { stage: 'interviewing', date: '2026-12-03T10:00', duration: '1h30m', note: 'Onsite' },
          ],
        },
        body: '- [ ] Dry run with Ola on 2026-11-28\n- [x] Book flights for 2026-12-02\n- [ ] Undated task',
      },
      { id: 'offer', data: { stage: 'offer', deadline: '2026-11-27' }, body: '- [ ] Decide by 2026-11-30' },
      { id: 'sent-long-ago', data: { stage: 'applied', applied: '2026-11-10' } },
      { id: 'sent-recently', data: { stage: 'applied', applied: '2026-11-25' } },
      { id: 'own-rule', data: { stage: 'applied', applied: '2026-11-25', followUpAfterDays: 3 } },
      { id: 'wish', data: { stage: 'wishlist', deadline: '2026-12-15' } },
      {
        id: 'closed',
        data: { stage: 'rejected', deadline: '2026-12-01', history: [{ stage: 'screening', date: '2026-12-02' }] },
        body: '- [ ] moot on 2026-12-01',
      },
    ]);
    expect(rows(c.nextUp)).toEqual([
      'follow-up 2026-11-17 overdue: Follow up: no answer for 20 days @sent-long-ago',
      'deadline 2026-11-27 overdue: Last day to answer the offer @offer',
      'follow-up 2026-11-28 overdue: Follow up: no answer for 5 days @own-rule',
      'task 2026-11-28 overdue: Dry run with Ola on 2026-11-28 @onsite',
      'task 2026-11-30 today: Decide by 2026-11-30 @offer',
      'interview 2026-12-03 10:00 90m soon: Interviewing: Onsite @onsite',
      'deadline 2026-12-15 -: Last day to apply @wish',
    ]);
    expect(c.nextUp.every((i) => i.url === `/applications/${i.app.id}/prep/`)).toBe(true);
    expect(rows(c.nextUpOf(c.applicationById('onsite')!))).toEqual([
      'task 2026-11-28 overdue: Dry run with Ola on 2026-11-28 @onsite',
      'interview 2026-12-03 10:00 90m soon: Interviewing: Onsite @onsite',
    ]);
    expect(c.nextUpOf(c.applicationById('closed')!)).toEqual([]);
  });

  it('takes followUpAfterDays from the configuration, counts from the last "sent" step, and stops once answered', () => {
    const c = catalog(
      [
        {
          id: 'resent',
          data: {
            stage: 'applied',
            applied: '2026-10-01',
            history: [
              { stage: 'applied', date: '2026-10-01' },
              { stage: 'applied', date: '2026-11-20', note: 'sent again' },
            ],
          },
        },
        { id: 'answered', data: { stage: 'screening', applied: '2026-10-01' } },
        { id: 'undated', data: { stage: 'applied' } },
      ],
      { followUpAfterDays: 10 },
    );
    expect(rows(c.nextUp)).toEqual(['follow-up 2026-11-30 today: Follow up: no answer for 10 days @resent']);
  });

  it('reads a step at a time of day and a duration; keeps day-only steps as they were', () => {
    const parse = (step: object) =>
      schema.safeParse({ company: 'A', position: 'B', stage: 'applied', history: [step] });
    expect(parse({ stage: 'screening', date: '2026-12-03T09:05', duration: '45m' }).data?.history).toEqual([
      { stage: 'screening', date: '2026-12-03', time: '09:05', duration: 45 },
    ]);
    expect(parse({ stage: 'screening', date: '2026-12-03 14:30', duration: 30 }).data?.history[0]).toMatchObject({
      time: '14:30',
      duration: 30,
    });
    expect(parse({ stage: 'screening', date: new Date('2026-12-03') }).data?.history).toEqual([
      { stage: 'screening', date: '2026-12-03' },
    ]);
    expect(parse({ stage: 'screening', date: '2026-12-03T25:00' }).success).toBe(false);
    expect(parse({ stage: 'screening', date: '2026-12-03', duration: 'soon' }).success).toBe(false);
    expect(parse({ stage: 'screening', date: '2026-12-03', duration: '1h', length: 2 }).success).toBe(false);
    expect(schema.safeParse({ company: 'A', position: 'B', stage: 'applied', followUpAfterDays: 0 }).success).toBe(
      false,
    );
  });
});

describe('Next up on the build day', () => {
  it('leaves out a stage change recorded today, and a step earlier today; keeps one later today', () => {
    const c = catalog([
      {
        id: 'moved-today',
        data: {
          stage: 'offer',
          applied: '2026-11-01',
          history: [
            { stage: 'applied', date: '2026-11-01' },
            { stage: 'offer', date: '2026-11-30', note: 'Verbal offer' },
          ],
        },
      },
      atStageSince('applied-today', 'applied', '2026-11-30'),
      atStageSince('morning', 'interviewing', '2026-11-30T09:00'),
      atStageSince('evening', 'interviewing', '2026-11-30T18:30'),
    ]);
    expect(rows(c.nextUp)).toEqual(['interview 2026-11-30 18:30 today: Interviewing @evening']);
    const step = c.applicationById('moved-today')!.history.at(-1)!;
    expect(step).toMatchObject({
      stage: 'offer',
      label: 'Offer',
      url: '/stages/offer/',
      upcoming: false,
      interview: false,
    });
  });

  it('calls only interview-kind steps interviews; a future step of another kind is planned', () => {
    const c = catalog([
      {
        id: 'to-apply',
        data: {
          stage: 'wishlist',
          history: [
            { stage: 'wishlist', date: '2026-11-20' },
            { stage: 'applied', date: '2026-12-02', note: 'after the referral call' },
          ],
        },
      },
      { id: 'offer-expected', data: { stage: 'interviewing', history: [{ stage: 'offer', date: '2026-12-09' }] } },
      atStageSince('call', 'screening', '2026-12-01T10:00'),
      { id: 'onsite', data: { stage: 'interviewing', history: [{ stage: 'Final Round', date: '2026-12-04' }] } },
    ]);
    expect(rows(c.nextUp)).toEqual([
      'planned 2026-12-01 10:00 soon: Screening @call',
      'planned 2026-12-02 soon: Applied: after the referral call @to-apply',
      'interview 2026-12-04 -: Interviewing @onsite',
      'planned 2026-12-09 -: Offer @offer-expected',
    ]);
    expect(NEXT_UP_KIND_LABEL.planned).toBe('Planned');
  });
});

describe('a deadline says what it asks for, by the stage kind', () => {
  it.each([
    ['saved', 'Last day to apply'],
    ['sent', 'Last day to act'],
    ['answered', 'Last day to act'],
    ['interview', 'Last day to act'],
    ['offer', 'Last day to answer the offer'],
  ] as const)('%s: %s', (kind, title) => {
    expect(deadlineTitle(kind)).toBe(title);
  });
});
