import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, scratchDir, type BuildResult } from '../helpers/build-site.ts';
import { openSite } from '../helpers/browser.ts';
import { listFiles, readAllText } from '../helpers/read-dist.ts';

/**
 * A rebuild into the same folder keeps the pages it reuses where they are
 * (Astro no longer empties the folder first) and removes whatever this build
 * does not produce: the output is the same as a fresh build's, file for file.
 */
describe('rebuilding into the output folder of the previous build', () => {
  const work = scratchDir('keep-output-');
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  const env = { DOSSIER_CACHE_DIR: join(work, 'cache'), DOSSIER_LIST_PAGES: '1' };
  let again: BuildResult;
  let fresh: BuildResult;
  let third: BuildResult;

  beforeAll(async () => {
    cpSync(join(PROJECT_ROOT, 'tests/fixtures/sites/basic'), content, { recursive: true });
    const first = await buildSite(content, { outDir: dist, env });
    expect(first.code, first.stderr).toBe(0);
    // What an earlier build, or a deploy, left in the folder.
    mkdirSync(join(dist, 'old-page'));
    writeFileSync(join(dist, 'old-page/index.html'), '<p>gone</p>');
    utimesSync(join(dist, 'old-page/index.html'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    mkdirSync(join(dist, '.git'));
    writeFileSync(join(dist, '.git/HEAD'), 'ref: refs/heads/main\n');
    rmSync(join(content, 'applications/orbit-language-engineer.mdx'));
    again = await buildSite(content, { outDir: dist, env });
    // Then one note edited and another deleted: the search index starts from the pages the last build left.
    const tessel = join(content, 'applications/tessel-applied-scientist.mdx');
    writeFileSync(tessel, readFileSync(tessel, 'utf8').replace('lanternfjord', 'lindenquay'));
    rmSync(join(content, 'applications/orbitwell-data-scientist.mdx'));
    third = await buildSite(content, { outDir: dist, env });
    fresh = await buildSite(content, {
      outDir: join(work, 'fresh'),
      env: { DOSSIER_CACHE_DIR: join(work, 'fresh-cache') },
    });
  });

  it('leaves the reused pages in place instead of copying them back', () => {
    expect(again.code, again.stderr).toBe(0);
    expect(third.code, third.stderr).toBe(0);
    expect(again.stdout).toMatch(/companies\/tessel-labs\/index\.html.*\(cached\)/);
    expect(again.stdout).not.toMatch(/\(restored\)/);
  });

  it("removes the deleted notes' pages and what earlier builds left, and keeps .git", () => {
    expect(existsSync(join(dist, 'applications/orbit-language-engineer'))).toBe(false);
    expect(existsSync(join(dist, 'applications/orbitwell-data-scientist'))).toBe(false);
    expect(existsSync(join(dist, 'old-page'))).toBe(false);
    expect(again.stdout).toMatch(/Removed \d+ file\(s\) that earlier builds wrote/);
    expect(readFileSync(join(dist, '.git/HEAD'), 'utf8')).toBe('ref: refs/heads/main\n');
  });

  it("holds the same files, with the same bytes, as a fresh build's folder (the search index aside)", () => {
    expect(fresh.code, fresh.stderr).toBe(0);
    const files = (folder: string) =>
      listFiles(folder).filter((f) => !f.startsWith('pagefind/') && !f.startsWith('.git/'));
    expect(files(dist)).toEqual(files(fresh.dist));
    const differ = files(dist).filter((f) => !readFileSync(join(dist, f)).equals(readFileSync(join(fresh.dist, f))));
    expect(differ).toEqual([]);
  });

  it('indexes an edited note from the pages the last build left, without its old words or a deleted note', async () => {
    // Pagefind had the pages the last build left before this one rendered a page.
    expect(third.stdout).toMatch(
      /Pagefind: 2 page\(s\) in 1 bucket\(s\); 1 indexed \(2 page\(s\), [12] parsed ahead\)/,
    );
    const text = [...readAllText(join(dist, 'pagefind')).values()].join('\n');
    expect(text).toContain('lindenquay');
    expect(text).not.toContain('lanternfjord');
    expect(text).not.toContain('marzipanorchid');
    const { site, browser, close } = await openSite(dist);
    try {
      const page = await browser.newPage();
      const hits = async (word: string) => {
        await page.goto(`${site.url}/search/?q=${word}`);
        await page.waitForFunction(() =>
          /found|match/.test(document.querySelector('#search-status')?.textContent ?? ''),
        );
        return page.$$eval('#search-results li a', (as) => as.map((a) => a.getAttribute('href')));
      };
      expect(await hits('lindenquay')).toEqual(['/applications/tessel-applied-scientist/']);
      expect(await hits('lanternfjord')).not.toContain('/applications/tessel-applied-scientist/');
      expect(await hits('marzipanorchid')).not.toContain('/applications/orbitwell-data-scientist/');
    } finally {
      await close();
    }
  });
});
