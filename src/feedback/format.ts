import { markdownToMdast } from 'satteri';
import { frontmatterBounds, locateIn, readYaml } from '../lib/frontmatter.ts';
import { issuesToProblems } from '../lib/zod-problems.ts';
import { positionsIn } from '../lib/positions.ts';
import type { Problem } from '../lib/problems.ts';
import { FeedbackSchema, type FeedbackData } from '../schemas/feedback.ts';

/**
 * The format of a feedback file: the contract between a mentor who writes
 * one by hand, the build that shows it and `npm run feedback -- resolve`,
 * which edits it. (README, "Feedback from a mentor", says the same for users.)
 *
 * ```md
 * ---
 * from: Anna                                   # optional: who wrote it
 * date: 2026-12-06                             # optional: else the date the file name starts with
 * about: applications/umbra-speech-scientist   # optional: what the text before the first section is about
 * share: true                                  # optional: put the comments in the mentor copy
 * ---
 *
 * ## applications/umbra-speech-scientist
 *
 * status: open
 *
 * Lead with the speech work: it is what they ask for first.
 *
 * ## articles/scaling-speech
 *
 * A good summary; add what you would do differently.
 * ```
 *
 * - The front matter is optional; so is a `# Title` line before the first section.
 * - Each `##` heading names one note, as `<collection>/<file name>`
 *   (`applications/…`, `articles/…`); a note's own page in the mentor copy
 *   shows its key, and the page's address works too. Its section, up to the
 *   next `##` heading, is one comment. Two sections may name one note.
 *   Headings inside a comment are `###` or deeper.
 * - A comment's first line may be `status: open` or `status: addressed`;
 *   without it, the comment is open. `npm run feedback -- resolve` sets it.
 * - With `about:`, the text before the first section is a comment too.
 */

export const FEEDBACK_STATUSES = ['open', 'addressed'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** One comment, as written in the file. */
export interface WrittenComment {
  /** The note it is about, as written: a heading's text or `about:`'s value. */
  written: string;
  /** Where the key is written (1-based): the heading, or the `about:` value. */
  line: number;
  column: number;
  /** From `about:` (the text before the first section) rather than a heading. */
  fromAbout: boolean;
  status: FeedbackStatus;
  /** The `status:` line, when there is one: its line, and the value's offsets in the file. */
  statusAt?: { line: number; start: number; end: number };
  /** Where a `status:` line goes when there is none: the offset of the comment's first line of text. */
  insertAt: number;
  /** The comment's text, Markdown, without the heading and the status line. */
  markdown: string;
  /** Where `markdown` starts in the file (an offset), to name a line of it. */
  textAt: number;
  /** The offsets of the whole comment in the file, heading included (for the mentor copy). */
  start: number;
  end: number;
}

/** A feedback file read: its front matter, its comments, and what is wrong in it. */
export interface WrittenFeedback {
  /** The front matter, when it is valid (an empty object when there is none). */
  data?: FeedbackData;
  /** Where the front matter ends (the offset of the first character after its closing line), 0 when there is none. */
  bodyStart: number;
  /** Where `about:` is written, to point a problem at it. */
  aboutAt?: { line: number; column: number };
  comments: WrittenComment[];
  /** Problems of the file's form (front matter, headings, status lines); a key's note is checked elsewhere. */
  problems: Problem[];
}

interface MdNode {
  type: string;
  depth?: number;
  children?: MdNode[];
  position?: { start: { offset: number; line: number; column: number }; end: { offset: number; line: number } };
}

/**
 * The value of a `status:` line ("status: open", any case, spaces around
 * allowed), or undefined when the line is something else. Read by hand, not
 * with a regular expression: a line of many spaces must cost no more than
 * its length.
 */
function statusValue(line: string): { value: string; at: number } | undefined {
  const lead = line.length - line.trimStart().length;
  if (line.slice(lead, lead + 6).toLowerCase() !== 'status') return undefined;
  let i = lead + 6;
  while (line[i] === ' ' || line[i] === '\t') i++;
  if (line[i] !== ':') return undefined;
  i++;
  while (line[i] === ' ' || line[i] === '\t') i++;
  return { value: line.slice(i).trimEnd(), at: i };
}

/** The end of the line holding `offset`, past its line break. */
function nextLine(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  if (text[i] === '\r' && text[i + 1] === '\n') return i + 2;
  return i < text.length ? i + 1 : i;
}

/**
 * The key a section heading names: its text without the `#` marks (or a setext
 * underline), surrounding spaces and backticks, as written in the file.
 */
function headingText(source: string, start: number, end: number): string {
  const raw = source.slice(start, end);
  const text = raw.trimStart();
  if (!text.startsWith('#')) {
    // A setext heading: the text above its underline.
    const lines = raw.split(/\r\n|\r|\n/);
    return lines.slice(0, -1).join(' ').trim();
  }
  // Without the opening marks, and a closing run of # after a space (`## key ##`), by hand: see statusValue.
  let key = text.replace(/^#+/, '').trim();
  let hashes = 0;
  while (hashes < key.length && key[key.length - 1 - hashes] === '#') hashes++;
  const before = key[key.length - hashes - 1];
  if (hashes > 0 && (before === ' ' || before === '\t' || hashes === key.length)) key = key.slice(0, -hashes).trimEnd();
  return key.length > 1 && key.startsWith('`') && key.endsWith('`') ? key.slice(1, -1).trim() : key;
}

/**
 * Reads a feedback file. Never throws on what a person may write: every
 * mistake is a problem with its line. `shown` is the path problems name.
 */
export function readFeedback(source: string, shown: string): WrittenFeedback {
  const problems: Problem[] = [];
  const problem = (
    line: number,
    column: number,
    field: string,
    message: string,
    severity: Problem['severity'] = 'error',
  ) => problems.push({ file: shown, line, column, field, severity, message });
  const bom = source.startsWith('\uFEFF') ? 1 : 0;
  const positionOf = positionsIn(source, { loneCr: true });
  const lineOf = (offset: number) => positionOf(offset).line;

  let bodyStart = bom;
  let data: FeedbackData | undefined = {};
  let aboutAt: WrittenFeedback['aboutAt'];
  if (/^---[ \t]*(?:\r\n|\r|\n|$)/.test(source.slice(bom))) {
    const bounds = frontmatterBounds(source);
    if ('error' in bounds) {
      problem(bounds.error.line, bounds.error.column, '-', bounds.error.message);
      return { bodyStart: bom, comments: [], problems };
    }
    const yamlText = source.slice(bounds.yamlStart, bounds.yamlEnd).replace(/\r\n?/g, '\n').replace(/\n$/, '');
    const { doc, lineCounter, data: raw, errors } = readYaml(yamlText, 2);
    for (const e of errors) problem(e.line, e.column, '-', e.message);
    data = undefined;
    if (!errors.length) {
      const locate = (path: (string | number)[], at: 'key' | 'value' = 'value') => locateIn(doc, lineCounter, path, at);
      const result = FeedbackSchema.safeParse(raw ?? {}, { reportInput: true });
      if (result.success) data = result.data;
      else problems.push(...issuesToProblems(shown, result.error.issues, locate, Object.keys(FeedbackSchema.shape)));
      aboutAt = locate(['about']);
    }
    bodyStart = bounds.bodyStart;
  }

  const body = source.slice(bodyStart);
  let tree: MdNode;
  try {
    tree = markdownToMdast(body) as unknown as MdNode;
  } catch (error) {
    problem(
      lineOf(bodyStart),
      1,
      '-',
      `could not be read as Markdown: ${error instanceof Error ? error.message : String(error)}`,
    );
    return { ...(data ? { data } : {}), bodyStart, comments: [], problems };
  }
  const blocks = (tree.children ?? []).filter((n) => n.position);
  const at = (offset: number) => bodyStart + offset;
  const comments: WrittenComment[] = [];

  /** One comment from the blocks after its heading (or the preamble's), up to `end`. */
  const comment = (
    head: { written: string; line: number; column: number; fromAbout: boolean; start: number; textStart: number },
    content: MdNode[],
    end: number,
  ) => {
    let status: FeedbackStatus = 'open';
    let statusAt: WrittenComment['statusAt'];
    let textStart = head.textStart;
    const first = content[0];
    if (first?.type === 'paragraph') {
      const lineStart = at(first.position!.start.offset);
      const lineEnd = nextLine(source, lineStart);
      const read = statusValue(source.slice(lineStart, lineEnd).replace(/\r?\n$|\r$/, ''));
      if (read) {
        const written = read.value;
        const value = written.toLowerCase();
        const line = lineOf(lineStart);
        const start = lineStart + read.at;
        if ((FEEDBACK_STATUSES as readonly string[]).includes(value)) status = value as FeedbackStatus;
        else
          problem(
            line,
            start - lineStart + 1,
            'status',
            `found ${written === '' ? 'nothing' : `"${written}"`}; allowed: open, addressed (a comment without a status line is open)`,
          );
        statusAt = { line, start, end: start + written.length };
        textStart = lineEnd;
      }
    }
    const rest = source.slice(textStart, end);
    const markdown = rest.trim();
    const textAt = textStart + rest.length - rest.trimStart().length;
    const insertAt = first ? at(first.position!.start.offset) : head.textStart;
    if (markdown === '')
      problem(
        head.line,
        head.column,
        head.fromAbout ? 'about' : 'section',
        `the comment on "${head.written}" has no text, so it is not shown; write the comment under it, or remove it`,
        'warning',
      );
    else
      comments.push({
        written: head.written,
        line: head.line,
        column: head.column,
        fromAbout: head.fromAbout,
        status,
        ...(statusAt ? { statusAt } : {}),
        insertAt,
        markdown,
        textAt,
        start: head.start,
        end,
      });
  };

  const sections = blocks.flatMap((node, i) => (node.type === 'heading' && node.depth === 2 ? [i] : []));
  // Before the first section: an optional `# Title`, then the comment `about:` names, if any.
  const preamble = blocks.slice(0, sections[0] ?? blocks.length);
  const title = preamble[0]?.type === 'heading' && preamble[0].depth === 1 ? 1 : 0;
  const lead = preamble.slice(title);
  const leadEnd = sections.length ? at(blocks[sections[0]!]!.position!.start.offset) : source.length;
  if (data?.about !== undefined) {
    const where = aboutAt ?? { line: 1, column: 1 };
    if (lead.length === 0)
      problem(
        where.line,
        where.column,
        'about',
        `names "${data.about}", but no text comes before the first "##" section for it to be about; write the comment before the first section, or remove "about:"`,
        'warning',
      );
    else
      comment(
        {
          written: data.about,
          ...where,
          fromAbout: true,
          start: at(lead[0]!.position!.start.offset),
          textStart: at(lead[0]!.position!.start.offset),
        },
        lead,
        leadEnd,
      );
  } else if (lead.length > 0) {
    const first = lead[0]!.position!.start;
    problem(
      lineOf(at(first.offset)),
      first.column,
      '-',
      'this text comes before the first "## applications/<note>" section and names no note, so it is not shown; start it with a section heading, or say which note it is about with "about:" in the front matter',
      'warning',
    );
  }
  sections.forEach((index, k) => {
    const heading = blocks[index]!;
    const start = at(heading.position!.start.offset);
    const headEnd = at(heading.position!.end.offset);
    const end = k + 1 < sections.length ? at(blocks[sections[k + 1]!]!.position!.start.offset) : source.length;
    const written = headingText(source, start, headEnd);
    const keyColumn = source.slice(start, headEnd).search(/[^\s#`]/) + 1;
    comment(
      {
        written,
        line: lineOf(start),
        column: Math.max(1, keyColumn),
        fromAbout: false,
        start,
        textStart: nextLine(source, headEnd),
      },
      blocks.slice(index + 1, sections[k + 1] ?? blocks.length),
      end,
    );
  });
  return { ...(data ? { data } : {}), bodyStart, ...(aboutAt ? { aboutAt } : {}), comments, problems };
}
