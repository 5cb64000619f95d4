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
 * on its way to disk, and the number of note pages told before the first.
 * Rendering stays Astro's, page by page, on one core; Pagefind's process
 * parses beside it.
 */
export function searchPrerenderer(astro: AstroPrerenderer, search: SearchIndexBuilder, base: string): AstroPrerenderer {
  return {
    name: 'dossier-search',
    setup: astro.setup && (() => astro.setup!()),
    getStaticPaths: async () => {
      const paths = await astro.getStaticPaths();
      await search.expect(paths.filter((p) => isIndexedPage(pageFile(p.pathname, '/'))).length);
      return paths;
    },
    render: async (request, options) => {
      const result = await astro.render(request, options);
      const response = result instanceof Response ? result : result.response;
      const page = pageFile(new URL(request.url).pathname, base);
      if (response.ok && isIndexedPage(page)) search.offer(page, await response.clone().text());
      return result;
    },
    collectStaticImages: astro.collectStaticImages && (() => astro.collectStaticImages!()),
    teardown: astro.teardown && (() => astro.teardown!()),
  };
}
