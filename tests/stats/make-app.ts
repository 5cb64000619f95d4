import { UserConfigSchema } from '../../src/config/schema.ts';
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
    data: { applied: opts.applied },
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

export const TODAY = '2025-06-30';
