import { describe, expect, it } from 'vitest';
import type { BuildMoment } from '../../src/config/build-day.ts';
import type { IsoDate } from '../../src/lib/dates.ts';
import { reviewWeeks } from '../../src/review/week.ts';
import { applicationsCatalog, atStageSince, type TestApplication } from '../helpers/catalog.ts';

/** Built on Wednesday 9 December 2026 at noon: ISO week 2026-w50 (7 to 13 December). */
const NOW: BuildMoment = { day: '2026-12-09' as IsoDate, time: '12:00' };
const weeks = (notes: TestApplication[], stuckAfterDays = 14) =>
  reviewWeeks(applicationsCatalog(notes, NOW), { stuckAfterDays });
const current = (w: ReturnType<typeof weeks>) => w.at(-1)!;
const ids = (list: { app: { id: string } }[]) => list.map((m) => m.app.id);

describe('the weekly review', () => {
  it('has only the current week for an empty archive, with nothing to read in its funnel', () => {
    const [week, ...rest] = weeks([]);
    expect(rest).toEqual([]);
    expect(week).toMatchObject({ current: true, until: '2026-12-09', sent: [], next: [], stuck: [], tooFew: true });
    expect(week!.week.label).toBe('2026-w50');
  });

  it('counts a step of today as moved, and one later today (at a time still to come) as next', () => {
    const w = current(
      weeks([
        atStageSince('today', 'screening', '2026-12-09'),
        atStageSince('morning', 'interviewing', '2026-12-09T09:00'),
        atStageSince('evening', 'interviewing', '2026-12-09T17:00'),
      ]),
    );
    expect(ids(w.changes)).toEqual(['today']);
    expect(ids(w.interviews)).toEqual(['morning']);
    expect(w.next.map((i) => `${i.kind} ${i.app.id}`)).toEqual(['interview evening']);
  });

  it('counts an applied day once with the step of that day, and an applied day alone as a sending', () => {
    const w = current(
      weeks([
        {
          id: 'both',
          data: { stage: 'applied', applied: '2026-12-07', history: [{ stage: 'applied', date: '2026-12-07' }] },
        },
        { id: 'field', data: { stage: 'applied', applied: '2026-12-08' } },
        { id: 'planned', data: { stage: 'applied', applied: '2026-12-11' } },
      ]),
    );
    expect(w.sent.map((m) => `${m.date} ${m.app.id} ${m.label}`)).toEqual([
      '2026-12-07 both Applied',
      '2026-12-08 field Applied',
    ]);
    expect(w.counts.week.sent).toBe(2);
  });

  it('keeps a waiting application (a step booked) and a fresh step at the same stage out of "stuck"', () => {
    const w = current(
      weeks(
        [
          atStageSince('quiet', 'applied', '2026-11-20'),
          {
            id: 'booked',
            data: {
              stage: 'screening',
              history: [
                { stage: 'screening', date: '2026-11-01' },
                { stage: 'interviewing', date: '2026-12-15' },
              ],
            },
          },
          {
            id: 'second-interview',
            data: {
              stage: 'interviewing',
              history: [
                { stage: 'interviewing', date: '2026-11-01' },
                { stage: 'interviewing', date: '2026-12-04' },
              ],
            },
          },
          { id: 'closed', data: { stage: 'rejected', history: [{ stage: 'applied', date: '2026-10-01' }] } },
          atStageSince('edge', 'applied', '2026-11-29'),
        ],
        10,
      ),
    );
    expect(w.stuck.map((s) => `${s.app.id} ${s.since} ${s.days}`)).toEqual([
      'quiet 2026-11-20 19',
      'edge 2026-11-29 10',
    ]);
  });

  it("lists the week's dated tasks as commitments, leaving out the open ones of closed applications", () => {
    const w = current(
      weeks([
        {
          id: 'open',
          data: { stage: 'applied', applied: '2026-12-01' },
          body: '- [x] Send it (by 2026-12-07)\n- [ ] Call on 2026-12-08\n- [ ] Prepare by 2026-12-12\n- [ ] Next week 2026-12-14',
        },
        {
          id: 'closed',
          data: { stage: 'rejected', applied: '2026-11-01' },
          body: '- [ ] Moot 2026-12-08\n- [x] Done 2026-12-08',
        },
      ]),
    );
    expect(w.commitments.map((c) => `${c.date} ${c.done ? 'done' : c.overdue ? 'overdue' : 'open'} ${c.text}`)).toEqual(
      [
        '2026-12-07 done Send it (by 2026-12-07)',
        // Same day: by application, then text.
        '2026-12-08 done Done 2026-12-08',
        '2026-12-08 overdue Call on 2026-12-08',
        '2026-12-12 open Prepare by 2026-12-12',
      ],
    );
    // This week's open tasks are commitments; next week's is what comes next.
    expect(w.next.filter((i) => i.kind === 'task').map((i) => i.title)).toEqual(['Next week 2026-12-14']);
  });

  it('starts at the first week with anything dated, and links each week to the next', () => {
    const all = weeks([{ id: 'a', data: { stage: 'applied', applied: '2026-11-18' } }]);
    expect(all.map((w) => w.week.label)).toEqual(['2026-w47', '2026-w48', '2026-w49', '2026-w50']);
    expect(all[1]!.previous?.label).toBe('2026-w47');
    expect(all[1]!.following?.label).toBe('2026-w49');
    expect(all[0]!.previous).toBeUndefined();
    expect(all[3]!.following).toBeUndefined();
    expect(all.slice(0, 3).every((w) => !w.current && w.next.length === 0 && w.stuck.length === 0)).toBe(true);
    expect(all[0]!.counts.week.sent).toBe(1);
    expect(all[3]!.counts.total.sent).toBe(1);
  });
});
