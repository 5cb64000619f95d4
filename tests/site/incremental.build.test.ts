import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, serveStatic } from '../helpers/browser.ts';
import { buildSite, PROJECT_ROOT, scratchDir, type BuildResult } from '../helpers/build-site.ts';
import { listFiles, readAllText, readPage } from '../helpers/read-dist.ts';

/**
 * A user's builds one after the other: the same content folder, cache and output folder, each
 * build after an edit. Incremental builds reuse a page when its cacheKey is unchanged: a key that
 * misses something the page shows would leave a stale page behind, so each rebuild changes one
 * note and checks every page that shows it. A rebuild into the same folder keeps the pages it
 * reuses where they are (Astro no longer empties the folder first) and removes whatever this build
 * does not produce: the output is the same as a fresh build's, file for file.
 *
 * One sequence of six builds and a fresh one to compare with (they were two sequences of five and
 * four, each starting from the same fixture). Each build's output is copied aside when it ends, so
 * the checks can compare one build's site with another's.
 */
describe('rebuilding with the cache and the output folder of the previous build', () => {
  const work = scratchDir('incremental-');
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  // Four search buckets for four note pages, so each edit shows which of them are indexed again.
  const env = { DOSSIER_CACHE_DIR: join(work, 'cache'), DOSSIER_LIST_PAGES: '1', DOSSIER_SEARCH_BUCKETS: '4' };
  /** Builds into `dist`, then keeps a copy of what it wrote under `name`, as that build's `dist`. */
  const build = async (name: string): Promise<BuildResult> => {
    const result = await buildSite(content, { outDir: dist, env });
    const kept = join(work, 'kept', name);
    cpSync(dist, kept, { recursive: true });
    return { ...result, dist: kept };
  };
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
  let removed: BuildResult;
  let third: BuildResult;
  let fresh: BuildResult;
  let browser: Browser | undefined;

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
    // What an earlier build, or a deploy, left in the folder; and a note deleted.
    mkdirSync(join(dist, 'old-page'));
    writeFileSync(join(dist, 'old-page/index.html'), '<p>gone</p>');
    utimesSync(join(dist, 'old-page/index.html'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    mkdirSync(join(dist, '.git'));
    writeFileSync(join(dist, '.git/HEAD'), 'ref: refs/heads/main\n');
    rmSync(join(content, 'applications/orbit-language-engineer.mdx'));
    removed = await build('removed');
    // Then one note edited and another deleted: the search index starts from the pages the last build left.
    const tessel = join(content, 'applications/tessel-applied-scientist.mdx');
    writeFileSync(tessel, readFileSync(tessel, 'utf8').replace('lanternfjord', 'lindenquay'));
    rmSync(join(content, 'applications/orbitwell-data-scientist.mdx'));
    third = await build('third');
    // The same content and settings, built once into a new folder with a new cache.
    fresh = await buildSite(content, {
      outDir: join(work, 'fresh'),
      env: { ...env, DOSSIER_CACHE_DIR: join(work, 'fresh-cache') },
    });
  });
  afterAll(() => browser?.close());

  /** The note pages a search finds in a build's site, in a real browser (one Chromium for the file). */
  const searchIn = async (b: BuildResult, words: string[]) => {
    browser ??= await connectBrowser();
    const site = await serveStatic(b.dist);
    const page = await browser.newPage();
    try {
      const found: Record<string, (string | null)[]> = {};
      for (const word of words) {
        await page.goto(`${site.url}/search/?q=${word}`);
        await page.waitForSelector('#search-status:not(:empty)');
        await page.waitForFunction(
          () => !/Searching|Loading/i.test(document.querySelector('#search-status')?.textContent ?? ''),
        );
        found[word] = await page.$$eval('#search-results li a', (as) => as.map((a) => a.getAttribute('href')));
      }
      return found;
    } finally {
      await page.close();
      await site.close();
    }
  };
  /** What the build said of the search index: pages, buckets, buckets indexed, pages in them. */
  const searchLine = (b: BuildResult) => {
    const [, pages, buckets, indexed, reindexed] =
      /Pagefind: (\d+) page\(s\) in (\d+) bucket\(s\); (\d+) indexed \((\d+) page\(s\)/.exec(b.stdout) ?? [];
    return { pages: Number(pages), buckets: Number(buckets), indexed: Number(indexed), reindexed: Number(reindexed) };
  };
  /** Whether any file of the build's search index holds the word (Pagefind's files decompressed). */
  const indexHolds = (b: BuildResult, word: string) =>
    [...readAllText(join(b.dist, 'pagefind')).values()].some((text) => text.includes(word));

  it('builds each time and reuses the pages that did not change', () => {
    for (const b of [first, renamed, rewritten, again, removed, third, fresh]) expect(b.code, b.stderr).toBe(0);
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

  it('leaves the reused pages in place instead of copying them back', () => {
    expect(removed.stdout).toMatch(/companies\/tessel-labs\/index\.html.*\(cached\)/);
    expect(removed.stdout).not.toMatch(/\(restored\)/);
  });

  it("removes the deleted notes' pages and what earlier builds left, and keeps .git", () => {
    expect(existsSync(join(removed.dist, 'applications/orbit-language-engineer'))).toBe(false);
    expect(existsSync(join(dist, 'applications/orbit-language-engineer'))).toBe(false);
    expect(existsSync(join(dist, 'applications/orbitwell-data-scientist'))).toBe(false);
    expect(existsSync(join(removed.dist, 'old-page'))).toBe(false);
    expect(existsSync(join(dist, 'old-page'))).toBe(false);
    expect(removed.stdout).toMatch(/Removed \d+ file\(s\) that earlier builds wrote/);
    expect(readFileSync(join(dist, '.git/HEAD'), 'utf8')).toBe('ref: refs/heads/main\n');
  });

  it("holds the same files, with the same bytes, as a fresh build's folder (the search index aside)", () => {
    const files = (folder: string) =>
      listFiles(folder).filter((f) => !f.startsWith('pagefind/') && !f.startsWith('.git/'));
    expect(files(dist)).toEqual(files(fresh.dist));
    const differ = files(dist).filter((f) => !readFileSync(join(dist, f)).equals(readFileSync(join(fresh.dist, f))));
    expect(differ).toEqual([]);
  });

  it('indexes every bucket of a first build, and after an edit only the buckets of changed pages', () => {
    // Buckets without a page are not written; the search page merges the others from the list.
    const merged = JSON.parse(readFileSync(join(first.dist, 'pagefind/dossier-buckets.json'), 'utf8')) as string[];
    expect(merged.length).toBeGreaterThan(0);
    expect(searchLine(first)).toEqual({
      pages: 4,
      buckets: merged.length + 1,
      indexed: merged.length + 1,
      reindexed: 4,
    });
    // A frontmatter edit changes the note's page and its sibling's (the company's other application).
    expect(searchLine(renamed).indexed).toBeLessThanOrEqual(2);
    expect(searchLine(renamed).indexed).toBeGreaterThan(0);
    // A body edit changes the note's page alone: its bucket is indexed again, no other.
    expect(searchLine(rewritten).indexed).toBe(1);
    expect(searchLine(rewritten).reindexed).toBeLessThan(4);
    expect(searchLine(again).indexed).toBe(0);
  });

  it('reuses the index when no note page changed, file for file', () => {
    const index = (b: BuildResult) =>
      listFiles(join(b.dist, 'pagefind')).map((f) => [f, readFileSync(join(b.dist, 'pagefind', f)).toString('base64')]);
    expect(index(again)).toEqual(index(rewritten));
  });

  it("finds an edited note by its new word and never by its old one, which is gone from the index's files", async () => {
    expect(indexHolds(first, 'marzipanorchid')).toBe(true);
    expect(indexHolds(rewritten, 'marzipanorchid')).toBe(false);
    expect(indexHolds(rewritten, 'quincemeadow')).toBe(true);
    const found = await searchIn(again, ['quincemeadow', 'marzipanorchid', 'lanternfjord', 'orbitwell']);
    expect(found.quincemeadow).toEqual(['/applications/orbitwell-data-scientist/']);
    // Pagefind also lists near matches of a word it does not hold: the edited note is not among them.
    expect(found.marzipanorchid).not.toContain('/applications/orbitwell-data-scientist/');
    // A word of a note in another bucket, whose index was copied from the first build.
    expect(found.lanternfjord).toEqual(['/applications/tessel-applied-scientist/']);
    expect(found.orbitwell).toContain('/applications/orbit-language-engineer/');
  });

  it('drops a removed note from search: its page, its words and its bucket entry', async () => {
    expect(searchLine(removed).pages).toBe(3);
    expect(indexHolds(again, 'zebrafinch')).toBe(true);
    expect(indexHolds(removed, 'zebrafinch')).toBe(false);
    const found = await searchIn(removed, ['zebrafinch', 'orbitwell']);
    expect(found.zebrafinch).not.toContain('/applications/orbit-language-engineer/');
    // Its company's other application is still found by the company's name; the removed one is not.
    expect(found.orbitwell).toContain('/applications/orbitwell-data-scientist/');
    expect(found.orbitwell).not.toContain('/applications/orbit-language-engineer/');
  });

  it('indexes an edited note from the pages the last build left, without its old words or a deleted note', async () => {
    // Pagefind had the pages the last build left before this one rendered a page. Of the four buckets,
    // the Tessel note (edited) and the Orbitwell note (deleted) were both in one (bucketOf: a hash of the
    // page's path), the article in another: only the first is indexed again, from the pages it held.
    expect(third.stdout).toMatch(
      /Pagefind: 2 page\(s\) in 2 bucket\(s\); 1 indexed \(1 page\(s\), [12] parsed ahead\)/,
    );
    const text = [...readAllText(join(third.dist, 'pagefind')).values()].join('\n');
    expect(text).toContain('lindenquay');
    expect(text).not.toContain('lanternfjord');
    // The deleted Orbitwell note's words, the one it had when it was deleted and the one before.
    expect(text).not.toContain('quincemeadow');
    expect(text).not.toContain('marzipanorchid');
    const found = await searchIn(third, ['lindenquay', 'lanternfjord', 'quincemeadow', 'marzipanorchid']);
    expect(found.lindenquay).toEqual(['/applications/tessel-applied-scientist/']);
    expect(found.lanternfjord).not.toContain('/applications/tessel-applied-scientist/');
    expect(found.quincemeadow).not.toContain('/applications/orbitwell-data-scientist/');
    expect(found.marzipanorchid).not.toContain('/applications/orbitwell-data-scientist/');
  });
});
