import { describe, expect, it } from 'vitest';
import { readFeedback } from '../../src/feedback/format.ts';
import { resolveNoteKey } from '../../src/feedback/keys.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { expectLinear, FACTOR } from '../helpers/linear.ts';

const FILE = 'feedback/2026-12-06-anna.md';
/** What a file reads as: each comment as "line status key: text", and each problem as validate prints it. */
function read(source: string) {
  const result = readFeedback(source, FILE);
  return {
    comments: result.comments.map((c) => `${c.line} ${c.status} ${c.written}: ${c.markdown}`),
    problems: result.problems.map(formatProblem),
  };
}

describe('a feedback file', () => {
  it.each([
    [
      'sections only',
      '## applications/a\n\nstatus: open\n\nFirst.\n\n## articles/b\n\nSecond.\n',
      ['1 open applications/a: First.', '7 open articles/b: Second.'],
    ],
    [
      'a status line right under the heading, text on the next line',
      '## applications/a\nstatus: addressed\nDone now.\n',
      ['1 addressed applications/a: Done now.'],
    ],
    ['status in any case', '## applications/a\n\nStatus:  Addressed \n\nOk.\n', ['1 addressed applications/a: Ok.']],
    ['a title and a closing #', '# For Ola\n\n## applications/a ##\n\nText.\n', ['3 open applications/a: Text.']],
    ['a key in backticks', '## `applications/a`\n\nText.\n', ['1 open applications/a: Text.']],
    [
      'a ## line inside fenced code is text',
      '## applications/a\n\n```\n## applications/b\n```\n',
      ['1 open applications/a: ```\n## applications/b\n```'],
    ],
    [
      'deeper headings stay in the comment',
      '## applications/a\n\n### CV\n\nShorter.\n',
      ['1 open applications/a: ### CV\n\nShorter.'],
    ],
    [
      'front matter and two comments on one note',
      '---\nfrom: Anna\n---\n\n## applications/a\n\nOne.\n\n## applications/a\n\nTwo.\n',
      ['5 open applications/a: One.', '9 open applications/a: Two.'],
    ],
    [
      '`about:` makes the text before the first section a comment',
      '---\nabout: applications/a\n---\n\nstatus: addressed\n\nAbout a.\n\n## articles/b\n\nAbout b.\n',
      ['2 addressed applications/a: About a.', '9 open articles/b: About b.'],
    ],
    [
      'CRLF line ends and a BOM',
      '\uFEFF---\r\nfrom: Anna\r\n---\r\n\r\n## applications/a\r\n\r\nstatus: open\r\n\r\nText.\r\n',
      ['5 open applications/a: Text.'],
    ],
    [
      'a "status:" later in the text is text',
      '## applications/a\n\nFirst line.\n\nstatus: open\n',
      ['1 open applications/a: First line.\n\nstatus: open'],
    ],
  ])('%s', (_name, source, comments) => {
    expect(read(source)).toEqual({ comments, problems: [] });
  });

  it.each([
    [
      'an unknown status',
      '## applications/a\n\nstatus: done\n\nText.\n',
      [`${FILE}:3:9  status  found "done"; allowed: open, addressed (a comment without a status line is open)`],
    ],
    [
      'an empty status',
      '## applications/a\n\nstatus:\n\nText.\n',
      [`${FILE}:3:8  status  found nothing; allowed: open, addressed (a comment without a status line is open)`],
    ],
    [
      'an unknown front matter field',
      '---\nform: Anna\n---\n\n## applications/a\n\nText.\n',
      [`${FILE}:2:1  form  unknown field "form" (did you mean "from"?)`],
    ],
    [
      'share as a string',
      '---\nshare: "yes"\n---\n\n## applications/a\n\nText.\n',
      [`${FILE}:2:8  share  found "yes"; expected true or false (without quotes)`],
    ],
    [
      'a bad date',
      '---\ndate: 2026-13-01\n---\n\n## applications/a\n\nText.\n',
      [`${FILE}:2:7  date  found "2026-13-01", which is not a day of the calendar; expected a real date as YYYY-MM-DD`],
    ],
    [
      'unclosed front matter',
      '---\nfrom: Anna\n\n## applications/a\n',
      [`${FILE}:1:1  -  the frontmatter opened on line 1 is never closed; add a "---" line after the last field`],
    ],
  ])('refuses %s, naming the line', (_name, source, problems) => {
    expect(read(source).problems).toEqual(problems);
  });

  it('warns about text no section holds, an empty comment, and an `about:` with nothing to be about', () => {
    expect(read('Hi!\n\n## applications/a\n\n## applications/b\n\nText.\n').problems).toEqual([
      `${FILE}:1:1  -  warning: this text comes before the first "## applications/<note>" section and names no note, so it is not shown; start it with a section heading, or say which note it is about with "about:" in the front matter`,
      `${FILE}:3:4  section  warning: the comment on "applications/a" has no text, so it is not shown; write the comment under it, or remove it`,
    ]);
    expect(read('---\nabout: applications/a\n---\n\n## articles/b\n\nText.\n').problems).toEqual([
      `${FILE}:2:8  about  warning: names "applications/a", but no text comes before the first "##" section for it to be about; write the comment before the first section, or remove "about:"`,
    ]);
  });

  // Linear by CPU time against an input FACTOR times larger (tests/helpers/linear.ts), never by the clock:
  // the largest inputs are those of a bound of 5 s this test had, which a loaded machine could break.
  it('reads a long line of spaces and a long file in linear time', () => {
    const spaces = (n: number) => `## applications/a\n\nstatus:${' '.repeat(n)}x${' '.repeat(n)}\u2028\n\nText.\n`;
    const hashes = (n: number) => `## a${'#'.repeat(n)}b${' '.repeat(n)}#x\n\nText.\n`;
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => `## applications/n${i}\n\nstatus: open\n\nComment ${i}.\n`).join('\n');
    expectLinear(spaces, 200_000 / FACTOR, (text) => readFeedback(text, FILE), 'a status line of spaces');
    expectLinear(hashes, 200_000 / FACTOR, (text) => readFeedback(text, FILE), 'a heading of # and spaces');
    expectLinear(many, 5_000 / FACTOR, (text) => readFeedback(text, FILE), 'a file of many comments');
    expect(readFeedback(many(5_000), FILE).comments).toHaveLength(5_000);
  });
});

describe("a comment's note key", () => {
  const keys = new Set([
    'applications/umbra-speech-scientist',
    'applications/twin',
    'articles/twin',
    'articles/scaling-speech',
  ]);
  it.each([
    ['applications/umbra-speech-scientist', 'applications/umbra-speech-scientist'],
    ['/applications/umbra-speech-scientist/', 'applications/umbra-speech-scientist'],
    ['https://copy.example.com/dossier/applications/umbra-speech-scientist/', 'applications/umbra-speech-scientist'],
    [
      'https://copy.example.com/applications/umbra-speech-scientist/prep/#feedback',
      'applications/umbra-speech-scientist',
    ],
    ['<articles/scaling-speech>', 'articles/scaling-speech'],
    ['umbra-speech-scientist', 'applications/umbra-speech-scientist'],
    ['scaling-speech', 'articles/scaling-speech'],
  ])('reads %s as %s', (written, key) => {
    expect(resolveNoteKey(written, keys)).toEqual({ ok: true, key });
  });

  it.each([
    [
      'applications/umbra-speech-scientis',
      'found "applications/umbra-speech-scientis", but no note has that key (did you mean "applications/umbra-speech-scientist"?)',
    ],
    [
      'articles/umbra-speech-scientist',
      'found "articles/umbra-speech-scientist", but no note has that key (did you mean "applications/umbra-speech-scientist"?)',
    ],
    ['umbra-speech', 'found "umbra-speech", but no note has that key'],
    ['twin', 'found "twin", the name of 2 notes (applications/twin, articles/twin); write the one you mean in full'],
    ['Overall thoughts', 'found "Overall thoughts", but no note has that key'],
    [
      'companies/umbra',
      'found "companies/umbra", which names no note; feedback is about an application or an article, which have pages of their own',
    ],
    [
      'applications/umbra-speech-scientist/notes/extra',
      'found "applications/umbra-speech-scientist/notes/extra", which names no note',
    ],
    ['', 'found nothing'],
  ])('refuses %j: %s', (written, message) => {
    const result = resolveNoteKey(written, keys);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });
});
