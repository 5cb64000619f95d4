import type { ApplicationNote, ArticleNote, CompanyGroup, RoleFamilyGroup, Shortlist } from './types.ts';

/**
 * The first `limit` items of a ranked list, but never fewer than `pinned`
 * (the items the note itself names, which lead the list). Without a limit
 * a page would list every article of a role family on every application in
 * it, which grows with the square of the archive; the rest stay one click
 * away on the company and role family pages.
 */
export function shortlist<T>(ranked: readonly T[], limit: number, pinned = 0): Shortlist<T> {
  const count = Math.min(ranked.length, Math.max(limit, pinned));
  return { items: ranked.slice(0, count), more: ranked.length - count };
}

/**
 * Concatenates tiers of a ranking, each sorted by `order`, keeping the
 * first place of an item that is in several.
 */
function rankedUnion<T>(tiers: readonly (readonly T[])[], order: ReadonlyMap<T, number>): T[] {
  const seen = new Set<T>();
  const out: T[] = [];
  for (const tier of tiers) {
    const fresh = [...new Set(tier)].filter((item) => !seen.has(item));
    fresh.sort((a, b) => order.get(a)! - order.get(b)!);
    for (const item of fresh) {
      seen.add(item);
      out.push(item);
    }
  }
  return out;
}

/** What the catalog offers about related notes; see `Catalog` for each one. */
export interface RelatedIndex<E> {
  relatedArticles(app: ApplicationNote<E>): ArticleNote<E>[];
  applicationsFor(article: ArticleNote<E>): ApplicationNote<E>[];
  relatedShortlist(app: ApplicationNote<E>): Shortlist<ArticleNote<E>>;
  applicationsShortlist(article: ArticleNote<E>): Shortlist<ApplicationNote<E>>;
}

/**
 * Related articles and applications, ranked: what a note names itself, then
 * by company, then by role family; each list worked out on first use.
 * Related notes come from the company and family groups, built once:
 * scanning every article for every application, and every application for
 * every article page, is quadratic (minutes at 10,000 notes).
 */
export function relatedIndex<E>(
  applications: readonly ApplicationNote<E>[],
  articles: readonly ArticleNote<E>[],
  companies: ReadonlyMap<string, CompanyGroup<E>>,
  families: ReadonlyMap<string, RoleFamilyGroup<E>>,
  limit: number,
): RelatedIndex<E> {
  const articlesById = new Map(articles.map((a) => [a.id, a]));
  const articleOrder = new Map(articles.map((a, i) => [a, i]));
  const applicationOrder = new Map(applications.map((a, i) => [a, i]));
  const listedArticles = (app: ApplicationNote<E>) =>
    [...new Set(app.data.articles)].flatMap((id) => articlesById.get(id) ?? []);
  const related = new Map<ApplicationNote<E>, ArticleNote<E>[]>();
  const relatedArticles = (app: ApplicationNote<E>) => {
    let list = related.get(app);
    if (!list) {
      list = rankedUnion(
        [
          listedArticles(app),
          companies.get(app.company.slug)?.articles ?? [],
          families.get(app.roleFamily.slug)?.articles ?? [],
        ],
        articleOrder,
      );
      related.set(app, list);
    }
    return list;
  };
  let listers: Map<string, ApplicationNote<E>[]> | undefined;
  const listedBy = (article: ArticleNote<E>) => {
    if (!listers) {
      listers = new Map();
      for (const app of applications) {
        for (const a of listedArticles(app)) {
          const list = listers.get(a.id);
          if (list) list.push(app);
          else listers.set(a.id, [app]);
        }
      }
    }
    return listers.get(article.id) ?? [];
  };
  const readers = new Map<ArticleNote<E>, ApplicationNote<E>[]>();
  const applicationsFor = (article: ArticleNote<E>) => {
    let list = readers.get(article);
    if (!list) {
      list = rankedUnion(
        [
          listedBy(article),
          article.companies.flatMap((c) => companies.get(c.slug)?.applications ?? []),
          article.roleFamilies.flatMap((f) => families.get(f.slug)?.applications ?? []),
        ],
        applicationOrder,
      );
      readers.set(article, list);
    }
    return list;
  };
  return {
    relatedArticles,
    applicationsFor,
    relatedShortlist: (app) => shortlist(relatedArticles(app), limit, listedArticles(app).length),
    applicationsShortlist: (article) => shortlist(applicationsFor(article), limit, listedBy(article).length),
  };
}
