import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, type BuildResult } from '../helpers/build-site.ts';
import { readPage } from '../helpers/read-dist.ts';

/**
 * The Tocwell notes of tests/fixtures/sites/note-pages: long.mdx has three sections and more (one
 * level 3, one inside <Private>), short.mdx two. The fixture's other notes are
 * related-limit.build.test.ts's, which reads the same owner build.
 */
const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/sites/note-pages');

/** The "On this page" list of a page: its link targets and texts, or undefined when there is none. */
const toc = (html: string): string[] | undefined => {
  const nav = /<nav class="toc"[\s\S]*?<\/nav>/.exec(html)?.[0];
  return nav === undefined
    ? undefined
    : [...nav.matchAll(/<a href="#([^"]+)">([^<]+)<\/a>/g)].map((m) => `${m[1]} ${m[2]}`);
};

describe.each(['owner', 'mentor'] as const)('the contents list of a long note, %s build', (audience) => {
  let build: BuildResult;
  beforeAll(async () => {
    build = await buildSite(FIXTURE, { audience });
    expect(build.code, build.stderr).toBe(0);
  });

  it('lists the sections of a note with three or more, linked to the headings of its body', () => {
    const html = readPage(build.dist, '/applications/long/');
    const entries = toc(html)!;
    expect(entries.slice(0, 3)).toEqual([
      'action-items Action items',
      'notes-on-the-company Notes on the company',
      'team Team',
    ]);
    expect(entries.at(-1)).toBe('job-description Job description');
    for (const entry of entries) expect(html).toContain(`id="${entry.split(' ')[0]}"`);
    // Level 3 nests under its level 2.
    expect(html).toMatch(/Notes on the company<\/a><ol><li><a href="#team">/);
  });

  it(
    audience === 'mentor'
      ? 'leaves out a heading inside a <Private> block, as the body does'
      : 'lists a heading inside a <Private> block, which the owner sees',
    () => {
      const html = readPage(build.dist, '/applications/long/');
      expect(toc(html)!.some((e) => e.includes('TOCPRIVATEHEADING'))).toBe(audience === 'owner');
      if (audience === 'mentor') expect(html).not.toContain('TOCPRIVATEHEADING');
    },
  );

  it('shows none for a note with fewer than three sections', () => {
    expect(toc(readPage(build.dist, '/applications/short/'))).toBeUndefined();
  });
});
