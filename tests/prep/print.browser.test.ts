import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { openSite, type StaticSite } from '../helpers/browser.ts';
import { buildSite, PROJECT_ROOT } from '../helpers/build-site.ts';
import { forcedBreaks, printPdf } from './print-pdf.ts';

describe('prep sheets printed by Chromium', () => {
  let site: StaticSite;
  let browser: Browser;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const build = await buildSite(join(PROJECT_ROOT, 'tests/fixtures/sites/campaign'), {
      env: { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 22, 12) / 1000) },
    });
    expect(build.code, build.stderr).toBe(0);
    ({ site, browser, close } = await openSite(build.dist));
  });
  afterAll(() => close?.());

  it('prints a full prep sheet on A4 and Letter on at most two pages, the parts one after another', async () => {
    const page = await browser.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto(`${site.url}/applications/borealis-language-engineer/prep/`);
    expect(scripts).toEqual([]);
    // No part starts a new sheet of paper: a forced break left pages nearly empty (issue 15).
    expect(await forcedBreaks(page)).toEqual([]);
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await printPdf(page, format);
      expect(pdf.bytes).toBeGreaterThan(10_000);
      expect(pdf.pages, format).toBeGreaterThanOrEqual(1);
      expect(pdf.pages, format).toBeLessThanOrEqual(2);
    }
  });

  it('shows no navigation chrome in print, and only a back link on screen', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/applications/borealis-language-engineer/prep/`);
    expect(await page.locator('header.site, nav[aria-label="Main"], form[role="search"], footer.site').count()).toBe(0);
    await expect.poll(() => page.getByRole('link', { name: /Back to the application/ }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('link', { name: /Back to the application/ }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Requirements checklist' }).isVisible()).toBe(true);
    // The application page itself hides its header, navigation and prep link in print as well.
    await page.goto(`${site.url}/applications/borealis-language-engineer/`);
    expect(await page.locator('header.site').isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
  });

  it.each(['light', 'dark'] as const)(
    'passes axe on stats, timeline and a prep sheet in the %s theme',
    async (colorScheme) => {
      const page = await browser.newPage({ colorScheme });
      // kestrel-research-engineer's sheet shows a <Private> block in its "Private" box.
      for (const path of [
        '/stats/',
        '/timeline/',
        '/applications/borealis-language-engineer/prep/',
        '/applications/kestrel-research-engineer/prep/',
      ]) {
        await page.goto(`${site.url}${path}`);
        expect(await axeViolations(page, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }), path).toEqual([]);
      }
    },
  );

  it('prints a sparse prep sheet on one page', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/applications/halcyon-wishlist/prep/`);
    expect((await printPdf(page, 'A4')).pages).toBe(1);
  });
});

// Every prep sheet of the example archive, owner and mentor: print-pages.browser.test.ts.
