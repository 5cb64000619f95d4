import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visibleBody } from '../../src/notes/audience.ts';
import { loadUserConfig } from '../../src/config/load.ts';
import { splitNote } from '../../src/lib/frontmatter.ts';
import { noteIdFromPath } from '../../src/lib/slug.ts';
import { openSite, type StaticSite } from '../helpers/browser.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';
import { buildExample } from '../helpers/example-site.ts';

/**
 * The mentor build of the example archive, browsed and searched in Chromium.
 * What should be shared is read from the content files themselves (the
 * archive grows), not from a list kept here.
 */
const CONTENT = join(PROJECT_ROOT, 'content');

interface Note {
  id: string;
  data: Record<string, unknown>;
  /** The whole file, frontmatter and all. */
  raw: string;
  /** The body with its <Private> blocks. */
  body: string;
  /** The body as a mentor may see it: no <Private> blocks. */
  visibleBody: string;
}

function readNotes(dir: string): Note[] {
  const root = join(CONTENT, dir);
  let files: string[];
  try {
    files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/i.test(f));
  } catch {
    return [];
  }
  return files.sort().map((file) => {
    const raw = readFileSync(join(root, file), 'utf8');
    const { data, body } = splitNote(raw);
    return {
      id: noteIdFromPath(relative(root, join(root, file))),
      data: (data ?? {}) as Record<string, unknown>,
      raw,
      body,
      visibleBody: visibleBody(body, file, 'mentor'),
    };
  });
}

const config = loadUserConfig(CONTENT);
/** Read straight from the frontmatter, independently of the catalog: `share: true`, or anything but `false` when the archive shares by default. */
const sharedByFile = (n: Note) => (config.share.default === 'shared' ? n.data.share !== false : n.data.share === true);

const applications = readNotes('applications');
const articles = readNotes('articles');
const companies = readNotes('companies');
const shared = [...applications, ...articles].filter(sharedByFile);
const hidden = [...applications, ...articles].filter((n) => !sharedByFile(n));

const WORD = /\b[A-Za-z][a-z]{7,}\b/g;
const wordsOf = (text: string) =>
  [...text.replace(/<[^>]*>|\]\([^)]*\)|https?:\/\/\S+/g, ' ').matchAll(WORD)].map((m) => m[0].toLowerCase());
// Everything a shared page could show or Pagefind could index, generously: shared notes without their
// <Private> blocks but with all their frontmatter, and every company note whole.
const sharedCorpus = [...shared.map((n) => n.raw.replace(n.body, n.visibleBody)), ...companies.map((n) => n.raw)]
  .join('\n')
  .toLowerCase();

/** A word of a shared note's visible body that few other shared notes have, so the note is among the first results. */
function sharedWord(): { word: string; note: Note } | undefined {
  const candidates = shared.flatMap((note) => [...new Set(wordsOf(note.visibleBody))].map((word) => ({ word, note })));
  const spread = (word: string) => shared.filter((n) => n.visibleBody.toLowerCase().includes(word)).length;
  return candidates.sort((a, b) => spread(a.word) - spread(b.word) || a.word.localeCompare(b.word))[0];
}

// Words a note page puts inside its indexed region besides the note's own text: property labels, stage names, months.
const PAGE_WORDS = [
  'application article company stage role family applied deadline cv sent location workplace employment salary job id',
  'languages found via posting tags contacts author source published read original at also known as',
  'jan feb mar apr may jun jul aug sep oct nov dec',
  ...config.stages.flatMap((s) => [s.key, s.label, ...s.aliases]),
].join(' ');

/**
 * A word of `text` that no shared page has. Pagefind matches more than the
 * word itself: words that start with it, words sharing its stem, and, when
 * nothing matches, indexed words that are a prefix of it ("a" for
 * "acoustic"). So no word that a shared page may show can start with its
 * first four letters or be a prefix of it.
 */
function wordOnlyIn(text: string): string | undefined {
  const sharedTokens = [...new Set(`${sharedCorpus} ${PAGE_WORDS}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])];
  return [...new Set(wordsOf(text))]
    .sort()
    .find((word) => !sharedTokens.some((token) => word.startsWith(token) || token.startsWith(word.slice(0, 4))));
}

async function search(page: Page, site: StaticSite, term: string): Promise<string[]> {
  await page.goto(`${site.url}/search/?q=${encodeURIComponent(term)}`);
  await expect.poll(() => page.textContent('#search-status')).toMatch(/found|No notes match/);
  return page.$$eval('#search-results li a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
}

describe('the mentor build of the example archive in a real browser', () => {
  let site: StaticSite;
  let browser: Browser;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const build = await buildExample('mentor');
    expect(build.code, build.stdout + build.stderr).toBe(0);
    ({ site, browser, close } = await openSite(build.dist));
  });
  afterAll(() => close?.());

  it('has notes of both kinds to test with', () => {
    expect(shared.length).toBeGreaterThan(0);
    expect(hidden.length).toBeGreaterThan(0);
  });

  it('shows the overview as a shared copy that search engines are asked to skip', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/`);
    await expect(page.textContent('.banner')).resolves.toMatch(
      /A shared copy of a job-search archive, built on \d{1,2} \w+ \d{4}/,
    );
    expect(await page.getAttribute('meta[name="robots"]', 'content')).toBe(
      config.share.noindex ? 'noindex, nofollow' : null,
    );
    const sharedApps = applications.filter(sharedByFile).length;
    await expect(page.textContent('main')).resolves.toContain(`${sharedApps} applications at`);
    await page.close();
  });

  it('lists exactly the shared applications and articles', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/applications/`);
    const listed = await page.$$eval('main table a[href^="/applications/"]', (as) =>
      as.map((a) => a.getAttribute('href')),
    );
    expect(listed.sort()).toEqual(
      applications
        .filter(sharedByFile)
        .map((n) => `/applications/${n.id}/`)
        .sort(),
    );
    await page.goto(`${site.url}/articles/`);
    const read = await page.$$eval('main a[href^="/articles/"]', (as) => as.map((a) => a.getAttribute('href')));
    expect(read.sort()).toEqual(
      articles
        .filter(sharedByFile)
        .map((n) => `/articles/${n.id}/`)
        .sort(),
    );
    await page.close();
  });

  it('opens a shared application from the list, and has no page for a private one', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/applications/`);
    const first = page.locator('main table a[href^="/applications/"]').first();
    const href = (await first.getAttribute('href'))!;
    const note = applications.find((n) => `/applications/${n.id}/` === href)!;
    await first.click();
    await page.waitForURL(`${site.url}${href}`);
    await expect(page.textContent('h1')).resolves.toContain(String(note.data.position));
    const secret = applications.find((n) => !sharedByFile(n));
    if (secret) {
      const response = await page.goto(`${site.url}/applications/${secret.id}/`);
      expect(response?.status()).toBe(404);
    }
    await page.close();
  });

  it('finds a shared note by a word of its body', async () => {
    const pick = sharedWord();
    expect(pick, 'a word to search for in a shared note').toBeDefined();
    const page = await browser.newPage();
    const kind = applications.includes(pick!.note) ? 'applications' : 'articles';
    expect(await search(page, site, pick!.word), pick!.word).toContain(`/${kind}/${pick!.note.id}/`);
    await page.close();
  });

  it('finds nothing by a word only notes not marked for sharing have', async () => {
    const word = wordOnlyIn(hidden.map((n) => n.raw).join('\n'));
    expect(word, 'a word only private notes have').toBeDefined();
    const page = await browser.newPage();
    expect(await search(page, site, word!), word).toEqual([]);
    await expect(page.textContent('#search-status')).resolves.toBe('No notes match.');
    await page.close();
  });
});
