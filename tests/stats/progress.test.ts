import { describe, expect, it } from 'vitest';
import { daysToFirstResponse, hasResponse, isSent, reached, stageSpans } from '../../src/stats/progress.ts';
import { app, TODAY } from './make-app.ts';

describe('what one application tells', () => {
  it.each([
    ['saved posting', app('a', 'wishlist'), false],
    [
      'saved then withdrawn',
      app('a', 'withdrawn', { history: ['wishlist 2025-01-01', 'withdrawn 2025-01-05'] }),
      false,
    ],
    ['applied date only', app('a', 'wishlist', { applied: '2025-01-01' }), true],
    ['applied stage, no date', app('a', 'applied'), true],
    ['rejected without history', app('a', 'rejected'), true],
    ['withdrawn without history', app('a', 'withdrawn'), true],
    ['no answer', app('a', 'no-answer'), true],
  ])('isSent: %s', (_name, a, expected) => {
    expect(isSent(a)).toBe(expected);
  });

  it.each([
    ['applied', app('a', 'applied'), { applied: true, screening: false, interviewing: false }],
    [
      'rejected after interviews',
      app('a', 'rejected', { history: ['applied 2025-01-01', 'interviewing 2025-02-01', 'rejected 2025-02-10'] }),
      { applied: true, screening: true, interviewing: true },
    ],
    ['offer implies all before', app('a', 'offer'), { applied: true, screening: true, interviewing: true }],
    ['wishlist', app('a', 'wishlist'), { applied: false, screening: false, interviewing: false }],
  ])('reached: %s', (_name, a, expected) => {
    expect({
      applied: reached(a, 'sent'),
      screening: reached(a, 'answered'),
      interviewing: reached(a, 'interview'),
    }).toEqual(expected);
  });

  it.each([
    ['applied', app('a', 'applied'), false],
    ['screening', app('a', 'screening'), true],
    ['rejected', app('a', 'rejected'), true],
    ['no answer', app('a', 'no-answer'), false],
    ['withdrawn', app('a', 'withdrawn'), false],
    ['rejected earlier, current withdrawn', app('a', 'withdrawn', { history: ['rejected 2025-01-01'] }), true],
  ])('hasResponse: %s', (_name, a, expected) => {
    expect(hasResponse(a)).toBe(expected);
  });

  it.each([
    ['from applied', app('a', 'screening', { applied: '2025-01-01', history: ['screening 2025-01-15'] }), 14],
    ['from the applied step', app('a', 'screening', { history: ['applied 2025-01-01', 'screening 2025-01-03'] }), 2],
    ['rejection is an answer', app('a', 'rejected', { applied: '2025-01-01', history: ['rejected 2025-01-31'] }), 30],
    [
      'first of several',
      app('a', 'interviewing', { applied: '2025-01-01', history: ['screening 2025-01-05', 'interviewing 2025-01-20'] }),
      4,
    ],
    [
      'future step is not counted',
      app('a', 'screening', { applied: '2025-06-01', history: ['screening 2025-07-10'] }),
      undefined,
    ],
    ['no sent date', app('a', 'screening', { history: ['screening 2025-01-05'] }), undefined],
    ['no answer', app('a', 'applied', { applied: '2025-01-01' }), undefined],
  ])('daysToFirstResponse: %s', (_name, a, expected) => {
    expect(daysToFirstResponse(a, TODAY)).toBe(expected);
  });

  it.each([
    ['no history', app('a', 'applied', { applied: '2025-01-01' }), []],
    [
      'applied date then steps',
      app('a', 'rejected', {
        applied: '2025-01-01',
        history: ['screening 2025-01-11', 'interviewing 2025-01-21', 'rejected 2025-02-01'],
      }),
      [
        { stage: 'applied', days: 10 },
        { stage: 'screening', days: 10 },
        { stage: 'interviewing', days: 11 },
      ],
    ],
    [
      'future steps are not stays yet',
      app('a', 'interviewing', { applied: '2025-06-20', history: ['interviewing 2025-07-05'] }),
      [],
    ],
  ])('stageSpans: %s', (_name, a, expected) => {
    expect(stageSpans(a, TODAY, 'applied')).toEqual(expected);
  });
});

import { buildDay, buildMoment } from '../../src/config/build-day.ts';

describe('the build moment', () => {
  it.each([
    ['pinned by SOURCE_DATE_EPOCH', { SOURCE_DATE_EPOCH: String(Date.UTC(2030, 0, 15, 12) / 1000) }, '2030-01-15'],
    ['the clock otherwise', {}, '2026-11-22'],
    ['a malformed epoch is ignored', { SOURCE_DATE_EPOCH: 'soon' }, '2026-11-22'],
  ])('%s', (_name, env, expected) => {
    expect(buildDay(env, () => new Date(2026, 10, 22, 12))).toBe(expected);
  });

  it('is a day and a time of day on the local clock, pinned to the second by SOURCE_DATE_EPOCH', () => {
    const epoch = new Date(2026, 11, 6, 14, 5, 59).getTime() / 1000;
    expect(buildMoment({ SOURCE_DATE_EPOCH: String(epoch) })).toEqual({ day: '2026-12-06', time: '14:05' });
    expect(buildMoment({}, () => new Date(2026, 11, 6, 0, 0))).toEqual({ day: '2026-12-06', time: '00:00' });
  });
});
