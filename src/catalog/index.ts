import { getCollection } from 'astro:content';
import { settings } from '../config/settings.ts';
import { visibleBody, visibleData } from '../notes/audience.ts';
import type * as built from './build-catalog.ts';
import { buildCatalog, type Catalog, type NoteInput } from './build-catalog.ts';
import { cacheKey } from './cache-key.ts';
import type { FeedbackFileData } from '../feedback/check.ts';
import { noteBody, type NoteEntry } from '../compile/note-html.ts';

export type { NoteEntry };
export type SiteCatalog = Catalog<NoteEntry>;
export type ApplicationNote = built.ApplicationNote<NoteEntry>;
export type ArticleNote = built.ArticleNote<NoteEntry>;
export type CompanyGroup = built.CompanyGroup<NoteEntry>;
export type RoleFamilyGroup = built.RoleFamilyGroup<NoteEntry>;
export type StageGroup = built.StageGroup<NoteEntry>;
export type StoryNote = built.StoryNote<NoteEntry>;

let pending: Promise<SiteCatalog> | undefined;

// In `astro dev` the notes change under a running server: when Astro's content layer has new data, it
// clears its own route cache (this event), and the catalog built from the old data goes with it.
import.meta.hot?.on('astro:content-changed', () => {
  pending = undefined;
});

/**
 * The catalog of this build: the only caller of `getCollection` in the
 * project. It loads the notes once, applies the audience filter once and
 * groups them; every page reads from here and never filters on its own.
 */
export function getCatalog(): Promise<SiteCatalog> {
  pending ??= (async () => {
    const ctx = settings();
    const { audience } = ctx;
    // The entry travels along only so a page can render the note. It carries the same redacted data
    // and body as the catalog item, so code that reads or serializes it by mistake finds nothing more.
    const toInput = <E extends NoteEntry>(entry: E): NoteInput<E['data'], NoteEntry> => {
      // A precompiled note's body is not in the data store; it is read from its side file (src/compile/).
      const body = noteBody(entry);
      return {
        id: entry.id,
        data: entry.data,
        body,
        filePath: entry.filePath,
        entry: Object.assign({}, entry, {
          data: visibleData(entry.collection, entry.data, audience, ctx.config),
          body: body && visibleBody(body, entry.filePath, audience),
        }),
      };
    };
    const [applications, articles, companies, stories, feedback] = await Promise.all([
      getCollection('applications'),
      getCollection('articles'),
      getCollection('companies'),
      getCollection('stories'),
      getCollection('feedback'),
    ]);
    return buildCatalog(
      {
        applications: applications.map(toInput),
        articles: articles.map(toInput),
        companies: companies.map(toInput),
        stories: stories.map(toInput),
        feedback: feedback.map((entry) => entry.data as unknown as FeedbackFileData),
      },
      ctx,
      audience,
      ctx.now,
    );
  })();
  return pending;
}

/**
 * The `cacheKey` of a page for Astro's incremental builds: the settings the
 * layout shows (title, audience, noindex, the base path of every link), the
 * build day and the catalog items the page shows. An unchanged key lets Astro
 * reuse the page from the last build. The day is in every key because pages
 * show it (the mentor copy's "built on" banner) or depend on it (a prep
 * sheet's "(upcoming)" steps): a page reused from yesterday would be stale.
 */
export function pageCacheKey(catalog: SiteCatalog, ...items: (object | readonly object[] | undefined)[]): string {
  const { config, base, day } = settings();
  return cacheKey({ config, audience: catalog.audience, base, day }, ...items);
}

/**
 * The `cacheKey` of a group's page (a company, role family or stage): the group, and the
 * applications and articles it lists as summaries. The lists are keyed on their own, each note
 * once, and left out of the group's own digest, where they would be hashed again.
 */
export function groupPageCacheKey(
  catalog: SiteCatalog,
  group: { applications: readonly object[]; articles?: readonly object[] },
): string {
  return pageCacheKey(
    catalog,
    { ...group, applications: undefined, articles: undefined },
    group.applications,
    group.articles,
  );
}
