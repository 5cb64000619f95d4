import { describe, expect, it } from 'vitest';
import { generateNotes } from '../../src/bench/generate.ts';
import { buildCatalog, type CatalogInput } from '../../src/catalog/build-catalog.ts';
import { cacheKey, digestOf } from '../../src/catalog/cache-key.ts';
import { createContext } from '../../src/config/load.ts';
import { UserConfigSchema } from '../../src/config/schema.ts';
import { splitNote } from '../../src/lib/frontmatter.ts';
import { createApplicationSchema } from '../../src/schemas/application.ts';
import { ArticleSchema } from '../../src/schemas/article.ts';

const ctx = createContext('/nowhere', UserConfigSchema.parse({}));
const applicationSchema = createApplicationSchema(ctx.stages);

/** A synthetic archive as the catalog receives it from Astro. */
function catalogOf(notes: number) {
  const input: CatalogInput<null> = { applications: [], articles: [], companies: [] };
  for (const note of generateNotes({ notes })) {
    const { data, body } = splitNote(note.text);
    const id = note.file.replace(/\.mdx$/, '');
    if (note.collection === 'applications')
      input.applications.push({ id, data: applicationSchema.parse(data), body, entry: null });
    else input.articles.push({ id, data: ArticleSchema.parse(data), body, entry: null });
  }
  return buildCatalog(input, ctx, 'owner');
}

describe('related articles at scale', () => {
  const catalog = catalogOf(600);

  // The rank of an article for an application, as a full scan computes it: 0 listed, 1 same company,
  // 2 same role family, undefined unrelated.
  const rank = (app: (typeof catalog.applications)[number], article: (typeof catalog.articles)[number]) =>
    app.data.articles.includes(article.id)
      ? 0
      : article.companies.some((c) => c.slug === app.company.slug)
        ? 1
        : article.roleFamilies.some((f) => f.slug === app.roleFamily.slug)
          ? 2
          : undefined;
  // A stable sort of the catalog order by rank: newest first within a rank.
  const byRank = <T>(items: T[], rankOf: (item: T) => number | undefined) =>
    items.filter((item) => rankOf(item) !== undefined).sort((a, b) => rankOf(a)! - rankOf(b)!);

  it('are the articles that are listed or share the company or role family, as a full scan ranks them', () => {
    let linked = 0;
    for (const app of catalog.applications) {
      const related = catalog.relatedArticles(app);
      expect(related).toEqual(byRank(catalog.articles, (article) => rank(app, article)));
      linked += related.length;
    }
    expect(linked).toBeGreaterThan(catalog.applications.length);
  });

  it('invert to the applications an article helps with, as a full scan ranks them', () => {
    for (const article of catalog.articles) {
      expect(catalog.applicationsFor(article)).toEqual(byRank(catalog.applications, (app) => rank(app, article)));
    }
  });

  it('are cut to relatedLimit on the pages, so that no page lists them all', () => {
    const longest = Math.max(...catalog.applications.map((app) => catalog.relatedArticles(app).length));
    expect(longest).toBeGreaterThan(ctx.config.relatedLimit);
    for (const app of catalog.applications) {
      const { items, more } = catalog.relatedShortlist(app);
      expect(items.length).toBe(
        Math.min(catalog.relatedArticles(app).length, Math.max(ctx.config.relatedLimit, app.data.articles.length)),
      );
      expect(items.length + more).toBe(catalog.relatedArticles(app).length);
    }
  });
});

describe('page cache keys', () => {
  const catalog = catalogOf(60);
  const [a, b] = catalog.applications;

  it('are stable for the same data and change with any shown item', () => {
    const site = { title: 'Dossier' };
    expect(cacheKey(site, a!, [b!])).toBe(cacheKey(site, a!, [b!]));
    expect(cacheKey(site, a!, [b!])).not.toBe(cacheKey(site, b!, [a!]));
    expect(cacheKey(site, a!, [b!])).not.toBe(cacheKey({ title: 'Other' }, a!, [b!]));
    expect(cacheKey(site, a!, [])).not.toBe(cacheKey(site, a!, undefined));
  });

  it('digest a note without its loaded entry, and see a change of its body', () => {
    expect(digestOf({ ...a!, entry: { huge: 'x' } })).toBe(digestOf({ ...a!, entry: null }));
    expect(digestOf({ ...a!, body: `${a!.body}!` })).not.toBe(digestOf({ ...a! }));
  });
});
