import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/config/load.ts';
import { UserConfigSchema } from '../../src/config/schema.ts';
import { debriefTasks } from '../../src/interview/follow-ups.ts';
import { readDebriefHeading, readDebriefs } from '../../src/interview/debriefs.ts';
import { debriefTemplate } from '../../src/interview/template.ts';
import { extractTasks } from '../../src/lib/tasks.ts';

const { stages } = createContext('/nowhere', UserConfigSchema.parse({}));

/** What a reader sees of a debrief, in short. */
const brief = (body: string, format: 'md' | 'mdx' = 'mdx') =>
  readDebriefs(body, format, stages).debriefs.map((d) => ({
    date: d.date,
    stage: d.stage,
    title: d.title,
    private: d.private,
    questions: d.questions.map((q) => q.text),
    wentWell: d.wentWell.map((q) => q.text),
    doBetter: d.doBetter.map((q) => q.text),
    followUps: d.followUps.map((q) => [q.text, q.done]),
    stories: d.stories.map((s) => s.written),
  }));

describe('debrief headings', () => {
  it.each([
    ['Debrief 2026-12-03 · Interviewing', { date: '2026-12-03', stage: 'interviewing' }],
    ['debrief   2026-12-03   -   phone screen', { date: '2026-12-03', stage: 'screening' }],
    ['DEBRIEF: 2026-12-03 (Onsite)', { date: '2026-12-03', stage: 'interviewing' }],
    ['Debrief 2026-12-03', { date: '2026-12-03' }],
    [
      'Debrief 2026-12-03 – Interviewing – final loop',
      { date: '2026-12-03', stage: 'interviewing', title: 'final loop' },
    ],
    [
      'Debrief 2026-12-03 | Final Round, with Dmitri',
      { date: '2026-12-03', stage: 'interviewing', title: 'with Dmitri' },
    ],
    [
      'Debrief 2026-12-03 · Interviewing: paper discussion',
      { date: '2026-12-03', stage: 'interviewing', title: 'paper discussion' },
    ],
  ])('%j', (heading, expected) => {
    const read = readDebriefHeading(heading, stages);
    expect(read.problem).toBeUndefined();
    expect({ date: read.date, stage: read.stage, ...(read.title ? { title: read.title } : {}) }).toEqual({
      stage: undefined,
      ...expected,
    });
  });

  it.each([
    ['Debrief', /has no date/],
    ['Debrief 3 Dec 2026 · Interviewing', /found "3"; expected a date as YYYY-MM-DD/],
    ['Debrief 2026-02-30', /not a day of the calendar/],
    ['Debrief 2026-12-03 · Intervewing', /found the stage "Intervewing" \(did you mean "Interviewing"\?\)/],
  ])('%j is a problem', (heading, message) => {
    expect(readDebriefHeading(heading, stages).problem?.message).toMatch(message);
  });
});

describe('readDebriefs', () => {
  it('reads the shape npm run debrief writes', () => {
    const body = `${debriefTemplate('2026-12-03', 'Interviewing')}`
      .replace('### Questions they asked\n\n- ', '### Questions they asked\n\n- Why us?\n- Tell me about a conflict.')
      .replace('- [ ] ', '- [ ] Send the thank-you note')
      .replace('Stories told: ', 'Stories told: [[vendor-audit]], rater-drift');
    expect(brief(body)).toEqual([
      {
        date: '2026-12-03',
        stage: 'interviewing',
        title: undefined,
        private: false,
        questions: ['Why us?', 'Tell me about a conflict.'],
        wentWell: [],
        doBetter: [],
        followUps: [['Send the thank-you note', false]],
        stories: ['vendor-audit', 'rater-drift'],
      },
    ]);
  });

  it('reads hand-written debriefs: any case, sub-headings in any order and other names, -, * and 1. lists', () => {
    const body = `Intro text.

##   DEBRIEF 2024-12-03 ·   interviewing

###    next steps
1. [x] Thank-you note
2. Ask for feedback

### What went WELL
* The *data* story landed
* Linguistics felt \`easy\`

### questions
1. How would you normalise diacritics?
2. Tell me about a disagreement.
   - my answer: the vendor story

### Something else
- not a part

## Notes on the company

- Not in the debrief: Stories told: [[nope]]
`;
    expect(brief(body)).toEqual([
      {
        date: '2024-12-03',
        stage: 'interviewing',
        title: undefined,
        private: false,
        questions: ['How would you normalise diacritics?', 'Tell me about a disagreement.'],
        wentWell: ['The data story landed', 'Linguistics felt easy'],
        doBetter: [],
        followUps: [
          ['Thank-you note', true],
          ['Ask for feedback', undefined],
        ],
        stories: [],
      },
    ]);
  });

  it('reads several debriefs, questions written as paragraphs, and a section of stories', () => {
    const body = `## Debrief 2026-10-16 · Screening

### Questions asked

Why are you leaving?

What is your notice period?

### Stories

- [[polish-style-guide]] – went well
- rater-drift

## Debrief 2026-11-05 · Interviewing

### What to do better
- Shorter answers

Stories told: polish-style-guide; vendor-audit.
`;
    expect(brief(body).map((d) => [d.date, d.stage, d.questions, d.doBetter, d.stories])).toEqual([
      [
        '2026-10-16',
        'screening',
        ['Why are you leaving?', 'What is your notice period?'],
        [],
        ['polish-style-guide', 'rater-drift'],
      ],
      ['2026-11-05', 'interviewing', [], ['Shorter answers'], ['polish-style-guide', 'vendor-audit']],
    ]);
  });

  it('reads a debrief inside <Private>, whole or in part, in MDX and in Markdown', () => {
    const mdx = `## Debrief 2026-11-05
### Questions they asked
- Open question

<Private>
- Secret question
</Private>

<Private>
## Debrief 2026-11-20 · Interviewing
### What to do better
- Do not anchor on the title
</Private>
`;
    const read = readDebriefs(mdx, 'mdx', stages).debriefs;
    expect(read.map((d) => [d.date, d.private, d.questions.map((q) => [q.text, q.private])])).toEqual([
      [
        '2026-11-05',
        false,
        [
          ['Open question', false],
          ['Secret question', true],
        ],
      ],
      ['2026-11-20', true, []],
    ]);
    expect(read[1]!.doBetter.map((i) => [i.text, i.private])).toEqual([['Do not anchor on the title', true]]);
    const md = `## Debrief 2026-11-05

<Private>

### Questions they asked

- Secret question

</Private>
`;
    expect(readDebriefs(md, 'md', stages).debriefs[0]!.questions.map((q) => [q.text, q.private])).toEqual([
      ['Secret question', true],
    ]);
  });

  it('does not take a heading in a code block, a "Debriefs" section or a deeper heading for a debrief', () => {
    const body = `\`\`\`
## Debrief 2026-01-01
\`\`\`

## Debriefs

#### Debrief 2026-01-02

### Debrief 2026-01-03 · Screening
#### Questions
- Inside the level-3 debrief
`;
    expect(brief(body).map((d) => [d.date, d.questions])).toEqual([['2026-01-03', ['Inside the level-3 debrief']]]);
  });

  it('reports a malformed date or an unknown stage at the heading line, and skips a dateless debrief', () => {
    const body = `Text.

## Debrief 03/12/2026 · Interviewing
### Questions
- Lost

## Debrief 2026-12-04 · Intervewing
### Questions
- Kept
`;
    const read = readDebriefs(body, 'mdx', stages);
    expect(read.problems.map((p) => [p.line, p.column, p.field])).toEqual([
      [3, 1, 'debrief'],
      [7, 1, 'debrief'],
    ]);
    expect(read.debriefs.map((d) => [d.date, d.stage, d.questions.map((q) => q.text)])).toEqual([
      ['2026-12-04', undefined, ['Kept']],
    ]);
  });

  it('gives each story mention its line, column and place in the body', () => {
    const body = `## Debrief 2026-12-03

- Went fine. Stories told: [[a-story]] and more

Stories told: b-story, [[c-story]]
`;
    const mentions = readDebriefs(body, 'mdx', stages).debriefs[0]!.stories;
    expect(
      mentions.map((m) => [m.written, m.line, m.column, m.range && body.slice(m.range.start, m.range.end)]),
    ).toEqual([
      ['a-story', 3, 28, '[[a-story]]'],
      ['b-story', 5, 15, 'b-story'],
      ['c-story', 5, 24, '[[c-story]]'],
    ]);
  });

  it('is cheap for a note without a debrief: the body is not parsed', () => {
    // An unclosed JSX tag would make the MDX parser throw; without the word "debrief" it is never called.
    expect(readDebriefs('<Broken\n', 'mdx', stages)).toEqual({ debriefs: [], problems: [] });
  });
});

describe('follow-ups are action items', () => {
  it('adds plain and numbered follow-ups to the body tasks, once', () => {
    const body = `## Action items
- [ ] Send the CV

## Debrief 2026-12-03
### Follow-ups
- [ ] Thank-you note
- Ask for the agenda
1. [x] Book the flight
`;
    const tasks = extractTasks(body);
    const all = [...tasks, ...debriefTasks(readDebriefs(body, 'mdx', stages).debriefs, tasks)];
    expect(all.map((t) => [t.text, t.done, t.line]).sort((a, b) => Number(a[2]) - Number(b[2]))).toEqual([
      ['Send the CV', false, 1],
      ['Thank-you note', false, 5],
      ['Ask for the agenda', false, 6],
      ['Book the flight', true, 7],
    ]);
  });
});
