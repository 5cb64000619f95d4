import { z } from 'astro/zod';
import { extraProperties, shareFlag, text, textList, webUrl } from './fields.ts';

/**
 * Frontmatter of `companies/*.mdx` (optional). A company note names the
 * company and lists the other names it appears under, so that "AWS",
 * "Amazon Web Services, Inc." and "Amazon.com Services LLC" group together.
 * Its body holds notes on the company.
 */
export const CompanySchema = z
  .object({
    /** The name shown on pages. @example 'Amazon' */
    name: text().pipe(z.string().min(1, 'name is empty; give the company a name')),
    /** Other names the company appears under in notes. @example ['AWS', 'Amazon.com Services LLC'] */
    aliases: textList(),
    /** The company's website. */
    website: webUrl().optional(),
    /** Whether the mentor build shows this note's body; the name is shown whenever a shared note mentions the company. */
    share: shareFlag(),
    /** The user's own properties, kept and shown as they are. */
    extra: extraProperties(),
  })
  .strict();

export type CompanyData = z.output<typeof CompanySchema>;
