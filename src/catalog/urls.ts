import { sitePath } from '../config/site-path.ts';

/**
 * The address of every page, written here only: notes and groups (the
 * catalog puts them on its items: `app.url`, `app.company.url`, …) and the
 * site's list and tool pages (`pageUrl('board')`), so pages and components
 * link with these and never build a path themselves. Each is under the base
 * path (src/config/site-path.ts).
 */
export const noteUrl = (collection: 'applications' | 'articles' | 'stories', id: string) =>
  sitePath(`/${collection}/${id}/`);
export const companyUrl = (slug: string) => sitePath(`/companies/${slug}/`);
export const roleFamilyUrl = (slug: string) => sitePath(`/roles/${slug}/`);
export const stageUrl = (key: string) => sitePath(`/stages/${key}/`);
export const prepUrl = (applicationId: string) => sitePath(`/applications/${applicationId}/prep/`);
export const questionsUrl = () => pageUrl('questions');
export const storiesUrl = () => pageUrl('stories');
export const contactUrl = (slug: string) => sitePath(`/contacts/${slug}/`);

/** The site's pages that are not about one note or group. */
const PAGE_PATHS = {
  overview: '/',
  applications: '/applications/',
  articles: '/articles/',
  companies: '/companies/',
  roles: '/roles/',
  board: '/board/',
  stages: '/stages/',
  stats: '/stats/',
  timeline: '/timeline/',
  contacts: '/contacts/',
  questions: '/questions/',
  stories: '/stories/',
  week: '/week/',
  activity: '/activity/',
  search: '/search/',
  changes: '/changes/',
  csv: '/export/applications.csv',
  json: '/export/applications.json',
  calendar: '/export/calendar.ics',
  activityCsv: '/export/activity.csv',
} as const;

export type SitePage = keyof typeof PAGE_PATHS;

/** The address of one of the site's list or tool pages. */
export const pageUrl = (page: SitePage) => sitePath(PAGE_PATHS[page]);

/** The timeline, oldest first (`/timeline/`) or newest first (`/timeline/newest/`). */
export const timelineUrl = (order: 'oldest' | 'newest') =>
  order === 'newest' ? sitePath('/timeline/newest/') : pageUrl('timeline');

/** The weekly review of one ISO week (`2026-w49`). */
export const weekUrl = (label: string) => sitePath(`/week/${label}/`);

/** The proof-of-search report of one month (`2026-11`). */
export const activityMonthUrl = (month: string) => sitePath(`/activity/${month}/`);
