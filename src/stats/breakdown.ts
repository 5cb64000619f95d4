import type { BuildMoment } from '../config/build-day.ts';
import { medianDaysToFirstResponse } from './durations.ts';
import { isFew, type Measure, type Rate } from './figure.ts';
import { outcomeRates } from './rates.ts';
import { isSent, type StatsApplication } from './progress.ts';

/** What a breakdown groups by: the catalog's role family or company, or a field as written (`source`, `cv`). */
export type BreakdownBy = 'roleFamily' | 'company' | 'source' | 'cv';

/** The group of applications that do not record the field of a breakdown by `source` or `cv`. */
export const NOT_RECORDED = 'Not recorded';

/** The outcomes of one group: a role family, a company, a source or a CV version. */
export interface BreakdownRow {
  /** The group's page for a role family or company; for a source or CV version, the value folded (case and spacing aside), '' for "Not recorded". */
  slug: string;
  /** The group's page: a role family's or a company's (from the catalog); none for sources and CV versions. */
  url?: string;
  /** True for the row of applications that do not record the field. */
  unrecorded?: boolean;
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

/** The group of an application in a breakdown. */
function groupOf(app: StatsApplication, by: BreakdownBy): { slug: string; name: string; url?: string } {
  if (by === 'roleFamily' || by === 'company') return app[by];
  const value = app.data[by]?.trim();
  // "LinkedIn" and "linkedin " are one source; the first spelling seen names it.
  return value ? { slug: value.toLowerCase().replace(/\s+/g, ' '), name: value } : { slug: '', name: NOT_RECORDED };
}

/**
 * The same outcomes per role family, company, source or CV version, for the
 * groups with at least one sent application; most applications first, then
 * by name, and the applications that do not record a source or CV last.
 */
export function breakdown(apps: readonly StatsApplication[], by: BreakdownBy, now: BuildMoment): BreakdownRow[] {
  const groups = new Map<string, { name: string; url?: string; apps: StatsApplication[] }>();
  for (const app of apps.filter(isSent)) {
    const { slug, name, url } = groupOf(app, by);
    const group = groups.get(slug) ?? { name, ...(url !== undefined ? { url } : {}), apps: [] };
    group.apps.push(app);
    groups.set(slug, group);
  }
  return [...groups.entries()]
    .map(([slug, g]): BreakdownRow => {
      const r = outcomeRates(g.apps);
      return {
        slug,
        ...(g.url !== undefined ? { url: g.url } : {}),
        ...(slug === '' && (by === 'source' || by === 'cv') ? { unrecorded: true } : {}),
        name: g.name,
        sent: r.sent,
        few: isFew(r.sent),
        response: r.response,
        interview: r.interview,
        offer: r.offer,
        rejection: r.rejection,
        noAnswer: r.noAnswer,
        daysToFirstResponse: medianDaysToFirstResponse(g.apps, now),
      };
    })
    .sort(
      (a, b) =>
        Number(a.unrecorded ?? false) - Number(b.unrecorded ?? false) ||
        b.sent - a.sent ||
        a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }),
    );
}
