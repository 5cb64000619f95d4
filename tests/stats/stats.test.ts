import { describe, expect, it } from 'vitest';
import { campaignStats, type StatsApplication } from '../../src/stats/index.ts';
import { formatDays, formatRate, median, rate } from '../../src/stats/figure.ts';
import { app, PIPELINE, TODAY } from './make-app.ts';

const stats = (apps: StatsApplication[]) => campaignStats(apps, TODAY, PIPELINE);

/** Six sent applications and one saved posting, two families, three companies. */
const SIX: StatsApplication[] = [
  app('a1', 'rejected', {
    company: 'Acme',
    family: 'Data Science',
    applied: '2025-01-06',
    history: ['applied 2025-01-06', 'screening 2025-01-16', 'interviewing 2025-01-30', 'rejected 2025-02-10'],
  }),
  app('a2', 'no-answer', { company: 'Acme', family: 'Data Science', applied: '2025-01-08' }),
  app('b1', 'offer', {
    company: 'Bolt',
    family: 'Applied Science',
    applied: '2025-01-20',
    history: ['screening 2025-01-24', 'interviewing 2025-02-03', 'offer 2025-02-20'],
  }),
  app('b2', 'rejected', {
    company: 'Bolt',
    family: 'Applied Science',
    applied: '2025-03-03',
    history: ['rejected 2025-03-09'],
  }),
  app('c1', 'applied', { company: 'Cobalt', family: 'Data Science', applied: '2025-03-05' }),
  app('c2', 'screening', {
    company: 'Cobalt',
    family: 'Data Science',
    applied: '2025-03-31',
    history: ['screening 2025-04-04'],
  }),
  app('w', 'wishlist', { company: 'Wish', family: 'Data Science', history: ['wishlist 2025-05-01'] }),
];

describe('campaign statistics', () => {
  it.each([
    ['empty archive', [] as StatsApplication[], { total: 0, sent: 0, response: null, few: true }],
    ['one saved posting', [app('w', 'wishlist')], { total: 1, sent: 0, response: null, few: true }],
    [
      'one application',
      [app('x', 'screening', { applied: '2025-01-01', history: ['screening 2025-01-08'] })],
      { total: 1, sent: 1, response: 1, few: true },
    ],
    ['six sent', SIX, { total: 7, sent: 6, response: 4 / 6, few: false }],
  ])('headline figures: %s', (_name, apps, expected) => {
    const s = stats(apps);
    expect({ total: s.total, sent: s.rates.sent, response: s.rates.response.value, few: s.few }).toEqual(expected);
  });

  it.each([
    ['empty', [] as StatsApplication[], [0, 0, 0, 0, 0]],
    ['one application', [app('x', 'interviewing')], [1, 1, 1, 0, 0]],
    // b2 was rejected straight from applied: an answer, but not a screening.
    ['six sent', SIX, [6, 3, 2, 1, 0]],
  ])('funnel: %s', (_name, apps, counts) => {
    expect(stats(apps).funnel.map((s) => s.count)).toEqual(counts);
    expect(stats(apps).funnel.map((s) => s.key)).toEqual(['applied', 'screening', 'interviewing', 'offer', 'accepted']);
  });

  it.each([
    [
      'empty',
      [] as StatsApplication[],
      {
        response: [0, 0],
        interview: [0, 0],
        offer: [0, 0],
        rejection: [0, 0],
        noAnswer: [0, 0],
        withdrawn: [0, 0],
        waiting: [0, 0],
      },
    ],
    [
      'one rejected',
      [app('x', 'rejected')],
      {
        response: [1, 1],
        interview: [0, 1],
        offer: [0, 1],
        rejection: [1, 1],
        noAnswer: [0, 1],
        withdrawn: [0, 1],
        waiting: [0, 1],
      },
    ],
    [
      'six sent',
      SIX,
      {
        response: [4, 6],
        interview: [2, 6],
        offer: [1, 6],
        rejection: [2, 6],
        noAnswer: [1, 6],
        withdrawn: [0, 6],
        waiting: [1, 6],
      },
    ],
  ])('rates: %s', (_name, apps, expected) => {
    const r = stats(apps).rates;
    const pick = (x: { count: number; n: number }) => [x.count, x.n];
    expect({
      response: pick(r.response),
      interview: pick(r.interview),
      offer: pick(r.offer),
      rejection: pick(r.rejection),
      noAnswer: pick(r.noAnswer),
      withdrawn: pick(r.withdrawn),
      waiting: pick(r.waiting),
    }).toEqual(expected);
    expect(r.response.few).toBe(r.sent < 5);
  });

  it.each([
    ['empty', [] as StatsApplication[], { value: null, n: 0, few: true }],
    [
      'one answered',
      [app('x', 'screening', { applied: '2025-01-01', history: ['screening 2025-01-08'] })],
      { value: 7, n: 1, few: true },
    ],
    // a1 10, b1 4, b2 6, c2 4 → median 5
    ['six sent', SIX, { value: 5, n: 4, few: true }],
  ])('median days to first response: %s', (_name, apps, expected) => {
    expect(stats(apps).daysToFirstResponse).toEqual(expected);
  });

  it('time in stage over finished stays, in pipeline order', () => {
    expect(stats([]).timeInStage).toEqual([]);
    expect(stats(SIX).timeInStage.map((t) => [t.stage, t.days.value, t.days.n, t.max])).toEqual([
      // applied: a1 10, b1 4, b2 6, c2 4 → 5; screening: a1 14, b1 10 → 12; interviewing: a1 11, b1 17 → 14
      ['applied', 5, 4, 10],
      ['screening', 12, 2, 14],
      ['interviewing', 14, 2, 17],
    ]);
  });

  it.each([
    ['empty', [] as StatsApplication[], { weeks: [], months: [], undated: 0 }],
    ['one undated', [app('x', 'applied')], { weeks: [], months: [], undated: 1 }],
    [
      'one dated',
      [app('x', 'applied', { applied: '2025-01-01' })],
      { weeks: [['2025-W01', 1]], months: [['2025-01', 1]], undated: 0 },
    ],
    [
      'gaps are filled',
      [
        app('x', 'applied', { applied: '2024-12-30' }),
        app('y', 'applied', { applied: '2025-01-14' }),
        app('z', 'applied', { applied: '2025-03-02' }),
      ],
      {
        weeks: [
          ['2025-W01', 1],
          ['2025-W02', 0],
          ['2025-W03', 1],
          ['2025-W04', 0],
          ['2025-W05', 0],
          ['2025-W06', 0],
          ['2025-W07', 0],
          ['2025-W08', 0],
          ['2025-W09', 1],
        ],
        months: [
          ['2024-12', 1],
          ['2025-01', 1],
          ['2025-02', 0],
          ['2025-03', 1],
        ],
        undated: 0,
      },
    ],
  ])('applications per week and month: %s', (_name, apps, expected) => {
    const s = stats(apps);
    expect({
      weeks: s.perWeek.periods.map((p) => [p.key, p.count]),
      months: s.perMonth.periods.map((p) => [p.key, p.count]),
      undated: s.perMonth.undated,
    }).toEqual(expected);
  });

  it('weeks start on Monday', () => {
    expect(stats([app('x', 'applied', { applied: '2025-01-01' })]).perWeek.periods[0]).toMatchObject({
      start: '2024-12-30',
      label: '30 Dec 2024',
    });
  });

  it('breaks outcomes down by role family and by company', () => {
    const s = stats(SIX);
    expect(
      s.byRoleFamily.map((r) => [r.name, r.sent, r.response.count, r.interview.count, r.offer.count, r.few]),
    ).toEqual([
      ['Data Science', 4, 2, 1, 0, true],
      ['Applied Science', 2, 2, 1, 1, true],
    ]);
    expect(
      s.byCompany.map((r) => [r.name, r.sent, r.rejection.count, r.noAnswer.count, r.daysToFirstResponse.value]),
    ).toEqual([
      ['Acme', 2, 1, 1, 10],
      ['Bolt', 2, 1, 0, 5],
      ['Cobalt', 2, 0, 0, 4],
    ]);
    expect(stats([]).byCompany).toEqual([]);
    expect(stats([app('w', 'wishlist')]).byRoleFamily).toEqual([]);
  });
});

describe('measures', () => {
  it.each([
    [[], null],
    [[3], 3],
    [[4, 1], 2.5],
    [[5, 1, 3], 3],
  ])('median of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it.each([
    [0, 0, { value: null, few: true }, '—'],
    [1, 4, { value: 0.25, few: true }, '25%'],
    [2, 5, { value: 0.4, few: false }, '40%'],
  ])('rate(%i, %i)', (count, n, expected, text) => {
    expect(rate(count, n)).toMatchObject(expected);
    expect(formatRate(rate(count, n))).toBe(text);
  });

  it.each([
    [{ value: null, n: 0, few: true }, '—'],
    [{ value: 1, n: 1, few: true }, '1 day'],
    [{ value: 4.5, n: 2, few: true }, '4.5 days'],
  ])('formatDays %j', (m, text) => {
    expect(formatDays(m)).toBe(text);
  });
});
