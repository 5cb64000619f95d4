import type { ApplicationNote, ArticleNote, Catalog } from '../catalog/build-catalog.ts';
import type { StageConfig } from '../lib/stages.ts';
import type { FilterChoice } from './filter-vocabulary.ts';

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

/** What the menus of /search/ and /applications/ read of a catalog. */
type ChoiceCatalog = Pick<Catalog<unknown>, 'applications' | 'articles' | 'stages' | 'companies' | 'roleFamilies'>;

/** The other names of the groups a page's menus offer, by their folded display name. */
function groupNames(catalog: ChoiceCatalog, stages: readonly Pick<StageConfig, 'key' | 'aliases'>[]) {
  const stage = new Map(
    catalog.stages.map((s) => [s.label, [s.key, s.label, ...(stages.find((c) => c.key === s.key)?.aliases ?? [])]]),
  );
  const company = new Map(catalog.companies.map((c) => [c.name, [c.slug, c.name, ...(c.note?.data.aliases ?? [])]]));
  const role = new Map(catalog.roleFamilies.map((f) => [f.name, [f.slug, f.name]]));
  return { stage, company, role };
}

/**
 * The menus of the search page: each option's value as Pagefind filters by
 * it (src/search/filters.ts), with every other name it goes by in an
 * address (src/search/filter-vocabulary.ts): a stage's key, label and
 * aliases, a company's slug, name and aliases, a role family's slug.
 */
export function searchChoices(
  catalog: ChoiceCatalog,
  stages: readonly Pick<StageConfig, 'key' | 'aliases'>[],
): Record<FilterKey, FilterChoice[]> {
  const options = filterOptions(catalog);
  const names = groupNames(catalog, stages);
  const also = (map: Map<string, string[]>, value: string) =>
    [...map].find(([name]) => filterValue(name) === value)?.[1] ?? [];
  return {
    kind: options.kind.map((value) => ({ value, also: [] })),
    company: options.company.map((value) => ({ value, also: also(names.company, value) })),
    role: options.role.map((value) => ({ value, also: also(names.role, value) })),
    stage: options.stage.map((value) => ({ value, also: also(names.stage, value) })),
    year: options.year.map((value) => ({ value, also: [] })),
  };
}

/**
 * The menus of /applications/, with the same other names as the search
 * page's: the stages that have applications (by key, in pipeline order), the
 * companies and role families (by name, alphabetically) and the years
 * (newest first).
 */
export function tableChoices(
  catalog: ChoiceCatalog,
  stages: readonly Pick<StageConfig, 'key' | 'aliases'>[],
): { stage: FilterChoice[]; company: FilterChoice[]; role: FilterChoice[]; year: FilterChoice[] } {
  const names = groupNames(catalog, stages);
  const apps = catalog.applications;
  const unique = (values: (string | undefined)[]) =>
    [...new Set(values.filter((v): v is string => !!v))].sort((a, b) =>
      a.localeCompare(b, 'en', { sensitivity: 'base' }),
    );
  return {
    stage: catalog.stages
      .filter((s) => s.applications.length > 0)
      .map((s) => ({ value: s.key, label: s.label, also: names.stage.get(s.label) ?? [] })),
    company: unique(apps.map((a) => a.company.name)).map((value) => ({
      value,
      also: names.company.get(value) ?? [],
    })),
    role: unique(apps.map((a) => a.roleFamily.name)).map((value) => ({ value, also: names.role.get(value) ?? [] })),
    year: unique(apps.map((a) => a.date?.slice(0, 4)))
      .reverse()
      .map((value) => ({ value, also: [] })),
  };
}

/**
 * What the words filter of /applications/ looks in, each field by the name the page gives it: the
 * rows carry these values (`data-text`), and the page's hint lists these names, so it searches
 * what it says.
 */
const TABLE_TEXT: [string, (app: ApplicationNote<unknown>) => (string | undefined)[]][] = [
  ['position', (a) => [a.data.position]],
  ['company', (a) => [a.company.name, a.data.company]],
  ['role family', (a) => [a.roleFamily.name]],
  ['location', (a) => [a.data.location, a.data.workplace]],
  ['languages', (a) => a.data.languages],
  ['tags', (a) => a.data.tags],
];

/** The fields the words filter looks in, as a phrase: "position, company, …, and tags". */
export const TABLE_TEXT_FIELDS = `${TABLE_TEXT.slice(0, -1)
  .map(([name]) => name)
  .join(', ')} and ${TABLE_TEXT.at(-1)![0]}`;

/** The text of an application the words filter looks in. */
export function tableText(app: ApplicationNote<unknown>): string {
  return TABLE_TEXT.flatMap(([, values]) => values(app))
    .filter((v): v is string => !!v)
    .join(' ');
}
