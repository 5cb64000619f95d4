import type { AstroPrerenderer } from 'astro';
import type { SearchIndexBuilder } from './pagefind-index.ts';
import { isIndexedPage } from './search-buckets.ts';

/** The file Astro writes for a page's URL path (`/base/applications/x/` → `applications/x/index.html`). */
export function pageFile(pathname: string, base: string): string {
  const inSite = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const folder = inSite.replace(/^\/+|\/+$/g, '');
  return folder ? `${folder}/index.html` : 'index.html';
}

/**
 * Astro's own prerenderer, with each note page it renders handed to `search`
 * on its way to disk, and the list of note pages told before the first.
 * Astro renders the paths of its list one after another, so once it asks for
 * a path past the last note page, every note page is written (rendered, or
 * kept from the last build) and the index can be written while Astro renders
 * the rest. Rendering stays Astro's, page by page, on one core; Pagefind's
 * process works beside it. `site` is the output folder.
 */
export function searchPrerenderer(
  astro: AstroPrerenderer,
  search: SearchIndexBuilder,
  base: string,
  site: string,
): AstroPrerenderer {
  /** Each path's place in Astro's list, and the place of the last note page. */
  const place = new Map<string, number>();
  let lastNote = -1;
  return {
    name: 'dossier-search',
    setup: astro.setup && (() => astro.setup!()),
    getStaticPaths: async () => {
      const paths = await astro.getStaticPaths();
      const notes: string[] = [];
      paths.forEach((p, i) => {
        // Astro writes a page under its encoded path, as the URL of its request has it.
        const file = pageFile(encodeURI(p.pathname), '/');
        place.set(file, i);
        if (isIndexedPage(file)) {
          notes.push(file);
          lastNote = i;
        }
      });
      await search.expect(notes);
      return paths;
    },
    render: async (request, options) => {
      const page = pageFile(new URL(request.url).pathname, base);
      if ((place.get(page) ?? -1) > lastNote) search.notePagesDone(site);
      const result = await astro.render(request, options);
      const response = result instanceof Response ? result : result.response;
      if (response.ok && isIndexedPage(page)) search.offer(page, await response.clone().text());
      return result;
    },
    collectStaticImages: astro.collectStaticImages && (() => astro.collectStaticImages!()),
    teardown: async () => {
      search.notePagesDone(site);
      await astro.teardown?.();
    },
  };
}
