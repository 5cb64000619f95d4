import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type StaticSite } from '../helpers/browser.ts';
import { type BuildResult } from '../helpers/build-site.ts';
import { buildExample } from '../helpers/example-site.ts';
import { pagesToAudit, type BuiltPage } from './site-map.ts';

/**
 * The theme switch of the example archive's pages, owner and mentor builds:
 * light, dark or system (the default, which follows `prefers-color-scheme`),
 * stored in localStorage under `dossier-theme` and applied by an inline script
 * in `<head>` as `<html data-theme>` before anything is painted, so a reader
 * who chose dark never sees a light page flash. Without JavaScript the pages
 * follow the system setting and show no switch, which could not work.
 * (Layout, overflow and axe in both themes: pages.browser.test.ts.)
 */
const KEY = 'dossier-theme';
const DESKTOP = { width: 1280, height: 900 };

/** What the probe saw while a page loaded: see PROBE. */
interface Probe {
  /** `data-theme` when the page's own script first set it, and whether `<body>` existed yet. */
  firstSet: { theme: string | undefined; bodyParsed: boolean } | null;
  /** `data-theme` and the page's background at the first animation frame, which comes before the first paint. */
  firstFrame: { theme: string | undefined; background: string } | null;
}

/**
 * Runs before the page's own scripts on every navigation. A MutationObserver
 * callback runs at the microtask checkpoint right after the script that set
 * the attribute, so `bodyParsed` false means the theme was set by a script in
 * `<head>`, while the parser had not reached `<body>`: nothing was painted yet.
 */
function PROBE() {
  // Runs before the parser made <html>: everything is looked up when it happens.
  const root = () => document.documentElement;
  const probe: Probe = { firstSet: null, firstFrame: null };
  (window as unknown as { themeProbe: Probe }).themeProbe = probe;
  const observer = new MutationObserver(() => {
    probe.firstSet = { theme: root().dataset.theme, bodyParsed: document.body !== null };
    observer.disconnect();
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-theme'] });
  requestAnimationFrame(() => {
    const body = document.body && getComputedStyle(document.body).backgroundColor;
    probe.firstFrame = {
      theme: root().dataset.theme,
      background: body && body !== 'rgba(0, 0, 0, 0)' ? body : getComputedStyle(root()).backgroundColor,
    };
  });
}

/** The page's background as painted: the body's, or the root's when the body has none. */
function background(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = getComputedStyle(document.body).backgroundColor;
    return body !== 'rgba(0, 0, 0, 0)' ? body : getComputedStyle(document.documentElement).backgroundColor;
  });
}

const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme);
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);

describe.each(['owner', 'mentor'] as const)('the theme of the %s build of the example archive', (audience) => {
  let build: BuildResult;
  let site: StaticSite;
  let browser: Browser;
  let close: (() => Promise<void>) | undefined;
  /** Every kind of page, prep sheets too: they have no switch, but follow the choice made elsewhere. */
  let pages: BuiltPage[];
  /** The page background of the light and the dark theme, as the system setting gives them. */
  const backgrounds = { light: '', dark: '' };
  const contexts: BrowserContext[] = [];
  const newContext = async (options: Parameters<Browser['newContext']>[0]) => {
    const context = await browser.newContext({ viewport: DESKTOP, ...options });
    contexts.push(context);
    return context;
  };

  beforeAll(async () => {
    build = await buildExample(audience);
    expect(build.code, build.stderr).toBe(0);
    ({ site, browser, close } = await openSite(build.dist));
    pages = pagesToAudit(build.dist);
    for (const scheme of ['light', 'dark'] as const) {
      const page = await (await newContext({ colorScheme: scheme })).newPage();
      await page.goto(`${site.url}/`);
      backgrounds[scheme] = await background(page);
    }
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await close?.();
  });

  it('has a light and a dark theme that follow the system setting when no theme is chosen', () => {
    expect(backgrounds.light).not.toBe('');
    expect(backgrounds.dark).not.toBe(backgrounds.light);
  });

  it('applies a stored dark theme before the first paint on every kind of page, over a light system setting', async () => {
    const context = await newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    // Chosen on one visit, then every later page load finds it stored.
    await page.goto(`${site.url}/`);
    await page.evaluate((key) => localStorage.setItem(key, 'dark'), KEY);
    await context.addInitScript(PROBE);
    const late: string[] = [];
    for (const { url } of pages) {
      await page.goto(`${site.url}${url}`);
      // The load event can come before the first frame.
      await page.waitForFunction(() => (window as unknown as { themeProbe: Probe }).themeProbe.firstFrame !== null);
      const probe = await page.evaluate(() => (window as unknown as { themeProbe: Probe }).themeProbe);
      if (probe.firstSet?.theme !== 'dark' || probe.firstSet.bodyParsed)
        late.push(`${url}: data-theme first set ${JSON.stringify(probe.firstSet)} (wanted "dark" from <head>)`);
      if (probe.firstFrame?.theme !== 'dark' || probe.firstFrame.background !== backgrounds.dark)
        late.push(
          `${url}: first frame ${JSON.stringify(probe.firstFrame)} (wanted "dark" on ${backgrounds.dark}, light is ${backgrounds.light})`,
        );
    }
    expect(pages.length).toBeGreaterThan(10);
    expect(late).toEqual([]);
  });

  it('switches to light over a dark system setting, remembers it, and follows the system again on "system"', async () => {
    const context = await newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    const select = page.getByLabel('Theme', { exact: true });
    expect(await select.getAttribute('id')).toBe('theme-switch');
    expect(await select.isVisible(), 'the switch on a desktop with JavaScript').toBe(true);
    expect(await select.inputValue()).toBe('system');
    expect(await theme(page)).toBe('dark');

    await select.selectOption('light');
    expect(await theme(page)).toBe('light');
    expect(await background(page)).toBe(backgrounds.light);
    expect(await stored(page)).toBe('light');

    // Another page, a fresh load: still light, and the switch says so.
    await page.goto(`${site.url}/applications/`);
    expect(await theme(page)).toBe('light');
    expect(await background(page)).toBe(backgrounds.light);
    expect(await page.inputValue('#theme-switch')).toBe('light');

    await page.selectOption('#theme-switch', 'dark');
    expect(await theme(page)).toBe('dark');
    expect(await background(page)).toBe(backgrounds.dark);

    // "system" follows the system setting, now and on later loads.
    await page.selectOption('#theme-switch', 'system');
    expect(await theme(page)).toBe('dark');
    await page.reload();
    expect(await page.inputValue('#theme-switch')).toBe('system');
    expect(await theme(page)).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.reload();
    expect(await theme(page)).toBe('light');
    expect(await background(page)).toBe(backgrounds.light);
  });

  it('follows the system setting without JavaScript, and shows no switch', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await newContext({ colorScheme: scheme, javaScriptEnabled: false });
      const page = await context.newPage();
      for (const url of ['/', '/applications/']) {
        await page.goto(`${site.url}${url}`);
        expect(await background(page), `${url} without JavaScript, ${scheme} system`).toBe(backgrounds[scheme]);
        expect(await page.isVisible('#theme-switch'), `the switch on ${url} without JavaScript`).toBe(false);
      }
    }
  });
});
