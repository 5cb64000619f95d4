import { sitePath } from '../config/site-path.ts';

/**
 * The address of every page of a note or group, written here only. The
 * catalog puts them on its items (`app.url`, `app.company.url`, …), so pages
 * and components link with those and never build a path themselves.
 */
export const noteUrl = (collection: 'applications' | 'articles' | 'stories', id: string) =>
  sitePath(`/${collection}/${id}/`);
export const companyUrl = (slug: string) => sitePath(`/companies/${slug}/`);
export const roleFamilyUrl = (slug: string) => sitePath(`/roles/${slug}/`);
export const stageUrl = (key: string) => sitePath(`/stages/${key}/`);
export const prepUrl = (applicationId: string) => sitePath(`/applications/${applicationId}/prep/`);
export const questionsUrl = () => sitePath('/questions/');
export const storiesUrl = () => sitePath('/stories/');
export const contactUrl = (slug: string) => sitePath(`/contacts/${slug}/`);
