import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../catalog/index.ts';
import { settings } from '../../config/settings.ts';
import { activityCsv, activityRows } from '../../export/activity.ts';
import { hasActivityReport } from '../../review/activity-report.ts';

/** `/export/activity.csv`, when this build has the proof-of-search report (the owner's; the copy's only if shared). */
export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return hasActivityReport(catalog, settings().config) ? [{ params: { activity: 'activity' } }] : [];
}) satisfies GetStaticPaths;

/** Every row of the report in the configured columns; the catalog has left out what this audience may not see. */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  return new Response(activityCsv(activityRows(catalog.moves), settings().config.activity.columns), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};
