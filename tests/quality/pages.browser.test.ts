import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type StaticSite } from '../helpers/browser.ts';
import { buildSite, PROJECT_ROOT, type BuildResult } from '../helpers/build-site.ts';
import { checkLinks, pagefindFragment, pagesToAudit } from './site-map.ts';

/**
 * Quality gates on the example archive (content/), built for the owner and
 * for the mentor: axe-core finds no violation on any kind of page in either
 * colour scheme, and no internal link points at a file the build lacks.
 */
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SCHEMES = ['light', 'dark'] as const;

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** axe-core's violations on the page as it is now, one line per element. */
async function axeViolations(page: Page, label: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(
    async () =>
      (await (window as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } }).axe.run()).violations,
  );
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${label}: ${v.id} (${v.help}) at ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`,
    ),
  );
}

/** A word Pagefind indexed: the longest word of the first indexed page's title. */
function indexedWord(dist: string): string {
  const dir = join(dist, 'pagefind/fragment');
  const title = pagefindFragment(join(dir, readdirSync(dir).sort()[0]!)).meta.title ?? '';
  return title.split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0]!;
}

describe.each(['owner', 'mentor'] as const)('the %s build of the example archive', (audience) => {
  let build: BuildResult;
  let site: StaticSite;
  let browser: Browser;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    build = await buildSite(join(PROJECT_ROOT, 'content'), { audience });
    expect(build.code, build.stderr).toBe(0);
    ({ site, browser, close } = await openSite(build.dist));
  });
  afterAll(() => close?.());

  it('has no broken internal link and no link to a page it does not contain', () => {
    const { checked, broken } = checkLinks(build.dist);
    expect(checked).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });

  it('passes axe-core on every kind of page, in the light and the dark scheme', async () => {
    const pages = pagesToAudit(build.dist);
    // Every kind of page the site has; stats, timeline and prep sheets when the build has them.
    expect(pages.map((p) => p.type)).toEqual(
      expect.arrayContaining([
        '/',
        '/404.html',
        '/applications/',
        '/applications/*/',
        '/articles/',
        '/articles/*/',
        '/companies/',
        '/companies/*/',
        '/roles/',
        '/roles/*/',
        '/stages/',
        '/stages/*/',
        '/search/',
      ]),
    );
    const page = await browser.newPage();
    const found: string[] = [];
    for (const { url } of pages) {
      await page.goto(`${site.url}${url}`);
      for (const scheme of SCHEMES) {
        await page.emulateMedia({ colorScheme: scheme });
        found.push(...(await axeViolations(page, `${url} (${scheme})`)));
      }
    }
    await page.close();
    expect(found).toEqual([]);
  });

  it('passes axe-core on the search page with results and filters shown, in both schemes', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/search/?q=${encodeURIComponent(indexedWord(build.dist))}`);
    await page.waitForSelector('#search-results li a');
    // The filters are filled from the index; pick a value so a narrowed search is audited too.
    await expect
      .poll(() => page.$$eval('select[data-filter="kind"] option', (options) => options.length))
      .toBeGreaterThan(1);
    const found: string[] = [];
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      found.push(...(await axeViolations(page, `/search/ with results (${scheme})`)));
    }
    const kind = await page.$eval(
      'select[data-filter="kind"] option:nth-child(2)',
      (o) => (o as HTMLOptionElement).value,
    );
    await page.selectOption('select[data-filter="kind"]', kind);
    await page.waitForSelector('#search-results li a');
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      found.push(...(await axeViolations(page, `/search/ filtered by kind (${scheme})`)));
    }
    await page.close();
    expect(found).toEqual([]);
  });
});
