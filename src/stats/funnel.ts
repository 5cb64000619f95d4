import { rate, type Rate } from './measure.ts';
import { PIPELINE, isSent, reached, type StatsApplication } from './progress.ts';

/** One step of the funnel: how many sent applications got at least this far. */
export interface FunnelStep {
  key: (typeof PIPELINE)[number];
  count: number;
  /** Share of the sent applications. */
  ofSent: Rate;
}

/**
 * The funnel applied → screening → interviewing → offer → accepted. An
 * application counts at every step up to the furthest one it reached, also
 * when it was rejected later; saved postings that were never sent are left out.
 */
export function funnel(apps: readonly StatsApplication[]): FunnelStep[] {
  const sent = apps.filter(isSent);
  return PIPELINE.map((key) => {
    const count = sent.filter((app) => reached(app, key)).length;
    return { key, count, ofSent: rate(count, sent.length) };
  });
}
