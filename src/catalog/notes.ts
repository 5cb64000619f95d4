import type { DossierContext } from '../config/load.ts';
import type { Audience } from '../config/settings.ts';
import { createCompanyResolver, type CompanyIdentity } from '../lib/companies.ts';
import { slugify } from '../lib/slug.ts';
import { extractTasks } from '../lib/tasks.ts';
import { isVisible, visibleBody, visibleData } from '../notes/audience.ts';
import { bodyFormat } from '../notes/private-blocks.ts';
import { readDebriefs } from '../interview/debriefs.ts';
import { debriefTasks } from '../interview/follow-ups.ts';
import { needsPrep } from '../lib/stages.ts';
import type { BuildMoment } from '../config/build-day.ts';
import {
  applicationDate,
  daysInStage,
  isInterview,
  isUpcoming,
  roleFamilyName,
  sentDate,
  sortedHistory,
  stageSince,
} from './facts.ts';
import type { GroupNote } from './groups.ts';
import type { ApplicationNote, ArticleNote, CatalogInput, CompanyRef, Ref, StoryNote } from './types.ts';
import { companyUrl, noteUrl, roleFamilyUrl, stageUrl } from './urls.ts';

const newestFirst = (a: { date?: string; id: string }, b: { date?: string; id: string }) =>
  (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id);

/** The notes one audience sees, each with the facts pages read, newest first. */
export interface CatalogNotes<E> {
  applications: ApplicationNote<E>[];
  articles: ArticleNote<E>[];
  /** The stories the audience sees, by title. */
  stories: StoryNote<E>[];
  /** The company notes the audience sees, with the company identity each one stands for. */
  companyNotes: { identity: CompanyIdentity; note: GroupNote<E> }[];
}

/**
 * The audience filter, applied once, and every fact derived from a single
 * note: its redacted data and body, company, role family, stage and its
 * meaning, sorted history, date and open tasks. Everything after this step
 * sees only what survives the filter.
 */
export function catalogNotes<E>(
  input: CatalogInput<E>,
  ctx: DossierContext,
  audience: Audience,
  now: BuildMoment,
): CatalogNotes<E> {
  const { config, stages } = ctx;
  const visible = <T extends { data: { share?: boolean } }>(notes: T[]) =>
    notes.filter((n) => isVisible(n.data.share, audience, config));
  // Every company note groups names, shared or not: grouping reveals nothing by itself.
  const resolveCompany = createCompanyResolver(
    input.companies.map((c) => ({ id: c.id, name: c.data.name, aliases: c.data.aliases })),
  );
  const family = (name: string): Ref => {
    const slug = slugify(name);
    return { slug, name, url: roleFamilyUrl(slug) };
  };
  const company = (name: string): CompanyRef => {
    const identity = resolveCompany(name);
    return { ...identity, url: companyUrl(identity.slug) };
  };
  const bodyOf = (n: { body?: string; filePath?: string }) => visibleBody(n.body, n.filePath, audience);

  // An application's own list of articles must not name one this audience cannot see: the id is
  // the file name, which says what the article is about, and exports print the list as it is. A
  // mentor's list keeps only articles that are there and visible (the mentor build loads shared
  // notes only, so an unshared one is not even among the input); the owner's list stays as written.
  const visibleArticles = new Set(visible(input.articles).map((n) => n.id));
  const listable = (id: string) => audience === 'owner' || visibleArticles.has(id);

  const applications = visible(input.applications)
    .map((n): ApplicationNote<E> => {
      const redacted = visibleData('applications', n.data, audience, config);
      const data = { ...redacted, articles: redacted.articles.filter(listable) };
      const body = bodyOf(n);
      const { debriefs } = readDebriefs(body, bodyFormat(n.filePath), stages);
      const bodyTasks = extractTasks(body);
      const reason = data.outcome?.reason;
      const history = sortedHistory(data.history, stages).map((step) => ({
        ...step,
        label: stages.label(step.stage),
        url: stageUrl(step.stage),
        upcoming: isUpcoming(step, now),
        interview: isInterview(step),
      }));
      const date = applicationDate(data);
      const since = stageSince({ stage: data.stage, history, date }, now);
      const days = daysInStage(since, now);
      const sent = sentDate({ data, history }, now);
      return {
        kind: 'application',
        id: n.id,
        url: noteUrl('applications', n.id),
        data,
        body,
        company: company(data.company),
        roleFamily: family(roleFamilyName(data, ctx)),
        stage: {
          key: data.stage,
          label: stages.label(data.stage),
          closed: stages.isClosed(data.stage),
          url: stageUrl(data.stage),
          kind: stages.kind(data.stage),
        },
        history,
        needsPrep: needsPrep(stages.kind(data.stage)),
        date,
        ...(sent !== undefined ? { sent } : {}),
        ...(since !== undefined ? { stageSince: since } : {}),
        ...(days !== undefined ? { daysInStage: days } : {}),
        tasks: [...bodyTasks, ...debriefTasks(debriefs, bodyTasks)].sort((a, b) => a.line - b.line),
        debriefs,
        ...(data.outcome
          ? {
              outcome: {
                ...(reason ? { reason: { key: reason, label: ctx.reasons.label(reason) } } : {}),
                ...(data.outcome.feedback ? { feedback: data.outcome.feedback } : {}),
              },
            }
          : {}),
        filePath: n.filePath,
        entry: n.entry,
      };
    })
    .sort(newestFirst);

  const articles = visible(input.articles)
    .map((n): ArticleNote<E> => {
      const data = visibleData('articles', n.data, audience, config);
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

  const stories = visible(input.stories ?? [])
    .map((n): StoryNote<E> => ({
      kind: 'story',
      id: n.id,
      url: noteUrl('stories', n.id),
      data: visibleData('stories', n.data, audience, config),
      body: bodyOf(n),
      filePath: n.filePath,
      entry: n.entry,
    }))
    .sort(
      (a, b) => a.data.title.localeCompare(b.data.title, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id),
    );

  const companyNotes = visible(input.companies).map((n) => ({
    identity: resolveCompany(n.data.name),
    note: {
      id: n.id,
      data: visibleData('companies', n.data, audience, config),
      body: bodyOf(n),
      filePath: n.filePath,
      entry: n.entry,
    },
  }));
  return { applications, articles, stories, companyNotes };
}
