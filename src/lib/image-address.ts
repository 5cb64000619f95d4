/**
 * How Astro's Markdown pipeline reads an image's address (its image collector in
 * @astrojs/markdown-satteri): decoded with `decodeURI` first, which throws on a bad
 * percent-encoding and stops the build; then a file of the note's when it has no scheme
 * and does not start at the site's root (`/logo.png` is served from public/). One reading
 * for the plugin that hands reference-style images to Astro (src/markdown/image-references.ts)
 * and for validate's check that each such file is there (src/validate/local-images.ts).
 */
export type ImageAddress =
  /** A file next to the note, `path` decoded as Astro compares it (a query or hash included). */
  | { kind: 'local'; path: string }
  /** Another site's, or the site's own from its root: Astro does not import it. */
  | { kind: 'elsewhere' }
  /** Not valid percent-encoding (`50%.png`): Astro stops on it. */
  | { kind: 'malformed' };

export function readImageAddress(url: string): ImageAddress {
  let path: string;
  try {
    path = decodeURI(url);
  } catch {
    return { kind: 'malformed' };
  }
  return URL.canParse(path) || path.startsWith('/') ? { kind: 'elsewhere' } : { kind: 'local', path };
}
