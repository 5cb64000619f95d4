import type { APIRoute } from 'astro';
import { getCatalog } from '../../catalog/index.ts';
import { toCsv } from '../../export/csv.ts';
import { csvColumns, exportedFields, exportRows } from '../../export/rows.ts';
import { settings } from '../../config/settings.ts';

/**
 * Every application of this build as CSV; the catalog has already left out what a mentor may not see,
 * and a mentor's file has no column of a private field.
 */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const columns = csvColumns(exportedFields(catalog.audience, settings().config.share));
  return new Response(toCsv(exportRows(catalog.applications), columns), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};
