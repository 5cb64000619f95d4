import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { openSite, type OpenSite } from '../helpers/browser.ts';
import { type BuildResult } from '../helpers/build-site.ts';
import { buildExample } from '../helpers/example-site.ts';
import { testContext } from '../helpers/catalog.ts';

let build: BuildResult;
let open: OpenSite;

describe('/board/ on the example archive', () => {
  beforeAll(async () => {
    build = await buildExample();
    expect(build.code, build.stderr).toBe(0);
    open = await openSite(build.dist);
  });
  afterAll(async () => {
    await open?.close();
  });

  it('shows every application once, in the column of its stage, closed stages folded', () => {
    const html = readFileSync(join(build.dist, 'board/index.html'), 'utf8');
    const columns = [
      ...html.matchAll(/<details class="board-column[^"]*"( open)? data-stage="([^"]+)"([\s\S]*?)<\/details>/g),
    ];
    // Every configured stage, in the pipeline's order.
    expect(columns.map((m) => m[2])).toEqual(testContext().stages.keys);
    expect(columns.filter((m) => !m[1]).map((m) => m[2])).toEqual(['accepted', 'rejected', 'withdrawn', 'no-answer']);
    const onBoard = columns.flatMap((m) =>
      [...m[3]!.matchAll(/data-application="([^"]+)"/g)].map((a) => `${m[2]} ${a[1]}`),
    );
    const expected = readFileSync(join(build.dist, 'export/applications.json'), 'utf8');
    const apps = (JSON.parse(expected) as { applications: { id: string; stageKey: string }[] }).applications.map(
      (a) => `${a.stageKey} ${a.id}`,
    );
    expect(onBoard.sort()).toEqual(apps.sort());
    expect(html).toContain('Research Engineer, Speech');
  });

  // Issue 22: at 1280 px the board cut off Offer, and the header's links needed a second row.
  it('fits a 1280 px window: every column in view, the board and page not scrolling sideways, the header one row', async () => {
    const page = await open.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${open.site.url}/board/`);
    const layout = await page.evaluate(() => {
      const board = document.querySelector('.board')!;
      const links = [...document.querySelectorAll('header.site nav a')].map((a) => a.getBoundingClientRect().top);
      return {
        board: [board.scrollWidth, board.clientWidth],
        page: [document.documentElement.scrollWidth, innerWidth],
        outOfView: [...document.querySelectorAll('.board-column')]
          .filter((column) => {
            const box = column.getBoundingClientRect();
            return box.width > 0 && (box.left < 0 || box.right > innerWidth);
          })
          .map((column) => column.getAttribute('data-stage')),
        rows: new Set(links.map(Math.round)).size,
        links: links.length,
      };
    });
    expect(layout.outOfView).toEqual([]);
    expect(layout.board[0]).toBeLessThanOrEqual(layout.board[1]!);
    expect(layout.page[0]).toBeLessThanOrEqual(layout.page[1]!);
    expect(layout.links).toBeGreaterThan(0);
    expect(layout.rows).toBe(1);
    await page.close();
  });

  it('scrolls sideways on a phone, not the page, and passes axe', async () => {
    const page = await open.browser.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(`${open.site.url}/board/`);
    const sizes = await page.evaluate(() => {
      const board = document.querySelector('.board')!;
      return {
        board: [board.scrollWidth, board.clientWidth],
        page: [document.documentElement.scrollWidth, innerWidth],
      };
    });
    expect(sizes.board[0]).toBeGreaterThan(sizes.board[1]!);
    expect(sizes.page[0]).toBeLessThanOrEqual(sizes.page[1]!);
    // The scrolling region takes the keyboard focus, so it scrolls without a mouse.
    await page.focus('.board');
    await page.keyboard.press('ArrowRight');
    expect(await axeViolations(page)).toEqual([]);
    // Folded closed stages open on a click.
    await page.click('details[data-stage="rejected"] > summary');
    expect(await page.$eval('details[data-stage="rejected"]', (d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.close();
  });

  it('prints every column open, wrapped onto the page', async () => {
    const page = await open.browser.newPage({ viewport: { width: 800, height: 1000 } });
    await page.goto(`${open.site.url}/board/`);
    await page.emulateMedia({ media: 'print' });
    const wrap = await page.$eval('.board', (b) => getComputedStyle(b).flexWrap);
    expect(wrap).toBe('wrap');
    const width = await page.$eval('.board', (b) => [b.scrollWidth, b.clientWidth]);
    expect(width[0]).toBeLessThanOrEqual(width[1]!);
    await page.close();
  });
});
