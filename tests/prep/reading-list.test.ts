import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/build-catalog.ts';
import { readingList, significantWords } from '../../src/catalog/reading-list.ts';
import { createContext } from '../../src/config/load.ts';
import { UserConfigSchema } from '../../src/config/schema.ts';
import { createApplicationSchema } from '../../src/schemas/application.ts';
import { ArticleSchema } from '../../src/schemas/article.ts';

const ctx = createContext('/nowhere', UserConfigSchema.parse({}));
const application = createApplicationSchema(ctx.stages);

/** The research interview of the issue: Fjordline, Applied Science, multilingual evaluation. */
const APP = {
  id: 'fjordline',
  data: application.parse({
    company: 'Fjordline Labs',
    position: 'Research Scientist, Multilingual Evaluation',
    roleFamily: 'Applied Science',
    stage: 'interviewing',
    tags: ['nlp', 'LLM-Evaluation', 'relocation'],
    articles: ['linked-elsewhere'],
  }),
  body: '## Notes on the company\n\nThey run human evaluation with native speakers and care about metrics for Polish.\n',
  entry: null,
};

/** Articles, newest first by `read` (the catalog's order within a tier). */
const ARTICLES: Record<string, object> = {
  // Named in the application's `articles`: first, whatever it is about.
  'linked-elsewhere': { title: 'Gardening for beginners', read: '2026-01-01', companies: ['Halcyon Maps'] },
  // About the company: second.
  'same-company': { title: 'Our office dog', read: '2026-02-01', companies: ['Fjordline Labs'] },
  // The unrelated article: another company's post, same broad family, nothing in common.
  'warehouse-speech': {
    title: 'Speech recognition on the warehouse floor, at minus 25 degrees',
    read: '2026-08-01',
    companies: ['Kestrel Robotics'],
    roleFamilies: ['Applied Science'],
    tags: ['speech', 'asr', 'robotics', 'noise'],
  },
  // Same family, a tag in common (compared folded: "llm evaluation" = "LLM-Evaluation").
  'shared-tag': {
    title: 'Leaderboards',
    read: '2026-03-01',
    roleFamilies: ['Applied Science'],
    tags: ['llm evaluation'],
  },
  // Same family, two topic words ("native", "speakers") in the application's body.
  'shared-words': {
    title: 'What native speakers see',
    read: '2026-04-01',
    roleFamilies: ['Applied Science'],
  },
  // Same family, three topic words ("human", "evaluation", "metrics"): closer, so before "shared-words".
  'more-words': {
    title: 'Human evaluation versus metrics',
    read: '2025-01-01',
    roleFamilies: ['Applied Science'],
  },
  // Same family, one topic word in common ("polish"): not enough.
  'one-word': { title: 'Polish cooking', read: '2026-05-01', roleFamilies: ['Applied Science'] },
  // Same family, only stop words in common: they say nothing about the topic.
  'stop-words': {
    title: 'The work we do with the team, about experience',
    read: '2026-06-01',
    roleFamilies: ['Applied Science'],
  },
  // Another family, words in common: the family is the gate, words alone are not.
  'other-family': {
    title: 'Human evaluation with native speakers',
    read: '2026-07-01',
    roleFamilies: ['Data Science'],
  },
};

const catalog = buildCatalog(
  {
    applications: [APP],
    articles: Object.entries(ARTICLES).map(([id, data]) => ({
      id,
      data: ArticleSchema.parse(data),
      body: '',
      entry: null,
    })),
    companies: [],
  },
  ctx,
  'owner',
);
const app = catalog.applicationById('fjordline')!;
const ids = (limit: number) => {
  const list = readingList(app, catalog.relatedArticles(app), limit);
  return { items: list.items.map((a) => a.id), more: list.more };
};

describe('readingList', () => {
  it('lists linked, then same-company, then overlapping same-family articles, closest first', () => {
    expect(ids(10)).toEqual({
      items: ['linked-elsewhere', 'same-company', 'more-words', 'shared-words', 'shared-tag'],
      more: 0,
    });
  });

  it.each(['warehouse-speech', 'one-word', 'stop-words', 'other-family'])('leaves out %s', (id) => {
    expect(ids(10).items).not.toContain(id);
  });

  it.each([
    [1, ['linked-elsewhere'], 4],
    [3, ['linked-elsewhere', 'same-company', 'more-words'], 2],
  ])('keeps %i at most and counts the rest', (limit, items, more) => {
    expect(ids(limit)).toEqual({ items, more });
  });

  it('never cuts an article the application names, whatever the limit', () => {
    const named = { ...app, data: { ...app.data, articles: ['linked-elsewhere', 'warehouse-speech'] } };
    const list = readingList(named, catalog.relatedArticles(named), 1);
    // Both named, so both kept past the limit of 1, newest first; a named article needs no overlap.
    expect(list.items.map((a) => a.id)).toEqual(['warehouse-speech', 'linked-elsewhere']);
  });

  it('is empty for an application with nothing linked and nothing in common', () => {
    // Another company, no tags, no words: every article here is only of the same role family.
    const bare: typeof app = {
      ...app,
      data: { ...app.data, articles: [], tags: [] },
      body: '',
      company: { ...app.company, slug: 'elsewhere' as typeof app.company.slug },
    };
    expect(readingList(bare, catalog.relatedArticles(app), 10).items.map((a) => a.id)).toEqual([]);
  });
});

describe('significantWords', () => {
  it.each([
    ['Speech recognition on the warehouse floor', ['speech', 'recognition', 'warehouse', 'floor']],
    ['Models, MODELS and model', ['model']],
    ['Évaluation naïve', ['evaluation', 'naive']],
    ["Don't ask what we do at work", ['ask']],
    ['In 2026 we shipped 31 locales', ['shipped', 'locale']],
    ['AI is an ML topic', ['topic']],
    ['class glass process', ['class', 'glass', 'process']],
    // The same words with and without an accent elsewhere in the text fold alike (ASCII texts take a quicker path).
    ['Naive MODELS_gpt4 in 2026', ['naive', 'model', 'gpt4']],
    ['Naïve MODELS_gpt4 in 2026', ['naive', 'model', 'gpt4']],
    ['', []],
  ])('%j', (text, words) => {
    expect([...significantWords(text)]).toEqual(words);
  });
});
