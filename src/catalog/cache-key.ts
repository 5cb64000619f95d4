import { createHash } from 'node:crypto';

/**
 * Cache keys for Astro's incremental builds (`experimental.incrementalBuild`):
 * a page is reused from the previous build when its `cacheKey` is unchanged
 * (and its code too, which Astro checks itself). A key must therefore cover
 * every piece of data the page shows: the note or group, the notes it links
 * to, and the site-wide settings the layout uses.
 */

const digests = new WeakMap<object, string>();

const sha1 = (text: string) => createHash('sha1').update(text).digest('base64url');

/**
 * The digest of one catalog item (an application, article or group) and
 * everything in it except the loaded entry, which Astro tracks on its own
 * (a changed body changes the entry's render hash). Computed once per item.
 */
export function digestOf(item: object): string {
  let digest = digests.get(item);
  if (digest === undefined) {
    digest = sha1(JSON.stringify(item, (key, value: unknown) => (key === 'entry' ? undefined : value)));
    digests.set(item, digest);
  }
  return digest;
}

/** The key of a page from the site-wide settings and the digests of the items it shows. */
export function cacheKey(site: unknown, ...items: (object | readonly object[] | undefined)[]): string {
  const parts = [JSON.stringify(site)];
  for (const item of items) {
    if (item === undefined) parts.push('-');
    else if (Array.isArray(item)) parts.push(item.map(digestOf).join(','));
    else parts.push(digestOf(item as object));
  }
  return sha1(parts.join('\n'));
}
