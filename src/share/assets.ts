import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Files whose text can name another file of the site. */
const REFERRING = /\.(?:html?|css|m?js|json|xml|svg|txt|webmanifest)$/i;
// A stretch of text that can be a file's address: up to a quote, bracket, space, comma or equals sign.
const ADDRESS = /[^\s"'`()<>,=\\]+/g;

/**
 * Takes out of a finished mentor copy's `_astro/` every file that no page,
 * stylesheet, script or other file of the copy names. The bundler emits what
 * a note imports whether or not the page shows it; a copy holds only what it
 * shows, so what nothing refers to goes before the self-check reads the copy.
 * One pass over the copy's text. Returns the files taken out, relative to it.
 */
export function sweepUnusedAssets(dir: string): string[] {
  let assets: string[];
  try {
    assets = readdirSync(join(dir, '_astro'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(dir, join(e.parentPath, e.name)));
  } catch {
    return [];
  }
  if (assets.length === 0) return [];
  const named = new Set<string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !REFERRING.test(entry.name)) continue;
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    const self = entry.name;
    for (const [address] of text.matchAll(ADDRESS)) {
      const name = address
        .replace(/[?#].*$/, '')
        .split('/')
        .at(-1)!;
      if (name === self) continue;
      named.add(name);
      try {
        named.add(decodeURIComponent(name));
      } catch {
        // Not percent-encoded.
      }
    }
  }
  const unused = assets.filter((file) => !named.has(file.split(sep).at(-1)!));
  for (const file of unused) rmSync(join(dir, file));
  return unused;
}
