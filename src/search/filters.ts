import type { ApplicationNote, ArticleNote, Catalog } from '../catalog/build-catalog.ts';

/**
 * Search filters, in one place: the values a note page hands Pagefind
 * (`data-pagefind-filter`) and the options the search page offers come from
 * the same functions, so a menu never offers a value no page carries.
 *
 * The search page renders its options at build time from the catalog of its
 * audience. Asking Pagefind for them instead (`filters()`) downloads every
 * filter index on the first search: 109 KB at 10,000 notes.
 */

/** The filters of the search page, in the order shown. */
export const SEARCH_FILTERS = [
  { key: 'kind', label: 'Kind' },
  { key: 'company', label: 'Company' },
  { key: 'role', label: 'Role family' },
  { key: 'stage', label: 'Stage' },
  { key: 'year', label: 'Year' },
] as const;

export type FilterKey = (typeof SEARCH_FILTERS)[number]['key'];
export type NoteFilters = Partial<Record<FilterKey, string[]>>;

/**
 * The kind an application page also has when its debriefs list questions: the question bank's search
 * (/questions/) narrows to it, and the search page offers it among the kinds.
 */
export const QUESTION_KIND = 'Interview questions';

/** Pagefind reads `name:value` and splits a value at commas, so a comma becomes a space. */
export const filterValue = (value: string) =>
  value
    .replace(/\s*,\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const values = (...list: (string | undefined)[]) => list.filter((v): v is string => !!v).map(filterValue);

/** The filter values of an application page. */
export function applicationFilters(app: ApplicationNote<unknown>): NoteFilters {
  return {
    kind: ['Application', ...(app.debriefs.some((d) => d.questions.length > 0) ? [QUESTION_KIND] : [])],
    company: values(app.company.name),
    role: values(app.roleFamily.name),
    stage: values(app.stage.label),
    year: values(app.date?.slice(0, 4)),
  };
}

/** The filter values of an article page. */
export function articleFilters(article: ArticleNote<unknown>): NoteFilters {
  return {
    kind: ['Article'],
    company: values(...article.companies.map((c) => c.name)),
    role: values(...article.roleFamilies.map((f) => f.name)),
    year: values(article.date?.slice(0, 4)),
  };
}

/**
 * Every value each filter has on some page of this catalog: stages in
 * pipeline order, years newest first, the rest alphabetically.
 */
export function filterOptions(
  catalog: Pick<Catalog<unknown>, 'applications' | 'articles' | 'stages'>,
): Record<FilterKey, string[]> {
  const found = Object.fromEntries(SEARCH_FILTERS.map((f) => [f.key, new Set<string>()])) as Record<
    FilterKey,
    Set<string>
  >;
  const add = (filters: NoteFilters) => {
    for (const [key, list] of Object.entries(filters) as [FilterKey, string[]][])
      for (const v of list) found[key].add(v);
  };
  catalog.applications.forEach((app) => add(applicationFilters(app)));
  catalog.articles.forEach((article) => add(articleFilters(article)));
  const alphabetical = (key: FilterKey) =>
    [...found[key]].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }) || a.localeCompare(b));
  return {
    kind: alphabetical('kind'),
    company: alphabetical('company'),
    role: alphabetical('role'),
    stage: catalog.stages.map((s) => filterValue(s.label)).filter((label) => found.stage.has(label)),
    year: [...found.year].sort().reverse(),
  };
}
