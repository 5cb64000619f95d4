import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, type BuildResult } from '../helpers/build-site.ts';
import { listFiles, readAllText, readPage } from '../helpers/read-dist.ts';
import { validateFolder } from '../helpers/validate.ts';

/**
 * Issue 25 on a held-out archive (tests/fixtures/sites/interview/): debriefs
 * and stories written by hand in varied shapes (a `.md` note, a level-3
 * debrief under "## Interviews", `*` and `1.` lists, sub-headings in another
 * order and under other names, a debrief and a question inside `<Private>`,
 * bare and bracketed story names), built for real for the owner and the mentor.
 */
const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/sites/interview');
const LATER = '/applications/nordlys-annotation-lead-2026/';

/** Everything the mentor copy must not hold: an unshared story, private debrief text, an unshared note's question. */
const PRIVATE = [
  'SECRETSTORY-LYNX',
  'SECRETSTORYBODY-MOOSE',
  'quiet-win',
  'HUSHQUESTION-ZEBRA',
  'HUSHDEBRIEF-OTTER',
  'PRIVATEASK-HERON',
];

/** The text of a page, tags dropped and spaces collapsed. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** The part of a page from the element with this id to the next `<h2`. */
const part = (html: string, id: string) => {
  const start = html.indexOf(`id="${id}"`);
  expect(start, id).toBeGreaterThan(-1);
  const end = html.indexOf('<h2', start + 1);
  return html.slice(start, end < 0 ? undefined : end);
};

describe('a hand-written archive of debriefs and stories', () => {
  let owner: BuildResult;
  let mentor: BuildResult;
  beforeAll(async () => {
    owner = await buildSite(FIXTURE);
    mentor = await buildSite(FIXTURE, { audience: 'mentor' });
  });

  it('builds for the owner and the mentor', () => {
    expect(owner.code, owner.stderr).toBe(0);
    expect(mentor.code, mentor.stderr).toBe(0);
  });

  it('lists each question once under its company on /questions/, with the interviews it came up in', () => {
    const html = readPage(owner.dist, '/questions/');
    // Each question's company: the last company heading (h3) before it.
    const companyOf = (question: string | undefined) => {
      const at = html.indexOf(question!);
      const heading = html.lastIndexOf('<h3', at);
      return text(html.slice(heading, html.indexOf('</h3>', heading)));
    };
    const count = (s: string | undefined) => html.split(s!).length - 1;
    for (const [question, company] of [
      ['Describe how you would set up a pronunciation lexicon from scratch.', 'Nordlys Språk'],
      ['Walk us through the disagreements in your take-home.', 'Nordlys Språk'],
      ['PRIVATEASK-HERON', 'Orbit Voice'],
      ['Explain a confidence interval to a product manager.', 'Tindra Analytics'],
    ]) {
      expect(count(question), question).toBe(1);
      expect(companyOf(question), question).toContain(company);
    }
    // Asked in two rounds at Nordlys (in two spellings): once, with both interviews.
    expect(count('hardest annotation guideline')).toBe(0);
    expect(
      (
        html.match(
          /Tell me about the hardest annotation guideline you ever wrote|tell me about the HARDEST annotation guideline you ever wrote/g,
        ) ?? []
      ).length,
    ).toBe(1);
    const guideline = html.slice(html.search(/tell me about the HARDEST annotation guideline/i));
    const where = text(guideline.slice(0, guideline.indexOf('</li>')));
    expect(where).toMatch(/Annotation Lead\s*,\s*20 Nov 2026/);
    expect(where).toMatch(/Data Linguist\s*,\s*2 Mar 2025/);
    // Asked at two companies: once under each.
    expect(count('Which dialects of Norwegian can you transcribe reliably?')).toBe(2);
    // The private question is the owner's: on the owner's page.
    expect(count('HUSHQUESTION-ZEBRA')).toBe(1);
  });

  it('shows a later prep sheet at the same company the questions of the earlier interview', () => {
    const asked = text(part(readPage(owner.dist, `${LATER}prep/`), 'prep-asked'));
    expect(asked).toContain('At Nordlys Språk');
    expect(asked).toContain('Data Linguist, 2 Mar 2025');
    for (const question of [
      'Which dialects of Norwegian can you transcribe reliably?',
      'Describe how you would set up a pronunciation lexicon from scratch.',
    ])
      expect(asked).toContain(question);
    // Then the role family elsewhere, without what the company asked already.
    expect(asked).toContain('Elsewhere in Language & AI Data');
    expect(asked).toContain('PRIVATEASK-HERON');
    // Its own rounds are under "Earlier rounds", with what went well and what to do better.
    const rounds = text(part(readPage(owner.dist, `${LATER}prep/`), 'prep-debriefs'));
    expect(rounds).toContain('Walk us through the disagreements in your take-home.');
    expect(rounds).toContain('HUSHDEBRIEF-OTTER');
  });

  it("maps the posting's requirements to stories and lists the gaps", () => {
    const html = part(readPage(owner.dist, `${LATER}prep/`), 'prep-requirements');
    const itemOf = (requirement: string) => {
      const at = html.indexOf(requirement);
      return html.slice(at, html.indexOf('</li>', at));
    };
    expect(itemOf('Led a team of annotators')).toContain('href="/stories/agreement-rescue/"');
    expect(itemOf('Experience writing annotation guidelines')).toContain('href="/stories/glossary-rescue/"');
    expect(itemOf('Fluent in Norwegian and English')).toContain('no story yet');
    const gaps = text(html.slice(html.indexOf('id="prep-gaps"')));
    expect(gaps).toContain('1 of 5 requirements have no story');
    expect(gaps).toContain('Fluent in Norwegian and English');
    // A degree is a credential: no story, no gap.
    expect(gaps).not.toContain("Master's degree");
  });

  it("turns the debriefs' follow-ups into open action items on the overview", () => {
    const overview = text(readPage(owner.dist, '/'));
    expect(overview).toContain('Send the corrected agreement table');
    expect(overview).toContain('Ask for the founder interview agenda');
  });

  it('puts the questions to ask on the prep sheet as a checklist', () => {
    const html = part(readPage(owner.dist, `${LATER}prep/`), 'prep-to-ask');
    expect(text(html)).toContain('How big is the annotation budget for next year?');
    const item = html.slice(html.lastIndexOf('<li', html.indexOf('Who reviews the guidelines?')));
    expect(item.slice(0, item.indexOf('</li>'))).toMatch(/prep-box done[\s\S]*Done: /);
    const open = html.slice(html.lastIndexOf('<li', html.indexOf('How big is the annotation budget')));
    expect(open.slice(0, open.indexOf('</li>'))).not.toContain('done');
  });

  it('shows the company note on the prep sheet, and the stories a debrief told on the application page', () => {
    const company = text(part(readPage(owner.dist, `${LATER}prep/`), 'prep-company'));
    expect(company).toContain('https://nordlys.example.net');
    expect(company).toContain('A language-technology studio in Tromsø');
    const page = readPage(owner.dist, LATER);
    const debriefs = page.slice(page.indexOf('id="application-debriefs"'));
    expect(debriefs).toContain('href="/stories/agreement-rescue/"');
  });

  it('counts how often each story was told on /stories/', () => {
    const html = readPage(owner.dist, '/stories/');
    const told = (id: string) => {
      const row = html.slice(html.indexOf(`href="/stories/${id}/"`));
      return text(row.slice(0, row.indexOf('</tr>')))
        .trim()
        .split(' ')
        .at(-1);
    };
    expect([told('agreement-rescue'), told('glossary-rescue'), told('quiet-win')]).toEqual(['1', '1', '1']);
  });

  it('shows the reasons applications ended by the stage reached on /stats/', () => {
    const stats = text(part(readPage(owner.dist, '/stats/'), 'reasons'));
    expect(stats).toMatch(/Rejected Another candidate chosen( –)? 1/);
  });

  it('makes the questions searchable: a kind filter on the pages that hold them, offered by the search page', () => {
    expect(readPage(owner.dist, LATER)).toContain('data-pagefind-filter="kind:Interview questions"');
    expect(readPage(owner.dist, '/search/')).toMatch(/<option value="Interview questions"[^>]*>/);
    expect(readPage(owner.dist, '/questions/')).toMatch(/<input type="hidden" name="kind" value="Interview questions"/);
  });

  it('holds only the shared stories in the mentor copy, and no private debrief text anywhere', () => {
    const stories = listFiles(mentor.dist).filter((f) => f.startsWith('stories/') && f !== 'stories/index.html');
    expect(stories).toEqual(['stories/agreement-rescue/index.html', 'stories/glossary-rescue/index.html']);
    const all = readAllText(mentor.dist);
    for (const secret of PRIVATE)
      for (const [file, content] of all) expect(content.includes(secret), `${secret} in ${file}`).toBe(false);
    // The shared debrief still names the shared story and says a private one was told.
    expect(text(readPage(mentor.dist, LATER))).toContain('Stories told: [[agreement-rescue]], a story kept private');
    // The owner's copy has every one of them, or this would prove nothing.
    const ownerText = [...readAllText(owner.dist).values()].join('\n');
    for (const secret of PRIVATE) expect(ownerText, secret).toContain(secret);
  });

  it("gives the mentor's question bank only the shared notes' questions outside <Private>", () => {
    const questions = text(readPage(mentor.dist, '/questions/'));
    expect(questions).toContain('Walk us through the disagreements in your take-home.');
    expect(questions).toContain('Explain a confidence interval to a product manager.');
    expect(questions).not.toContain('Orbit Voice');
  });
});

describe('a debrief that names an unknown story', () => {
  const CASE = 'tests/fixtures/bad/debrief-unknown-story';
  let build: BuildResult;
  let lines: string[];
  beforeAll(async () => {
    build = await buildSite(join(PROJECT_ROOT, CASE), { cache: false });
    lines = validateFolder(join(PROJECT_ROOT, CASE)).lines.filter((line) => line.startsWith(`${CASE}/`));
  });

  it('stops the build with the line npm run validate prints, naming the file and line', () => {
    expect(build.code).not.toBe(0);
    expect(lines).toEqual([
      expect.stringMatching(
        /^tests\/fixtures\/bad\/debrief-unknown-story\/applications\/acme\.mdx:14:33 {2}debrief {2}names the story "rater-drfit"/,
      ),
    ]);
    expect(build.stdout + build.stderr).toContain(lines[0]);
    expect(build.stdout + build.stderr).not.toMatch(/^\s+at /m);
  });
});
