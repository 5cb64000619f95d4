import type { APIRoute } from 'astro';
import { getCatalog } from '../../catalog/index.ts';
import { settings } from '../../config/settings.ts';
import { calendarEvents, toIcs } from '../../export/ics.ts';

/**
 * The catalog's agenda as a calendar: steps to come (interviews and planned steps, at their time when
 * given), deadlines, follow-ups and dated tasks of open applications, overdue ones on the build day,
 * each with an alarm.
 */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const { config } = settings();
  const events = calendarEvents(catalog.agenda, catalog.now, config.site);
  return new Response(toIcs(events, `${config.title}: job search`), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
