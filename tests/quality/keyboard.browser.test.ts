import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type StaticSite } from '../helpers/browser.ts';
import { type BuildResult } from '../helpers/build-site.ts';
import { buildExample } from '../helpers/example-site.ts';
import { builtPages, pagesToAudit } from './site-map.ts';

/**
 * The example archive used with the keyboard only: search is reachable from
 * any page, results and filters are reached with Tab, Enter opens a result,
 * and whatever has the focus shows it.
 */

interface Focused {
  /** A readable name of the focused element: tag, id or text. */
  name: string;
  tag: string;
  id: string;
  href: string | null;
  /** Whether it is a link among the search results. */
  result: boolean;
  /** Whether the focus is visible: an outline or a box shadow, on an element with a size. */
  visible: boolean;
}

/** Presses Tab and describes where the focus went. */
async function tab(page: Page, key = 'Tab'): Promise<Focused> {
  await page.keyboard.press(key);
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body)
      return { name: 'body', tag: 'body', id: '', href: null, result: false, visible: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const box = el.getBoundingClientRect();
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return {
      name: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${text}"`,
      tag: el.tagName.toLowerCase(),
      id: el.id,
      href: el.getAttribute('href'),
      result: el.closest('#search-results') !== null,
      visible: (outline || shadow) && box.width > 0 && box.height > 0,
    };
  });
}

/** Waits until the search page has run its search for an address holding `query`: the status counts notes again. */
async function searchDone(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (q) =>
      location.search.includes(q) &&
      /notes? found|No notes match/.test(document.querySelector('#search-status')?.textContent ?? ''),
    query,
  );
}

/** Tabs until `done` holds, collecting every stop; fails after `limit` presses. */
async function tabUntil(page: Page, done: (f: Focused) => boolean, limit = 80): Promise<Focused[]> {
  const stops: Focused[] = [];
  for (let i = 0; i < limit; i++) {
    const focused = await tab(page);
    stops.push(focused);
    if (done(focused)) return stops;
  }
  throw new Error(`not reached after ${limit} Tab presses; the focus went: ${stops.map((s) => s.name).join(' → ')}`);
}

const invisible = (stops: Focused[]) => stops.filter((s) => !s.visible).map((s) => s.name);

describe('the example archive with the keyboard only', () => {
  let build: BuildResult;
  let site: StaticSite;
  let browser: Browser;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    build = await buildExample();
    expect(build.code, build.stderr).toBe(0);
    ({ site, browser, close } = await openSite(build.dist));
  });
  afterAll(() => close?.());

  it('goes from a note to search results and opens one, with the focus visible at every stop', async () => {
    const page = await browser.newPage();
    const note = pagesToAudit(build.dist).find((p) => p.type === '/applications/*/')!;
    await page.goto(`${site.url}${note.url}`);

    // Tab to the header's search box.
    const toSearch = await tabUntil(page, (f) => f.id === 'site-search-q', 40);
    expect(invisible(toSearch)).toEqual([]);
    expect(toSearch[0]!.name).toMatch(/Skip to content/);

    // A word every build indexes: from the note's own title.
    const title = (await page.textContent('h1'))!;
    const word = title.split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length)[0]!;
    await page.keyboard.type(word);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForSelector('#search-results li a');

    // Tab through the form and every filter to the results.
    const toResults = await tabUntil(page, (f) => f.result);
    expect(invisible(toResults)).toEqual([]);
    const ids = toResults.map((s) => s.id);
    expect(ids).toContain('search-q');
    // The five filters; the header's theme switch is a select too.
    expect(toResults.filter((s) => s.tag === 'select' && s.id !== 'theme-switch')).toHaveLength(5);
    const firstResult = toResults.at(-1)!;
    expect(await page.$$eval('#search-results li a', (as) => as.map((a) => a.getAttribute('href')))).toContain(
      firstResult.href,
    );

    // A filter works from the keyboard too: focus the first one, pick a value with the arrow keys.
    await page.focus('select[data-filter="kind"]');
    await page.keyboard.press('ArrowDown');
    // The narrowed search is done when the address holds the filter and the status a count again.
    await searchDone(page, 'kind=');
    await page.waitForSelector('#search-results li a');

    // From the filter, Tab on to the first result of the narrowed search; Enter opens it.
    const again = await tabUntil(page, (f) => f.result);
    expect(invisible(again)).toEqual([]);
    const target = again.at(-1)!.href!;
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === target);
    expect(await page.textContent('h1')).toBeTruthy();
    await page.close();
  });

  it('shows five results, then ten more with each "Show more", which moves the focus to the first new one', async () => {
    const page = await browser.newPage();
    const applications = builtPages(build.dist).filter((p) => p.type === '/applications/*/').length;
    expect(applications).toBeGreaterThan(5);
    await page.goto(`${site.url}/search/?kind=Application`);
    await searchDone(page, 'kind=');
    expect(await page.$$eval('#search-results li a', (as) => as.length)).toBe(5);
    expect(await page.textContent('#search-status')).toBe(`${applications} notes found, showing 5.`);

    // Tab from the last result reaches the button, with the focus shown; Enter adds the next ten.
    await page.focus('#search-results li:last-child a');
    const button = await tab(page);
    expect([button.id, button.visible]).toEqual(['search-more', true]);
    await page.keyboard.press('Enter');
    const shown = Math.min(15, applications);
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li a').length === n, shown);
    // The focus moves with the new results, in the same step that adds them.
    const sixth = await page.$eval('#search-results li:nth-child(6) a', (a) => a.getAttribute('href'));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(sixth);
    expect(await page.isHidden('#search-more')).toBe(shown === applications);
    expect(await page.textContent('#search-status')).toBe(
      shown === applications ? `${applications} notes found.` : `${applications} notes found, showing ${shown}.`,
    );
    await page.close();
  });

  it('shows the focus on every element of every kind of page', async () => {
    const page = await browser.newPage();
    const hidden: string[] = [];
    for (const { url } of pagesToAudit(build.dist)) {
      await page.goto(`${site.url}${url}`);
      const stops: Focused[] = [];
      // Every Tab stop once, to the end of the page (the focus leaves for the browser's own UI), up to a bound that keeps long pages quick.
      for (let i = 0; i < 80; i++) {
        const focused = await tab(page);
        if (focused.tag === 'body') break;
        stops.push(focused);
      }
      expect(stops.length, url).toBeGreaterThan(0);
      hidden.push(...invisible(stops).map((name) => `${url}: ${name}`));
    }
    await page.close();
    expect(hidden).toEqual([]);
  });
});
