import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSite } from '../helpers/browser.ts';
import { buildSite, PROJECT_ROOT, scratchDir, type BuildResult } from '../helpers/build-site.ts';
import { listFiles, readPage } from '../helpers/read-dist.ts';

/**
 * Incremental builds reuse a page when its cacheKey is unchanged: a key that
 * misses something the page shows would leave a stale page behind. Each
 * rebuild here changes one note and checks every page that shows it.
 */
describe('rebuilding with the cache of the previous build', () => {
  const work = scratchDir('incremental-');
  const content = join(work, 'content');
  const cache = join(work, 'cache');
  const build = (name: string) =>
    buildSite(content, { outDir: join(work, name), env: { DOSSIER_CACHE_DIR: cache, DOSSIER_LIST_PAGES: '1' } });
  const edit = (file: string, from: string, to: string) => {
    const path = join(content, file);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(from);
    writeFileSync(path, text.replace(from, to));
  };
  let first: BuildResult;
  let renamed: BuildResult;
  let rewritten: BuildResult;
  let again: BuildResult;

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
    again = await build('again');
  });

  it('builds each time and reuses the pages that did not change', () => {
    for (const b of [first, renamed, rewritten, again]) expect(b.code, b.stderr).toBe(0);
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

  it('counts the pages it rendered and reused, as Astro lists them', () => {
    for (const b of [first, renamed, rewritten, again]) {
      const [, rendered, reused] = /Pages: (\d+) rendered, (\d+) reused/.exec(b.stdout) ?? [];
      expect(Number(reused), b.stdout).toBe(b.stdout.match(/\((?:cached|restored)\)/g)?.length ?? 0);
      expect(Number(rendered) + Number(reused)).toBe(Number(/(\d+) page\(s\) built/.exec(b.stdout)?.[1]));
    }
    expect(again.stdout).toMatch(/Pages: \d+ rendered, [1-9]\d* reused/);
  });

  it('validates only the notes that changed', () => {
    expect(first.stdout).toMatch(/Validated (\d+) note\(s\): \1 checked, 0 reused/);
    expect(renamed.stdout).toMatch(/Validated (\d+) note\(s\): 1 checked, \d+ reused/);
    expect(again.stdout).toMatch(/Validated (\d+) note\(s\): 0 checked, \1 reused/);
  });

  it('re-indexes for search after an edit, and reuses the index when no note page changed', async () => {
    for (const b of [first, renamed, rewritten]) expect(b.stdout).toMatch(/Pagefind: indexed \d+ page\(s\)/);
    expect(again.stdout).toMatch(/Pagefind: \d+ page\(s\) unchanged since the last build; index reused/);
    // The reused index is the one the previous build wrote, file for file.
    const index = (b: BuildResult) =>
      listFiles(join(b.dist, 'pagefind')).map((f) => [f, readFileSync(join(b.dist, 'pagefind', f)).toString('base64')]);
    expect(index(again)).toEqual(index(rewritten));
    // ...and it finds the edited note by its new word, and no longer by the old one.
    const { site, browser, close } = await openSite(again.dist);
    try {
      const page = await browser.newPage();
      const hits = async (word: string) => {
        await page.goto(`${site.url}/search/?q=${word}`);
        await page.waitForSelector('#search-status:not(:empty)');
        await page.waitForFunction(
          () => !/Searching|Loading/i.test(document.querySelector('#search-status')?.textContent ?? ''),
        );
        return page.$$eval('#search-results li a', (as) => as.map((a) => a.getAttribute('href')));
      };
      expect(await hits('quincemeadow')).toEqual(['/applications/orbitwell-data-scientist/']);
      expect(await hits('marzipanorchid')).not.toContain('/applications/orbitwell-data-scientist/');
    } finally {
      await close();
    }
  });
});
