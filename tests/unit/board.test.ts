import { describe, expect, it } from 'vitest';
import { boardColumns } from '../../src/catalog/board.ts';
import type { BuildMoment } from '../../src/config/build-day.ts';
import type { IsoDate } from '../../src/lib/dates.ts';
import { applicationsCatalog, testContext } from '../helpers/catalog.ts';

const NOW: BuildMoment = { day: '2026-11-30' as IsoDate, time: '12:00' };
const ctx = testContext();
const notes: [string, object][] = [
  ['waiting', { stage: 'applied', applied: '2026-11-10' }],
  [
    'talking',
    {
      stage: 'interviewing',
      applied: '2026-10-01',
      history: [
        { stage: 'applied', date: '2026-10-01' },
        { stage: 'interviewing', date: '2026-11-20' },
        { stage: 'interviewing', date: '2026-11-25' },
        { stage: 'interviewing', date: '2026-12-03T10:00', note: 'Onsite' },
      ],
    },
  ],
  ['fresh', { stage: 'applied', applied: '2026-11-30' }],
  ['gone', { stage: 'rejected', applied: '2026-09-01', history: [{ stage: 'rejected', date: '2026-10-01' }] }],
  ['undated', { stage: 'applied' }],
  // Moved to offer today by `npm run stage`: in the stage since today, nothing upcoming.
  [
    'moved',
    {
      stage: 'offer',
      applied: '2026-10-01',
      history: [
        { stage: 'applied', date: '2026-10-01' },
        { stage: 'offer', date: '2026-11-30' },
      ],
    },
  ],
];
const catalog = applicationsCatalog(
  notes.map(([id, data]) => ({ id, data })),
  NOW,
);

describe('the board', () => {
  it('has one column per configured stage in pipeline order, empty ones too, each application in its own', () => {
    const columns = boardColumns(catalog);
    expect(columns.map((c) => c.key)).toEqual(ctx.stages.keys);
    expect(Object.fromEntries(columns.map((c) => [c.key, c.cards.map((card) => card.app.id)]))).toEqual({
      wishlist: [],
      applied: ['waiting', 'fresh', 'undated'],
      screening: [],
      interviewing: ['talking'],
      offer: ['moved'],
      accepted: [],
      rejected: ['gone'],
      withdrawn: [],
      'no-answer': [],
    });
    expect(columns.filter((c) => c.closed).map((c) => c.key)).toEqual([
      'accepted',
      'rejected',
      'withdrawn',
      'no-answer',
    ]);
  });

  it('counts days in the stage from the first step of the current run of it, and shows the next dated event', () => {
    const card = (id: string) =>
      boardColumns(catalog)
        .flatMap((c) => c.cards)
        .find((c) => c.app.id === id)!;
    expect(card('talking')).toMatchObject({ since: '2026-11-20', days: 10 });
    expect(card('talking').next).toMatchObject({ kind: 'interview', date: '2026-12-03', time: '10:00', mark: 'soon' });
    expect(card('waiting')).toMatchObject({ since: '2026-11-10', days: 20 });
    expect(card('waiting').next).toMatchObject({ kind: 'follow-up', mark: 'overdue' });
    expect(card('fresh')).toMatchObject({ days: 0 });
    expect(card('fresh').next).toBeUndefined();
    expect(card('gone')).toMatchObject({ since: '2026-10-01', days: 60 });
    expect(card('gone').next).toBeUndefined();
    expect(card('undated').days).toBeUndefined();
    // The catalog's own fact, on the application: the board only reads it.
    expect(catalog.applicationById('talking')).toMatchObject({ stageSince: '2026-11-20', daysInStage: 10 });
    expect(catalog.applicationById('moved')).toMatchObject({ stageSince: '2026-11-30', daysInStage: 0 });
    expect(card('moved').next).toBeUndefined();
  });
});
