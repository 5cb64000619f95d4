import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, scratchDir, type BuildResult } from '../helpers/build-site.ts';
import { readPage } from '../helpers/read-dist.ts';

/**
 * Incremental builds reuse a page when its cacheKey is unchanged: a key that
 * misses something the page shows would leave a stale page behind. Each
 * rebuild here changes one note and checks every page that shows it.
 */
describe('rebuilding with the cache of the previous build', () => {
  const work = scratchDir('incremental-');
  const content = join(work, 'content');
  const cache = join(work, 'cache');
  const build = (name: string) => buildSite(content, { outDir: join(work, name), env: { DOSSIER_CACHE_DIR: cache } });
  const edit = (file: string, from: string, to: string) => {
    const path = join(content, file);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(from);
    writeFileSync(path, text.replace(from, to));
  };
  let first: BuildResult;
  let renamed: BuildResult;
  let rewritten: BuildResult;

  beforeAll(async () => {
    cpSync(join(PROJECT_ROOT, 'tests/fixtures/sites/basic'), content, { recursive: true });
    first = await build('first');
    edit('applications/orbitwell-data-scientist.mdx', 'position: Data Scientist', 'position: Senior Data Scientist');
    renamed = await build('renamed');
    edit(
      'applications/orbitwell-data-scientist.mdx',
      'The word marzipanorchid appears only here.',
      'The word quincemeadow appears only here now.',
    );
    rewritten = await build('rewritten');
  });

  it('builds each time and reuses the pages that did not change', () => {
    for (const b of [first, renamed, rewritten]) expect(b.code).toBe(0);
    expect(first.stdout).not.toMatch(/\((?:cached|restored)\)/);
    // The Tessel pages show nothing of the Orbitwell note.
    expect(renamed.stdout).toMatch(/applications\/tessel-applied-scientist\/index\.html.*\((?:cached|restored)\)/);
    expect(readPage(renamed.dist, '/applications/tessel-applied-scientist/')).toContain('Applied Scientist');
  });

  it('re-renders every page that shows a changed frontmatter field', () => {
    const pages = [
      '/applications/orbitwell-data-scientist/',
      '/applications/orbit-language-engineer/',
      '/companies/orbitwell/',
      '/stages/rejected/',
      '/roles/data-science/',
      '/applications/',
    ];
    // The prep sheets: the note's own, and its sibling's, which lists the company's other applications.
    pages.push('/applications/orbitwell-data-scientist/prep/', '/applications/orbit-language-engineer/prep/');
    for (const page of pages) {
      expect(readPage(renamed.dist, page), page).toContain('Senior Data Scientist');
    }
  });

  it('re-renders the page of a note whose body changed', () => {
    const page = readPage(rewritten.dist, '/applications/orbitwell-data-scientist/');
    expect(page).toContain('quincemeadow');
    expect(page).not.toContain('marzipanorchid');
  });
});
