import { z } from 'astro/zod';
import { extraProperties, isoDate, shareFlag, text, textList, webUrl } from './fields.ts';

/**
 * Frontmatter of `articles/*.mdx`: something read while preparing (a post,
 * a talk, a report). Its body holds notes, excerpts and takeaways.
 */
export const ArticleSchema = z
  .object({
    /** The article's title. */
    title: text().pipe(z.string().min(1, 'title is empty; give the article a title')),
    /** The publisher or site, e.g. "Amazon Science". */
    source: text().optional(),
    /** Author or speaker. */
    author: text().optional(),
    /** Where it was read. */
    url: webUrl().optional(),
    /** The day it was published. */
    published: isoDate().optional(),
    /** The day the user read it; shown on the timeline. */
    read: isoDate().optional(),
    /** Companies it is about; links it to their pages and applications. */
    companies: textList(),
    /** Role families it helps with; links it to their pages and applications. */
    roleFamilies: textList(),
    /** Free tags. */
    tags: textList(),
    /** Whether the mentor build includes this note; only `true` shares. */
    share: shareFlag(),
    /**
     * Fields the importer filled by a guess or with a placeholder ("Unknown company"), to be checked
     * by the user; `npm run validate` warns about each one named here and the page shows a "needs review"
     * mark until the list is removed. @example [company, position]
     */
    review: textList(),
    /** Where an imported note came from: the file name (with " row N" for a spreadsheet row) or the web address. Shown on the page; re-importing uses it. */
    importedFrom: text().optional(),
    /** The user's own properties, kept and shown as they are. */
    extra: extraProperties(),
  })
  .strict();

export type ArticleData = z.output<typeof ArticleSchema>;
