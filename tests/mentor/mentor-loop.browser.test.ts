import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type StaticSite } from '../helpers/browser.ts';
import { buildSite, PROJECT_ROOT } from '../helpers/build-site.ts';
import { forcedBreaks, printPdf } from '../prep/print-pdf.ts';

/**
 * The mentor loop in Chromium: the copy's "Copy a feedback snippet" button
 * (clipboard, its fallback, and no button without JavaScript), and the
 * weekly review and the proof of search on paper. The builds are the ones
 * tests/mentor/mentor-loop.build.test.ts and the Next up test make.
 */
const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/sites/mentor-loop');
const FIXTURE_ENV = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 11, 10, 12) / 1000) };
const EXAMPLE_ENV = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 30, 12) / 1000) };
const SNIPPET = '## applications/ashgrove-data-linguist\n\nstatus: open\n\n';

const sites: { close(): Promise<void> }[] = [];
async function serve(content: string, audience: 'owner' | 'mentor', env: Record<string, string>) {
  const build = await buildSite(content, { audience, env });
  expect(build.code, build.stderr).toBe(0);
  const opened = await openSite(build.dist);
  sites.push(opened);
  return { ...opened, dist: build.dist };
}
afterAll(async () => {
  for (const site of sites) await site.close();
});

describe('the feedback snippet of the mentor copy', () => {
  let site: StaticSite;
  let browser: Browser;
  beforeAll(async () => {
    ({ site, browser } = await serve(FIXTURE, 'mentor', FIXTURE_ENV));
  }, 600_000);

  it('puts a ready-made section for the note on the clipboard', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site.url}/applications/ashgrove-data-linguist/`);
    await page.getByRole('button', { name: 'Copy a feedback snippet' }).click();
    await expect
      .poll(() => page.locator('.copy-status').textContent())
      .toBe('Copied: paste it into your feedback file.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(SNIPPET);
    await context.close();
  });

  it('opens and selects the snippet when the clipboard cannot be reached', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
    });
    const page = await context.newPage();
    await page.goto(`${site.url}/applications/ashgrove-data-linguist/`);
    await page.getByRole('button', { name: 'Copy a feedback snippet' }).click();
    await expect.poll(() => page.locator('.copy-status').textContent()).toMatch(/^Could not reach the clipboard/);
    expect(await page.locator('.feedback-key details').getAttribute('open')).not.toBeNull();
    // The selection of a <pre> ends at its last line break.
    expect(await page.evaluate(() => getSelection()?.toString().trimEnd())).toBe(SNIPPET.trimEnd());
    await context.close();
  });

  it('shows no button without JavaScript, and the snippet to copy by hand', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/applications/ashgrove-data-linguist/`);
    expect(await page.getByRole('button', { name: 'Copy a feedback snippet' }).isVisible()).toBe(false);
    await page.getByText('How to send feedback on this note').click();
    expect(await page.locator('pre.feedback-snippet').textContent()).toBe(SNIPPET);
    await context.close();
  });
});

describe('the weekly review and the proof of search on paper', () => {
  let owner: StaticSite;
  let example: StaticSite;
  let exampleDist: string;
  let browser: Browser;
  beforeAll(async () => {
    ({ site: owner, browser } = await serve(FIXTURE, 'owner', FIXTURE_ENV));
    ({ site: example, dist: exampleDist } = await serve(join(PROJECT_ROOT, 'content'), 'owner', EXAMPLE_ENV));
  }, 600_000);

  it("prints a week's review on one A4 page, with no forced break: the current week and the example archive's fullest", async () => {
    // The example archive's week with the most lines (moves, next, stuck, commitments).
    const lines = (label: string) =>
      (readFileSync(join(exampleDist, 'week', label, 'index.html'), 'utf8').match(/<li/g) ?? []).length;
    const fullest = readdirSync(join(exampleDist, 'week'))
      .filter((name) => /^\d{4}-w\d{2}$/.test(name))
      .sort((a, b) => lines(b) - lines(a))[0]!;
    const page = await browser.newPage();
    for (const url of [`${owner.url}/week/`, `${example.url}/week/`, `${example.url}/week/${fullest}/`]) {
      await page.goto(url);
      expect(await forcedBreaks(page), url).toEqual([]);
      expect((await printPdf(page, 'A4')).pages, url).toBe(1);
    }
  });

  it('prints a month of the proof of search without cutting its table at the edge of the page', async () => {
    const page = await browser.newPage({ viewport: { width: 700, height: 1000 } });
    await page.goto(`${owner.url}/activity/2026-12/`);
    await page.emulateMedia({ media: 'print' });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.locator('table.activity').isVisible()).toBe(true);
    expect(await page.locator('nav[aria-label="Other months"]').isVisible()).toBe(false);
  });

  it("shows a month's rows as cards on a phone: every cell in the window, the position first, unclear cells named", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${owner.url}/activity/2026-12/`);
    const cells = await page
      .locator('table.activity tbody tr')
      .first()
      .locator('td')
      .evaluateAll((tds) =>
        tds.map((td) => {
          const box = td.getBoundingClientRect();
          return {
            column: td.dataset.column,
            left: box.left,
            right: box.right,
            top: box.top,
            label: getComputedStyle(td, '::before').content,
          };
        }),
      );
    expect(cells).toHaveLength(6);
    for (const cell of cells) {
      expect(cell.left, cell.column).toBeGreaterThanOrEqual(0);
      expect(cell.right, cell.column).toBeLessThanOrEqual(390);
    }
    const position = cells.find((c) => c.column === 'position')!;
    expect(Math.min(...cells.map((c) => c.top))).toBe(position.top);
    expect(cells.filter((c) => c.top === position.top)).toHaveLength(1);
    expect(Object.fromEntries(cells.map((c) => [c.column, c.label]))).toMatchObject({
      date: 'none',
      position: 'none',
      company: 'none',
      source: '"How applied: "',
      result: '"Result: "',
    });
  });
});
