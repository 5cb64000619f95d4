import type { APIRoute } from 'astro';
import { getCatalog } from '../../catalog/index.ts';
import { toJson } from '../../export/json.ts';
import { exportRows } from '../../export/rows.ts';

/** The same rows as the CSV export, with lists and mappings kept structured. */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  return new Response(toJson(exportRows(catalog.applications), catalog.audience), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
