import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { readPage } from '../helpers/read-dist.ts';

/** A content folder written for the test: `files` maps paths under the root to their text. */
function archive(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dossier-related-'));
  for (const dir of ['applications', 'articles']) mkdirSync(join(root, dir));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
  return root;
}

const application = (company: string, applied: string, articles = '[]') =>
  `---\ncompany: ${company}\nposition: Data Scientist\nstage: applied\napplied: ${applied}\narticles: ${articles}\n---\n`;
const article = (title: string, read: string, links: string) =>
  `---\ntitle: ${title}\nread: ${read}\n${links}\n---\n\n## Takeaways\n\n- A point of ${title}.\n`;

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
    build = await buildSite(
      archive({
        'dossier.config.yaml': 'relatedLimit: 2\n',
        'applications/quillon-ds.mdx': application('Quillon Analytics', '2025-06-01', '[pinned]'),
        'applications/other-ds.mdx': application('Other Works', '2025-05-01'),
        'applications/third-ds.mdx': application('Third Systems', '2025-04-01'),
        'articles/pinned.mdx': article('Reading Pinned', '2022-01-01', 'roleFamilies: [Data Science]'),
        'articles/q-new.mdx': article('Reading Qnew', '2025-05-01', 'companies: [Quillon Analytics]'),
        'articles/q-old.mdx': article('Reading Qold', '2025-04-01', 'companies: [Quillon Analytics]'),
        'articles/family.mdx': article('Reading Family', '2025-06-01', 'roleFamilies: [Data Science]'),
      }),
    );
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
