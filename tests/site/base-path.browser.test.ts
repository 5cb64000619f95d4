import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type StaticSite } from '../helpers/browser.ts';
import { buildSite, PROJECT_ROOT, type BuildResult } from '../helpers/build-site.ts';
import { readPage } from '../helpers/read-dist.ts';
import { checkLinks } from '../quality/site-map.ts';

const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/sites/basic');

// A GitHub Pages project site: the whole site under /dossier/, served by a host that has nothing else.
describe('a site served under DOSSIER_BASE=/dossier/', () => {
  let build: BuildResult;
  let site: StaticSite;
  let browser: Browser;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    // With the index in four buckets: the build tests/site/search.browser.test.ts searches under /dossier/.
    build = await buildSite(FIXTURE, { env: { DOSSIER_BASE: '/dossier/', DOSSIER_SEARCH_BUCKETS: '4' } });
    expect(build.code, build.stderr).toBe(0);
    ({ site, browser, close } = await openSite(build.dist, '/dossier/'));
  });
  afterAll(() => close?.());

  it('links every page, script, style and search result inside /dossier/', () => {
    const { checked, broken } = checkLinks(build.dist, '/dossier/');
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(100);
    const home = readPage(build.dist, '/');
    expect(home).toContain('href="/dossier/applications/"');
    expect(home).not.toMatch(/(?:href|src|action)="\/(?!dossier\/)/);
  });

  it('searches from the header, opens a result and comes back through the menu', async () => {
    const page = await browser.newPage();
    const missing: string[] = [];
    page.on('response', (r) => void (r.status() >= 400 && missing.push(r.url())));
    await page.goto(`${site.url}/dossier/`);
    await page.fill('#site-search-q', 'lanternfjord');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/dossier\/search\/\?q=lanternfjord/);
    await page.waitForSelector('#search-results li a');
    expect(await page.$$eval('#search-results li a', (as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/dossier/applications/tessel-applied-scientist/',
    ]);
    await page.click('#search-results li a');
    await page.waitForURL(/\/dossier\/applications\/tessel-applied-scientist\/$/);
    await page.click('header.site nav a:has-text("Companies")');
    await page.waitForURL(/\/dossier\/companies\/$/);
    expect(missing).toEqual([]);
    await page.close();
  });

  it('refuses a base path a URL cannot hold, naming the variable and the segment', async () => {
    const bad = await buildSite(FIXTURE, { env: { DOSSIER_BASE: '/my dossier/' }, cache: false });
    expect(bad.code).not.toBe(0);
    const output = bad.stdout + bad.stderr;
    expect(output).toContain('DOSSIER_BASE is "/my dossier/": the segment "my dossier" is not allowed');
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});
