import type { CollectionName } from '../config/content-root.ts';
import type { DossierContext } from '../config/load.ts';
import { createCompanyResolver, isInvisibleName, normalizeCompanyName } from '../lib/companies.ts';
import type { SplitNote } from '../lib/frontmatter.ts';
import type { Problem } from '../lib/problems.ts';
import { slugify } from '../lib/slug.ts';
import { closest, didYouMean } from '../lib/suggest.ts';
import { fieldPath } from '../lib/zod-problems.ts';
import type { ApplicationData } from '../schemas/application.ts';
import type { ArticleData } from '../schemas/article.ts';
import type { CompanyData } from '../schemas/company.ts';
import { applicationDate, roleFamilyName } from '../catalog/facts.ts';
import type { StoryMentionAt } from './check-note.ts';
import { resolveStory } from '../interview/story-refs.ts';

/** A note that passed its own checks, as the checks across notes need it. */
export interface ValidNote {
  collection: CollectionName;
  id: string;
  shown: string;
  data: Record<string, unknown>;
  locate: SplitNote['locate'];
  /** The stories an application's debriefs name (check-note.ts). */
  storyMentions?: readonly StoryMentionAt[];
}

/**
 * What only shows when notes are looked at together: references to companies,
 * articles and role families that no note has; two notes of the same
 * application; two company notes that claim one name or one URL; and
 * applications without any date (a warning: the site still builds).
 * `notes` must be in a stable order; the later of two duplicates is reported.
 */
export function crossCheck(ctx: DossierContext, notes: readonly ValidNote[]): Problem[] {
  const problems: Problem[] = [];
  const of = <T>(collection: CollectionName) =>
    notes.filter((n) => n.collection === collection) as (ValidNote & { data: T })[];
  const applications = of<ApplicationData>('applications');
  const articles = of<ArticleData>('articles');
  const companies = of<CompanyData>('companies');
  const problem = (
    note: ValidNote,
    path: (string | number)[],
    message: string,
    severity: Problem['severity'] = 'error',
  ): Problem => ({
    file: note.shown,
    ...note.locate(path),
    field: fieldPath(path),
    severity,
    message,
  });

  // A company name must be visible: a zero-width space "names" a company nobody can see or link to.
  const invisible = (note: ValidNote, path: (string | number)[], name: string) => {
    const codes = [...name].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
    const found = codes.length > 8 ? `${codes.slice(0, 8).join(' ')} …` : codes.join(' ') || 'nothing';
    problems.push(
      problem(
        note,
        path,
        `found a name with no visible character (${found}); write the company's name in letters or digits`,
      ),
    );
  };
  for (const note of applications)
    if (isInvisibleName(note.data.company)) invisible(note, ['company'], note.data.company);
  for (const note of articles)
    for (const [i, name] of note.data.companies.entries())
      if (isInvisibleName(name)) invisible(note, ['companies', i], name);
  for (const note of companies) {
    for (const [i, name] of [note.data.name, ...note.data.aliases].entries())
      if (isInvisibleName(name)) invisible(note, i === 0 ? ['name'] : ['aliases', i - 1], name);
  }

  // Company notes: each name or alias belongs to one company, each company to one URL.
  const claimedBy = new Map<string, ValidNote & { data: CompanyData }>();
  const urlOf = new Map<string, ValidNote & { data: CompanyData }>();
  for (const note of companies) {
    const slug = slugify(note.data.name);
    const first = urlOf.get(slug);
    if (first)
      problems.push(
        problem(
          note,
          ['name'],
          `"${note.data.name}" gets the same URL /companies/${slug}/ as the company note ${first.shown}; merge the two notes or list one name among the other's aliases`,
        ),
      );
    else urlOf.set(slug, note);
    for (const [i, name] of [note.data.name, ...note.data.aliases].entries()) {
      const key = normalizeCompanyName(name);
      const owner = claimedBy.get(key);
      if (owner && owner !== note) {
        problems.push(
          problem(
            note,
            i === 0 ? ['name'] : ['aliases', i - 1],
            `"${name}" already names the company of ${owner.shown} ("${owner.data.name}"); a name may belong to one company note only`,
          ),
        );
      } else claimedBy.set(key, note);
    }
  }

  const resolve = createCompanyResolver(
    companies.map((c) => ({ id: c.id, name: c.data.name, aliases: c.data.aliases })),
  );
  const knownCompanies = new Set<string>([
    ...claimedBy.keys(),
    ...applications.map((a) => normalizeCompanyName(a.data.company)),
  ]);
  // Suggestions compare names without legal forms and case ("Tesel Labs" → "Tessel Labs GmbH").
  const companyByKey = new Map<string, string>();
  for (const name of [
    ...companies.flatMap((c) => [c.data.name, ...c.data.aliases]),
    ...applications.map((a) => a.data.company),
  ]) {
    if (!companyByKey.has(normalizeCompanyName(name))) companyByKey.set(normalizeCompanyName(name), name);
  }
  const suggestCompany = (name: string) => {
    const key = closest(normalizeCompanyName(name), [...companyByKey.keys()].sort());
    return key ? ` (did you mean "${companyByKey.get(key)}"?)` : '';
  };
  const articleIds = articles.map((a) => a.id).sort();
  const families = [
    ...new Set([
      ...ctx.config.roleFamilies.map((r) => r.name),
      ctx.config.unsortedFamily,
      ...applications.map((a) => roleFamilyName(a.data, ctx)),
    ]),
  ];
  const familySlugs = new Set(families.map((f) => slugify(f)));

  for (const note of articles) {
    for (const [i, name] of note.data.companies.entries()) {
      if (isInvisibleName(name) || knownCompanies.has(normalizeCompanyName(name))) continue;
      problems.push(
        problem(
          note,
          ['companies', i],
          `found "${name}", a company that no application and no company note names${suggestCompany(name)}; write the name as an application has it, or add a company note with it (companies/${slugify(name)}.mdx)`,
        ),
      );
    }
    for (const [i, name] of note.data.roleFamilies.entries()) {
      if (familySlugs.has(slugify(name))) continue;
      problems.push(
        problem(
          note,
          ['roleFamilies', i],
          `found "${name}", a role family that no application has and no rule in the configuration defines${didYouMean(name, families)}; the article gets a role page of its own`,
          'warning',
        ),
      );
    }
  }

  // Debriefs name stories that exist.
  const storyIds = new Set(of('stories').map((s) => s.id));
  const sortedStories = [...storyIds].sort();
  for (const note of applications)
    for (const mention of note.storyMentions ?? []) {
      if (resolveStory(mention.written, storyIds)) continue;
      problems.push({
        file: note.shown,
        line: mention.line,
        column: mention.column,
        field: 'debrief',
        severity: 'error',
        message: `names the story "${mention.written}", but there is no story note with that name${didYouMean(mention.written, sortedStories)}; name a story by its file name in stories/ without .mdx${sortedStories.length ? '' : ' (there are no story notes yet)'}`,
      });
    }

  // An outcome says how a closed application ended.
  for (const note of applications) {
    const kind = ctx.stages.kind(note.data.stage);
    if (note.data.outcome && kind !== 'rejected' && kind !== 'withdrawn' && kind !== 'no-answer')
      problems.push(
        problem(
          note,
          ['outcome'],
          `is for an application that ended (rejected, withdrawn or no answer), and this one is at "${ctx.stages.label(note.data.stage)}"; it is shown, but statistics count it only once the stage says how it ended`,
          'warning',
        ),
      );
  }

  // Applications: linked articles exist; one note per application; a date to order by.
  const seen = new Map<string, ValidNote & { data: ApplicationData }>();
  for (const note of applications) {
    for (const [i, slug] of note.data.articles.entries()) {
      if (articleIds.includes(slug)) continue;
      const hint = didYouMean(slug.replace(/\.mdx?$/i, ''), articleIds) || didYouMean(slugify(slug), articleIds);
      problems.push(
        problem(
          note,
          ['articles', i],
          `found "${slug}", but there is no article note with that name${hint}; list an article by its file name without .mdx${articleIds.length ? '' : ' (there are no article notes yet)'}`,
        ),
      );
    }
    const date = applicationDate(note.data);
    if (date === undefined) {
      problems.push(
        problem(
          note,
          ['applied'],
          'is missing, and "history" has no dated step either; the application is listed last and left out of everything ordered by date. Add applied: YYYY-MM-DD',
          'warning',
        ),
      );
    }
    if (note.data.applied) {
      const key = [
        resolve(note.data.company).key,
        note.data.position.toLowerCase().replace(/\s+/g, ' '),
        note.data.applied,
      ].join('\u0000');
      const first = seen.get(key);
      if (first) {
        problems.push(
          problem(
            note,
            ['applied'],
            `the same application as ${first.shown}: company "${note.data.company}", position "${note.data.position}" and applied ${note.data.applied} match; keep one note, or correct the date`,
          ),
        );
      } else seen.set(key, note);
    }
  }
  return problems;
}
