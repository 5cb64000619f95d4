import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { isVisible, showsPrivateBlocks, visibleData } from '../../src/notes/audience.ts';
import { audienceFromEnv, type Audience } from '../../src/config/settings.ts';
import { buildCatalog } from '../../src/catalog/build-catalog.ts';
import { createContext } from '../../src/config/load.ts';
import { UserConfigSchema } from '../../src/config/schema.ts';
import { dropPrivateBlocks } from '../../src/markdown/drop-private-blocks.ts';
import { createApplicationSchema } from '../../src/schemas/application.ts';
import { ArticleSchema } from '../../src/schemas/article.ts';

const closed = UserConfigSchema.parse({});
const open = UserConfigSchema.parse({ share: { default: 'shared' } });

describe('isVisible', () => {
  // share value → [mentor with default private, mentor with default shared]; the owner sees everything.
  const cases: [string, unknown, boolean, boolean][] = [
    ['true', true, true, true],
    ['false', false, false, false],
    ['absent', undefined, false, true],
    ['the string "true"', 'true', false, true],
    ['the string "false"', 'false', false, true],
    ['1', 1, false, true],
    ['0', 0, false, true],
    ['null', null, false, true],
  ];
  it.each(cases)('share: %s', (_, share, privateDefault, sharedDefault) => {
    expect(isVisible(share, 'mentor', closed)).toBe(privateDefault);
    expect(isVisible(share, 'mentor', open)).toBe(sharedDefault);
    expect(isVisible(share, 'owner', closed)).toBe(true);
    expect(isVisible(share, 'owner', open)).toBe(true);
  });
});

describe('visibleData: the sensitivity table for a mentor', () => {
  const data = {
    company: 'Acme',
    salary: { min: 1, max: 2, period: 'year' },
    contacts: [{ name: 'Ann' }],
    cv: 'Long',
    history: [{ stage: 'applied', date: '2025-01-01' }],
    importedFrom: 'tracker.csv row 4',
    review: ['company'],
    extra: { Mood: 'good', 'Salary expectation': '90k', Referral: 'yes' },
  };

  it('gives the owner the data as it is', () => {
    expect(visibleData('applications', data, 'owner', closed)).toBe(data);
  });

  it('drops what the table makes private, keeps lists empty, and keeps only listed extra properties', () => {
    const config = UserConfigSchema.parse({ share: { publicExtra: ['Mood'] } });
    expect(visibleData('applications', data, 'mentor', config)).toEqual({
      company: 'Acme',
      contacts: [],
      cv: 'Long',
      history: data.history,
      review: [],
      extra: { Mood: 'good' },
    });
    // The note itself is untouched.
    expect(data.salary).toBeDefined();
    expect(Object.keys(data.extra)).toHaveLength(3);
  });

  it('makes share.privateFields private too, in addition to the table', () => {
    const config = UserConfigSchema.parse({ share: { privateFields: ['cv', 'history'], publicExtra: ['Mood'] } });
    const out = visibleData('applications', data, 'mentor', config);
    expect(out.cv).toBeUndefined();
    expect(out.history).toEqual([]);
    expect(out.salary).toBeUndefined();
  });

  it('empties extra when extra itself is a private field, whatever publicExtra lists', () => {
    const config = UserConfigSchema.parse({ share: { privateFields: ['extra'], publicExtra: ['Mood'] } });
    expect(visibleData('applications', data, 'mentor', config).extra).toEqual({});
  });
});

describe('extra properties in the mentor copy', () => {
  // Issue 21, leak 1: the importer keeps tracker columns it cannot parse under `extra` with the
  // column's own name, and only names that mention "salary" or "contact" were removed, so pay and
  // recruiters reached the copy. Every extra property is now private unless its key is listed.
  const columns = ['Compensation', 'Pay', 'Gehalt', 'Recruiter', 'Hiring manager', 'Salary', 'Vergütung', 'Kontakt'];
  const config = UserConfigSchema.parse({ share: { publicExtra: ['Mood', 'GPT Consult'] } });
  it.each(columns)('leaves out %j unless share.publicExtra lists it', (key) => {
    const extra = { [key]: 'CANARY', Mood: 'good' };
    expect(visibleData('applications', { extra }, 'mentor', config).extra).toEqual({ Mood: 'good' });
    const listed = UserConfigSchema.parse({ share: { publicExtra: [key] } });
    expect(visibleData('articles', { extra }, 'mentor', listed).extra).toEqual({ [key]: 'CANARY' });
  });

  it('matches keys as written: another spelling is another key', () => {
    const extra = { 'gpt consult': 'Yes', 'GPT  Consult': 'Yes', 'GPT Consult': 'No' };
    expect(visibleData('companies', { extra }, 'mentor', config).extra).toEqual({ 'GPT Consult': 'No' });
  });
});

describe('audienceFromEnv', () => {
  const cases: [string | undefined, Audience][] = [
    [undefined, 'owner'],
    ['', 'owner'],
    ['owner', 'owner'],
    ['mentor', 'mentor'],
    [' mentor ', 'mentor'],
  ];
  it.each(cases)('DOSSIER_AUDIENCE=%j is %s', (value, audience) => {
    expect(audienceFromEnv(value === undefined ? {} : { DOSSIER_AUDIENCE: value })).toBe(audience);
  });

  it.each(['Mentor', 'public', 'mentors', 'true'])('refuses %j rather than building for the owner', (value) => {
    expect(() => audienceFromEnv({ DOSSIER_AUDIENCE: value })).toThrow(
      `DOSSIER_AUDIENCE is "${value}"; allowed: owner, mentor`,
    );
  });

  it('shows <Private> blocks to the owner only', () => {
    expect(showsPrivateBlocks('owner')).toBe(true);
    expect(showsPrivateBlocks('mentor')).toBe(false);
  });
});

describe('dropPrivateBlocks, the compile-time half of <Private>', () => {
  const mdx = [
    '# Plan <Private>SECRET-H</Private> ahead',
    '',
    'Text <Private>SECRET-INLINE</Private> more.',
    '',
    '<Private>',
    'SECRET-BLOCK',
    '',
    '<Private>SECRET-NESTED</Private>',
    '</Private>',
    '',
    '<private>SECRET-LOWER</private>',
    '',
    '```',
    '<Private>shown as code</Private>',
    '```',
  ].join('\n');

  it('removes the blocks from an MDX note for a mentor, heading ids included', () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const { code } = mdxToJs(mdx, { mdastPlugins: [dropPrivateBlocks('mentor')] });
      expect(code).not.toMatch(/SECRET/);
      expect(code).toContain('shown as code');
      expect(code).toContain('Text ');
    } finally {
      console.warn = original;
    }
    expect(warnings).toEqual([]);
  });

  it('keeps them for the owner', () => {
    const { code } = mdxToJs(mdx, { mdastPlugins: [dropPrivateBlocks('owner')] });
    for (const secret of ['SECRET-H', 'SECRET-INLINE', 'SECRET-BLOCK', 'SECRET-NESTED', 'SECRET-LOWER'])
      expect(code).toContain(secret);
  });

  it('removes them from a plain Markdown note, where <Private> is raw HTML', () => {
    const md =
      '# Title\n\nA <Private>SECRET-INLINE</Private> b.\n\n<Private>\nSECRET-BLOCK\n</Private>\n\n<Private>\n\nSECRET-PARA\n\n</Private>\n\n- [ ] kept task\n';
    const mentor = markdownToHtml(md, { mdastPlugins: [dropPrivateBlocks('mentor')] });
    expect(mentor.html).not.toMatch(/SECRET|Private/);
    expect(mentor.html).toContain('<h1>Title</h1>');
    expect(mentor.html).toContain('kept task');
    const owner = markdownToHtml(md, { mdastPlugins: [dropPrivateBlocks('owner')] });
    expect(owner.html).toContain('SECRET-PARA');
  });
});

describe('the catalog for a mentor', () => {
  const ctx = createContext('/nowhere', closed);
  const app = createApplicationSchema(ctx.stages);
  const catalog = buildCatalog(
    {
      applications: [
        {
          id: 'shared',
          data: app.parse({
            company: 'Acme',
            position: 'Analyst',
            stage: 'applied',
            articles: ['open-read', 'negotiating-my-offer'],
            share: true,
          }),
          entry: null,
        },
      ],
      articles: [
        { id: 'open-read', data: ArticleSchema.parse({ title: 'Open', share: true }), entry: null },
        { id: 'negotiating-my-offer', data: ArticleSchema.parse({ title: 'Private' }), entry: null },
      ],
      companies: [],
    },
    ctx,
    'mentor',
  );

  it("keeps a private article's id out of a shared application's article list", () => {
    expect(catalog.applications[0]!.data.articles).toEqual(['open-read']);
    expect(catalog.articles.map((a) => a.id)).toEqual(['open-read']);
  });
});
