import { createHash } from 'node:crypto';

/**
 * Cache keys for Astro's incremental builds (`experimental.incrementalBuild`):
 * a page is reused from the previous build when its `cacheKey` is unchanged
 * (and its code too, which Astro checks itself). A key must therefore cover
 * every piece of data the page shows: the note or group and its body, the
 * notes it links to, and the site-wide settings the layout uses.
 */

const digests = new WeakMap<object, string>();
const digestsWithBody = new WeakMap<object, string>();

const sha1 = (text: string) => createHash('sha1').update(text).digest('base64url');

/**
 * The digest of one catalog item (an application, article or group) and
 * everything in it except the loaded entry. With `withBody`, the entry's own
 * digest (of its file, salted with the compile settings: src/compile/) stands
 * in for the entry: a page that shows the note's body must change when the
 * body does, and Astro does not see a precompiled body, which is stored HTML
 * and not a module. Computed once per item and kind.
 */
export function digestOf(item: object, withBody = false): string {
  const cache = withBody ? digestsWithBody : digests;
  let digest = cache.get(item);
  if (digest === undefined) {
    digest = sha1(
      JSON.stringify(item, (key, value: unknown) =>
        key === 'entry' ? (withBody ? (value as { digest?: unknown } | undefined)?.digest : undefined) : value,
      ),
    );
    cache.set(item, digest);
  }
  return digest;
}

/**
 * The key of a page from the site-wide settings and the digests of the items
 * it shows. An item passed on its own is the page's subject: its note's body
 * digest is part of the key (the note page, its prep sheet, a company page
 * showing the company note). Items in a list are shown as summaries, which
 * the catalog data already covers, so a body edit does not re-render them.
 */
export function cacheKey(site: unknown, ...items: (object | readonly object[] | undefined)[]): string {
  const parts = [JSON.stringify(site)];
  for (const item of items) {
    if (item === undefined) parts.push('-');
    else if (Array.isArray(item)) parts.push(item.map((one: object) => digestOf(one)).join(','));
    else parts.push(digestOf(item as object, true));
  }
  return sha1(parts.join('\n'));
}
