import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, type BuildResult } from '../helpers/build-site.ts';
import { listFiles, readPage } from '../helpers/read-dist.ts';
import { testContext } from '../helpers/catalog.ts';

const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/sites/basic');

describe('a fixture archive built with the real astro build', () => {
  let build: BuildResult;
  beforeAll(async () => {
    build = await buildSite(FIXTURE);
  });

  it('builds', () => {
    expect(build.stderr).not.toMatch(/error/i);
    expect(build.code).toBe(0);
  });

  it('builds quietly: no warning, and one progress line per phase with counts', () => {
    const output = build.stdout + build.stderr;
    // Rolldown's note about Astro's "use astro:head-inject" directive came ten lines per note.
    expect(output).not.toMatch(/MODULE_LEVEL_DIRECTIVE|head-inject/);
    // The fixture has no companies/ folder, which is optional: glob() and getCollection() warned about it.
    expect(output).not.toMatch(/companies\/" does not exist|collection "companies"/);
    expect(output).not.toMatch(/\[WARN\]/);
    expect(build.stdout).toMatch(/Validated 4 note\(s\): \d+ checked, \d+ reused/);
    expect(build.stdout).toMatch(/Pages: \d+ rendered, \d+ reused from the last build/);
    // Astro's line per page written (a thousand notes made two thousand lines) is left out, its end included.
    expect(output).not.toMatch(/\u251C\u2500|index\.html|\(\+\d+ms\)|\(cached\)/);
    expect(output).toMatch(/generating static routes/);
  });

  it('writes every page of the URL map', () => {
    const pages = listFiles(build.dist).filter((f) => f.endsWith('.html'));
    expect(pages).toEqual(
      expect.arrayContaining([
        'index.html',
        'applications/index.html',
        'applications/orbit-language-engineer/index.html',
        'applications/orbitwell-data-scientist/index.html',
        'applications/tessel-applied-scientist/index.html',
        'articles/index.html',
        'articles/scaling-speech/index.html',
        'companies/index.html',
        'companies/orbitwell/index.html',
        'companies/tessel-labs/index.html',
        'roles/index.html',
        'roles/language-and-ai-data/index.html',
        'roles/data-science/index.html',
        'roles/applied-science/index.html',
        'stages/index.html',
        'search/index.html',
        '404.html',
      ]),
    );
    // One page per configured stage, also when empty.
    for (const stage of testContext().stages.keys) {
      expect(pages).toContain(`stages/${stage}/index.html`);
    }
  });

  it('links each grouped page to its notes', () => {
    const orbitwell = readPage(build.dist, '/companies/orbitwell/');
    expect(orbitwell).toContain('href="/applications/orbit-language-engineer/"');
    expect(orbitwell).toContain('href="/applications/orbitwell-data-scientist/"');
    expect(readPage(build.dist, '/companies/tessel-labs/')).toContain('href="/articles/scaling-speech/"');
    expect(readPage(build.dist, '/roles/applied-science/')).toContain('href="/applications/tessel-applied-scientist/"');
    expect(readPage(build.dist, '/stages/screening/')).toContain('href="/applications/orbit-language-engineer/"');
    expect(readPage(build.dist, '/stages/offer/')).toContain('No applications.');
  });

  it('shows an application with its properties, history, siblings and related articles', () => {
    const page = readPage(build.dist, '/applications/orbit-language-engineer/');
    expect(page).toContain('<dt>GPT Consult</dt> <dd>No</dd>');
    expect(page).toContain('Call with the recruiter');
    expect(page).toContain('href="/applications/orbitwell-data-scientist/"');
    expect(page).toMatch(/<input type="checkbox" disabled aria-label="Prepare the zebrafinch story">/);
    const tessel = readPage(build.dist, '/applications/tessel-applied-scientist/');
    expect(tessel).toContain('href="/articles/scaling-speech/"');
    // The owner sees private blocks, marked as such.
    expect(tessel).toContain('cobaltmirage');
  });

  it('gathers open action items on the overview', () => {
    const overview = readPage(build.dist, '/');
    expect(overview).toContain('Prepare the zebrafinch story');
    expect(overview).not.toContain('Send the portfolio');
  });

  it('indexes only the notes with Pagefind', () => {
    expect(existsSync(join(build.dist, 'pagefind/pagefind.js'))).toBe(true);
    expect(build.stdout).toMatch(/Pagefind: 4 page\(s\) in 1 bucket\(s\); 1 indexed \(4 page\(s\), /);
    expect(readPage(build.dist, '/applications/orbit-language-engineer/')).toContain('data-pagefind-body');
    expect(readPage(build.dist, '/companies/orbitwell/')).not.toContain('data-pagefind-body');
  });

  it('ships no JavaScript except the inline theme script, the search page and the applications table', () => {
    const withScript = ['search/index.html', 'applications/index.html'];
    // The few inline lines that apply the reader's theme before the first paint (ThemeScript.astro): no file, no src.
    const themeScript = /<script id="theme-init">[^<]*<\/script>/;
    for (const page of listFiles(build.dist).filter((f) => f.endsWith('.html') && !withScript.includes(f))) {
      const html = readPage(build.dist, `/${page}`);
      expect(html.replace(themeScript, ''), page).not.toMatch(/<script/);
      // Prep sheets too: they have no switch, but follow the choice made on the other pages.
      expect(html, page).toMatch(themeScript);
    }
    expect(readPage(build.dist, '/search/')).toMatch(/<script type="module"/);
  });
});

describe('a note with bad frontmatter', () => {
  it('fails the build naming the file, field, what was found and what is allowed, without a stack trace', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-bad-'));
    cpSync(FIXTURE, root, { recursive: true });
    writeFileSync(
      join(root, 'applications/typo.mdx'),
      '---\ncompany: Acme\nposition: Engineer\nstage: No Anser\n---\n\nBody\n',
    );
    const build = await buildSite(root);
    expect(build.code).not.toBe(0);
    const output = build.stdout + build.stderr;
    expect(output).toMatch(
      /typo\.mdx:4:8 {2}stage {2}found "No Anser" \(did you mean "No Answer"\?\); allowed: wishlist/,
    );
    expect(output).not.toMatch(/^\s+at /m);
    expect(existsSync(join(build.dist, 'index.html'))).toBe(false);
  });
});
