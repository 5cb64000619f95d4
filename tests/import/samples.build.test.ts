import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { displayDate, type IsoDate } from '../../src/lib/dates.ts';
import { parseLooseDate } from '../../src/import/loose-date.ts';
import { runImport } from '../../src/import/run-import.ts';
import { noteIdFromPath } from '../../src/lib/slug.ts';
import { buildSite } from '../helpers/build-site.ts';
import { defaultContext, lineText, normalize, SAMPLES } from './helpers.ts';

/** The visible text of a page's `<main>`, tags removed and entities decoded. */
function mainText(html: string): string {
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  const text = main
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    // Block elements separate words; inline ones (links, emphasis) do not.
    .replace(
      /<\/?(?:p|li|ul|ol|h[1-6]|div|section|article|aside|header|footer|nav|summary|details|dl|dt|dd|table|tr|td|th|br|hr)\b[^>]*>/gi,
      ' ',
    )
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
  return normalize(text);
}

// One real `astro build` of the imported samples: the end-to-end proof that
// imported notes build and that every line of every source is on its page.
describe.runIf(existsSync(SAMPLES))('the imported samples, built', () => {
  const temps: string[] = [];
  afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('build into four application pages and one article page that show every line of their source', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-samples-site-'));
    temps.push(root);
    const ctx = defaultContext(root);
    const results = runImport([SAMPLES], { root, ctx });
    const build = await buildSite(root);
    temps.push(join(build.dist, '..'));
    expect(build.code, build.stderr).toBe(0);
    const pages = (dir: string) =>
      readdirSync(join(build.dist, dir), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name);
    expect(pages('applications')).toHaveLength(4);
    expect(pages('articles')).toHaveLength(1);

    for (const result of results) {
      if (result.status !== 'imported') throw new Error(`${result.label} was not imported`);
      const [collection, file] = result.outcome.note.split('/');
      const page = mainText(readFileSync(join(build.dist, collection!, noteIdFromPath(file!), 'index.html'), 'utf8'));
      const missing = readFileSync(result.label, 'utf8')
        .split(/\r?\n/)
        .map(lineText)
        .filter((text) => text !== '' && !page.includes(text))
        .filter((text) => {
          // A Notion property line shows as a field of the page: its value, its stage label, its day.
          const property = /^([^:]{1,60}):\s*(.+)$/.exec(text);
          if (!property) return true;
          const value = property[2]!;
          const day = parseLooseDate(value);
          return !(page.includes(value) || (day && page.includes(displayDate(day as IsoDate))));
        });
      expect(missing, result.label).toEqual([]);
    }
  });
});
