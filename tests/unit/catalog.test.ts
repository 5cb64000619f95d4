import { describe, expect, it } from 'vitest';
import { buildCatalog, type CatalogInput } from '../../src/catalog/build-catalog.ts';
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
    { id: 'aws-le', data: app.parse({ company: 'AWS', position: 'Language Engineer I', stage: 'applied', applied: '2024-10-22', share: true }), body: '- [ ] Ask about the team\n- [x] Done', entry: null },
    { id: 'amzn-as', data: app.parse({ company: 'Amazon.com Services LLC', position: 'Applied Scientist', stage: 'rejected', applied: '2024-09-01' }), body: '- [ ] moot task', entry: null },
    { id: 'tessel-ds', data: app.parse({ company: 'Tessel Labs GmbH', position: 'Data Scientist', stage: 'interviewing', applied: '2025-01-05', share: true, salary: { min: 1, max: 2, currency: 'EUR' } }), body: '<Private>\n- [ ] secret task\n</Private>\n- [ ] open task', entry: null },
    { id: 'solo', data: app.parse({ company: 'Solo Private Co', position: 'Barista', stage: 'offer' }), body: '', entry: null },
  ],
  articles: [
    { id: 'art', data: ArticleSchema.parse({ title: 'On scaling', companies: ['Amazon Web Services, Inc.'], roleFamilies: ['Data Science'], published: '2024-05-01', share: true }), body: '', entry: null },
  ],
  companies: [{ id: 'amazon', data: CompanySchema.parse({ name: 'Amazon', aliases: ['AWS', 'Amazon Web Services, Inc.', 'Amazon.com Services LLC'] }), body: 'private company notes', entry: null }],
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
      ['wishlist', 0], ['applied', 1], ['screening', 0], ['interviewing', 1], ['offer', 1], ['accepted', 0], ['rejected', 1], ['withdrawn', 0], ['no-answer', 0],
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

describe('extractTasks', () => {
  it.each([
    ['- [ ] one', [{ text: 'one', done: false, line: 0 }]],
    ['* [x] two\n+ [X] three', [{ text: 'two', done: true, line: 0 }, { text: 'three', done: true, line: 1 }]],
    ['- [ ]  \n- [ ]', []],
    ['```\n- [ ] in code\n```\n  - [ ] nested', [{ text: 'nested', done: false, line: 3 }]],
    ['- not a task\n1. [ ] numbered', []],
  ])('%j', (body, tasks) => {
    expect(extractTasks(body)).toEqual(tasks);
  });
});
