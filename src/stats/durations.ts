import type { BuildMoment } from '../config/build-day.ts';
import { maxOf } from '../lib/math.ts';
import { initialStage } from '../lib/stages.ts';
import { medianMeasure, type Measure } from './figure.ts';
import { daysToFirstResponse, isSent, stageSpans, type PipelineStages, type StatsApplication } from './progress.ts';

/** Median days from sending to the employer's first answer, over the applications where both days are known. */
export function medianDaysToFirstResponse(apps: readonly StatsApplication[], now: BuildMoment): Measure {
  const days = apps
    .filter(isSent)
    .map((a) => daysToFirstResponse(a, now))
    .filter((d): d is number => d !== undefined);
  return medianMeasure(days);
}

/** How long applications stayed in one stage before the next step. */
export interface StageTime {
  stage: string;
  /** Median days over the finished stays; `n` counts the stays. */
  days: Measure;
  /** The longest finished stay, in days. */
  max: number;
}

/**
 * Time in each stage: for every finished stay (a dated step followed by a
 * later one), the days between them; the median per stage. Stages come in
 * pipeline order, stages without a stay are left out.
 */
export function timeInStage(apps: readonly StatsApplication[], now: BuildMoment, stages: PipelineStages): StageTime[] {
  const stageOrder = stages.keys;
  // An `applied` day without a sent step is a stay at the stage a sent application starts at.
  const sentStage = initialStage(stages, true);
  const byStage = new Map<string, number[]>();
  for (const app of apps) {
    for (const span of stageSpans(app, now, sentStage)) {
      const list = byStage.get(span.stage) ?? [];
      list.push(span.days);
      byStage.set(span.stage, list);
    }
  }
  const rank = (s: string) => (stageOrder.indexOf(s) < 0 ? stageOrder.length : stageOrder.indexOf(s));
  return [...byStage.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([stage, days]) => ({ stage, days: medianMeasure(days), max: maxOf(days) }));
}
