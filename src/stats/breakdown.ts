import { medianDaysToFirstResponse } from './durations.ts';
import { isFew, type Measure, type Rate } from './measure.ts';
import { outcomeRates } from './rates.ts';
import { isSent, type StatsApplication } from './progress.ts';

/** The outcomes of one role family or one company. */
export interface BreakdownRow {
  slug: string;
  name: string;
  /** Applications sent in this group. */
  sent: number;
  /** True when fewer than 5 applications were sent: every share in the row says little. */
  few: boolean;
  response: Rate;
  interview: Rate;
  offer: Rate;
  rejection: Rate;
  noAnswer: Rate;
  daysToFirstResponse: Measure;
}

/**
 * The same outcomes per role family or per company, for the groups with at
 * least one sent application; most applications first, then by name.
 */
export function breakdown(
  apps: readonly StatsApplication[],
  by: 'roleFamily' | 'company',
  today: string,
): BreakdownRow[] {
  const groups = new Map<string, { name: string; apps: StatsApplication[] }>();
  for (const app of apps.filter(isSent)) {
    const { slug, name } = app[by];
    const group = groups.get(slug) ?? { name, apps: [] };
    group.apps.push(app);
    groups.set(slug, group);
  }
  return [...groups.entries()]
    .map(([slug, g]): BreakdownRow => {
      const r = outcomeRates(g.apps);
      return {
        slug,
        name: g.name,
        sent: r.sent,
        few: isFew(r.sent),
        response: r.response,
        interview: r.interview,
        offer: r.offer,
        rejection: r.rejection,
        noAnswer: r.noAnswer,
        daysToFirstResponse: medianDaysToFirstResponse(g.apps, today),
      };
    })
    .sort((a, b) => b.sent - a.sent || a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
}
