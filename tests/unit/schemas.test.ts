import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/config/load.ts';
import { UserConfigSchema } from '../../src/config/schema.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { createApplicationSchema } from '../../src/schemas/application.ts';
import { ArticleSchema } from '../../src/schemas/article.ts';
import { CompanySchema } from '../../src/schemas/company.ts';
import { checkNote } from '../../src/validate/check-note.ts';

const ctx = createContext('/nowhere', UserConfigSchema.parse({}));
const applicationSchema = createApplicationSchema(ctx.stages);
const note = (frontmatter: string, body = '\nSome notes.\n') =>
  new TextEncoder().encode(`---\n${frontmatter}\n---\n${body}`);
const messages = (frontmatter: string, collection: 'applications' | 'articles' | 'companies' = 'applications') =>
  checkNote(ctx, collection, 'applications/x.mdx', note(frontmatter)).problems.map(formatProblem);

describe('application schema: valid frontmatter', () => {
  it('normalizes a full note', () => {
    const data = applicationSchema.parse({
      company: 'Acme',
      position: 'Language Engineer I',
      stage: 'No Answer',
      applied: new Date('2024-10-22T00:00:00Z'),
      jobId: 2812345,
      salary: { min: 51000, max: 114100, currency: 'usd' },
      employment: 'part-time',
      languages: 'Polish',
      history: [{ stage: 'Phone Screen', date: '2024-11-03' }],
      share: true,
      extra: { 'GPT Consult': 'No', Job: 'Other' },
    });
    expect(data).toMatchObject({
      stage: 'no-answer',
      applied: '2024-10-22',
      jobId: '2812345',
      salary: { min: 51000, max: 114100, currency: 'USD', period: 'year' },
      employment: { type: 'part-time' },
      languages: ['Polish'],
      history: [{ stage: 'screening', date: '2024-11-03' }],
      share: true,
      extra: { 'GPT Consult': 'No', Job: 'Other' },
      tags: [],
      contacts: [],
    });
  });

  it('keeps share undefined when absent (private)', () => {
    expect(applicationSchema.parse({ company: 'A', position: 'B', stage: 'applied' }).share).toBeUndefined();
  });

  it('accepts an employment term', () => {
    expect(
      applicationSchema.parse({
        company: 'A',
        position: 'B',
        stage: 'applied',
        employment: { type: 'contract', term: '12 months' },
      }).employment,
    ).toEqual({
      type: 'contract',
      term: '12 months',
    });
  });
});

describe('application schema: the exact messages a user gets', () => {
  it.each([
    [
      'unknown stage with a suggestion',
      'company: Acme\nposition: Engineer\nstage: No Anser',
      'applications/x.mdx:4:8  stage  found "No Anser" (did you mean "No Answer"?); allowed: wishlist ("Wishlist"), applied ("Applied"), screening ("Screening"), interviewing ("Interviewing"), offer ("Offer"), accepted ("Accepted"), rejected ("Rejected"), withdrawn ("Withdrawn"), no-answer ("No Answer")',
    ],
    [
      'missing required field',
      'company: Acme\nstage: applied',
      'applications/x.mdx:2:1  position  is missing; this field is required',
    ],
    [
      'impossible date',
      'company: Acme\nposition: E\nstage: applied\napplied: 2024-02-30',
      'applications/x.mdx:5:10  applied  found "2024-02-30", which is not a day of the calendar; expected a real date as YYYY-MM-DD',
    ],
    [
      'date in words',
      'company: Acme\nposition: E\nstage: applied\napplied: October 22, 2024',
      'applications/x.mdx:5:10  applied  found "October 22, 2024"; expected a date as YYYY-MM-DD, e.g. 2024-10-22',
    ],
    [
      'share as text',
      'company: Acme\nposition: E\nstage: applied\nshare: "yes"',
      'applications/x.mdx:5:8  share  found "yes"; expected true or false (without quotes)',
    ],
    [
      'salary as text',
      'company: Acme\nposition: E\nstage: applied\nsalary: { min: lots }',
      'applications/x.mdx:5:16  salary.min  found "lots"; expected a number such as 51000',
    ],
    [
      'inverted salary',
      'company: Acme\nposition: E\nstage: applied\nsalary: { min: 9, max: 5 }',
      'applications/x.mdx:5:16  salary.min  found min 9 above max 5; the lower amount goes in min',
    ],
    [
      'unknown workplace',
      'company: Acme\nposition: E\nstage: applied\nworkplace: office',
      'applications/x.mdx:5:12  workplace  found "office"; allowed: onsite, hybrid, remote',
    ],
    [
      'unknown field with a suggestion',
      'company: Acme\nposition: E\nstge: applied\nstage: applied',
      'applications/x.mdx:4:1  stge  unknown field "stge" (did you mean "stage"?); keep properties of your own under "extra:"',
    ],
    [
      'unknown stage in history',
      'company: Acme\nposition: E\nstage: applied\nhistory:\n  - { stage: Interveiw, date: 2024-01-02 }',
      'applications/x.mdx:6:14  history[0].stage  found "Interveiw" (did you mean "Interview"?); allowed: wishlist ("Wishlist"), applied ("Applied"), screening ("Screening"), interviewing ("Interviewing"), offer ("Offer"), accepted ("Accepted"), rejected ("Rejected"), withdrawn ("Withdrawn"), no-answer ("No Answer")',
    ],
    [
      'bad email',
      'company: Acme\nposition: E\nstage: applied\ncontacts:\n  - { name: Ann, email: ann-at-example }',
      'applications/x.mdx:6:25  contacts[0].email  found "ann-at-example"; expected an e-mail address such as name@example.com',
    ],
    [
      'bad url',
      'company: Acme\nposition: E\nstage: applied\nurl: javascript:alert(1)',
      'applications/x.mdx:5:6  url  found "javascript:alert(1)"; expected a web address starting with https:// or http://',
    ],
  ])('%s', (_name, frontmatter, expected) => {
    expect(messages(frontmatter)).toEqual([expected]);
  });

  it('reports every problem of a note in one go', () => {
    expect(messages('stage: Nope\nworkplace: moon')).toHaveLength(4);
  });
});

describe('file-level problems', () => {
  const check = (text: string) =>
    checkNote(ctx, 'applications', 'a.mdx', new TextEncoder().encode(text)).problems.map(formatProblem);
  it.each([
    ['empty file', '', 'a.mdx:1:1  -  the file is empty; a note starts with frontmatter between two "---" lines'],
    [
      'no frontmatter',
      '# Title\n',
      'a.mdx:1:1  -  found "# Title" on the first line; a note starts with a "---" line that opens its frontmatter',
    ],
    [
      'unclosed fence',
      '---\ncompany: A\n',
      'a.mdx:1:1  -  the frontmatter opened on line 1 is never closed; add a "---" line after the last field',
    ],
  ])('%s', (_name, text, expected) => {
    expect(check(text)).toEqual([expected]);
  });

  it('reads a BOM and CRLF line endings', () => {
    expect(check('\uFEFF---\r\ncompany: A\r\nposition: B\r\nstage: Phone Screen\r\n---\r\n\r\nBody\r\n')).toEqual([]);
  });

  it('points at an MDX error in the body with the file line', () => {
    expect(check('---\ncompany: A\nposition: B\nstage: applied\n---\n\nText with a { stray brace\n')[0]).toMatch(
      /^a\.mdx:7:\d+ {2}body {2}the MDX body does not compile: /,
    );
  });
});

describe('article and company schemas', () => {
  it('parses an article', () => {
    expect(ArticleSchema.parse({ title: 'T', companies: 'Acme', published: '2024-05-01' })).toMatchObject({
      companies: ['Acme'],
      published: '2024-05-01',
      roleFamilies: [],
    });
  });
  it('requires a title', () => {
    expect(messages('author: Someone', 'articles')).toEqual([
      'applications/x.mdx:2:1  title  is missing; this field is required',
    ]);
  });
  it('parses a company with aliases', () => {
    expect(CompanySchema.parse({ name: 'Amazon', aliases: ['AWS'] })).toMatchObject({
      name: 'Amazon',
      aliases: ['AWS'],
    });
  });
});
