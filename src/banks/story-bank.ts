import { stemmer } from 'stemmer';
import type { ApplicationNote, StoryNote } from '../catalog/types.ts';
import { significantWords } from '../catalog/reading-list.ts';
import type { Debrief, StoryMention } from '../interview/debriefs.ts';
import { resolveStory } from '../interview/story-refs.ts';

/**
 * The story bank: stories by competency, how often each was told (debriefs
 * that name it), and which of a posting's requirements each story answers.
 * Like the question bank, it reads the catalog's notes after the audience
 * filter: a mentor's bank holds the shared stories, counted over the shared
 * applications' visible debriefs.
 */

/** One telling of a story: the debrief that names it. */
export interface StoryUse<E = unknown> {
  app: ApplicationNote<E>;
  debrief: Debrief;
  mention: StoryMention;
}

/** A competency as the bank lays it out: the stories that show it. */
export interface Competency<E = unknown> {
  /** As first written (stories are read by title). */
  name: string;
  /** Folded: case and spacing aside, "Data quality" = "data  quality". */
  key: string;
  stories: StoryNote<E>[];
  /** Tellings of those stories. */
  uses: number;
}

export interface StoryBank<E = unknown> {
  /** Every story with its tellings, newest first; stories by title. */
  stories: { story: StoryNote<E>; uses: StoryUse<E>[] }[];
  /** Every competency some story shows, by name. */
  competencies: Competency<E>[];
}

const foldName = (name: string) => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

const banks = new WeakMap<readonly StoryNote<unknown>[], StoryBank<unknown>>();

/** The story bank of these stories and applications (the catalog's), worked out once per list of stories. */
export function storyBank<E>(stories: readonly StoryNote<E>[], apps: readonly ApplicationNote<E>[]): StoryBank<E> {
  const known = banks.get(stories);
  if (known) return known as StoryBank<E>;
  const ids = new Set(stories.map((s) => s.id));
  const uses = new Map<string, StoryUse<E>[]>();
  for (const app of apps)
    for (const debrief of app.debriefs) {
      // A debrief that names a story twice told it once.
      const told = new Set<string>();
      for (const mention of debrief.stories) {
        const id = resolveStory(mention.written, ids);
        if (!id || told.has(id)) continue;
        told.add(id);
        const list = uses.get(id) ?? [];
        uses.set(id, list);
        list.push({ app, debrief, mention });
      }
    }
  const competencies = new Map<string, Competency<E>>();
  for (const story of stories)
    for (const name of story.data.competencies) {
      const key = foldName(name);
      const competency = competencies.get(key) ?? { name, key, stories: [], uses: 0 };
      competencies.set(key, competency);
      if (competency.stories.includes(story)) continue;
      competency.stories.push(story);
      competency.uses += uses.get(story.id)?.length ?? 0;
    }
  const bank: StoryBank<E> = {
    stories: stories.map((story) => ({
      story,
      uses: [...(uses.get(story.id) ?? [])].sort((a, b) => b.debrief.date.localeCompare(a.debrief.date)),
    })),
    competencies: [...competencies.values()].sort((a, b) =>
      a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }),
    ),
  };
  banks.set(stories, bank);
  return bank;
}

/** The word stems of a text's significant words: "statistical methods" → statist, method. */
export function stems(text: string): Set<string> {
  return new Set([...significantWords(text)].map((w) => stemmer(w)));
}

/** What a story is matched by, worked out once per story. */
interface StoryTerms {
  /** Each competency and tag as its stems. */
  labels: { name: string; stems: string[] }[];
  /** Stems of the title, competencies and tags. */
  topic: Set<string>;
  /** Stems of the body. */
  text: Set<string>;
}

const terms = new WeakMap<StoryNote<unknown>, StoryTerms>();
function termsOf(story: StoryNote<unknown>): StoryTerms {
  let t = terms.get(story);
  if (!t) {
    const labels = [...story.data.competencies, ...story.data.tags].map((name) => ({ name, stems: [...stems(name)] }));
    t = {
      labels: labels.filter((l) => l.stems.length > 0),
      topic: stems([story.data.title, ...story.data.competencies, ...story.data.tags].join('\n')),
      text: stems(story.body),
    };
    terms.set(story, t);
  }
  return t;
}

/** Shared topic words (title, competencies, tags) that match a requirement without a whole competency or tag. */
export const MIN_TOPIC_WORDS = 2;
/** Shared words of the story's text that match a requirement on their own. */
export const MIN_TEXT_WORDS = 3;

/** A list of a posting's requirements (src/prep/requirements.ts extracts them). */
export interface RequirementItems {
  kind: 'required' | 'preferred';
  items: readonly string[];
}

/** A story that answers a requirement, and why. */
export interface StoryMatch<E = unknown> {
  story: StoryNote<E>;
  /** The competencies and tags the requirement names, as the story writes them. */
  labels: string[];
  /** Higher is closer. */
  score: number;
}

/** One requirement of the posting with the stories that answer it, closest first. */
export interface RequirementStories<E = unknown> {
  requirement: string;
  kind: RequirementItems['kind'];
  stories: StoryMatch<E>[];
}

/**
 * How well a story answers one requirement, or undefined when it does not:
 * it does when one of its competencies or tags is in the requirement (every
 * word of it, compared by stem: "statistics" is in "statistical methods"),
 * or when the requirement shares `MIN_TOPIC_WORDS` words with its title,
 * competencies and tags, or `MIN_TEXT_WORDS` with its text.
 */
export function matchStory<E>(requirement: Set<string>, story: StoryNote<E>): StoryMatch<E> | undefined {
  const t = termsOf(story);
  const labels = t.labels.filter((l) => l.stems.every((s) => requirement.has(s))).map((l) => l.name);
  let topic = 0;
  for (const s of t.topic) if (requirement.has(s)) topic++;
  let text = 0;
  for (const s of t.text) if (requirement.has(s)) text++;
  if (labels.length === 0 && topic < MIN_TOPIC_WORDS && text < MIN_TEXT_WORDS) return undefined;
  return { story, labels, score: 10 * labels.length + 2 * topic + text };
}

/**
 * A requirement that asks for a degree ("Bachelor's degree in linguistics",
 * "MSc or PhD"): a credential, which no story answers, so it is neither
 * matched nor a gap.
 */
export function isCredential(requirement: string): boolean {
  return /\b(?:degree|bachelor|master|ph\.?\s?d|msc|bsc|b\.a|m\.a|diploma)\b/i.test(requirement);
}

/**
 * The posting's requirements, each with the stories that answer it (closest
 * first, at most `perRequirement`); a requirement without one is a gap.
 * Credentials (degrees) are neither.
 */
export function storiesForRequirements<E>(
  lists: readonly RequirementItems[],
  stories: readonly StoryNote<E>[],
  perRequirement = 2,
): { matched: RequirementStories<E>[]; gaps: RequirementStories<E>[] } {
  const all = lists.flatMap((list) =>
    list.items
      .filter((r) => !isCredential(r))
      .map((requirement): RequirementStories<E> => {
        // Without stories every requirement is a gap: its stems are not worked out for nothing.
        const words = stories.length > 0 ? stems(requirement) : new Set<string>();
        const found = stories
          .map((story) => matchStory(words, story))
          .filter((m): m is StoryMatch<E> => m !== undefined)
          .sort((a, b) => b.score - a.score || a.story.data.title.localeCompare(b.story.data.title));
        return { requirement, kind: list.kind, stories: found.slice(0, perRequirement) };
      }),
  );
  return { matched: all.filter((r) => r.stories.length > 0), gaps: all.filter((r) => r.stories.length === 0) };
}

/** The stories a debrief names that this audience sees, each once, in the order named. */
export function toldStories<E>(
  debrief: Debrief,
  storyById: (id: string) => StoryNote<E> | undefined,
  ids: ReadonlySet<string>,
): StoryNote<E>[] {
  const told = new Map<string, StoryNote<E>>();
  for (const mention of debrief.stories) {
    const id = resolveStory(mention.written, ids);
    const story = id === undefined ? undefined : storyById(id);
    if (story && !told.has(story.id)) told.set(story.id, story);
  }
  return [...told.values()];
}
