import { describe, expect, it } from 'vitest';
import { buildCatalog, type CatalogInput } from '../../src/catalog/build-catalog.ts';
import { createContext } from '../../src/config/load.ts';
import { UserConfigSchema } from '../../src/config/schema.ts';
import { readState, rowMatches } from '../../src/search/applications-table.ts';
import { matchChoice } from '../../src/search/filter-vocabulary.ts';
import {
  applicationFilters,
  articleFilters,
  filterOptions,
  filterValue,
  searchChoices,
  TABLE_TEXT_FIELDS,
  tableChoices,
  tableText,
} from '../../src/search/filters.ts';
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

describe('one vocabulary for the filters in an address', () => {
  const catalog = buildCatalog(
    {
      applications: [
        {
          id: 'o',
          data: app.parse({
            company: 'Kestrel Robotics GmbH',
            position: 'Research Engineer, Speech',
            stage: 'offer',
            applied: '2026-08-25',
            location: 'Kraków',
            languages: ['Polish', 'English'],
            tags: ['asr'],
          }),
          body: '',
          entry: null,
        },
        {
          id: 'n',
          data: app.parse({ company: 'Lumen Lexica', position: 'Data Scientist', stage: 'No Answer' }),
          body: '',
          entry: null,
        },
      ],
      articles: [],
      companies: [],
    },
    ctx,
    'owner',
  );
  const stages = UserConfigSchema.parse({}).stages;
  const search = searchChoices(catalog, stages);
  const table = tableChoices(catalog, stages);

  it.each([
    ['stage', 'offer', 'Offer', 'offer'],
    ['stage', 'Offer', 'Offer', 'offer'],
    ['stage', 'OFFER', 'Offer', 'offer'],
    ['stage', 'Offer received', 'Offer', 'offer'],
    ['stage', 'no-answer', 'No Answer', 'no-answer'],
    ['stage', 'No Answer', 'No Answer', 'no-answer'],
    ['stage', 'ghosted', 'No Answer', 'no-answer'],
    ['company', 'kestrel-robotics', 'Kestrel Robotics GmbH', 'Kestrel Robotics GmbH'],
    ['company', 'Kestrel Robotics', 'Kestrel Robotics GmbH', 'Kestrel Robotics GmbH'],
    ['role', 'data-science', 'Data Science', 'Data Science'],
    ['role', 'Data Science', 'Data Science', 'Data Science'],
    ['stage', 'ofer', undefined, undefined],
    ['company', 'borealis', undefined, undefined],
  ] as const)('%s=%s is %s on /search/ and %s on /applications/', (key, written, onSearch, onTable) => {
    expect(matchChoice(search[key], written)).toBe(onSearch);
    expect(matchChoice(table[key], written)).toBe(onTable);
  });

  it('reads an address of /applications/ with the names of /search/, and keeps what matches nothing apart', () => {
    expect(readState('?stage=Offer&family=data-science&company=kestrel-robotics&sort=family', table)).toEqual({
      sort: 'role',
      dir: 'asc',
      filters: { stage: 'offer', role: 'Data Science', company: 'Kestrel Robotics GmbH' },
      unknown: [],
    });
    expect(readState('?stage=ofer&q=polish', table)).toMatchObject({
      filters: { q: 'polish' },
      unknown: [{ key: 'stage', value: 'ofer' }],
    });
  });

  it('looks for words where the page says it does: position, company, role family, location, languages, tags', () => {
    expect(TABLE_TEXT_FIELDS).toBe('position, company, role family, location, languages and tags');
    const row = (id: string) => {
      const a = catalog.applicationById(id)!;
      return {
        position: a.data.position,
        company: a.company.name,
        role: a.roleFamily.name,
        stage: a.stage.key,
        stageOrder: 0,
        date: a.date ?? '',
        year: '',
        text: tableText(a),
      };
    };
    for (const words of ['polish', 'krakow', 'asr', 'speech kestrel', 'gmbh'])
      expect(rowMatches(row('o'), { q: words }), words).toBe(true);
    expect(rowMatches(row('n'), { q: 'polish' })).toBe(false);
  });
});
