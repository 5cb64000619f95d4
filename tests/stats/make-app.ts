import type { BuildMoment } from '../../src/config/build-day.ts';
import { UserConfigSchema } from '../../src/config/schema.ts';
import type { IsoDate } from '../../src/lib/dates.ts';
import { createStageIndex } from '../../src/lib/stages.ts';
import type { StatsApplication } from '../../src/stats/index.ts';

/** The default pipeline, which gives each stage its kind, as the catalog does. */
export const PIPELINE = createStageIndex(UserConfigSchema.parse({}).stages);

/** A hand-written application for statistics tests: `history` as "stage date" pairs. */
export function app(
  id: string,
  stage: string,
  opts: { applied?: string; history?: string[]; company?: string; family?: string } = {},
): StatsApplication {
  const company = opts.company ?? id;
  const family = opts.family ?? 'Data Science';
  return {
    id,
    stage: { key: stage, kind: PIPELINE.kind(stage) },
    data: { applied: opts.applied as IsoDate | undefined },
    history: (opts.history ?? [])
      .map((h) => {
        const [s, date] = h.split(' ');
        return { stage: s!, kind: PIPELINE.kind(s!), date: date! };
      })
      .sort((a, b) => a.date.localeCompare(b.date)),
    company: { slug: company.toLowerCase(), name: company },
    roleFamily: { slug: family.toLowerCase().replace(/\W+/g, '-'), name: family },
  };
}

/** The moment the statistics are counted at: 30 June 2025, noon. */
export const TODAY: BuildMoment = { day: '2025-06-30' as IsoDate, time: '12:00' };
