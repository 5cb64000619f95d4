import { shortlist } from './related.ts';
import type { ApplicationNote, ArticleNote, Shortlist } from './types.ts';

/**
 * Words too common to say what a text is about: English function words (with
 * what is left of "don't" and its kind once split at the apostrophe) and the
 * words every job ad and article shares ("experience", "team", "role").
 * Compared after folding (lowercase, no accents, a plural "s" dropped).
 */
const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are around as at be because been before being below
  between both but by can could did do does doing down during each either else ever every few for from further get
  got had has have having he her here hers herself him himself his how i if in into is it its itself just least
  less let like made make many may me might more most much must my myself near need never new next no nor not now
  of off often on once one only or other our ours ourselves out over own per same she should since so some still
  such than that the their theirs them themselves then there these they this those though through thus to too two
  under until up upon us use used using very via was way we well were what when where whether which while who whom
  whose why will with within without would yet you your yours yourself yourselves
  aren couldn didn doesn don hadn hasn haven isn shouldn wasn weren won wouldn
  ability able work working job role position team teams company experience year years day days week weeks month
  months time good great strong high help looking opportunity candidate candidates including include across want
  first second third note notes read`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => fold(w)),
);

/** A folded word without its plural "s" ("models" = "model"; "class" stays). */
function singular(w: string): string {
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/** A word folded for comparison: lowercase, accents removed, a plural "s" dropped ("models" = "model"). */
function fold(word: string): string {
  return singular(word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase());
}

// eslint-disable-next-line no-control-regex -- the test is for anything past ASCII
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The significant words of a text: runs of letters and digits, folded, at
 * least three characters long, neither a stop word nor a number. One pass.
 */
export function significantWords(text: string): Set<string> {
  // Most notes are plain ASCII: there a letter or digit is [A-Za-z0-9] and folding is lowercasing, done once
  // for the whole text instead of normalising word by word (a third of a prep sheet's time otherwise).
  const ascii = !NON_ASCII.test(text);
  const runs = ascii ? text.toLowerCase().matchAll(/[a-z0-9]+/g) : text.matchAll(/[\p{L}\p{N}]+/gu);
  const words = new Set<string>();
  for (const [raw] of runs) {
    const word = ascii ? singular(raw) : fold(raw);
    if (word.length >= 3 && !/^\p{N}+$/u.test(word) && !STOP_WORDS.has(word)) words.add(word);
  }
  return words;
}

/** A tag as compared: folded word by word ("LLM-Evaluation" = "llm evaluation"). */
const foldTag = (tag: string) => [...tag.matchAll(/[\p{L}\p{N}]+/gu)].map(([w]) => fold(w)).join(' ');

/** How many of an article's topic words (its title and tags) the application's words must hold. */
export const MIN_SHARED_WORDS = 2;

/** What the application is about, for matching: its position, tags and body (the body the audience may see). */
const applicationWords = (app: ApplicationNote<unknown>) =>
  significantWords([app.data.position, ...app.data.tags, app.body].join('\n'));

/** What an article is about: its title and tags. Its body is left out: long notes share common words with everything. */
const topicWords = new WeakMap<ArticleNote<unknown>, Set<string>>();
function articleTopic(article: ArticleNote<unknown>): Set<string> {
  let words = topicWords.get(article);
  if (!words) {
    words = significantWords([article.data.title, ...article.data.tags].join('\n'));
    topicWords.set(article, words);
  }
  return words;
}

/**
 * How closely an article of the application's role family matches it: 1 +
 * the number of its topic words the application holds, when they share a tag
 * or at least `MIN_SHARED_WORDS` topic words; 0 (unrelated) otherwise.
 */
function overlapScore(
  appTags: ReadonlySet<string>,
  appWords: ReadonlySet<string>,
  article: ArticleNote<unknown>,
): number {
  let shared = 0;
  for (const word of articleTopic(article)) if (appWords.has(word)) shared++;
  const sharesTag = article.data.tags.some((t) => appTags.has(foldTag(t)));
  return sharesTag || shared >= MIN_SHARED_WORDS ? 1 + shared : 0;
}

/**
 * The prep sheet's reading list, most relevant first: the articles the
 * application names in `articles`, then those about its company (newest
 * first within each, as `related` ranks them), then those of its role family
 * that share a tag or enough topic words with it, closest first. A role
 * family is broad ("Applied Science" holds speech robotics and multilingual
 * evaluation alike): an article of the family alone is not a reason to read it.
 *
 * `related` is the catalog's `relatedArticles(app)`, already in tiers. Each
 * article's topic words are worked out once; the application's once per call.
 */
export function readingList<E>(
  app: ApplicationNote<E>,
  related: readonly ArticleNote<E>[],
  limit: number,
): Shortlist<ArticleNote<E>> {
  const listed = new Set(app.data.articles);
  const pinned: ArticleNote<E>[] = [];
  const family: { article: ArticleNote<E>; score: number; at: number }[] = [];
  let appWords: Set<string> | undefined;
  let appTags: Set<string> | undefined;
  related.forEach((article, at) => {
    if (listed.has(article.id) || article.companies.some((c) => c.slug === app.company.slug)) {
      pinned.push(article);
      return;
    }
    appWords ??= applicationWords(app);
    appTags ??= new Set(app.data.tags.map(foldTag));
    const score = overlapScore(appTags, appWords, article);
    if (score > 0) family.push({ article, score, at });
  });
  family.sort((a, b) => b.score - a.score || a.at - b.at);
  const ranked = [...pinned, ...family.map((f) => f.article)];
  const named = pinned.filter((a) => listed.has(a.id)).length;
  return shortlist(ranked, limit, named);
}
