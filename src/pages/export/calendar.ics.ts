import type { APIRoute } from 'astro';
import { getCatalog, getContext } from '../../catalog/index.ts';
import { calendarEvents, toIcs } from '../../export/ics.ts';
import { buildDay } from '../../stats/build-day.ts';

/** Upcoming interviews, follow-ups and deadlines of open applications, as all-day events. */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const { config, stages } = getContext();
  const events = calendarEvents(catalog.applications, buildDay(), stages.label);
  return new Response(toIcs(events, `${config.title}: job search`), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
