import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type StaticSite } from '../helpers/browser.ts';
import { bucketOf } from '../../src/integrations/search-buckets.ts';
import { buildSite, PROJECT_ROOT } from '../helpers/build-site.ts';

// One index, as a small archive gets, and the index in buckets the search page merges (issue 27): the
// two notes of Tessel Labs, and the three holding "word", lie in more than one bucket, so a search and
// its filters that read one bucket only would miss some.
// The four-bucket site is the one tests/site/base-path.browser.test.ts reads (one build for both): served
// under /dossier/, as a GitHub Pages project site, so the buckets are merged from under a base path too.
describe.each([
  ['one index', undefined, '/'],
  ['four buckets, under /dossier/', '4', '/dossier/'],
])('search in a real browser, %s', (_, buckets, base) => {
  let site: StaticSite;
  let browser: Browser;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (buckets)
      expect(bucketOf('applications/tessel-applied-scientist/index.html', Number(buckets))).not.toBe(
        bucketOf('articles/scaling-speech/index.html', Number(buckets)),
      );
    const build = await buildSite(join(PROJECT_ROOT, 'tests/fixtures/sites/basic'), {
      ...(buckets && { env: { DOSSIER_SEARCH_BUCKETS: buckets, DOSSIER_BASE: base } }),
    });
    expect(build.code).toBe(0);
    ({ site, browser, close } = await openSite(build.dist, base));
  });
  afterAll(() => close?.());

  it('finds a note by a word of its body from the header search, then narrows by company', async () => {
    const page = await browser.newPage();
    const scripts: string[] = [];
    const filterFiles: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
      if (r.url().includes('/pagefind/filter/')) filterFiles.push(r.url());
    });
    await page.goto(`${site.url}${base}applications/orbit-language-engineer/`);
    // A note page loads no script at all.
    expect(scripts).toEqual([]);

    await page.fill('#site-search-q', 'lanternfjord');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/search\/\?q=lanternfjord/);
    await page.waitForSelector('#search-results li a');
    const hits = await page.$$eval('#search-results li a', (as) => as.map((a) => a.getAttribute('href')));
    expect(hits).toEqual([`${base}applications/tessel-applied-scientist/`]);
    // The menus came with the page: a search without a filter downloads no filter index.
    expect(filterFiles).toEqual([]);

    // "word" is in notes of two companies; the company filter keeps one.
    await page.fill('#search-q', 'word');
    await expect.poll(() => page.$$eval('#search-results li a', (as) => as.length)).toBe(3);
    await page.selectOption('select[data-filter="company"]', 'Tessel Labs GmbH');
    await expect
      .poll(() => page.$$eval('#search-results li a', (as) => as.map((a) => a.getAttribute('href')).sort()))
      .toEqual([`${base}applications/tessel-applied-scientist/`, `${base}articles/scaling-speech/`]);
    expect(await page.textContent('#search-status')).toBe('2 notes found.');
    expect(scripts.some((s) => s.includes('/pagefind/pagefind.js'))).toBe(true);
    expect(filterFiles.length).toBeGreaterThan(0);
  });

  it('finds a note by a word of its properties alone (its location)', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}${base}search/?q=vesterbrook`);
    await page.waitForSelector('#search-results li a');
    expect(await page.$$eval('#search-results li a', (as) => as.map((a) => a.getAttribute('href')))).toEqual([
      `${base}applications/tessel-applied-scientist/`,
    ]);
    // Terms and values are separate words in the excerpt too.
    expect(await page.textContent('#search-results li p')).toMatch(/Location Vesterbrook/);
    await page.close();
  });

  it('offers in its menus exactly the filter values the index holds', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}${base}search/`);
    const menus = await page.$$eval('select[data-filter]', (selects) =>
      Object.fromEntries(
        (selects as HTMLSelectElement[]).map((s) => [
          s.dataset.filter!,
          [...s.options]
            .slice(1)
            .map((o) => o.value)
            .sort(),
        ]),
      ),
    );
    // A string, so that vitest leaves the browser's own import() alone. Every bucket is merged, as the
    // search page merges them.
    const index = (await page.evaluate(`(async () => {
      const pf = await import('${base}pagefind/pagefind.js');
      const buckets = await (await fetch('${base}pagefind/dossier-buckets.json')).json();
      for (const bucket of buckets) await pf.mergeIndex('${base}pagefind/' + bucket);
      const filters = await pf.filters();
      return Object.fromEntries(Object.entries(filters).map(([key, counts]) => [key, Object.keys(counts).sort()]));
    })()`)) as Record<string, string[]>;
    expect(Object.keys(menus).sort()).toEqual(['company', 'kind', 'role', 'stage', 'year']);
    expect(menus.company).toContain('Tessel Labs GmbH');
    expect(menus).toEqual(index);
    await page.close();
  });

  it('starts loading Pagefind and its WebAssembly when the page idles, before any search', async () => {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => void fetched.push(new URL(r.url()).pathname));
    await page.goto(`${site.url}${base}search/`);
    // Nobody typed or focused anything.
    await expect
      .poll(() => fetched)
      .toEqual(expect.arrayContaining([`${base}pagefind/pagefind.js`, `${base}pagefind/wasm.en.pagefind`]));
    expect(await page.$$eval('#search-results li', (items) => items.length)).toBe(0);
    await page.close();
  });

  it('runs a query typed before Pagefind has arrived, once it has', async () => {
    const page = await browser.newPage();
    // Pagefind's script is held back until the query has been typed.
    let typed!: () => void;
    const queryTyped = new Promise<void>((resolve) => (typed = resolve));
    await page.route('**/pagefind/pagefind.js', async (route) => {
      await queryTyped;
      await route.continue();
    });
    await page.goto(`${site.url}${base}search/`);
    await page.fill('#search-q', 'lanternfjord');
    expect(await page.$$eval('#search-results li a', (as) => as.length)).toBe(0);
    typed();
    await page.waitForSelector('#search-results li a');
    expect(await page.$$eval('#search-results li a', (as) => as.map((a) => a.getAttribute('href')))).toEqual([
      `${base}applications/tessel-applied-scientist/`,
    ]);
    await page.close();
  });
});
