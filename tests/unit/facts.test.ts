import { describe, expect, it } from 'vitest';
import {
  daysInStage,
  hasHappened,
  isInterview,
  isUpcoming,
  sentDate,
  sortedHistory,
  stageSince,
  stageSinceOfData,
} from '../../src/catalog/facts.ts';
import type { BuildMoment } from '../../src/config/build-day.ts';
import { UserConfigSchema } from '../../src/config/schema.ts';
import type { IsoDate } from '../../src/lib/dates.ts';
import { createStageIndex, initialStage, STAGE_KINDS, type StageKind } from '../../src/lib/stages.ts';

/** The build moment of these tables: 6 December 2026 at 14:05. */
const NOW: BuildMoment = { day: '2026-12-06' as IsoDate, time: '14:05' };
const stages = createStageIndex(UserConfigSchema.parse({}).stages);
/** Steps written as "stage date[Ttime]", sorted and kinded as the catalog does. */
const steps = (...written: string[]) =>
  sortedHistory(
    written.map((w) => {
      const [stage, when] = w.split(' ') as [string, string];
      const [date, time] = when.split('T') as [string, string?];
      return { stage, date: date as IsoDate, ...(time ? { time } : {}) };
    }),
    stages,
  );

describe('one rule for what is still to come', () => {
  it.each([
    ['a day before the build day', { date: '2026-12-05' }, false],
    ['the build day without a time (a stage change recorded today)', { date: '2026-12-06' }, false],
    ['the build day, earlier that day', { date: '2026-12-06', time: '09:00' }, false],
    ['the build day, the same minute', { date: '2026-12-06', time: '14:05' }, false],
    ['the build day, a minute later', { date: '2026-12-06', time: '14:06' }, true],
    ['the build day, in the evening', { date: '2026-12-06', time: '23:59' }, true],
    ['the next day without a time', { date: '2026-12-07' }, true],
    ['the next day just after midnight', { date: '2026-12-07', time: '00:00' }, true],
    ['a day before, late in the evening', { date: '2026-12-05', time: '23:59' }, false],
  ])('%s: upcoming %s', (_name, step, upcoming) => {
    expect(isUpcoming(step, NOW)).toBe(upcoming);
    expect(hasHappened(step, NOW)).toBe(!upcoming);
  });
});

describe('only interview-kind steps are interviews', () => {
  it.each(STAGE_KINDS.map((kind) => [kind, kind === 'interview'] as [StageKind, boolean]))('%s: %s', (kind, yes) => {
    expect(isInterview({ kind })).toBe(yes);
  });
});

describe('when an application was sent', () => {
  it.each([
    ['the applied day alone', '2026-11-01', [], '2026-11-01'],
    ['the applied step when there is no applied day', undefined, ['applied 2026-11-02'], '2026-11-02'],
    ['the last sent step: sent again', '2026-10-01', ['applied 2026-10-01', 'applied 2026-11-20'], '2026-11-20'],
    ['not a sent step still to come', '2026-11-01', ['applied 2026-11-01', 'applied 2026-12-10'], '2026-11-01'],
    ['not a sent step later today', undefined, ['wishlist 2026-11-01', 'applied 2026-12-06T16:00'], undefined],
    ['a sent step recorded today', undefined, ['wishlist 2026-11-01', 'applied 2026-12-06'], '2026-12-06'],
    ['a planned applied day stays: callers ask whether it has come', '2026-12-10', [], '2026-12-10'],
    ['nothing says', undefined, ['wishlist 2026-11-01', 'screening 2026-11-10'], undefined],
  ])('%s', (_name, applied, written, expected) => {
    expect(sentDate({ data: { applied: applied as IsoDate | undefined }, history: steps(...written) }, NOW)).toBe(
      expected,
    );
  });
});

describe('since when an application is at its stage', () => {
  it.each([
    [
      'the first step of the latest run at the stage',
      'interviewing',
      ['applied 2026-10-01', 'interviewing 2026-11-20', 'interviewing 2026-11-25'],
      undefined,
      '2026-11-20',
    ],
    [
      'a run broken by another stage starts again',
      'interviewing',
      ['interviewing 2026-11-01', 'screening 2026-11-10', 'interviewing 2026-11-20'],
      undefined,
      '2026-11-20',
    ],
    [
      'steps still to come do not count',
      'interviewing',
      ['applied 2026-10-01', 'interviewing 2026-11-20', 'interviewing 2026-12-08T10:00'],
      undefined,
      '2026-11-20',
    ],
    [
      'a stage change recorded today',
      'offer',
      ['interviewing 2026-11-20', 'offer 2026-12-06'],
      undefined,
      '2026-12-06',
    ],
    ['no step yet: the application date', 'applied', [], '2026-11-10', '2026-11-10'],
    ['no step yet and its date still to come', 'applied', [], '2026-12-10', undefined],
    [
      'the stage was changed by hand: unknown',
      'offer',
      ['applied 2026-10-01', 'interviewing 2026-11-20'],
      '2026-10-01',
      undefined,
    ],
  ])('%s', (_name, stage, written, date, expected) => {
    const history = steps(...written);
    expect(stageSince({ stage, history, date: date as IsoDate | undefined }, NOW)).toBe(expected);
  });

  it('is the same from the frontmatter as from the catalog, in any written order', () => {
    const history = [
      { stage: 'interviewing', date: '2026-12-08' as IsoDate, time: '10:00' },
      { stage: 'interviewing', date: '2026-11-25' as IsoDate },
      { stage: 'applied', date: '2026-10-01' as IsoDate },
      { stage: 'interviewing', date: '2026-11-20' as IsoDate },
    ];
    expect(stageSinceOfData({ stage: 'interviewing', history }, stages, NOW)).toBe('2026-11-20');
    expect(stageSinceOfData({ stage: 'applied', applied: '2026-12-01' as IsoDate, history: [] }, stages, NOW)).toBe(
      '2026-12-01',
    );
  });

  it.each([
    [undefined, undefined],
    ['2026-12-06', 0],
    ['2026-11-20', 16],
  ])('days in the stage since %s: %s', (since, days) => {
    expect(daysInStage(since as IsoDate | undefined, NOW)).toBe(days);
  });
});

describe('the history in order', () => {
  it('sorts by day, then time (a step without one first), then pipeline order, each step with its kind', () => {
    expect(
      steps(
        'offer 2026-11-20',
        'interviewing 2026-11-20T15:00',
        'interviewing 2026-11-20T09:00',
        'applied 2026-11-01',
        'screening 2026-11-20',
      ).map((s) => `${s.stage} ${s.date}${s.time ? `T${s.time}` : ''} ${s.kind}`),
    ).toEqual([
      'applied 2026-11-01 sent',
      'screening 2026-11-20 answered',
      'offer 2026-11-20 offer',
      'interviewing 2026-11-20T09:00 interview',
      'interviewing 2026-11-20T15:00 interview',
    ]);
  });
});

describe('the stage a new note starts at', () => {
  const custom = createStageIndex(
    UserConfigSchema.parse({
      stages: [
        { key: 'spotted', label: 'Spotted', kind: 'saved' },
        { key: 'sent', label: 'Sent', kind: 'sent' },
        { key: 'closed', label: 'Closed', kind: 'rejected', closed: true },
      ],
    }).stages,
  );
  const noSaved = createStageIndex(
    UserConfigSchema.parse({
      stages: [
        { key: 'out', label: 'Out', kind: 'sent' },
        { key: 'done', label: 'Done', kind: 'accepted', closed: true },
      ],
    }).stages,
  );
  it.each([
    ['the default pipeline, sent', stages, true, 'applied'],
    ['the default pipeline, not sent', stages, false, 'wishlist'],
    ['a pipeline of its own, sent', custom, true, 'sent'],
    ['a pipeline of its own, not sent', custom, false, 'spotted'],
    ['a pipeline without a saved stage, not sent: its first stage', noSaved, false, 'out'],
  ])('%s: %s', (_name, index, sent, expected) => {
    expect(initialStage(index, sent)).toBe(expected);
  });
});
