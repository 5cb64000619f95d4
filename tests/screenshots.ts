/**
 * `npm run screenshots [-- <built site folder>]`: the README's two pictures,
 * docs/screenshots/overview.png and docs/screenshots/prep-sheet.png, taken in
 * headless Chromium at 1280×900 in the light theme. By default it builds the
 * example archive (content/) for the owner into a temporary folder first, the
 * way the tests build it (one build at a time in this project, see
 * tests/helpers/build-site.ts); given a folder, it photographs that build.
 * The prep sheet is the fullest of an application being interviewed for whose company was interviewed
 * for before, from its earlier rounds to its story gaps: what an interview's sheet adds to the note.
 * Exit status 0, or 1 with a message when the build or the browser fails.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { openSite } from './helpers/browser.ts';
import { buildSite, PROJECT_ROOT } from './helpers/build-site.ts';
import { builtPages, pagePath } from './quality/site-map.ts';

const OUT = join(PROJECT_ROOT, 'docs/screenshots');
const VIEWPORT = { width: 1280, height: 900 };

async function built(folder: string | undefined): Promise<{ dist: string; cleanup(): void }> {
  if (folder) {
    const dist = resolve(folder);
    if (!existsSync(join(dist, 'index.html'))) throw new Error(`${folder}: no index.html; give a built site's folder`);
    return { dist, cleanup: () => {} };
  }
  console.log('Building the example archive (content/)…');
  const build = await buildSite(join(PROJECT_ROOT, 'content'), { audience: 'owner', cache: false });
  const cleanup = () => rmSync(dirname(build.dist), { recursive: true, force: true });
  if (build.code !== 0) {
    cleanup();
    throw new Error(`the build failed (exit ${build.code}):\n${build.stderr.trim().split('\n').slice(-15).join('\n')}`);
  }
  return { dist: build.dist, cleanup };
}

async function main(argv: string[]): Promise<void> {
  const { dist, cleanup } = await built(argv[0]);
  try {
    // A sheet is for an interview: the fullest of an application at the interviewing stage, else the fullest.
    const sheets = builtPages(dist)
      .filter((p) => p.type === '/applications/*/prep/')
      .sort((a, b) => b.size - a.size || (a.url < b.url ? -1 : 1));
    const html = (url: string) => readFileSync(join(dist, pagePath(url)), 'utf8');
    const interviewing = (url: string) => html(url).includes('data-stage="interviewing"');
    // "Asked before" with an earlier interview at the company: its rounds are listed under a position.
    const askedBefore = (url: string) => html(url).includes('class="asked-round"');
    const prep =
      sheets.find((p) => interviewing(p.url) && askedBefore(p.url)) ??
      sheets.find((p) => interviewing(p.url)) ??
      sheets[0];
    if (!prep) throw new Error(`${dist}: no prep sheet (applications/<id>/prep/) in this build`);
    // The sheet from its first interview part (earlier rounds, else Asked before) to the end of its requirements.
    const shots = [
      { url: '/', file: 'overview.png' },
      { url: prep.url, file: 'prep-sheet.png', from: '#prep-debriefs, #prep-asked', to: '#prep-requirements' },
    ];
    const { site, browser, close } = await openSite(dist);
    try {
      const page = await browser.newPage({ viewport: VIEWPORT, colorScheme: 'light' });
      mkdirSync(OUT, { recursive: true });
      for (const { url, file, from, to } of shots) {
        await page.goto(`${site.url}${url}`);
        if (from && to) {
          const top = await page.locator(from).first().boundingBox();
          const bottom = await page.locator('section', { has: page.locator(to) }).boundingBox();
          if (!top || !bottom) throw new Error(`${url}: no ${from} or ${to} on the page`);
          const y = Math.max(0, top.y - 16);
          await page.screenshot({
            path: join(OUT, file),
            fullPage: true,
            clip: { x: 0, y, width: VIEWPORT.width, height: bottom.y + bottom.height - y + 16 },
          });
        } else await page.screenshot({ path: join(OUT, file) });
        console.log(`docs/screenshots/${file}: ${url}`);
      }
    } finally {
      await close();
    }
  } finally {
    cleanup();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`screenshots: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
