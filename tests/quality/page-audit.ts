import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, COLOUR_RULES, withAxe } from '../helpers/axe.ts';
import { openSite, type StaticSite } from '../helpers/browser.ts';
import { PROJECT_ROOT, type BuildResult } from '../helpers/build-site.ts';
import { buildExample } from '../helpers/example-site.ts';
import { checkLinks, pagefindFragment, pagesToAudit, type BuiltPage } from './site-map.ts';

/**
 * Quality gates on the example archive (content/), built for the owner and
 * for the mentor, on every kind of page, in the light and the dark scheme, on
 * a desktop (1280×900) and a phone (390×844): axe-core finds no violation,
 * the document never scrolls sideways, the header of a phone stays within
 * 120 px, `/search/` shows one search box; and no internal link points at a
 * file the build lacks. Each page is opened once per view and every check
 * reads it then, so the matrix costs one visit per page and view.
 *
 * The run keeps full-page screenshots of the owner build's main pages
 * (light, dark, phone) under tests/.artifacts/screenshots/<view>/
 * (git-ignored), for a reviewer to look at; the mentor copy looks the same.
 */
const SCREENSHOTS = join(PROJECT_ROOT, 'tests/.artifacts/screenshots');

/** A way of looking at the site: a window size and the system's colour scheme (no theme stored: "system"). */
export interface View {
  name: string;
  viewport: { width: number; height: number };
  colorScheme: 'light' | 'dark';
  phone: boolean;
  /** Whether the main pages' screenshots are kept: light, dark and phone are enough to look at. */
  screenshots: boolean;
  /**
   * Whether axe runs only its colour rules (COLOUR_RULES): for a view that differs only in its scheme
   * from one the same file audits in full (`colourOnly()`).
   */
  colourOnly?: boolean;
}
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
export const VIEWS = {
  desktopLight: { name: 'desktop light', viewport: DESKTOP, colorScheme: 'light', phone: false, screenshots: true },
  desktopDark: { name: 'desktop dark', viewport: DESKTOP, colorScheme: 'dark', phone: false, screenshots: true },
  phoneLight: { name: 'phone light', viewport: PHONE, colorScheme: 'light', phone: true, screenshots: true },
  phoneDark: { name: 'phone dark', viewport: PHONE, colorScheme: 'dark', phone: true, screenshots: false },
} satisfies Record<string, View>;
/** `view` audited for colour alone, beside its twin of the other scheme audited in full. */
export const colourOnly = (view: View): View => ({ ...view, colourOnly: true });

/** The tallest a phone's header may be: one row and a collapsed menu. */
const PHONE_HEADER_MAX = 120;

/** The pages kept as screenshots, by page type (the first page of the type that pagesToAudit chose). */
const MAIN_PAGES: Record<string, string> = {
  '/': 'overview',
  '/applications/*/': 'application',
  '/applications/': 'applications',
  '/companies/': 'companies',
  '/stats/': 'stats',
  '/search/': 'search',
  '/applications/*/prep/': 'prep-sheet',
  '/board/': 'board',
  '/week/': 'week',
  '/activity/*/': 'activity-month',
};

/** What a page's layout measures as it is now. */
interface Layout {
  /** The document's scroll width and the window's width, in CSS px. */
  scrollWidth: number;
  innerWidth: number;
  /** When the document is wider than the window: up to 5 kinds of outermost element that stick out, as `parent > tag.class (right edge)`. */
  overflowing: string[];
  /** The height of `header.site`, or null on a page without one (prep sheets). */
  headerHeight: number | null;
}

function measureLayout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = window.innerWidth;
    const overflowing = new Set<string>();
    if (root.scrollWidth > width + 1) {
      // The elements past the right edge whose parent is not: where the overflow starts.
      const past = (el: Element) => el.getBoundingClientRect().right > width + 1;
      for (const el of document.body.querySelectorAll('*')) {
        if (overflowing.size >= 5) break;
        if (past(el) && (el.parentElement === document.body || !past(el.parentElement!))) {
          const cls =
            typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
          const parent = el.parentElement!.tagName.toLowerCase();
          overflowing.add(
            `${parent} > ${el.tagName.toLowerCase()}${cls} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`,
          );
        }
      }
    }
    const header = document.querySelector('header.site');
    return {
      scrollWidth: root.scrollWidth,
      innerWidth: width,
      overflowing: [...overflowing],
      headerHeight: header ? header.getBoundingClientRect().height : null,
    };
  });
}

/**
 * The search boxes a user can see on the page, with every folded menu opened
 * (a box inside a closed `<details>` still counts). Opens them: call it last.
 */
function searchBoxes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    return [...document.querySelectorAll('input[type="search"], [role="searchbox"]')]
      .filter((el) => el.checkVisibility())
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`);
  });
}

/** A word Pagefind indexed: the longest word of the first indexed page's title. */
function indexedWord(dist: string): string {
  const dir = join(dist, 'pagefind/fragment');
  const title = pagefindFragment(join(dir, readdirSync(dir).sort()[0]!)).meta.title ?? '';
  return title.split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0]!;
}

const axeRules = (view: View) => (view.colourOnly ? COLOUR_RULES : undefined);

/** Everything found on one view's visit of the audited pages. */
interface Visit {
  axe: string[];
  layouts: { url: string; layout: Layout }[];
  /** The visible search boxes of `/search/`. */
  searchBoxes: string[];
}

/** Opens every page in one view, measuring, auditing, and keeping the main pages' screenshots in `shots` if given. */
async function visit(
  context: BrowserContext,
  origin: string,
  pages: BuiltPage[],
  view: View,
  shots: string | undefined,
): Promise<Visit> {
  const page = await context.newPage();
  const found: Visit = { axe: [], layouts: [], searchBoxes: [] };
  const shot = new Set<string>();
  if (shots) {
    rmSync(shots, { recursive: true, force: true });
    mkdirSync(shots, { recursive: true });
  }
  for (const { url, type } of pages) {
    await page.goto(`${origin}${url}`);
    found.layouts.push({ url, layout: await measureLayout(page) });
    found.axe.push(...(await axeViolations(page, { label: `${url} (${view.name})`, rules: axeRules(view) })));
    const name = MAIN_PAGES[type];
    if (shots && name && !shot.has(name)) {
      shot.add(name);
      await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
    }
    if (url === '/search/') found.searchBoxes = await searchBoxes(page);
  }
  await page.close();
  return found;
}

/**
 * The audit of one build of the example archive in `views`. It is run by a few test files, each
 * taking some of the views (tests/quality/pages-*.browser.test.ts), so the views are audited on both
 * cores at once; `siteChecks` adds the checks of the build itself (links, the kinds of page), once
 * per audience.
 */
export function auditExampleArchive(audience: 'owner' | 'mentor', views: View[], siteChecks: boolean): void {
  describe(`the ${audience} build of the example archive`, () => {
    let build: BuildResult;
    let site: StaticSite;
    let browser: Browser;
    let close: (() => Promise<void>) | undefined;
    let pages: BuiltPage[];
    beforeAll(async () => {
      build = await buildExample(audience);
      expect(build.code, build.stderr).toBe(0);
      ({ site, browser, close } = await openSite(build.dist));
      pages = pagesToAudit(build.dist);
    });
    afterAll(() => close?.());

    if (siteChecks)
      it('has no broken internal link and no link to a page it does not contain', () => {
        const { checked, broken } = checkLinks(build.dist);
        expect(checked).toBeGreaterThan(100);
        expect(broken).toEqual([]);
      });

    if (siteChecks)
      it('audits every kind of page it has', () => {
        // Stats, timeline and prep sheets too when the build has them.
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
            // The weekly review, for both; the proof of search is the owner's (not shared by default).
            '/week/',
            '/week/*/',
            ...(audience === 'owner' ? ['/activity/', '/activity/*/'] : []),
          ]),
        );
        if (audience === 'mentor') expect(pages.map((p) => p.type)).not.toContain('/activity/');
      });

    describe.each(views)('on a $name view', (view) => {
      let context: BrowserContext;
      let found: Visit;
      beforeAll(async () => {
        context = await browser.newContext({ viewport: view.viewport, colorScheme: view.colorScheme });
        await withAxe(context);
        const shots =
          audience === 'owner' && view.screenshots ? join(SCREENSHOTS, view.name.replace(' ', '-')) : undefined;
        found = await visit(context, site.url, pages, view, shots);
      });
      afterAll(() => context?.close());

      it(`passes axe-core${view.colourOnly ? "'s colour rules" : ''} on every kind of page`, () => {
        expect(found.axe).toEqual([]);
      });

      it('never scrolls the document sideways (scrolling inside a container is fine)', () => {
        const wide = found.layouts
          .filter(({ layout }) => layout.scrollWidth > layout.innerWidth + 1)
          .map(
            ({ url, layout }) =>
              `${url}: ${layout.scrollWidth} px wide in a ${layout.innerWidth} px window; sticking out: ${layout.overflowing.join(', ')}`,
          );
        expect(found.layouts).toHaveLength(pages.length);
        expect(wide).toEqual([]);
      });

      it('shows exactly one search box on /search/', () => {
        expect(found.searchBoxes).toHaveLength(1);
      });

      if (view.phone)
        it(`keeps the header within ${PHONE_HEADER_MAX} px`, () => {
          // Every page has the site header but the prep sheets, which print alone.
          const headless = found.layouts
            .filter(({ url, layout }) => layout.headerHeight === null && !url.endsWith('/prep/'))
            .map(({ url }) => url);
          expect(headless).toEqual([]);
          const tall = found.layouts
            .filter(({ layout }) => layout.headerHeight !== null)
            .filter(({ layout }) => layout.headerHeight! > PHONE_HEADER_MAX)
            .map(({ url, layout }) => `${url}: ${Math.round(layout.headerHeight!)} px`);
          expect(tall).toEqual([]);
        });

      it('passes axe-core on the search page with results and filters shown', async () => {
        const page = await context.newPage();
        await page.goto(`${site.url}/search/?q=${encodeURIComponent(indexedWord(build.dist))}`);
        await page.waitForSelector('#search-results li a');
        // The filters are filled from the index; pick a value so a narrowed search is audited too.
        await expect
          .poll(() => page.$$eval('select[data-filter="kind"] option', (options) => options.length))
          .toBeGreaterThan(1);
        const found = await axeViolations(page, {
          label: `/search/ with results (${view.name})`,
          rules: axeRules(view),
        });
        const kind = await page.$eval(
          'select[data-filter="kind"] option:nth-child(2)',
          (o) => (o as HTMLOptionElement).value,
        );
        await page.selectOption('select[data-filter="kind"]', kind);
        await page.waitForSelector('#search-results li a');
        found.push(
          ...(await axeViolations(page, {
            label: `/search/ filtered by kind (${view.name})`,
            rules: axeRules(view),
          })),
        );
        await page.close();
        expect(found).toEqual([]);
      });
    });
  });
}
