import { describe, expect, it } from 'vitest';
import { buildCatalog, shortlist, type CatalogInput } from '../../src/catalog/build-catalog.ts';
import { openActionItems } from '../../src/catalog/action-items.ts';
import { createContext } from '../../src/config/load.ts';
import { UserConfigSchema } from '../../src/config/schema.ts';
import { createApplicationSchema } from '../../src/schemas/application.ts';
import { ArticleSchema } from '../../src/schemas/article.ts';
import { CompanySchema } from '../../src/schemas/company.ts';
import { extractTasks } from '../../src/lib/tasks.ts';

const ctx = createContext('/nowhere', UserConfigSchema.parse({}));
const app = createApplicationSchema(ctx.stages);
const input = (): CatalogInput<null> => ({
  applications: [
    {
      id: 'aws-le',
      data: app.parse({
        company: 'AWS',
        position: 'Language Engineer I',
        stage: 'applied',
        applied: '2024-10-22',
        share: true,
      }),
      body: '- [ ] Ask about the team\n- [x] Done',
      entry: null,
    },
    {
      id: 'amzn-as',
      data: app.parse({
        company: 'Amazon.com Services LLC',
        position: 'Applied Scientist',
        stage: 'rejected',
        applied: '2024-09-01',
      }),
      body: '- [ ] moot task',
      entry: null,
    },
    {
      id: 'tessel-ds',
      data: app.parse({
        company: 'Tessel Labs GmbH',
        position: 'Data Scientist',
        stage: 'interviewing',
        applied: '2025-01-05',
        share: true,
        salary: { min: 1, max: 2, currency: 'EUR' },
      }),
      body: '<Private>\n- [ ] secret task\n</Private>\n- [ ] open task',
      entry: null,
    },
    {
      id: 'solo',
      data: app.parse({ company: 'Solo Private Co', position: 'Barista', stage: 'offer' }),
      body: '',
      entry: null,
    },
  ],
  articles: [
    {
      id: 'art',
      data: ArticleSchema.parse({
        title: 'On scaling',
        companies: ['Amazon Web Services, Inc.'],
        roleFamilies: ['Data Science'],
        published: '2024-05-01',
        share: true,
      }),
      body: '',
      entry: null,
    },
  ],
  companies: [
    {
      id: 'amazon',
      data: CompanySchema.parse({
        name: 'Amazon',
        aliases: ['AWS', 'Amazon Web Services, Inc.', 'Amazon.com Services LLC'],
      }),
      body: 'private company notes',
      entry: null,
    },
  ],
});

describe('buildCatalog for the owner', () => {
  const catalog = buildCatalog(input(), ctx, 'owner');

  it('groups companies through aliases and by normalized name', () => {
    expect(catalog.companies.map((c) => [c.slug, c.applications.map((a) => a.id)])).toEqual([
      ['amazon', ['aws-le', 'amzn-as']],
      ['solo-private', ['solo']],
      ['tessel-labs', ['tessel-ds']],
    ]);
    expect(catalog.companies[0]!.articles.map((a) => a.id)).toEqual(['art']);
  });

  it('derives role families, unsorted last', () => {
    expect(catalog.roleFamilies.map((f) => [f.name, f.applications.map((a) => a.id)])).toEqual([
      ['Applied Science', ['amzn-as']],
      ['Data Science', ['tessel-ds']],
      ['Language & AI Data', ['aws-le']],
      ['Unsorted', ['solo']],
    ]);
  });

  it('has one group per configured stage, in order, empty ones included', () => {
    expect(catalog.stages.map((s) => [s.key, s.applications.length])).toEqual([
      ['wishlist', 0],
      ['applied', 1],
      ['screening', 0],
      ['interviewing', 1],
      ['offer', 1],
      ['accepted', 0],
      ['rejected', 1],
      ['withdrawn', 0],
      ['no-answer', 0],
    ]);
  });

  it('sorts applications newest first, undated last', () => {
    expect(catalog.applications.map((a) => a.id)).toEqual(['tessel-ds', 'aws-le', 'amzn-as', 'solo']);
  });

  it('links related articles by company and role family, and siblings', () => {
    const aws = catalog.applicationById('aws-le')!;
    expect(catalog.relatedArticles(aws).map((a) => a.id)).toEqual(['art']);
    expect(catalog.relatedArticles(catalog.applicationById('tessel-ds')!).map((a) => a.id)).toEqual(['art']);
    expect(catalog.siblings(aws).map((a) => a.id)).toEqual(['amzn-as']);
  });

  it('gathers open action items of open applications only', () => {
    expect(openActionItems(catalog.applications).map((g) => [g.app.id, g.tasks])).toEqual([
      ['tessel-ds', ['secret task', 'open task']],
      ['aws-le', ['Ask about the team']],
    ]);
  });
});

describe('buildCatalog for a mentor', () => {
  const catalog = buildCatalog(input(), ctx, 'mentor');

  it('keeps only shared notes and computes every group from them', () => {
    expect(catalog.applications.map((a) => a.id)).toEqual(['tessel-ds', 'aws-le']);
    expect(catalog.companies.map((c) => c.slug)).toEqual(['amazon', 'tessel-labs']);
    expect(catalog.stages.find((s) => s.key === 'offer')!.applications).toEqual([]);
    expect(catalog.roleFamilies.map((f) => f.name)).toEqual(['Data Science', 'Language & AI Data']);
  });

  it('drops private fields, private blocks and unshared company notes', () => {
    const tessel = catalog.applicationById('tessel-ds')!;
    expect(tessel.data.salary).toBeUndefined();
    expect(tessel.body).not.toContain('secret task');
    expect(tessel.tasks.map((t) => t.text)).toEqual(['open task']);
    expect(catalog.companies[0]!.note).toBeUndefined();
  });
});

describe('related notes, most relevant first', () => {
  // One role family (Data Science), two companies; articles dated so that "newest first" alone would
  // give another order than the ranking.
  const article = (id: string, date: string, extra: object) => ({
    id,
    data: ArticleSchema.parse({ title: id, read: date, ...extra }),
    body: '',
    entry: null,
  });
  const notes: CatalogInput<null> = {
    applications: [
      {
        id: 'ds-acme',
        data: app.parse({
          company: 'Acme',
          position: 'Data Scientist',
          stage: 'applied',
          applied: '2025-03-01',
          articles: ['old-family', 'old-family'],
        }),
        body: '',
        entry: null,
      },
      {
        id: 'ds-other',
        data: app.parse({ company: 'Other Co', position: 'Data Scientist', stage: 'applied', applied: '2025-04-01' }),
        body: '',
        entry: null,
      },
      {
        id: 'ds-acme-old',
        data: app.parse({ company: 'Acme', position: 'Data Scientist', stage: 'rejected', applied: '2024-01-01' }),
        body: '',
        entry: null,
      },
    ],
    articles: [
      article('new-family', '2025-02-01', { roleFamilies: ['Data Science'] }),
      article('old-family', '2023-01-01', { roleFamilies: ['Data Science'] }),
      article('acme', '2024-06-01', { companies: ['Acme'] }),
      article('acme-and-family', '2024-07-01', { companies: ['Acme'], roleFamilies: ['Data Science'] }),
      article('unrelated', '2025-05-01', { companies: ['Elsewhere'] }),
    ],
    companies: [],
  };
  const ctxLimit = (relatedLimit: number) => createContext('/nowhere', UserConfigSchema.parse({ relatedLimit }));
  const catalog = buildCatalog(notes, ctxLimit(2), 'owner');
  const ids = (list: { id: string }[]) => list.map((n) => n.id);

  it.each([
    ['ds-acme', ['old-family', 'acme-and-family', 'acme', 'new-family']],
    ['ds-other', ['new-family', 'acme-and-family', 'old-family']],
  ])('articles of %s: listed, then company, then role family', (id, expected) => {
    expect(ids(catalog.relatedArticles(catalog.applicationById(id)!))).toEqual(expected);
  });

  it.each([
    ['old-family', ['ds-acme', 'ds-other', 'ds-acme-old']],
    ['acme', ['ds-acme', 'ds-acme-old']],
    ['new-family', ['ds-other', 'ds-acme', 'ds-acme-old']],
    ['unrelated', []],
  ])('applications %s helps with: listing it, then company, then role family', (id, expected) => {
    expect(ids(catalog.applicationsFor(catalog.articleById(id)!))).toEqual(expected);
  });

  it('shows relatedLimit of them and counts the rest', () => {
    const shown = catalog.relatedShortlist(catalog.applicationById('ds-acme')!);
    expect([ids(shown.items), shown.more]).toEqual([['old-family', 'acme-and-family'], 2]);
    const readers = catalog.applicationsShortlist(catalog.articleById('old-family')!);
    expect([ids(readers.items), readers.more]).toEqual([['ds-acme', 'ds-other'], 1]);
  });

  it('never leaves out an article the application lists itself', () => {
    const one = buildCatalog(notes, ctxLimit(1), 'owner');
    const acme = one.applicationById('ds-acme')!;
    expect(ids(one.relatedShortlist(acme).items)).toEqual(['old-family']);
    const pinned = buildCatalog(
      {
        ...notes,
        applications: [
          { ...notes.applications[0]!, data: { ...notes.applications[0]!.data, articles: ['acme', 'new-family'] } },
        ],
      },
      ctxLimit(1),
      'owner',
    );
    expect(ids(pinned.relatedShortlist(pinned.applicationById('ds-acme')!).items)).toEqual(['new-family', 'acme']);
  });
});

describe('shortlist', () => {
  it.each([
    [[1, 2, 3], 2, 0, [1, 2], 1],
    [[1, 2, 3], 5, 0, [1, 2, 3], 0],
    [[1, 2, 3], 1, 2, [1, 2], 1],
    [[1, 2], 1, 4, [1, 2], 0],
    [[], 3, 0, [], 0],
  ])('%j, limit %i, pinned %i', (ranked, limit, pinned, items, more) => {
    expect(shortlist(ranked, limit, pinned)).toEqual({ items, more });
  });
});

describe('extractTasks', () => {
  it.each([
    ['- [ ] one', [{ text: 'one', done: false, line: 0 }]],
    [
      '* [x] two\n+ [X] three',
      [
        { text: 'two', done: true, line: 0 },
        { text: 'three', done: true, line: 1 },
      ],
    ],
    ['- [ ]  \n- [ ]', []],
    ['```\n- [ ] in code\n```\n  - [ ] nested', [{ text: 'nested', done: false, line: 3 }]],
    ['- not a task\n1. [ ] numbered', []],
  ])('%j', (body, tasks) => {
    expect(extractTasks(body)).toEqual(tasks);
  });
});
