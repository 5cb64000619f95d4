import { readDate, type IsoDate } from '../lib/dates.ts';
import type { StageIndex } from '../lib/stages.ts';
import { didYouMean } from '../lib/suggest.ts';
import { walk, type BodyFormat } from '../notes/private-blocks.ts';
import {
  bodyBlocks,
  foldHeading,
  plainText,
  sectionItems,
  type Block,
  type MdNode,
  type SectionItem,
} from './blocks.ts';

/**
 * Debriefs: what happened at an interview, written into the application's
 * note under a heading of its own, in the shape `npm run debrief` appends:
 *
 * ```
 * ## Debrief 2026-12-03 · Interviewing
 * ### Questions they asked
 * ### What went well
 * ### What to do better
 * ### Follow-ups
 * Stories told: [[story-slug]]
 * ```
 *
 * Hand-written debriefs in the same shape are read alike: the heading in any
 * case and spacing, at level 1 to 3 (its sub-headings are the levels below
 * it), sub-headings in any order and under the usual other names ("Questions
 * asked", "Went well", "Next steps"…), lists with `-`, `*`, `+` or `1.`, and
 * a debrief or a part of it inside `<Private>`. Everything is read on the
 * Markdown syntax tree (blocks.ts), never by patterns over lines.
 */

/** An entry of a debrief: a question, a note on what went well or not, a follow-up. */
export interface DebriefItem {
  /** The entry as plain text (emphasis and links dropped, their words kept). */
  text: string;
  /** 1-based line in the body. */
  line: number;
  /** Inside a `<Private>` block (the owner's build only: a mentor's body has none). */
  private: boolean;
  /** For a follow-up written as a task (`- [ ]`, `- [x]`), whether it is done; undefined for a plain bullet. */
  done?: boolean;
}

/** A story a debrief names: `[[story-slug]]` anywhere in it, or a slug in its "Stories told" line or section. */
export interface StoryMention {
  /** As written, without the brackets. */
  written: string;
  /** 1-based line and column in the body. */
  line: number;
  column: number;
  /** Where the mention is in the body, brackets included, when the text there is exactly what the tree read. */
  range?: { start: number; end: number };
}

export interface Debrief {
  /** The day of the interview. */
  date: IsoDate;
  /** The stage key, when the heading names a stage. */
  stage?: string;
  /** What the heading says after the stage ("final loop with Dmitri"), if anything. */
  title?: string;
  /** 1-based line of the heading in the body. */
  line: number;
  /** The whole debrief is inside a `<Private>` block. */
  private: boolean;
  questions: DebriefItem[];
  wentWell: DebriefItem[];
  doBetter: DebriefItem[];
  followUps: DebriefItem[];
  stories: StoryMention[];
}

/** Something wrong with a debrief, at a line and column of the body. */
export interface DebriefProblem {
  line: number;
  column: number;
  /** What the message is about: `debrief` for the heading. */
  field: string;
  message: string;
}

/** The parts of a debrief and the sub-headings that name each, compared folded; the first name is the one the CLI writes. */
export const DEBRIEF_PARTS = {
  questions: [
    'Questions they asked',
    'Questions asked',
    'Questions',
    'What they asked',
    'They asked',
    'Interview questions',
    'Asked',
  ],
  wentWell: ['What went well', 'Went well', 'What worked', 'Good', 'Positives', 'Highlights'],
  doBetter: [
    'What to do better',
    'To do better',
    'Do better',
    'What to improve',
    'To improve',
    'Improve',
    'Even better if',
    'What went wrong',
    'What I would do differently',
    'Lessons',
  ],
  followUps: ['Follow-ups', 'Follow up', 'Followups', 'Next steps', 'To do', 'Todo', 'Action items'],
  stories: ['Stories told', 'Stories', 'Stories I told'],
} as const;

type Part = keyof typeof DEBRIEF_PARTS;

const PART_NAMES: [Part, string[]][] = (Object.entries(DEBRIEF_PARTS) as [Part, readonly string[]][]).map(
  ([part, names]) => [part, names.map(foldHeading)],
);

/** The part a sub-heading names: its folded text equals one of the names, or starts with one (first match wins). */
export function debriefPart(heading: string): Part | undefined {
  const folded = foldHeading(heading);
  return (
    PART_NAMES.find(([, names]) => names.includes(folded))?.[0] ??
    PART_NAMES.find(([, names]) => names.some((n) => folded.startsWith(`${n} `)))?.[0]
  );
}

/** Whether a heading opens a debrief: its first word is "Debrief" (not "Debriefs", which may hold several). */
export function isDebriefHeading(text: string): boolean {
  const t = text.trimStart();
  return t.slice(0, 7).toLowerCase() === 'debrief' && !/[\p{L}\p{N}]/u.test(t[7] ?? '');
}

// Between the date and the stage: any of the separators people type.
const SEPARATORS = '·•|–—-:,/';

/**
 * Reads a debrief heading's text: "Debrief 2026-12-03 · Interviewing",
 * "debrief: 2026-12-03 (Onsite)", "Debrief 2026-12-03 – Interviewing – final
 * loop". The stage is the text after the date, or its part before the next
 * separator when the whole is not a stage name (the rest is a title).
 */
export function readDebriefHeading(
  text: string,
  stages: StageIndex,
): { date?: IsoDate; stage?: string; title?: string; problem?: { field: string; message: string } } {
  let rest = text.trimStart().slice(7).trim();
  while (rest && SEPARATORS.includes(rest[0]!)) rest = rest.slice(1).trimStart();
  const space = rest.search(/[\s·•|–—,(]/);
  const written = space < 0 ? rest : rest.slice(0, space);
  if (!written)
    return {
      problem: {
        field: 'debrief',
        message: `"${text.trim()}" has no date; expected "Debrief YYYY-MM-DD · Stage", e.g. "Debrief 2026-12-03 · Interviewing"`,
      },
    };
  const day = readDate(written);
  if (!day.ok)
    return {
      problem: {
        field: 'debrief',
        message: `the date of "${text.trim()}": ${day.message}`,
      },
    };
  let after = space < 0 ? '' : rest.slice(space).trim();
  while (after && SEPARATORS.includes(after[0]!)) after = after.slice(1).trimStart();
  if (!after) return { date: day.date };
  // "(Onsite)" → "Onsite"; the stage is the whole rest, or its first part.
  const unwrap = (s: string) => s.replace(/^\(([^()]*)\)$/, '$1').trim();
  const whole = stages.normalize(unwrap(after));
  if (whole) return { date: day.date, stage: whole };
  const cut = after.search(/\s[·•|–—-]\s|[,:(]/);
  const first = unwrap(cut < 0 ? after : after.slice(0, cut).trim());
  const stage = stages.normalize(first);
  if (stage) {
    const title = after
      .slice(cut)
      .replace(/^[\s·•|–—\-,:]+/, '')
      .replace(/^\(([^()]*)\)$/, '$1')
      .trim();
    return { date: day.date, stage, ...(title ? { title } : {}) };
  }
  return {
    date: day.date,
    problem: {
      field: 'debrief',
      message: `found the stage "${first}"${didYouMean(first, [...stages.names, ...stages.keys])} in "${text.trim()}"; allowed: ${stages.keys.map((k) => `${k} ("${stages.label(k)}")`).join(', ')}, or no stage ("Debrief ${day.date}")`,
    },
  };
}

/** Where `[[slug]]` mentions are in one text node, with their lines and columns in the body. */
function bracketMentions(node: MdNode, body: string): StoryMention[] {
  const value = String(node.value ?? '');
  const start = node.position?.start;
  const mentions: StoryMention[] = [];
  for (let open = value.indexOf('[['); open >= 0; open = value.indexOf('[[', open + 2)) {
    const close = value.indexOf(']]', open + 2);
    if (close < 0) break;
    const inner = value.slice(open + 2, close);
    // A slug is a short, single-line name; anything else between brackets is ordinary text.
    if (!inner.trim() || inner.includes('\n') || inner.length > 120 || inner.includes('[')) continue;
    const before = value.slice(0, open);
    const newline = before.lastIndexOf('\n');
    const line = (start?.line ?? 1) + (before.match(/\n/g)?.length ?? 0);
    const column = newline < 0 ? (start?.column ?? 1) + open : open - newline;
    const offset = start ? start.offset + open : -1;
    const exact = offset >= 0 && body.slice(offset, offset + close + 2 - open) === value.slice(open, close + 2);
    mentions.push({
      written: inner.trim(),
      line,
      column,
      ...(exact ? { range: { start: offset, end: offset + close + 2 - open } } : {}),
    });
    open = close;
  }
  return mentions;
}

/** The bare slugs of a "Stories told: a, b" entry (mentions in brackets are found on their own). */
function bareMentions(item: SectionItem, text: string, body: string): StoryMention[] {
  const mentions: StoryMention[] = [];
  for (const part of text.split(/[,;]/)) {
    const slug = part
      .trim()
      .split(/\s/)[0]!
      .replace(/[.!?]+$/, '');
    if (!slug || slug.includes('[') || slug.includes(']') || /^and$/i.test(slug)) continue;
    // Its place in the body: the first occurrence within the item's own source.
    const from = item.node.position?.start.offset ?? -1;
    const to = item.node.position?.end.offset ?? -1;
    const at = from >= 0 ? body.slice(from, to).indexOf(slug) : -1;
    const lineStart = at >= 0 ? body.lastIndexOf('\n', from + at - 1) + 1 : 0;
    mentions.push({
      written: slug,
      line: item.line + (at >= 0 ? (body.slice(from, from + at).match(/\n/g)?.length ?? 0) : 0),
      column: at >= 0 ? from + at - lineStart + 1 : 1,
      ...(at >= 0 ? { range: { start: from + at, end: from + at + slug.length } } : {}),
    });
  }
  return mentions;
}

/** "Stories told: …" or "Stories: …" at the start of an entry: the text after the colon. */
function storiesLine(text: string): string | undefined {
  const colon = text.indexOf(':');
  if (colon < 0 || colon > 30) return undefined;
  const label = foldHeading(text.slice(0, colon));
  return DEBRIEF_PARTS.stories.map(foldHeading).includes(label) ? text.slice(colon + 1) : undefined;
}

/**
 * Every debrief of a note body, in the order written, with the problems of
 * their headings (a missing or malformed date, an unknown stage). A debrief
 * runs from its heading to the next heading of the same or a higher level.
 * Cheap for the notes without one: a body that never says "debrief" is not parsed.
 */
export function readDebriefs(
  body: string,
  format: BodyFormat,
  stages: StageIndex,
): { debriefs: Debrief[]; problems: DebriefProblem[] } {
  if (!/debrief/i.test(body)) return { debriefs: [], problems: [] };
  const blocks = bodyBlocks(body, format);
  const debriefs: Debrief[] = [];
  const problems: DebriefProblem[] = [];
  let i = 0;
  while (i < blocks.length) {
    const { node } = blocks[i]!;
    const depth = node.type === 'heading' ? (node.depth ?? 6) : 7;
    if (depth > 3 || !isDebriefHeading(plainText(node))) {
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < blocks.length && !(blocks[end]!.node.type === 'heading' && (blocks[end]!.node.depth ?? 6) <= depth))
      end += 1;
    const heading = plainText(node);
    const line = node.position?.start.line ?? 1;
    const read = readDebriefHeading(heading, stages);
    if (read.problem) problems.push({ line, column: node.position?.start.column ?? 1, ...read.problem });
    if (read.date) debriefs.push(debriefOf(blocks.slice(i, end), depth, read.date, read.stage, read.title, body));
    i = end;
  }
  return { debriefs, problems };
}

function debriefOf(
  blocks: readonly Block[],
  depth: number,
  date: IsoDate,
  stage: string | undefined,
  title: string | undefined,
  body: string,
): Debrief {
  const [head, ...content] = blocks;
  const parts: Record<Part | 'intro', Block[]> = {
    intro: [],
    questions: [],
    wentWell: [],
    doBetter: [],
    followUps: [],
    stories: [],
  };
  // Blocks under a sub-heading this reader does not know belong to no part (they stay in the note).
  let current: Block[] | undefined = parts.intro;
  for (const block of content) {
    if (block.node.type === 'heading' && (block.node.depth ?? 6) > depth) {
      const part = debriefPart(plainText(block.node));
      current = part ? parts[part] : undefined;
      continue;
    }
    current?.push(block);
  }
  // An entry's own text ends where a "Stories told:" line starts (written right under a list item, it
  // joins the item's paragraph); an entry that is that line is no entry.
  const ownText = (item: SectionItem) => {
    const at = item.lines.findIndex((line) => storiesLine(line) !== undefined);
    return (at < 0 ? item.lines : item.lines.slice(0, at)).join(' ');
  };
  const items = (part: Part) =>
    sectionItems(parts[part]).flatMap((item): DebriefItem[] => {
      const text = ownText(item);
      if (!text) return [];
      return [
        {
          text,
          line: item.line,
          private: item.private,
          ...(item.done !== undefined ? { done: item.done } : {}),
        },
      ];
    });
  // Stories: every [[slug]] in the debrief, and the bare slugs of a "Stories told" line or section.
  const stories: StoryMention[] = [];
  for (const block of content)
    for (const node of walk(block.node) as Iterable<MdNode>)
      if (node.type === 'text' && String(node.value).includes('[[')) stories.push(...bracketMentions(node, body));
  for (const part of ['intro', 'questions', 'wentWell', 'doBetter', 'followUps'] as const)
    for (const item of sectionItems(parts[part], { all: true }))
      for (const line of item.lines) {
        const rest = storiesLine(line);
        if (rest !== undefined) stories.push(...bareMentions(item, rest, body));
      }
  for (const item of sectionItems(parts.stories)) stories.push(...bareMentions(item, item.text, body));
  stories.sort((a, b) => a.line - b.line || a.column - b.column);
  return {
    date,
    ...(stage ? { stage } : {}),
    ...(title ? { title } : {}),
    line: head!.node.position?.start.line ?? 1,
    private: head!.private,
    questions: items('questions'),
    wentWell: items('wentWell'),
    doBetter: items('doBetter'),
    followUps: items('followUps'),
    stories,
  };
}
