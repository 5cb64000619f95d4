import type { DossierContext } from '../config/load.ts';
import type { CompanyIdentity } from '../lib/companies.ts';
import { slugify } from '../lib/slug.ts';
import type { ApplicationNote, ArticleNote, CompanyGroup, Ref, RoleFamilyGroup, StageGroup } from './types.ts';
import { companyUrl, stageUrl } from './urls.ts';

/** A company note as its group shows it (already filtered and redacted for the audience). */
export type GroupNote<E> = NonNullable<CompanyGroup<E>['note']>;

export const byName = (a: { name: string }, b: { name: string }) =>
  a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });

export interface Groups<E> {
  /** By slug. */
  companies: Map<string, CompanyGroup<E>>;
  /** By slug. */
  families: Map<string, RoleFamilyGroup<E>>;
  /** Every configured stage, in pipeline order, also when empty. */
  stages: StageGroup<E>[];
}

/**
 * Groups the notes one audience sees by company, role family and stage.
 * Groups come only from those notes (and from the company notes the
 * audience sees), so a company that only private notes mention has no group.
 */
export function groupNotes<E>(
  applications: readonly ApplicationNote<E>[],
  articles: readonly ArticleNote<E>[],
  companyNotes: readonly { identity: CompanyIdentity; note: GroupNote<E> }[],
  ctx: Pick<DossierContext, 'stages'>,
): Groups<E> {
  const { stages } = ctx;
  const notesById = new Map(companyNotes.map((c) => [c.note.id, c.note]));
  const companies = new Map<string, CompanyGroup<E>>();
  const companyGroup = (c: CompanyIdentity) => {
    let group = companies.get(c.slug);
    if (!group) {
      group = {
        slug: c.slug,
        name: c.name,
        url: companyUrl(c.slug),
        note: c.noteId ? notesById.get(c.noteId) : undefined,
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
  for (const { identity } of companyNotes) companyGroup(identity);

  const stageGroups = stages.keys.map((key): StageGroup<E> => ({
    key,
    label: stages.label(key),
    url: stageUrl(key),
    closed: stages.isClosed(key),
    applications: applications.filter((a) => a.stage.key === key),
  }));
  return { companies, families, stages: stageGroups };
}

/** Role families by name, the family of unsorted positions last. */
export function sortFamilies<E>(families: Iterable<RoleFamilyGroup<E>>, unsortedFamily: string): RoleFamilyGroup<E>[] {
  const unsorted = slugify(unsortedFamily);
  return [...families].sort((a, b) => Number(a.slug === unsorted) - Number(b.slug === unsorted) || byName(a, b));
}
