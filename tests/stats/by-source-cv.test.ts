import { describe, expect, it } from 'vitest';
import { breakdown, NOT_RECORDED } from '../../src/stats/breakdown.ts';
import { campaignStats } from '../../src/stats/index.ts';
import { app, PIPELINE, TODAY } from './make-app.ts';

/** An application with a source and a CV version. */
const withFields = (
  id: string,
  stage: string,
  source: string | undefined,
  cv: string | undefined,
  history: string[],
) => {
  const a = app(id, stage, { applied: '2025-06-01', history: ['applied 2025-06-01', ...history] });
  return { ...a, data: { ...a.data, ...(source ? { source } : {}), ...(cv ? { cv } : {}) } };
};

const apps = [
  withFields('a1', 'screening', 'LinkedIn', 'Data v2', ['screening 2025-06-05']),
  withFields('a2', 'rejected', 'linkedin ', 'Data v2', ['rejected 2025-06-10']),
  withFields('a3', 'applied', 'LinkedIn', 'Data v1', []),
  withFields('a4', 'interviewing', 'Referral', 'Data v2', ['screening 2025-06-03', 'interviewing 2025-06-08']),
  withFields('a5', 'applied', undefined, undefined, []),
  // A saved posting was not sent: in no row.
  { ...app('saved', 'wishlist'), data: { source: 'LinkedIn' } },
];

describe('outcomes by source and by CV version', () => {
  it('groups by the value as written (case and spacing aside), "Not recorded" last, with few-data marks', () => {
    const rows = breakdown(apps, 'source', TODAY).map((r) => ({
      name: r.name,
      sent: r.sent,
      few: r.few,
      answered: r.response.count,
      interviews: r.interview.count,
      unrecorded: r.unrecorded ?? false,
    }));
    expect(rows).toEqual([
      { name: 'LinkedIn', sent: 3, few: true, answered: 2, interviews: 0, unrecorded: false },
      { name: 'Referral', sent: 1, few: true, answered: 1, interviews: 1, unrecorded: false },
      { name: NOT_RECORDED, sent: 1, few: true, answered: 0, interviews: 0, unrecorded: true },
    ]);
    const [linkedin] = breakdown(apps, 'source', TODAY);
    expect(linkedin!.response.value).toBeCloseTo(2 / 3);
    expect(linkedin!.response.few).toBe(true);
  });

  it('compares CV versions the same way, and campaignStats carries both', () => {
    const stats = campaignStats(apps, TODAY, PIPELINE);
    expect(stats.byCv.map((r) => [r.name, r.sent, r.interview.count])).toEqual([
      ['Data v2', 3, 1],
      ['Data v1', 1, 0],
      [NOT_RECORDED, 1, 0],
    ]);
    expect(stats.bySource.map((r) => r.name)).toEqual(['LinkedIn', 'Referral', NOT_RECORDED]);
  });

  it('is not "few data" from 5 sent applications on', () => {
    const many = Array.from({ length: 5 }, (_, i) => withFields(`m${i}`, 'applied', 'Board', 'X', []));
    expect(breakdown(many, 'source', TODAY)[0]).toMatchObject({ name: 'Board', sent: 5, few: false });
  });
});
