import slugifyLib from '@sindresorhus/slugify';
import { createHash } from 'node:crypto';

/**
 * A URL slug: lower-case ASCII words joined by dashes. Non-ASCII text is
 * transliterated ("Łódź" → "lodz", "Nguyễn" → "nguyen") so that every URL is
 * plain and stable. @sindresorhus/slugify does the transliteration, which we
 * would otherwise have to maintain a table for.
 */
export type Slug = string & { readonly __brand: 'Slug' };

/**
 * Longest slug: a slug is a folder name of the built site, and file systems
 * refuse names over 255 bytes (ENAMETOOLONG). 80 keeps URLs readable and
 * leaves room for what the build adds.
 */
export const MAX_SLUG = 80;

const shortHash = (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 8);

/**
 * The slug of a name. A longer one is cut to MAX_SLUG with a hash of the whole
 * slug at the end, so two long names that share a beginning stay apart. A name
 * with nothing to transliterate ("..", "!!!", emoji) gets "untitled-" and a
 * hash of the name, so such names neither vanish nor share one page.
 */
export function slugify(text: string): Slug {
  const slug = slugifyLib(text, { decamelize: false });
  if (!slug) return `untitled-${shortHash(text)}` as Slug;
  return (
    slug.length <= MAX_SLUG ? slug : `${slug.slice(0, MAX_SLUG - 9).replace(/-+$/, '')}-${shortHash(slug)}`
  ) as Slug;
}

/**
 * The id of a note from its path inside its collection folder
 * (`acme/engineer.mdx` → `acme-engineer`). Used as the note's URL segment, so
 * renaming a file is the one thing that changes a URL. Not cut to MAX_SLUG:
 * validate refuses a longer one (see noteIdProblem), because the bundler
 * also names files after the note's own file name.
 */
export function noteIdFromPath(entryPath: string): Slug {
  const withoutExt = entryPath.replace(/\\/g, '/').replace(/\.(mdx|md)$/i, '');
  return (slugifyLib(withoutExt.split('/').join(' '), { decamelize: false }) ||
    `untitled-${shortHash(withoutExt)}`) as Slug;
}
