import type { DossierContext } from '../config/load.ts';
import { createCompanyResolver, type CompanyIdentity } from '../lib/companies.ts';
import type { IsoDate } from '../lib/dates.ts';
import type { StageKind } from '../lib/stages.ts';
import { slugify, type Slug } from '../lib/slug.ts';
import { extractTasks, type Task } from '../lib/tasks.ts';
import type { ApplicationData } from '../schemas/application.ts';
import type { ArticleData } from '../schemas/article.ts';
import type { CompanyData } from '../schemas/company.ts';
import type { Audience } from '../config/settings.ts';
import { isVisible, redactFields, visibleBody } from './audience.ts';
import { applicationDate, roleFamilyName } from './facts.ts';
import { companyUrl, noteUrl, roleFamilyUrl, stageUrl } from './urls.ts';

/** A note as a loader hands it over: `E` is the original entry, kept for rendering. */
export interface NoteInput<D, E = unknown> {
  id: string;
  data: D;
  body?: string;
  filePath?: string;
  entry: E;
}

export interface Ref {
  slug: Slug;
  name: string;
  /** Its page. */
  url: string;
}

/** A company as a note names it, with its page. */
export type CompanyRef = CompanyIdentity & { url: string };

export interface ApplicationNote<E = unknown> {
  kind: 'application';
  id: string;
  url: string;
  /** Frontmatter, with private fields removed for a mentor. */
  data: ApplicationData;
  /** The body without `<Private>` blocks for a mentor. */
  body: string;
  company: CompanyRef;
  roleFamily: Ref;
  stage: { key: string; label: string; closed: boolean; url: string; kind: StageKind };
  /** Stage changes sorted by date, each with what its stage means. */
  history: (ApplicationData['history'][number] & { kind: StageKind })[];
  /** The date that orders applications: applied, else the first history date. */
  date?: IsoDate;
  tasks: Task[];
  filePath?: string;
  entry: E;
}

export interface ArticleNote<E = unknown> {
  kind: 'article';
  id: string;
  url: string;
  data: ArticleData;
  body: string;
  companies: CompanyRef[];
  roleFamilies: Ref[];
  date?: IsoDate;
  filePath?: string;
  entry: E;
}

export interface CompanyGroup<E = unknown> {
  slug: Slug;
  name: string;
  url: string;
  /** The company note, when there is one and this audience may see it. */
  note?: { id: string; data: CompanyData; body: string; entry: E };
  applications: ApplicationNote<E>[];
  articles: ArticleNote<E>[];
}

export interface RoleFamilyGroup<E = unknown> {
  slug: Slug;
  name: string;
  url: string;
  applications: ApplicationNote<E>[];
  articles: ArticleNote<E>[];
}

export interface StageGroup<E = unknown> {
  key: string;
  label: string;
  url: string;
  closed: boolean;
  applications: ApplicationNote<E>[];
}

export interface Catalog<E = unknown> {
  audience: Audience;
  /** Newest first. */
  applications: ApplicationNote<E>[];
  /** Newest first. */
  articles: ArticleNote<E>[];
  /** By name. */
  companies: CompanyGroup<E>[];
  /** By name, the unsorted family last. */
  roleFamilies: RoleFamilyGroup<E>[];
  /** Every configured stage, in pipeline order, also when empty. */
  stages: StageGroup<E>[];
  /**
   * Articles linked to an application, most relevant first: those its
   * `articles` list names, then those about its company, then those of its
   * role family; newest first within each.
   */
  relatedArticles(app: ApplicationNote<E>): ArticleNote<E>[];
  /**
   * The applications an article helps with (the inverse of `relatedArticles`),
   * most relevant first: those that list it, then those at a company it is
   * about, then those in one of its role families; newest first within each.
   */
  applicationsFor(article: ArticleNote<E>): ApplicationNote<E>[];
  /** The related articles a page shows: see `shortlist`. */
  relatedShortlist(app: ApplicationNote<E>): Shortlist<ArticleNote<E>>;
  /** The applications an article page shows: see `shortlist`. */
  applicationsShortlist(article: ArticleNote<E>): Shortlist<ApplicationNote<E>>;
  /** The company's other applications. */
  siblings(app: ApplicationNote<E>): ApplicationNote<E>[];
  applicationById(id: string): ApplicationNote<E> | undefined;
  articleById(id: string): ArticleNote<E> | undefined;
}

/** The first items of a ranked list and how many were left out. */
export interface Shortlist<T> {
  items: T[];
  more: number;
}

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

export interface CatalogInput<E> {
  applications: NoteInput<ApplicationData, E>[];
  articles: NoteInput<ArticleData, E>[];
  companies: NoteInput<CompanyData, E>[];
}

const newestFirst = (a: { date?: string; id: string }, b: { date?: string; id: string }) =>
  (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id);
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });

/**
 * Builds everything pages need from the loaded notes, for one audience.
 * The audience filter runs first and once; every group, count and link is
 * computed from what survives it, so a company that only private notes
 * mention has no page in the shared copy and no link points at one.
 */
export function buildCatalog<E>(input: CatalogInput<E>, ctx: DossierContext, audience: Audience): Catalog<E> {
  const { config, stages } = ctx;
  const visible = <T extends { data: { share?: boolean } }>(notes: T[]) => notes.filter((n) => isVisible(n.data.share, audience, config));

  const companyNotes = visible(input.companies);
  // Every company note groups names, shared or not: grouping reveals nothing by itself.
  const resolveCompany = createCompanyResolver(input.companies.map((c) => ({ id: c.id, name: c.data.name, aliases: c.data.aliases })));
  const family = (name: string): Ref => {
    const slug = slugify(name);
    return { slug, name, url: roleFamilyUrl(slug) };
  };
  const company = (name: string): CompanyRef => {
    const identity = resolveCompany(name);
    return { ...identity, url: companyUrl(identity.slug) };
  };

  // An application's own list of articles must not name one this audience cannot see: the id is
  // the file name, which says what the article is about, and exports print the list as it is.
  const hiddenArticles = new Set(input.articles.filter((n) => !isVisible(n.data.share, audience, config)).map((n) => n.id));
  // The mentor build loads shared notes only (src/share/stage-notes.ts), so an unshared article is
  // not even among the input: for a mentor, a listed id must name an article that is there.
  const knownArticles = new Set(input.articles.map((n) => n.id));
  const listable = (id: string) => !hiddenArticles.has(id) && (audience === 'owner' || knownArticles.has(id));
  const bodyOf = (n: { body?: string; filePath?: string }) => visibleBody(n.body, n.filePath, audience);

  const applications = visible(input.applications)
    .map((n): ApplicationNote<E> => {
      const redacted = redactFields(n.data, audience, config);
      const data = { ...redacted, articles: redacted.articles.filter(listable) };
      const body = bodyOf(n);
      const history = [...data.history]
        .sort((a, b) => a.date.localeCompare(b.date) || stages.order(a.stage) - stages.order(b.stage))
        .map((step) => ({ ...step, kind: stages.kind(step.stage) }));
      return {
        kind: 'application',
        id: n.id,
        url: noteUrl('applications', n.id),
        data,
        body,
        company: company(data.company),
        roleFamily: family(roleFamilyName(data, ctx)),
        stage: { key: data.stage, label: stages.label(data.stage), closed: stages.isClosed(data.stage), url: stageUrl(data.stage), kind: stages.kind(data.stage) },
        history,
        date: applicationDate(data),
        tasks: extractTasks(body),
        filePath: n.filePath,
        entry: n.entry,
      };
    })
    .sort(newestFirst);

  const articles = visible(input.articles)
    .map((n): ArticleNote<E> => {
      const data = redactFields(n.data, audience, config);
      return {
        kind: 'article',
        id: n.id,
        url: noteUrl('articles', n.id),
        data,
        body: bodyOf(n),
        companies: data.companies.map(company),
        roleFamilies: data.roleFamilies.map(family),
        date: data.read ?? data.published,
        filePath: n.filePath,
        entry: n.entry,
      };
    })
    .sort(newestFirst);

  const companies = new Map<string, CompanyGroup<E>>();
  const companyGroup = (c: CompanyIdentity) => {
    let group = companies.get(c.slug);
    if (!group) {
      const note = companyNotes.find((n) => n.id === c.noteId);
      group = {
        slug: c.slug,
        name: c.name,
        url: companyUrl(c.slug),
        note: note && { id: note.id, data: redactFields(note.data, audience, config), body: bodyOf(note), entry: note.entry },
        applications: [],
        articles: [],
      };
      companies.set(c.slug, group);
    }
    return group;
  };
  const families = new Map<string, RoleFamilyGroup<E>>();
  const familyGroup = (f: Ref) => {
    let group = families.get(f.slug);
    if (!group) {
      group = { ...f, applications: [], articles: [] };
      families.set(f.slug, group);
    }
    return group;
  };

  for (const app of applications) {
    companyGroup(app.company).applications.push(app);
    familyGroup(app.roleFamily).applications.push(app);
  }
  for (const article of articles) {
    for (const c of article.companies) companyGroup(c).articles.push(article);
    for (const f of article.roleFamilies) familyGroup(f).articles.push(article);
  }
  // A company note nobody's notes mention still gets its page, when visible.
  for (const note of companyNotes) companyGroup(resolveCompany(note.data.name));

  const stageGroups = stages.keys.map(
    (key): StageGroup<E> => ({
      key,
      label: stages.label(key),
      url: stageUrl(key),
      closed: stages.isClosed(key),
      applications: applications.filter((a) => a.stage.key === key),
    }),
  );

  const unsorted = slugify(config.unsortedFamily);
  const roleFamilies = [...families.values()].sort((a, b) => Number(a.slug === unsorted) - Number(b.slug === unsorted) || byName(a, b));
  const appsById = new Map(applications.map((a) => [a.id, a]));
  const articlesById = new Map(articles.map((a) => [a.id, a]));

  // Related articles come from the company and family groups, built once: scanning every article
  // for every application, and every application for every article page, is quadratic (minutes at
  // 10,000 notes).
  const articleOrder = new Map(articles.map((a, i) => [a, i]));
  const applicationOrder = new Map(applications.map((a, i) => [a, i]));
  const listedArticles = (app: ApplicationNote<E>) => [...new Set(app.data.articles)].flatMap((id) => articlesById.get(id) ?? []);
  const related = new Map<ApplicationNote<E>, ArticleNote<E>[]>();
  const relatedArticles = (app: ApplicationNote<E>) => {
    let list = related.get(app);
    if (!list) {
      list = rankedUnion(
        [listedArticles(app), companies.get(app.company.slug)?.articles ?? [], families.get(app.roleFamily.slug)?.articles ?? []],
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
  const limit = config.relatedLimit;

  return {
    audience,
    applications,
    articles,
    companies: [...companies.values()].sort(byName),
    roleFamilies,
    stages: stageGroups,
    relatedArticles,
    applicationsFor,
    relatedShortlist: (app) => shortlist(relatedArticles(app), limit, listedArticles(app).length),
    applicationsShortlist: (article) => shortlist(applicationsFor(article), limit, listedBy(article).length),
    siblings: (app) => (companies.get(app.company.slug)?.applications ?? []).filter((a) => a.id !== app.id),
    applicationById: (id) => appsById.get(id),
    articleById: (id) => articlesById.get(id),
  };
}
