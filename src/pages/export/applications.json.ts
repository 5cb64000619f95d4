import type { APIRoute } from 'astro';
import { getCatalog } from '../../catalog/index.ts';
import { toJson } from '../../export/json.ts';
import { exportedFields, exportRows, withFields } from '../../export/rows.ts';
import { settings } from '../../config/settings.ts';

/** The same rows as the CSV export, with lists and mappings kept structured (and a mentor's without private fields). */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const exported = exportedFields(catalog.audience, settings().config.share);
  const rows = exportRows(catalog.applications).map((row) => withFields(row, exported));
  return new Response(toJson(rows, catalog.audience), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
