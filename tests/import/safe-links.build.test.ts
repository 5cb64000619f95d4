import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../src/import/run-import.ts';
import { isSafeUrl } from '../../src/lib/safe-url.ts';
import { buildSite, PROJECT_ROOT, scratchDir } from '../helpers/build-site.ts';
import { LINK_ATTACKS, URL_KEYS, type HNode } from './attack-vectors.ts';
import { defaultContext } from './helpers.ts';

/** Script URLs in URL attributes of a built page. */
function scriptUrls(html: string): string[] {
  const found: string[] = [];
  const walk = (node: HNode) => {
    for (const [key, value] of Object.entries(node.properties ?? {}))
      if (URL_KEYS.has(key) && typeof value === 'string' && !isSafeUrl(value))
        found.push(`<${node.tagName} ${key}="${value}">`);
    for (const child of node.children ?? []) walk(child);
  };
  walk(htmlToHast(html) as unknown as HNode);
  return found;
}

const frontmatter = (company: string) =>
  `---\ncompany: ${company}\nposition: Data Linguist\nstage: applied\napplied: 2025-03-03\nshare: true\n---\n\n`;

describe('script links, built', () => {
  it('leave 0 live script links in the owner build: hand-written .md and .mdx notes and imported ones', async () => {
    const root = scratchDir('safe-links-');
    mkdirSync(join(root, 'applications'), { recursive: true });
    // By hand: what the importer would have neutralized, typed straight into notes.
    const markdown = LINK_ATTACKS.map(([name, source]) => `## ${name}\n\n${source}\n`).join('\n');
    writeFileSync(join(root, 'applications/hand-written-md.md'), frontmatter('Markdown Attacks') + markdown);
    const jsx = [
      '<a href="javascript:alert(1)">jsx</a>',
      '<a href={"javascript:alert(2)"}>jsx expression</a>',
      '<img src="javascript:alert(3)" />',
      '[md](javascript:alert(4)) and [next](\njavascript:alert(5)) and [ref][r]',
      '[r]: &#106;avascript:alert(6)',
    ].join('\n\n');
    writeFileSync(join(root, 'applications/hand-written-mdx.mdx'), `${frontmatter('Mdx Attacks')}${jsx}\n`);
    // Imported: the attack fixtures.
    const results = runImport([join(PROJECT_ROOT, 'tests/fixtures/import/attacks')], {
      root,
      ctx: defaultContext(root),
    });
    expect(results.filter((r) => r.status !== 'imported')).toEqual([]);

    const build = await buildSite(root);
    expect(build.code, build.stderr).toBe(0);
    const pages = readdirSync(build.dist, { recursive: true, withFileTypes: true }).filter(
      (e) => e.isFile() && e.name.endsWith('.html'),
    );
    const live = pages.flatMap((e) =>
      scriptUrls(readFileSync(join(e.parentPath, e.name), 'utf8')).map(
        (u) => `${e.parentPath.slice(build.dist.length)}: ${u}`,
      ),
    );
    expect(live).toEqual([]);
    // The notes are there, with their safe links.
    const md = readFileSync(join(build.dist, 'applications/hand-written-md/index.html'), 'utf8');
    expect(md).toContain('alert(1)');
    const imported = readdirSync(join(build.dist, 'applications')).find((d) => d.startsWith('quillmark-labs'))!;
    expect(readFileSync(join(build.dist, 'applications', imported, 'index.html'), 'utf8')).toContain(
      'href="https://quillmark.example/jobs/7"',
    );
  });
});
