import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type OpenSite } from '../helpers/browser.ts';
import { buildExample } from '../helpers/example-site.ts';
import { listFiles } from '../helpers/read-dist.ts';
import { forcedBreaks, printPdf } from './print-pdf.ts';

/** Every prep sheet of a build, as URL paths. */
const prepPaths = (dist: string) =>
  listFiles(dist)
    .filter((f) => /^applications\/[^/]+\/prep\/index\.html$/.test(f))
    .map((f) => `/${f.replace(/index\.html$/, '')}`)
    .sort();

/**
 * Issue 15: a prep sheet is taken to the interview on paper, so every sheet of
 * the example archive prints on at most two A4 pages, for the owner (whose
 * sheets hold the private blocks too) and for the mentor, with no forced
 * page break. Pages are counted in the PDF Chromium prints.
 */
describe.each(['owner', 'mentor'] as const)("the example archive's prep sheets printed (%s)", (audience) => {
  let open: OpenSite;
  let paths: string[];
  beforeAll(async () => {
    const build = await buildExample(audience);
    expect(build.code, build.stderr).toBe(0);
    paths = prepPaths(build.dist);
    open = await openSite(build.dist);
  });
  afterAll(() => open?.close());

  it('has a prep sheet for every application it shows', () => {
    // 15 applications, 8 of them shared.
    expect(paths).toHaveLength(audience === 'owner' ? 15 : 8);
  });

  it('prints each sheet on one or two A4 pages, with no forced page break', async () => {
    const page = await open.browser.newPage();
    const printed: Record<string, number> = {};
    for (const path of paths) {
      await page.goto(`${open.site.url}${path}`);
      expect(await forcedBreaks(page), path).toEqual([]);
      const pdf = await printPdf(page, 'A4');
      expect(pdf.bytes, path).toBeGreaterThan(5_000);
      printed[path] = pdf.pages;
    }
    const tooLong = Object.entries(printed).filter(([, pages]) => pages < 1 || pages > 2);
    expect(tooLong, JSON.stringify(printed, null, 1)).toEqual([]);
  });
});
