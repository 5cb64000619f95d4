import slugifyLib from '@sindresorhus/slugify';

/**
 * A URL slug: lower-case ASCII words joined by dashes. Non-ASCII text is
 * transliterated ("Łódź" → "lodz", "Nguyễn" → "nguyen") so that every URL is
 * plain and stable. @sindresorhus/slugify does the transliteration, which we
 * would otherwise have to maintain a table for.
 */
export type Slug = string & { readonly __brand: 'Slug' };

export function slugify(text: string): Slug {
  const slug = slugifyLib(text, { decamelize: false });
  return (slug || 'untitled') as Slug;
}

/**
 * The id of a note from its path inside its collection folder
 * (`acme/engineer.mdx` → `acme-engineer`). Used as the note's URL segment, so
 * renaming a file is the one thing that changes a URL.
 */
export function noteIdFromPath(entryPath: string): Slug {
  const withoutExt = entryPath.replace(/\\/g, '/').replace(/\.(mdx|md)$/i, '');
  return slugify(withoutExt.split('/').join(' '));
}
