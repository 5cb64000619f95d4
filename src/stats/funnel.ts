import { rate, type Rate } from './figure.ts';
import { PROGRESS_KINDS, type StageKind } from '../lib/stages.ts';
import { isSent, reached, type PipelineStages, type StatsApplication } from './progress.ts';

/** One step of the funnel: how many sent applications got at least this far. */
export interface FunnelStep {
  kind: StageKind;
  /** The pipeline's first stage of this kind, which names the step. */
  key: string;
  count: number;
  /** Share of the sent applications. */
  ofSent: Rate;
}

/**
 * The funnel sent → answered → interview → offer → accepted (applied →
 * screening → interviewing → offer → accepted in the default pipeline), one
 * step per kind the pipeline has. An application counts at every step up to
 * the furthest one it reached, also when it was rejected later; saved
 * postings that were never sent are left out.
 */
export function funnel(apps: readonly StatsApplication[], stages: PipelineStages): FunnelStep[] {
  const sent = apps.filter(isSent);
  return PROGRESS_KINDS.flatMap((kind) => {
    const key = stages.firstOfKind(kind);
    if (key === undefined) return [];
    const count = sent.filter((app) => reached(app, kind)).length;
    return [{ kind, key, count, ofSent: rate(count, sent.length) }];
  });
}
