import { settings } from './settings.ts';

/**
 * Every link Dossier writes (pages, catalog URLs, the search script's Pagefind
 * paths) goes under the base path through here, and Astro's `base` is the
 * same setting (`settings().base`, read by src/config/base-path.ts), so they
 * cannot disagree.
 */

/** A site-absolute path (`/applications/`) as served: under the base path (`/dossier/applications/`). */
export function sitePath(path: string, base = settings().base): string {
  return `${base}${path.replace(/^\//, '')}`;
}
