import type { DossierContext } from '../config/load.ts';
import type { Audience } from '../config/settings.ts';
import { buildMoment, type BuildMoment } from '../config/build-day.ts';
import { byName, groupNotes, sortFamilies } from './groups.ts';
import { groupContacts } from './contacts.ts';
import { attachFeedback } from './feedback.ts';
import { applicationMoves } from './moves.ts';
import { agenda, inNextUp } from './next-up.ts';
import { catalogNotes } from './notes.ts';
import { relatedIndex } from './related.ts';
import type { Catalog, CatalogInput } from './types.ts';

export type * from './types.ts';
export { shortlist } from './related.ts';

/**
 * Builds everything pages need from the loaded notes, for one audience, in
 * the order the data flows: the audience filter and each note's facts
 * (notes.ts), then the groups by company, role family and stage
 * (groups.ts), then related notes (related.ts). Every group, count and link
 * is computed from what survives the filter, so a company that only private
 * notes mention has no page in the shared copy and no link points at one.
 */
export function buildCatalog<E>(
  input: CatalogInput<E>,
  ctx: DossierContext,
  audience: Audience,
  now: BuildMoment = buildMoment(),
): Catalog<E> {
  const { applications, articles, stories, companyNotes } = catalogNotes(input, ctx, audience, now);
  const groups = groupNotes(applications, articles, companyNotes, ctx);
  const appsById = new Map(applications.map((a) => [a.id, a]));
  const articlesById = new Map(articles.map((a) => [a.id, a]));
  const storiesById = new Map(stories.map((s) => [s.id, s]));
  const dated = agenda(applications, { now, followUpAfterDays: ctx.config.followUpAfterDays });
  const upcoming = dated.filter(inNextUp);
  const upcomingByApp = Map.groupBy(upcoming, (item) => item.app.id);
  const feedback = attachFeedback(input.feedback ?? [], applications, articles, audience, ctx.config);
  const feedbackByKey = Map.groupBy(feedback, (comment) => comment.key);
  return {
    audience,
    applications,
    articles,
    stories,
    companies: [...groups.companies.values()].sort(byName),
    roleFamilies: sortFamilies(groups.families.values(), ctx.config.unsortedFamily),
    stages: groups.stages,
    day: now.day,
    now,
    agenda: dated,
    nextUp: upcoming,
    moves: applicationMoves(applications, ctx.stages, now),
    feedback,
    feedbackOn: (key) => feedbackByKey.get(key) ?? [],
    // People are the owner's: the mentor copy has no contact pages, whatever privateFields says.
    contacts: audience === 'owner' ? groupContacts(applications) : [],
    nextUpOf: (app) => upcomingByApp.get(app.id) ?? [],
    ...relatedIndex(applications, articles, groups.companies, groups.families, ctx.config.relatedLimit),
    siblings: (app) => (groups.companies.get(app.company.slug)?.applications ?? []).filter((a) => a.id !== app.id),
    applicationById: (id) => appsById.get(id),
    articleById: (id) => articlesById.get(id),
    storyById: (id) => storiesById.get(id),
  };
}
