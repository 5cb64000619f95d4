import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * How many of the build's files Astro reused from the previous build rather
 * than rendered: with `experimental.incrementalBuild` Astro keeps a copy of
 * every page it renders in `<cacheDir>/dist/` and writes it again only when it
 * renders the page. A copy older than this build whose page is in the output
 * was reused (kept or restored); anything else was rendered now. Astro says
 * this page by page in its list; this is the one-line sum. The layout of the
 * cache is Astro's, not a promise: if it moves, every page counts as rendered.
 */
export function reusedPages(cacheDir: string, outDir: string, buildStarted: number): number {
  const copies = join(cacheDir, 'dist');
  if (!existsSync(copies)) return 0;
  let reused = 0;
  for (const entry of readdirSync(copies, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const copy = join(entry.parentPath, entry.name);
    if (statSync(copy).mtimeMs < buildStarted && existsSync(join(outDir, relative(copies, copy)))) reused++;
  }
  return reused;
}
