import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExample } from '../helpers/example-site.ts';

/** The rows of the table after a heading, as "name | sent | …" without markup. */
function rowsAfter(html: string, id: string): string[] {
  const part = html.slice(html.indexOf(`id="${id}"`));
  const table = /<tbody>([\s\S]*?)<\/tbody>/.exec(part)?.[1] ?? '';
  return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) =>
    m[1]!
      .replace(/<\/t[hd]>/g, ' | ')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

describe('/stats/ by source and by CV version', () => {
  it('has a table for each on the example archive, with few-data marks', async () => {
    const build = await buildExample();
    expect(build.code, build.stderr).toBe(0);
    const html = readFileSync(join(build.dist, 'stats/index.html'), 'utf8');
    const sources = rowsAfter(html, 'sources');
    const cvs = rowsAfter(html, 'cv-versions');
    expect(sources.length).toBeGreaterThan(1);
    expect(cvs.length).toBeGreaterThan(1);
    // Groups of fewer than 5 sent applications say so; 5 and more do not.
    expect(cvs).toContainEqual(expect.stringMatching(/^Linguist – long \| 5 \| 3 \(60%\)/));
    expect(cvs).toContainEqual(expect.stringMatching(/^Applied Science – research few data: n = 4 \| 4 \| 3 \(75%\)/));
    expect(sources).toContainEqual(expect.stringMatching(/^LinkedIn few data: n = 1 \| 1 \|/));
    expect(sources.some((r) => r.startsWith('Data Elixir newsletter'))).toBe(false); // a wishlist posting was not sent
  });
});
