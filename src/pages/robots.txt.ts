import type { APIRoute } from 'astro';
import { getCatalog } from '../catalog/index.ts';
import { settings } from '../config/settings.ts';

/** The shared copy asks crawlers to stay away unless the user configured otherwise; the owner's site is theirs to decide. */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const closed = catalog.audience === 'mentor' && settings().config.share.noindex;
  return new Response(closed ? 'User-agent: *\nDisallow: /\n' : 'User-agent: *\nAllow: /\n', {
    headers: { 'Content-Type': 'text/plain' },
  });
};
