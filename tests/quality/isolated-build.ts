import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildSite, PROJECT_ROOT, type BuildResult } from '../helpers/build-site.ts';

/**
 * `buildSite` with its output inside the project folder. Astro writes the
 * pages' server chunks to `<outDir>/.prerender/` only when outDir is inside
 * the current folder; for any other outDir it falls back to the project's
 * own `.astro/.prerender/`, which two builds running at once then share and
 * break ("Cannot find module …/.astro/.prerender/chunks/…", ENOTEMPTY).
 */
export async function buildIsolated(contentDir: string, opts: Parameters<typeof buildSite>[1] = {}): Promise<BuildResult & { remove(): void }> {
  const base = join(PROJECT_ROOT, 'node_modules/.cache');
  mkdirSync(base, { recursive: true });
  const outDir = join(mkdtempSync(join(base, 'dossier-quality-')), 'dist');
  const build = await buildSite(contentDir, { ...opts, outDir });
  return { ...build, remove: () => rmSync(dirname(outDir), { recursive: true, force: true }) };
}
