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
 * The note pages spread evenly through the first {@link NOTES_WITHIN} of
 * Astro's list, bucket after bucket, the other pages in Astro's own order.
 * Astro renders the list in turn, on one core: with the note pages together
 * (Astro lists a route's pages together), Pagefind's process had nothing to
 * parse while Astro rendered the other routes, then more pages at once than
 * it could take, and it held every page until the end. Spread, it parses
 * beside the rendering from the first page to the last; bucket by bucket,
 * each bucket's index is written and let go of once its last page is
 * rendered (SearchIndexBuilder.bucketDone()), and the last while Astro
 * renders the end of the list, which holds no note page.
 */
export function spreadNotePages<T>(
  paths: readonly T[],
  isNote: (path: T) => boolean,
  bucket: (path: T) => number = () => 0,
): T[] {
  const notes: { path: T; bucket: number }[] = [];
  const rest: T[] = [];
  for (const path of paths)
    if (isNote(path)) notes.push({ path, bucket: bucket(path) });
    else rest.push(path);
  // Bucket by bucket (a stable sort keeps Astro's order within one).
  notes.sort((a, b) => a.bucket - b.bucket);
  // The other pages that go among the note pages; the remainder follows the last note page.
  const among = Math.round(rest.length * NOTES_WITHIN);
  const out: T[] = [];
  let n = 0;
  let r = 0;
  // Take a note page whenever the note pages are behind their share of what has been taken.
  while (n < notes.length || r < among)
    if (r >= among || (n < notes.length && n * among <= r * notes.length)) out.push(notes[n++]!.path);
    else out.push(rest[r++]!);
  return out.concat(rest.slice(r));
}

/** The share of the other pages rendered among the note pages; the rest come after the last note page. */
const NOTES_WITHIN = 0.8;

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
  /** Each path's place in the list, and the place of the last note page. */
  const place = new Map<string, number>();
  let lastNote = -1;
  /** Each bucket's place of its last page, in the order of the list, and how many Astro is past. */
  const bucketEnds: { bucket: number; last: number }[] = [];
  let ended = 0;
  return {
    name: 'dossier-search',
    setup: astro.setup && (() => astro.setup!()),
    getStaticPaths: async () => {
      const listed = await astro.getStaticPaths();
      // Astro writes a page under its encoded path, as the URL of its request has it.
      const fileOf = new Map(listed.map((p) => [p, pageFile(encodeURI(p.pathname), '/')]));
      const notes = [...fileOf.values()].filter(isIndexedPage);
      await search.expect(notes);
      // Each note page's bucket, worked out once (a hash of its path).
      const bucketOf = new Map(notes.map((file) => [file, search.bucketOfPage(file)]));
      const paths = spreadNotePages(
        listed,
        (p) => bucketOf.has(fileOf.get(p)!),
        (p) => bucketOf.get(fileOf.get(p)!)!,
      );
      paths.forEach((p, i) => {
        const file = fileOf.get(p)!;
        place.set(file, i);
        const bucket = bucketOf.get(file);
        if (bucket === undefined) return;
        lastNote = i;
        if (bucketEnds.at(-1)?.bucket === bucket) bucketEnds.at(-1)!.last = i;
        else bucketEnds.push({ bucket, last: i });
      });
      return paths;
    },
    render: async (request, options) => {
      const page = pageFile(new URL(request.url).pathname, base);
      const at = place.get(page) ?? -1;
      // Astro is past these buckets' last pages: each is written, and can be indexed.
      while (ended < bucketEnds.length && at > bucketEnds[ended]!.last)
        search.bucketDone(site, bucketEnds[ended++]!.bucket);
      if (at > lastNote) search.notePagesDone(site);
      const result = await astro.render(request, options);
      const response = result instanceof Response ? result : result.response;
      if (response.ok && isIndexedPage(page)) {
        search.offer(page, await response.clone().text());
        await search.room();
      }
      return result;
    },
    collectStaticImages: astro.collectStaticImages && (() => astro.collectStaticImages!()),
    teardown: async () => {
      search.notePagesDone(site);
      await astro.teardown?.();
    },
  };
}
