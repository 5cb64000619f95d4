import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingImages } from '../../src/validate/local-images.ts';

/** A note folder with two images beside it: `chart.png` and `my chart.png`. */
const folder = mkdtempSync(join(tmpdir(), 'dossier-local-images-'));
mkdirSync(join(folder, 'applications'));
for (const name of ['chart.png', 'my chart.png']) writeFileSync(join(folder, 'applications', name), '');
const NOTE = join(folder, 'applications', 'note.mdx');

describe('missingImages', () => {
  it.each([
    ['an inline image that is there', '![Chart](./chart.png)', 'mdx', []],
    ['an inline image that is not', 'Text\n\n![Chart](./gone.png)', 'mdx', ['3:1 ./gone.png']],
    ['the same in a .md note', 'Text ![Chart](gone.png)', 'md', ['1:6 gone.png']],
    ['a reference to an image that is there', '![Chart][c]\n\n[c]: ./chart.png', 'mdx', []],
    [
      'a reference to one that is not, named at its definition',
      '![Chart][c]\n\n[c]: ./gone.png',
      'mdx',
      ['3:1 ./gone.png'],
    ],
    ['a link reference to a missing file (a link, not an image)', '[My CV][cv]\n\n[cv]: ./cv.pdf', 'mdx', []],
    ['an unused definition of a missing image', 'Text\n\n[c]: ./gone.png', 'mdx', []],
    ['the first definition of a label wins', '![Chart][c]\n\n[c]: ./chart.png\n[c]: ./gone.png', 'mdx', []],
    ['from the site root (public/) or another site', '![Logo](/logo.png) ![R](https://example.com/r.png)', 'mdx', []],
    ['percent-encoded, with a query and a hash', '![Chart](./my%20chart.png?w=2#top)', 'mdx', []],
    ['in code, where it is text', '`![Chart](./gone.png)`\n\n```\n![Chart](./gone.png)\n```', 'mdx', []],
  ] as const)('%s', (_name, body, format, expected) => {
    const problems = missingImages('applications/note.mdx', body, 1, NOTE, format);
    expect(problems.map((p) => `${p.line}:${p.column} ${/"([^"]+)"/.exec(p.message)?.[1]}`)).toEqual(expected);
    for (const problem of problems) {
      expect(problem).toMatchObject({ file: 'applications/note.mdx', field: 'body', severity: 'error' });
      expect(problem.message).toMatch(
        /no such file \(looked for applications\/\S+\); the path is relative to the note/,
      );
    }
  });

  it.each([
    ['inline, local', 'Text ![Chart](./%E0%A4%A.png)', '1:6'],
    ['by reference, at the definition', '![Chart][c]\n\n[c]: ./50%.png', '3:1'],
    ['on another site: Astro decodes every address first', '![R](https://example.com/%zz.png)', '1:1'],
  ])('a bad percent-encoding, which stops the build: %s', (_name, body, at) => {
    const problems = missingImages('applications/note.mdx', body, 1, NOTE, 'mdx');
    expect(problems.map((p) => `${p.line}:${p.column}`)).toEqual([at]);
    expect(problems[0]!.message).toMatch(/whose address is not valid percent-encoding .*write a space as %20/);
  });

  it('counts lines from where the body starts in the file', () => {
    const [problem] = missingImages('applications/note.mdx', '![Chart](./gone.png)', 7, NOTE, 'mdx');
    expect(problem?.line).toBe(7);
  });
});
