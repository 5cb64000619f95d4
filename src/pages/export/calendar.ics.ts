import type { APIRoute } from 'astro';
import { getCatalog } from '../../catalog/index.ts';
import { settings } from '../../config/settings.ts';
import { calendarEvents, toIcs } from '../../export/ics.ts';

/** Upcoming interviews (at their time, when given), deadlines and follow-up reminders of open applications, each with an alarm the day before. */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const { config, stages, day } = settings();
  const events = calendarEvents(catalog.applications, day, stages.label, {
    followUpAfterDays: config.followUpAfterDays,
    site: config.site,
  });
  return new Response(toIcs(events, `${config.title}: job search`), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
