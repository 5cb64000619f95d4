/**
 * Who may read each frontmatter field in the mentor copy: the one table of it.
 * The filter that prepares the copy (src/share/), the self-check that scans the
 * finished copy, the exports and README's table all read it, so a field cannot
 * be private in one of them and shared in another. Each collection's row is
 * typed over every field of its schema: a field added to a schema does not
 * compile until it says here who may read it, and a new collection does not
 * compile until it has a row.
 */
import type { CollectionName } from '../config/content-root.ts';
import type { UserConfig } from '../config/schema.ts';
import type { ApplicationData } from '../schemas/application.ts';
import type { ArticleData } from '../schemas/article.ts';
import type { CompanyData } from '../schemas/company.ts';
import type { FeedbackData } from '../schemas/feedback.ts';
import type { StoryData } from '../schemas/story.ts';

/**
 * - `shared`: in the mentor copy as written: names of things (a company, a
 *   place, a title), dates and keys. A contact's name inside one is part of it.
 * - `text`: in the copy, as free text the owner writes; a contact's name in it
 *   is replaced by the contact's role ("Call with the recruiter").
 * - `private`: never in the copy. `share.privateFields` makes more fields private.
 * - `by key`: `extra`; each property is private unless `share.publicExtra`
 *   names its key, and then it is `text`.
 */
export type Sensitivity = 'shared' | 'text' | 'private' | 'by key';

const APPLICATION = {
  company: 'shared',
  position: 'shared',
  stage: 'shared',
  applied: 'shared',
  // The owner's own words ("CV for Jonna's team", "Referral from Tomasz"), not names of things.
  cv: 'text',
  roleFamily: 'shared',
  location: 'shared',
  workplace: 'shared',
  employment: 'shared',
  salary: 'private',
  jobId: 'shared',
  url: 'shared',
  source: 'text',
  languages: 'shared',
  tags: 'shared',
  contacts: 'private',
  history: 'text',
  // How it ended: a configured reason, and what the employer said in the owner's words.
  outcome: 'text',
  deadline: 'shared',
  followUpAfterDays: 'shared',
  articles: 'shared',
  share: 'shared',
  // The owner's to-do list after an import, and the path of the file it came from.
  review: 'private',
  importedFrom: 'private',
  extra: 'by key',
} as const satisfies Record<keyof ApplicationData, Sensitivity>;

const ARTICLE = {
  title: 'shared',
  source: 'shared',
  author: 'shared',
  url: 'shared',
  published: 'shared',
  read: 'shared',
  companies: 'shared',
  roleFamilies: 'shared',
  tags: 'shared',
  share: 'shared',
  review: 'private',
  importedFrom: 'private',
  extra: 'by key',
} as const satisfies Record<keyof ArticleData, Sensitivity>;

const COMPANY = {
  name: 'shared',
  aliases: 'shared',
  website: 'shared',
  share: 'shared',
  extra: 'by key',
} as const satisfies Record<keyof CompanyData, Sensitivity>;

const STORY = {
  title: 'shared',
  competencies: 'shared',
  tags: 'shared',
  share: 'shared',
} as const satisfies Record<keyof StoryData, Sensitivity>;

/** The table: collection → field → sensitivity. */
export const SENSITIVITY = {
  applications: APPLICATION,
  articles: ARTICLE,
  companies: COMPANY,
  stories: STORY,
} as const satisfies Record<CollectionName, Record<string, Sensitivity>>;

/**
 * A mentor's feedback file (`feedback/*.md`, src/feedback/): no collection of
 * notes, but what of it the mentor copy holds is decided by this table too.
 * A file is in the copy only when the owner shares it (`share`, as a note),
 * and then only its comments on notes the copy has. `comments` is the text
 * of each comment; typed over every front matter field, like the rows above.
 */
export const FEEDBACK_SENSITIVITY = {
  // Who wrote it: a person's name, so a contact's name in it is replaced like any free text.
  from: 'text',
  date: 'shared',
  // A note's key, which that note's page in the copy shows.
  about: 'shared',
  share: 'shared',
  comments: 'text',
} as const satisfies Record<keyof FeedbackData | 'comments', Exclude<Sensitivity, 'by key'>>;

type ShareOptions = Pick<UserConfig['share'], 'privateFields' | 'publicExtra'>;

/** Every field name of every collection, for checking `share.privateFields`. */
export const ALL_FIELDS: readonly string[] = [
  ...new Set(Object.values(SENSITIVITY).flatMap((row) => Object.keys(row))),
].sort();

/** A field's sensitivity in the mentor copy, `share.privateFields` included; undefined for no such field. */
export function fieldSensitivity(
  collection: CollectionName,
  field: string,
  share: ShareOptions,
): Sensitivity | undefined {
  const row: Record<string, Sensitivity> = SENSITIVITY[collection];
  if (!Object.hasOwn(row, field)) return undefined;
  return share.privateFields.includes(field) ? 'private' : row[field];
}

/**
 * Whether the value of the `extra` property `key` is in the mentor copy: only
 * when `share.publicExtra` names the key exactly as it is written in the note
 * (and `extra` is not a private field). Fails closed: a property nobody listed
 * stays out, whatever its name, so a tracker column the importer could not
 * read ("Compensation", "Gehalt", "Hiring manager") is never published.
 */
export function isPublicExtra(collection: CollectionName, key: string, share: ShareOptions): boolean {
  return fieldSensitivity(collection, 'extra', share) === 'by key' && share.publicExtra.includes(key);
}

/**
 * A note's frontmatter as the mentor copy may hold it: private fields are
 * gone, `extra` keeps only the properties `share.publicExtra` lists, and a
 * field the table does not know (a schema would refuse it) is dropped. The
 * filter that prepares the copy applies this to the parsed frontmatter, and
 * the catalog applies it once more to whatever it loads, with `keepLists` so
 * that a private list stays present but empty and pages need not guard.
 */
export function redactData<T extends object>(
  collection: CollectionName,
  data: T,
  share: ShareOptions,
  { keepLists = false } = {},
): T {
  const copy: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(data)) {
    const sensitivity = fieldSensitivity(collection, field, share);
    if (sensitivity === undefined) continue;
    if (sensitivity === 'private') {
      if (keepLists && Array.isArray(value)) copy[field] = [];
      else if (keepLists && field === 'extra') copy[field] = {};
      continue;
    }
    if (sensitivity === 'by key') {
      const extra = value && typeof value === 'object' && !Array.isArray(value) ? value : {};
      copy[field] = Object.fromEntries(Object.entries(extra).filter(([key]) => isPublicExtra(collection, key, share)));
    } else copy[field] = value;
  }
  return copy as T;
}

/** The `extra` keys of a note the mentor copy withholds. */
export function withheldExtraKeys(collection: CollectionName, data: Record<string, unknown>, share: ShareOptions) {
  const extra = data.extra && typeof data.extra === 'object' && !Array.isArray(data.extra) ? data.extra : {};
  return Object.keys(extra).filter((key) => !isPublicExtra(collection, key, share));
}

/**
 * A phone number or e-mail address kept in a private field (an `extra`
 * property the copy withholds): the owner may repeat it in shared text
 * ("called from +48 …"), where the copy replaces it as it replaces names.
 */
export function contactDetailPhrase(value: string): string | undefined {
  const text = value.trim();
  if (text.length > 80) return undefined;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) return '(e-mail address withheld)';
  const digits = text.replace(/\D/g, '').length;
  // International (+), trunk (0) or bracketed area code, or a North American 415-555-0134; not a figure or a date.
  const phone =
    (/^[+(0][\d\s()./-]+$/.test(text) && !/^\d{4}-\d{2}-\d{2}$/.test(text)) || /^\d{3}[-. ]\d{3}[-. ]\d{4}$/.test(text);
  if (digits >= 7 && phone) return '(phone number withheld)';
  return undefined;
}
