import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { openSite, type OpenSite } from '../helpers/browser.ts';
import { type BuildResult } from '../helpers/build-site.ts';
import { buildExample } from '../helpers/example-site.ts';

let build: BuildResult;
let open: OpenSite;
let all: { id: string; company: string; stageKey: string; date: string; languages: string[]; roleFamily: string }[];

/** The visible rows as their application ids, top to bottom. */
const visibleIds = (page: Page) =>
  page.$$eval('#applications-table tbody tr:not([hidden]) td:first-child a', (links) =>
    links.map((a) => a.getAttribute('href')!.split('/').at(-2)!),
  );

describe('/applications/: sortable and filterable', () => {
  beforeAll(async () => {
    build = await buildExample();
    expect(build.code, build.stderr).toBe(0);
    open = await openSite(build.dist);
    const json = JSON.parse(readFileSync(join(build.dist, 'export/applications.json'), 'utf8')) as {
      applications: {
        id: string;
        company: string;
        stageKey: string;
        applied: string;
        history: { date: string }[];
        languages: string[];
        roleFamily: string;
      }[];
    };
    all = json.applications.map((a) => ({
      id: a.id,
      company: a.company,
      stageKey: a.stageKey,
      date: a.applied || a.history[0]?.date || '',
      languages: a.languages,
      roleFamily: a.roleFamily,
    }));
  });
  afterAll(async () => {
    await open?.close();
  });

  it('is complete and newest first without JavaScript, with the filters hidden', async () => {
    const context = await open.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${open.site.url}/applications/`);
    const ids = await visibleIds(page);
    expect(ids).toHaveLength(all.length);
    const dated = ids.map((id) => all.find((a) => a.id === id)!.date).filter(Boolean);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(await page.isVisible('#applications-filters')).toBe(false);
    await context.close();
  });

  it('sorts by a column header, reverses on a second click, and keeps the state in the URL', async () => {
    const page = await open.browser.newPage();
    await page.goto(`${open.site.url}/applications/`);
    await page.click('th[data-sort="company"] button');
    const companies = async () =>
      (await visibleIds(page)).map((id) => all.find((a) => a.id === id)!.company.toLowerCase());
    const asc = await companies();
    expect(asc).toEqual([...asc].sort((a, b) => a.localeCompare(b)));
    expect(await page.getAttribute('th[data-sort="company"]', 'aria-sort')).toBe('ascending');
    expect(new URL(page.url()).search).toBe('?sort=company&dir=asc');
    await page.click('th[data-sort="company"] button');
    const desc = await companies();
    expect(desc).toEqual([...asc].reverse());
    expect(await page.getAttribute('th[data-sort="company"]', 'aria-sort')).toBe('descending');
    await page.goBack();
    expect(await companies()).toEqual(asc);
    await page.close();
  });

  it('filters by stage, company, year and text; a URL with filters opens filtered', async () => {
    const page = await open.browser.newPage();
    await page.goto(`${open.site.url}/applications/`);
    await page.selectOption('select[name="stage"]', 'interviewing');
    const interviewing = all.filter((a) => a.stageKey === 'interviewing').map((a) => a.id);
    expect((await visibleIds(page)).sort()).toEqual(interviewing.sort());
    expect(await page.textContent('#applications-status')).toContain(`${interviewing.length} of ${all.length}`);
    expect(new URL(page.url()).searchParams.get('stage')).toBe('interviewing');

    await page.goto(`${open.site.url}/applications/?company=Borealis&year=2026`);
    const borealis2026 = all.filter((a) => a.company === 'Borealis' && a.date.startsWith('2026')).map((a) => a.id);
    expect(borealis2026.length).toBeGreaterThan(0);
    expect((await visibleIds(page)).sort()).toEqual(borealis2026.sort());
    expect(await page.inputValue('select[name="company"]')).toBe('Borealis');

    await page.click('#applications-filters button[type="reset"]');
    await page.fill('#applications-filters input[name="q"]', 'speech kestrel');
    expect(await visibleIds(page)).toEqual(['kestrel-robotics-research-engineer-speech-2026-08-25']);
    await page.fill('#applications-filters input[name="q"]', '');
    expect(await visibleIds(page)).toHaveLength(all.length);

    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('takes the names /search/ takes: a stage by key or label, a role family by slug or name, under role or family', async () => {
    const page = await open.browser.newPage();
    const offers = all.filter((a) => a.stageKey === 'offer').map((a) => a.id);
    for (const address of ['?stage=offer', '?stage=Offer', '?stage=OFFER']) {
      await page.goto(`${open.site.url}/applications/${address}`);
      expect((await visibleIds(page)).sort(), address).toEqual(offers.sort());
      expect(await page.inputValue('select[name="stage"]')).toBe('offer');
    }
    const science = all.filter((a) => a.roleFamily === 'Applied Science').map((a) => a.id);
    expect(science.length).toBeGreaterThan(1);
    for (const address of ['?role=applied-science', '?role=Applied%20Science', '?family=applied-science']) {
      await page.goto(`${open.site.url}/applications/${address}`);
      expect((await visibleIds(page)).sort(), address).toEqual(science.sort());
    }
    // A value no option goes by is said, not silently dropped.
    await page.goto(`${open.site.url}/applications/?stage=ofer`);
    expect(await visibleIds(page)).toHaveLength(all.length);
    expect(await page.textContent('#applications-status')).toContain('"ofer" is no stage in this list');
    // /search/ takes the key form /applications/ writes.
    await page.goto(`${open.site.url}/search/?stage=offer&role=applied-science`);
    expect(await page.inputValue('select[data-filter="stage"]')).toBe('Offer');
    expect(await page.inputValue('select[data-filter="role"]')).toBe('Applied Science');
    await page.close();
  });

  it('says where its words filter looks, and looks there: "polish" finds the notes that list Polish', async () => {
    const page = await open.browser.newPage();
    await page.goto(`${open.site.url}/applications/?q=polish`);
    expect(await page.textContent('#applications-words')).toBe(
      'In position, company, role family, location, languages and tags',
    );
    const polish = all.filter((a) => a.languages.includes('Polish')).map((a) => a.id);
    expect(polish.length).toBeGreaterThan(0);
    expect((await visibleIds(page)).sort()).toEqual(polish.sort());
    await page.close();
  });

  it("shows each application's stage and date on a phone without scrolling sideways, sorts from a menu there", async () => {
    const page = await open.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${open.site.url}/applications/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    for (const cell of ['.cell-stage .badge', '.cell-date time']) {
      const box = await page.locator(`#applications-table tbody tr >> nth=0 >> ${cell}`).boundingBox();
      expect(box, cell).not.toBeNull();
      expect(box!.x + box!.width, cell).toBeLessThanOrEqual(390);
      expect(await page.locator(`#applications-table tbody tr >> nth=0 >> ${cell}`).isVisible(), cell).toBe(true);
    }
    await page.selectOption('select[name="order"]', 'company-asc');
    expect(new URL(page.url()).search).toBe('?sort=company&dir=asc');
    const companies = (await visibleIds(page)).map((id) => all.find((a) => a.id === id)!.company.toLowerCase());
    expect(companies).toEqual([...companies].sort((a, b) => a.localeCompare(b)));
    await page.close();
  });

  it('loads a small script on this page only', () => {
    const html = readFileSync(join(build.dist, 'applications/index.html'), 'utf8');
    // Besides the few inline lines of the theme switch (ThemeScript.astro) that every page with the header has.
    const scripts = [...html.matchAll(/<script(?! id="theme-init")[^>]*>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(Buffer.byteLength(scripts[0]![1]!, 'utf8')).toBeLessThan(6000);
    expect(readFileSync(join(build.dist, 'board/index.html'), 'utf8')).not.toMatch(/<script(?! id="theme-init")/);
    expect(readFileSync(join(build.dist, 'companies/borealis/index.html'), 'utf8')).not.toMatch(
      /<script(?! id="theme-init")/,
    );
  });
});
