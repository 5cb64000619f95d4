import type { BuildMoment } from '../config/build-day.ts';
import { breakdown, type BreakdownRow } from './breakdown.ts';
import { medianDaysToFirstResponse, timeInStage, type StageTime } from './durations.ts';
import { funnel, type FunnelStep } from './funnel.ts';
import { isFew, type Measure } from './figure.ts';
import { perMonth, perWeek, type PeriodSeries } from './periods.ts';
import type { PipelineStages, StatsApplication } from './progress.ts';
import { outcomeRates, type OutcomeRates } from './rates.ts';
import { reasonsByStage, type ReasonsByStage } from './reasons.ts';

export type { StatsApplication } from './progress.ts';

/** Everything `/stats/` shows, computed once from the catalog's applications. */
export interface CampaignStats {
  /** All applications in the archive, sent or not. */
  total: number;
  /** True when fewer than 5 applications were sent. */
  few: boolean;
  rates: OutcomeRates;
  funnel: FunnelStep[];
  perWeek: PeriodSeries;
  perMonth: PeriodSeries;
  daysToFirstResponse: Measure;
  timeInStage: StageTime[];
  byRoleFamily: BreakdownRow[];
  byCompany: BreakdownRow[];
  /** Outcomes by where the posting was found (`source`). */
  bySource: BreakdownRow[];
  /** Outcomes by the CV version sent (`cv`). */
  byCv: BreakdownRow[];
  /** Why applications ended (`outcome.reason`), by the furthest stage they reached. */
  reasons: ReasonsByStage;
}

/**
 * The campaign statistics. `now`, the build moment, separates steps that
 * happened from steps still to come (src/catalog/facts.ts); `stages` is the
 * configured pipeline; `reasonOrder` the configured outcome reasons' keys, in order.
 */
export function campaignStats(
  apps: readonly StatsApplication[],
  now: BuildMoment,
  stages: PipelineStages,
  reasonOrder: readonly string[] = [],
): CampaignStats {
  const rates = outcomeRates(apps);
  return {
    total: apps.length,
    few: isFew(rates.sent),
    rates,
    funnel: funnel(apps, stages),
    perWeek: perWeek(apps, now),
    perMonth: perMonth(apps, now),
    daysToFirstResponse: medianDaysToFirstResponse(apps, now),
    timeInStage: timeInStage(apps, now, stages),
    byRoleFamily: breakdown(apps, 'roleFamily', now),
    byCompany: breakdown(apps, 'company', now),
    bySource: breakdown(apps, 'source', now),
    byCv: breakdown(apps, 'cv', now),
    reasons: reasonsByStage(apps, stages, reasonOrder),
  };
}
