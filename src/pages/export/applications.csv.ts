import type { APIRoute } from 'astro';
import { getCatalog } from '../../catalog/index.ts';
import { toCsv } from '../../export/csv.ts';
import { exportRows } from '../../export/rows.ts';

/** Every application of this build as CSV; the catalog has already left out what a mentor may not see. */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  return new Response(toCsv(exportRows(catalog.applications)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};
