import { describe, expect, it } from 'vitest';
import { buildCatalog, type CatalogInput } from '../../src/catalog/build-catalog.ts';
import { createContext } from '../../src/config/load.ts';
import { UserConfigSchema } from '../../src/config/schema.ts';
import { applicationFilters, articleFilters, filterOptions, filterValue } from '../../src/search/filters.ts';
import { createApplicationSchema } from '../../src/schemas/application.ts';
import { ArticleSchema } from '../../src/schemas/article.ts';

const ctx = createContext('/nowhere', UserConfigSchema.parse({}));
const app = createApplicationSchema(ctx.stages);

describe('filterValue', () => {
  it.each([
    ['Tessel Labs GmbH', 'Tessel Labs GmbH'],
    ['Acme, Inc.', 'Acme Inc.'],
    [' a ,b,, c ', 'a b c'],
    ['Language & AI Data', 'Language & AI Data'],
  ])('%j → %j', (value, expected) => {
    expect(filterValue(value)).toBe(expected);
  });
});

describe('filter values', () => {
  const input: CatalogInput<null> = {
    applications: [
      {
        id: 'a',
        data: app.parse({
          company: 'Acme, Inc.',
          position: 'Data Scientist',
          stage: 'rejected',
          applied: '2024-03-01',
          share: true,
        }),
        body: '',
        entry: null,
      },
      {
        id: 'b',
        data: app.parse({ company: 'Borealis', position: 'Barista', stage: 'applied', applied: '2025-01-01' }),
        body: '',
        entry: null,
      },
      {
        id: 'c',
        data: app.parse({ company: 'acme, inc.', position: 'Applied Scientist', stage: 'Phone Screen', share: true }),
        body: '',
        entry: null,
      },
    ],
    articles: [
      {
        id: 'x',
        data: ArticleSchema.parse({
          title: 'On hiring',
          companies: ['Zephyr'],
          roleFamilies: ['Data Science'],
          read: '2023-05-01',
          share: true,
        }),
        body: '',
        entry: null,
      },
    ],
    companies: [],
  };

  it('of a note are the ones its page carries', () => {
    const catalog = buildCatalog(input, ctx, 'owner');
    expect(applicationFilters(catalog.applicationById('a')!)).toEqual({
      kind: ['Application'],
      company: ['Acme Inc.'],
      role: ['Data Science'],
      stage: ['Rejected'],
      year: ['2024'],
    });
    expect(applicationFilters(catalog.applicationById('c')!)).toMatchObject({ stage: ['Screening'], year: [] });
    expect(articleFilters(catalog.articleById('x')!)).toEqual({
      kind: ['Article'],
      company: ['Zephyr'],
      role: ['Data Science'],
      year: ['2023'],
    });
  });

  it('offered by the search page are every value of a visible note, once, stages in pipeline order, years newest first', () => {
    expect(filterOptions(buildCatalog(input, ctx, 'owner'))).toEqual({
      kind: ['Application', 'Article'],
      company: ['Acme Inc.', 'Borealis', 'Zephyr'],
      role: ['Applied Science', 'Data Science', 'Unsorted'],
      stage: ['Applied', 'Screening', 'Rejected'],
      year: ['2025', '2024', '2023'],
    });
  });

  it('offered to a mentor come from shared notes only', () => {
    const options = filterOptions(buildCatalog(input, ctx, 'mentor'));
    expect(options.company).not.toContain('Borealis');
    expect(options.stage).toEqual(['Screening', 'Rejected']);
    expect(options.year).toEqual(['2024', '2023']);
  });
});
