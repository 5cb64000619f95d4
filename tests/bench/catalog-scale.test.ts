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
    if (note.collection === 'applications') input.applications.push({ id, data: applicationSchema.parse(data), body, entry: null });
    else input.articles.push({ id, data: ArticleSchema.parse(data), body, entry: null });
  }
  return buildCatalog(input, ctx, 'owner');
}

describe('related articles at scale', () => {
  const catalog = catalogOf(600);

  it('are the articles that share the company or role family or are listed, newest first, as a full scan finds them', () => {
    for (const app of catalog.applications) {
      const scan = catalog.articles.filter(
        (article) =>
          app.data.articles.includes(article.id) ||
          article.companies.some((c) => c.slug === app.company.slug) ||
          article.roleFamilies.some((f) => f.slug === app.roleFamily.slug),
      );
      expect(catalog.relatedArticles(app)).toEqual(scan);
    }
  });

  it('invert to the applications an article helps with, in the catalog order', () => {
    for (const article of catalog.articles) {
      expect(catalog.applicationsFor(article)).toEqual(catalog.applications.filter((app) => catalog.relatedArticles(app).includes(article)));
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
