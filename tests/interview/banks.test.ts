import { describe, expect, it } from 'vitest';
import { askedBefore, questionBank } from '../../src/banks/question-bank.ts';
import { isCredential, stems, storiesForRequirements, storyBank } from '../../src/banks/story-bank.ts';
import { buildCatalog, type CatalogInput } from '../../src/catalog/build-catalog.ts';
import { createContext } from '../../src/config/load.ts';
import { UserConfigSchema } from '../../src/config/schema.ts';
import { hideUnsharedStories, PRIVATE_STORY } from '../../src/interview/story-refs.ts';
import { questionsToAsk } from '../../src/interview/questions-to-ask.ts';
import { companyBrief } from '../../src/prep/company-brief.ts';
import { createApplicationSchema } from '../../src/schemas/application.ts';
import { StorySchema } from '../../src/schemas/story.ts';
import { reasonsByStage } from '../../src/stats/reasons.ts';

const ctx = createContext('/nowhere', UserConfigSchema.parse({}));
const appSchema = createApplicationSchema(ctx.stages, ctx.reasons);

const app = (id: string, data: Record<string, unknown>, body = '') => ({
  id,
  data: appSchema.parse({ stage: 'interviewing', applied: '2026-01-01', ...data }),
  body,
  filePath: `applications/${id}.mdx`,
  entry: null,
});
const story = (id: string, data: Record<string, unknown>, body = '') => ({
  id,
  data: StorySchema.parse(data),
  body,
  filePath: `stories/${id}.mdx`,
  entry: null,
});

const input: CatalogInput<null> = {
  applications: [
    app(
      'acme-2024',
      { company: 'Acme, Inc.', position: 'Language Engineer', share: true },
      `## Debrief 2024-12-03 · Interviewing
### Questions they asked
- Tell me about a conflict.
- Write a regex for postal codes.
Stories told: [[vendor-audit]], [[rater-drift]]
`,
    ),
    app(
      'acme-2026',
      { company: 'ACME', position: 'Content Expert' },
      `## Debrief 2026-11-05
### Questions they asked
- Tell me about a CONFLICT
- How many answers an hour?

<Private>
- What salary do you expect?
</Private>

Stories told: [[rater-drift]], [[rater-drift]]
`,
    ),
    app(
      'lumen',
      { company: 'Lumen', position: 'Linguist', share: true },
      `## Debrief 2025-04-01
### Questions
- Tell me about a conflict.
- Why localisation?
`,
    ),
    app(
      'bor',
      { company: 'Borealis', position: 'Data Scientist' },
      `## Debrief 2025-01-01\n### Questions\n- Explain p-values.\n`,
    ),
  ],
  articles: [],
  companies: [],
  stories: [
    story('rater-drift', {
      title: 'Caught rater drift',
      competencies: ['Data quality', 'statistics'],
      tags: ['annotation'],
      share: true,
    }),
    story(
      'vendor-audit',
      { title: 'Turned around a vendor', competencies: ['conflict', 'vendor management'] },
      '## Action\nAudited labels with their team lead.',
    ),
  ],
};

describe('the question bank', () => {
  const catalog = buildCatalog(input, ctx, 'owner');
  const bank = questionBank(catalog.applications);

  it('lists each question once per company, with every interview it came up in, by role family then company', () => {
    expect(
      bank.families.map((f) => [
        f.family.name,
        f.companies.map((c) => [c.company.name, c.questions.map((q) => [q.text, q.askings.map((a) => a.app.id)])]),
      ]),
    ).toEqual([
      ['Data Science', [['Borealis', [['Explain p-values.', ['bor']]]]]],
      [
        'Language & AI Data',
        [
          [
            'Acme, Inc.',
            [
              ['Tell me about a CONFLICT', ['acme-2026', 'acme-2024']],
              ['How many answers an hour?', ['acme-2026']],
              ['What salary do you expect?', ['acme-2026']],
              ['Write a regex for postal codes.', ['acme-2024']],
            ],
          ],
          [
            'Lumen',
            [
              ['Tell me about a conflict.', ['lumen']],
              ['Why localisation?', ['lumen']],
            ],
          ],
        ],
      ],
    ]);
    expect([bank.count, bank.debriefs]).toEqual([7, 4]);
  });

  it('is worked out from what the audience sees: a mentor has neither unshared notes nor private blocks', () => {
    const mentor = questionBank(buildCatalog(input, ctx, 'mentor').applications);
    const texts = mentor.families.flatMap((f) => f.companies.flatMap((c) => c.questions.map((q) => q.text)));
    expect(texts).toEqual([
      'Tell me about a conflict.',
      'Write a regex for postal codes.',
      'Tell me about a conflict.',
      'Why localisation?',
    ]);
  });

  it("gives a later prep sheet the company's earlier questions, then the family's elsewhere", () => {
    const later = catalog.applicationById('acme-2026')!;
    const asked = askedBefore(later, catalog.applications, { company: 5, family: 5 });
    expect(asked.atCompany.map((q) => [q.text, q.askings.map((a) => a.app.id)])).toEqual([
      ['Tell me about a CONFLICT', ['acme-2024']],
      ['Write a regex for postal codes.', ['acme-2024']],
    ]);
    // "Tell me about a conflict" is asked at the company too: elsewhere lists only what is new.
    expect(asked.inFamily.map((q) => q.text)).toEqual(['Why localisation?']);
    const cut = askedBefore(later, catalog.applications, { company: 1, family: 0 });
    expect([cut.atCompany.length, cut.moreAtCompany, cut.inFamily.length, cut.moreInFamily]).toEqual([1, 1, 0, 1]);
  });
});

describe('the story bank', () => {
  it('counts each debrief that names a story once, and lays stories out by competency', () => {
    const catalog = buildCatalog(input, ctx, 'owner');
    const bank = storyBank(catalog.stories, catalog.applications);
    expect(bank.stories.map((s) => [s.story.id, s.uses.map((u) => u.app.id)])).toEqual([
      ['rater-drift', ['acme-2026', 'acme-2024']],
      ['vendor-audit', ['acme-2024']],
    ]);
    expect(bank.competencies.map((c) => [c.name, c.stories.map((s) => s.id), c.uses])).toEqual([
      ['conflict', ['vendor-audit'], 1],
      ['Data quality', ['rater-drift'], 2],
      ['statistics', ['rater-drift'], 2],
      ['vendor management', ['vendor-audit'], 1],
    ]);
  });

  it('holds only shared stories for a mentor, told in shared notes', () => {
    const catalog = buildCatalog(input, ctx, 'mentor');
    const bank = storyBank(catalog.stories, catalog.applications);
    expect(bank.stories.map((s) => [s.story.id, s.uses.map((u) => u.app.id)])).toEqual([
      ['rater-drift', ['acme-2024']],
    ]);
  });
});

describe('requirements to stories', () => {
  const catalog = buildCatalog(input, ctx, 'owner');
  it.each([
    // A competency in the requirement, compared by stem.
    ['Solid understanding of statistical methods', ['rater-drift']],
    ['Experience resolving conflict with partners', ['vendor-audit']],
    // A tag.
    ['Experience with annotation projects', ['rater-drift']],
    // Two topic words (title): "rater", "drift".
    ['Knows how to spot drift among raters', ['rater-drift']],
    // Nothing in common: a gap.
    ['Fluent German', []],
  ])('%j', (requirement, expected) => {
    const { matched, gaps } = storiesForRequirements([{ kind: 'required', items: [requirement] }], catalog.stories, 2);
    expect(matched.flatMap((r) => r.stories.map((s) => s.story.id))).toEqual(expected);
    expect(gaps.length).toBe(expected.length ? 0 : 1);
  });

  it.each([
    ["Bachelor's degree in linguistics or a related field", true],
    ['PhD or MSc with equivalent research experience', true],
    ['3+ years of experience in writing', false],
    ['Mastery of SQL', false],
  ])('%j is a credential: %s', (requirement, expected) => {
    expect(isCredential(requirement)).toBe(expected);
  });

  it('leaves credentials out of both the matches and the gaps', () => {
    const result = storiesForRequirements(
      [{ kind: 'required', items: ["Master's degree in data quality", 'Fluent German'] }],
      catalog.stories,
    );
    expect([result.matched.length, result.gaps.map((g) => g.requirement)]).toEqual([0, ['Fluent German']]);
  });

  it('stems words so a competency matches its other forms', () => {
    expect([...stems('statistics statistical')]).toEqual(['statist']);
  });
});

describe('questions to ask', () => {
  it.each([
    ['## Questions to ask\n- Why?\n* [x] When?\n1. Who?\n\n## Next\n- not this', ['Why?', 'When?', 'Who?']],
    [
      '### QUESTIONS TO ASK\n\nWhat is the team like?\n\nHow is work reviewed?',
      ['What is the team like?', 'How is work reviewed?'],
    ],
    ['## My notes\n- nothing to ask', []],
  ])('%j', (body, expected) => {
    expect(questionsToAsk(body, 'mdx').map((q) => q.text)).toEqual(expected);
  });
});

describe('the company note on a prep sheet', () => {
  it('keeps whole blocks and list items without their nested lists, up to the limit', () => {
    const body =
      '- First point, short.\n  - nested detail\n- Second point, also short.\n- Third point that will not fit.\n\nA paragraph.';
    expect(companyBrief(body, 'mdx', 45)).toEqual({
      markdown: '- First point, short.\n- Second point, also short.',
      more: true,
    });
    expect(companyBrief('One paragraph.', 'mdx', 45)).toEqual({ markdown: 'One paragraph.', more: false });
    expect(companyBrief('<Private>\nSecret.\n</Private>\n\nOpen.', 'mdx', 45).markdown).toBe('Open.');
  });
});

describe('the mentor copy of a debrief', () => {
  it('says "a story kept private" instead of naming a story it does not hold', () => {
    const note = `---\ncompany: A\n---\n## Debrief 2026-12-03\n\nStories told: [[shared-one]], secret-story, [[Secret Story]]\n\nOutside: [[secret-story]]\n`;
    expect(hideUnsharedStories(note, 'mdx', new Set(['shared-one']), ctx.stages)).toBe(
      `---\ncompany: A\n---\n## Debrief 2026-12-03\n\nStories told: [[shared-one]], ${PRIVATE_STORY}, ${PRIVATE_STORY}\n\nOutside: ${PRIVATE_STORY}\n`,
    );
  });
});

describe('outcomes', () => {
  it.each([
    [{ reason: 'Technical round' }, 'technical-round'],
    [{ reason: 'coding round', feedback: 'Not enough on the coding bar.' }, 'technical-round'],
    [{ reason: 'ghosted' }, 'no-reply'],
  ])('%j → %s', (outcome, key) => {
    expect(appSchema.parse({ company: 'A', position: 'B', stage: 'rejected', outcome }).outcome?.reason).toBe(key);
  });

  it('refuses an unknown reason with a did-you-mean and the allowed keys', () => {
    const result = appSchema.safeParse({
      company: 'A',
      position: 'B',
      stage: 'rejected',
      outcome: { reason: 'tecnical round' },
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(
      /found "tecnical round" \(did you mean "Technical round"\?\); allowed: skills-gap/,
    );
  });

  it('counts the reasons by the furthest stage reached', () => {
    const ended = buildCatalog(
      {
        applications: [
          app('a', {
            company: 'A',
            position: 'P',
            stage: 'rejected',
            history: [{ stage: 'interviewing', date: '2026-02-01' }],
            outcome: { reason: 'technical-round' },
          }),
          app('b', { company: 'B', position: 'P', stage: 'rejected', outcome: { reason: 'technical-round' } }),
          app('c', { company: 'C', position: 'P', stage: 'no-answer' }),
          app('d', {
            company: 'D',
            position: 'P',
            stage: 'withdrawn',
            history: [{ stage: 'offer', date: '2026-03-01' }],
            outcome: { reason: 'salary' },
          }),
          app('e', { company: 'E', position: 'P', stage: 'interviewing' }),
        ],
        articles: [],
        companies: [],
      },
      ctx,
      'owner',
    );
    const table = reasonsByStage(ended.applications, ctx.stages, ctx.reasons.keys);
    expect(table.columns.map((c) => c.key)).toEqual(['applied', 'interviewing', 'offer']);
    expect(table.rows.map((r) => [r.ending, r.reason?.label, r.counts, r.total])).toEqual([
      ['rejected', 'Technical round', [1, 1, 0], 2],
      ['no-answer', undefined, [1, 0, 0], 1],
      ['withdrawn', 'Salary', [0, 0, 1], 1],
    ]);
    expect(table.total).toBe(4);
  });
});
