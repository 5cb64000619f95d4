import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/build-catalog.ts';
import { createContext } from '../../src/config/load.ts';
import { UserConfigSchema } from '../../src/config/schema.ts';
import { prepSheet } from '../../src/prep/prep-sheet.ts';
import { createApplicationSchema } from '../../src/schemas/application.ts';
import { ArticleSchema } from '../../src/schemas/article.ts';

const ctx = createContext('/nowhere', UserConfigSchema.parse({}));
const app = createApplicationSchema(ctx.stages);

const BODY = `## Action items

- [ ] Prepare the STAR stories
- [x] Send the CV

## Where can I add value?

- Morphology.

<Private>
Private worry: cobaltmirage.
</Private>

## Job description

**Requirements**

- Python
`;

const catalog = (audience: 'owner' | 'mentor') =>
  buildCatalog(
    {
      applications: [
        {
          id: 'le',
          data: app.parse({
            company: 'Borealis',
            position: 'Language Engineer',
            stage: 'interviewing',
            applied: '2025-01-02',
            share: true,
          }),
          body: BODY,
          entry: null,
        },
        {
          id: 'old',
          data: app.parse({
            company: 'Borealis',
            position: 'Data Associate',
            stage: 'rejected',
            applied: '2024-01-02',
            history: [{ stage: 'rejected', date: '2024-02-01', note: 'Not selected' }],
            share: true,
          }),
          body: '',
          entry: null,
        },
        {
          id: 'hidden',
          data: app.parse({ company: 'Borealis', position: 'Secret Role', stage: 'applied' }),
          body: '',
          entry: null,
        },
        {
          id: 'short-jd',
          data: app.parse({ company: 'Acme', position: 'Analyst', stage: 'screening', share: true }),
          body: '## Job description\n\nSQL and Python are must-haves.',
          entry: null,
        },
      ],
      articles: [
        {
          id: 'eval',
          data: ArticleSchema.parse({
            title: 'Evaluating assistants',
            url: 'https://x.example/eval',
            companies: ['Borealis'],
            share: true,
          }),
          body: '## Takeaways\n\n- Human ratings win.\n\n## Notes\n\n- no',
          entry: null,
        },
        {
          id: 'secret',
          data: ArticleSchema.parse({ title: 'Secret article', companies: ['Borealis'] }),
          body: '## Takeaways\n\n- hidden',
          entry: null,
        },
        {
          id: 'unrelated',
          data: ArticleSchema.parse({ title: 'Gardening', share: true }),
          body: '- nope',
          entry: null,
        },
      ],
      companies: [],
    },
    ctx,
    audience,
  );

const sheetOf = (audience: 'owner' | 'mentor', id: string) => {
  const c = catalog(audience);
  const a = c.applicationById(id)!;
  return prepSheet(a, c.siblings(a), c.relatedArticles(a));
};

describe('prepSheet', () => {
  it('gathers requirements, my sections, open tasks, siblings and article key points', () => {
    const sheet = sheetOf('owner', 'le');
    expect(sheet.requirements).toEqual([{ title: 'Requirements', kind: 'required', items: ['Python'] }]);
    expect(sheet.jobDescription).toBeUndefined();
    expect(sheet.openTasks).toEqual(['Prepare the STAR stories']);
    expect(sheet.sections.map((s) => s.key)).toEqual(['value']);
    expect(sheet.sections[0]!.markdown).toContain('cobaltmirage');
    expect(sheet.siblings.map((s) => [s.position, s.stage.key, s.lastStep?.note])).toEqual([
      ['Data Associate', 'rejected', 'Not selected'],
      ['Secret Role', 'applied', undefined],
    ]);
    expect(sheet.articles.map((a) => [a.title, a.points, a.sourceUrl])).toEqual([
      ['Evaluating assistants', ['Human ratings win.'], 'https://x.example/eval'],
      ['Secret article', ['hidden'], undefined],
    ]);
  });

  it('shows a mentor only shared siblings and articles, without private blocks', () => {
    const sheet = sheetOf('mentor', 'le');
    expect(sheet.siblings.map((s) => s.position)).toEqual(['Data Associate']);
    expect(sheet.articles.map((a) => a.title)).toEqual(['Evaluating assistants']);
    expect(JSON.stringify(sheet)).not.toContain('cobaltmirage');
  });

  it('falls back to a short job description without a requirement list, and copes with an empty note', () => {
    expect(sheetOf('owner', 'short-jd')).toEqual({
      requirements: [],
      jobDescription: 'SQL and Python are must-haves.',
      sections: [],
      openTasks: [],
      siblings: [],
      articles: [],
      debriefs: [],
      moreDebriefs: 0,
      askedBefore: {
        atCompany: [],
        moreAtCompany: 0,
        inFamily: [],
        moreInFamily: 0,
        companyAnchor: expect.stringMatching(/^q-/),
        familyAnchor: expect.stringMatching(/^q-/),
      },
      stories: { matched: [], gaps: [], bank: 0 },
      questionsToAsk: [],
    });
  });
});
