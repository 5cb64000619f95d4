import { describe, expect, it } from 'vitest';
import { UserConfigSchema } from '../../src/config/schema.ts';
import { createStageIndex } from '../../src/lib/stages.ts';
import { campaignStats, type StatsApplication } from '../../src/stats/index.ts';
import { TODAY } from './make-app.ts';

/**
 * A pipeline of the user's own, with none of the default keys: statistics
 * must follow each stage's kind. Before kinds, "talks" counted as unanswered
 * and the funnel showed stages that do not exist.
 */
const stages = createStageIndex(
  UserConfigSchema.parse({
    stages: [
      { key: 'saved', label: 'Saved', kind: 'saved' },
      { key: 'sent', label: 'Sent', kind: 'sent' },
      { key: 'talks', label: 'Talks', kind: 'interview' },
      { key: 'won', label: 'Won', kind: 'accepted', closed: true },
      { key: 'lost', label: 'Lost', closed: true },
    ],
  }).stages,
);

const app = (id: string, stage: string, history: [string, string][] = []): StatsApplication => ({
  id,
  stage: { key: stage, kind: stages.kind(stage) },
  data: {},
  history: history.map(([s, date]) => ({ stage: s, kind: stages.kind(s), date })),
  company: { slug: id, name: id },
  roleFamily: { slug: 'f', name: 'F' },
});

const apps = [
  app('a', 'saved'),
  app('b', 'sent', [['sent', '2025-01-01']]),
  app('c', 'talks', [
    ['sent', '2025-01-01'],
    ['talks', '2025-01-11'],
  ]),
  app('d', 'lost', [
    ['sent', '2025-01-01'],
    ['talks', '2025-01-05'],
    ['lost', '2025-01-20'],
  ]),
  app('e', 'won', [
    ['sent', '2025-01-02'],
    ['talks', '2025-01-04'],
    ['won', '2025-02-01'],
  ]),
];
const stats = campaignStats(apps, TODAY, stages);

describe('statistics on a custom pipeline', () => {
  it('reads what each stage means: talks are answers and interviews, lost is a rejection', () => {
    expect(stages.kind('lost')).toBe('rejected');
    const r = stats.rates;
    expect([r.sent, r.notSent]).toEqual([4, 1]);
    expect([r.response.count, r.interview.count, r.offer.count, r.rejection.count, r.waiting.count]).toEqual([
      3, 3, 1, 1, 1,
    ]);
  });

  it('has funnel steps only for kinds the pipeline has, named by its own stages', () => {
    expect(stats.funnel.map((s) => [s.key, s.count])).toEqual([
      ['sent', 4],
      ['talks', 3],
      ['won', 1],
    ]);
  });

  it('measures days to the first answer from the first answering step', () => {
    expect(stats.daysToFirstResponse.value).toBe(4);
  });
});
