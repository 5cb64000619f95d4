import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, type BuildResult } from '../helpers/build-site.ts';
import { buildExample } from '../helpers/example-site.ts';
import { readPage } from '../helpers/read-dist.ts';

const CONTENT = join(PROJECT_ROOT, 'content');
/** The example applications whose recruiter notes hold a multi-paragraph `<Private>` block. */
const WITH_PRIVATE = [
  'fjordline-labs-research-scientist-multilingual-evaluation-2026-09-14',
  'kestrel-robotics-research-engineer-speech-2026-08-25',
  'borealis-ai-content-expert-ii-2026-10-02',
];
const SHARED = new Set(['fjordline-labs-research-scientist-multilingual-evaluation-2026-09-14']);

/** The first five words of each paragraph of the note's `<Private>` blocks: enough to find each on a page. */
function privateParagraphs(id: string): string[] {
  const source = readFileSync(join(CONTENT, 'applications', `${id}.mdx`), 'utf8');
  return [...source.matchAll(/<Private>\n([\s\S]*?)\n<\/Private>/g)].flatMap(([, block]) =>
    // A list item's marker is markup, not text of the page.
    block!.split(/\n\n+/).map((p) =>
      p
        .replace(/^[-*] /, '')
        .split(/\s+/)
        .slice(0, 5)
        .join(' '),
    ),
  );
}

/** The part of a prep sheet that lists what to read: the linked articles' ids, in order. */
const readingIds = (page: string) =>
  [...page.slice(page.indexOf('id="prep-reading"')).matchAll(/<h3[^>]*>\s*<a href="\/articles\/([^/]+)\//g)].map(
    (m) => m[1],
  );

describe("the example archive's prep sheets", () => {
  let owner: BuildResult;
  let mentor: BuildResult;
  beforeAll(async () => {
    // The same builds as print-pages.browser.test.ts: shared within a test run.
    owner = await buildExample();
    mentor = await buildExample('mentor');
  });

  it('builds for the owner and the mentor', () => {
    expect(owner.code, owner.stderr).toBe(0);
    expect(mentor.code, mentor.stderr).toBe(0);
  });

  it.each(WITH_PRIVATE)("keep every paragraph of a <Private> block on the owner's sheet only: %s", (id) => {
    const paragraphs = privateParagraphs(id);
    expect(paragraphs.length).toBeGreaterThanOrEqual(2);
    const page = readPage(owner.dist, `/applications/${id}/prep/`);
    for (const p of paragraphs) expect(page, p).toContain(p);
    if (SHARED.has(id)) {
      const shared = readPage(mentor.dist, `/applications/${id}/prep/`);
      for (const p of paragraphs) expect(shared, p).not.toContain(p);
    }
  });

  it.each([
    // The case: Kestrel's warehouse-speech post shares only the broad role family with this research role.
    [
      'fjordline-labs-research-scientist-multilingual-evaluation-2026-09-14',
      [
        'fjordline-talk-evaluation-beyond-leaderboards',
        'borealis-how-we-evaluate-multilingual-assistants',
        'salary-negotiation-first-offer',
      ],
    ],
    // Linked first (newest first), then the rest of the family that shares its topics.
    [
      'kestrel-robotics-research-engineer-speech-2026-08-25',
      [
        'kestrel-speech-on-the-warehouse-floor',
        'salary-negotiation-first-offer',
        'fjordline-talk-evaluation-beyond-leaderboards',
        'borealis-how-we-evaluate-multilingual-assistants',
      ],
    ],
    ['tessellate-payments-solutions-consultant-2025-02-11', []],
  ])('rank the reading list by relevance: %s', (id, articles) => {
    expect(readingIds(readPage(owner.dist, `/applications/${id}/prep/`))).toEqual(articles);
  });

  it('say plainly when there is nothing else at the company and nothing to read', () => {
    const text = readPage(owner.dist, '/applications/tessellate-payments-solutions-consultant-2025-02-11/prep/')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    expect(text).toContain('No other applications at Tessellate Payments yet.');
    // Its role family is the catch-all one, which the sentence leaves out.
    expect(text).toContain('Nothing to read yet: no article about Tessellate Payments.');
  });

  it("say on the mentor's sheet that other applications may exist but are not shared", () => {
    // Fjordline's other application is not shared.
    const text = readPage(
      mentor.dist,
      '/applications/fjordline-labs-research-scientist-multilingual-evaluation-2026-09-14/prep/',
    )
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    expect(text).toContain('No other application at Fjordline Labs in this shared copy.');
  });
});
