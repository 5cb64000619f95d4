import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, type BuildResult } from '../helpers/build-site.ts';
import { readPage } from '../helpers/read-dist.ts';

/**
 * tests/fixtures/sites/note-pages, with relatedLimit: 2: three Data Science applications (quillon-ds
 * lists the article "pinned"), two articles about Quillon Analytics and two about the role family.
 * Its Tocwell notes are toc.build.test.ts's, which reads the same owner build.
 */
const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/sites/note-pages');

/** The visible text of some HTML, tags removed and spaces collapsed. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,])/g, '$1');
/** The articles a piece of a page links to, by the last word of their title. */
const titles = (html: string) => [...html.matchAll(/>Reading (\w+)<\/a>/g)].map((m) => m[1]);

// Ranked for quillon-ds: the article it lists (oldest), then its company's two (newest first), then
// its role family's other one. relatedLimit 2 shows the first two.
describe('a long related list on a page', () => {
  let build: BuildResult;
  beforeAll(async () => {
    build = await buildSite(FIXTURE);
  });

  it('builds', () => {
    expect(build.code, build.stderr).toBe(0);
  });

  it('shows relatedLimit articles on the application page, the listed one first, and links to the rest', () => {
    const page = readPage(build.dist, '/applications/quillon-ds/');
    const aside = page.slice(page.indexOf('<h2>Related articles</h2>'));
    expect(titles(aside)).toEqual(['Pinned', 'Qnew']);
    expect(text(aside)).toContain('2 more articles on Quillon Analytics and Data Science.');
    expect(aside).toContain('href="/companies/quillon-analytics/"');
    expect(aside).toContain('href="/roles/data-science/"');
  });

  it('puts the same articles on the prep sheet, counting only the rest worth reading', () => {
    const page = readPage(build.dist, '/applications/quillon-ds/prep/');
    expect(titles(page.slice(page.indexOf('What I read')))).toEqual(['Pinned', 'Qnew']);
    // Qold is left; Family shares only the role family, no tag or topic word, so it is not on the reading list.
    expect(text(page)).toContain('1 more related article on Quillon Analytics and Data Science.');
  });

  it('keeps every article on the company and role family pages', () => {
    expect(titles(readPage(build.dist, '/companies/quillon-analytics/'))).toEqual(['Qnew', 'Qold']);
    expect(titles(readPage(build.dist, '/roles/data-science/'))).toEqual(['Family', 'Pinned']);
  });

  it('lists relatedLimit applications on an article page, the one that lists it first', () => {
    const page = readPage(build.dist, '/articles/pinned/');
    const aside = page.slice(page.indexOf('Applications it helps with'));
    expect([...aside.matchAll(/href="\/applications\/([\w-]+)\/"/g)].map((m) => m[1])).toEqual([
      'quillon-ds',
      'other-ds',
    ]);
    expect(text(aside)).toContain('1 more application on Data Science.');
    // Nothing left out, no line.
    expect(readPage(build.dist, '/articles/q-new/')).not.toContain('more-on');
  });
});
