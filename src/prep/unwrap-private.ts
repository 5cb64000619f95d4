import { privateRanges, tagEnd, type BodyFormat, type Range } from '../share/private-blocks.ts';

/** How a note's body is parsed, from its file name: `.md` as CommonMark, anything else as MDX (as Astro does). */
export const bodyFormat = (filePath: string | undefined): BodyFormat => (/\.md$/i.test(filePath ?? '') ? 'md' : 'mdx');

/**
 * The `<Private>` and `</Private>` tags of one block: the opening tag, and the
 * closing tag when the block has one (an unclosed Markdown block runs to the
 * end; a self-closing `<Private />` is all tag).
 */
function blockTags(text: string, { start, end }: Range): Range[] {
  const open = tagEnd(text, start, end);
  if (open >= end) return [{ start, end }];
  const close = text.lastIndexOf('<', end - 1);
  return close >= open && /^<\/private/i.test(text.slice(close, close + 9)) && text[end - 1] === '>'
    ? [
        { start, end: open },
        { start: close, end },
      ]
    : [{ start, end: open }];
}

/**
 * The HTML comments that stand for the start and end of a block on its own
 * lines, when `unwrapPrivate` is asked to mark them: `renderNotes` keeps these
 * two comments and turns them into the same "Private" box as the note's page.
 */
export const PRIVATE_START = '<!--dossier:private-->';
export const PRIVATE_END = '<!--/dossier:private-->';

/**
 * Plain-text stand-ins for the markers while nested blocks are unwrapped:
 * later rounds parse the text as MDX again, which has no HTML comments.
 */
const START_TOKEN = 'dossier-private-start-4f1c9b';
const END_TOKEN = 'dossier-private-end-4f1c9b';

/** Whether a block fills whole lines: it starts at the start of a line and ends at the end of one (not in a list item or a sentence). */
const ownLines = (text: string, { start, end }: Range) =>
  (start === 0 || text[start - 1] === '\n') && (end === text.length || text[end] === '\n' || text[end] === '\r');

/**
 * A body with its `<Private>` blocks unwrapped: the tags removed, everything
 * inside kept as Markdown. For the owner's prep sheet, which renders sections
 * as plain Markdown without MDX: there `<Private>` on a line of its own starts
 * a raw HTML block that runs to the next blank line, so the block's first
 * paragraph was raw HTML and dropped with the tag. Without the tag, its line
 * is blank and the paragraph is a paragraph.
 *
 * With `mark`, an outermost block on lines of its own has its tags replaced by
 * `PRIVATE_START` and `PRIVATE_END` on lines of their own, so the sheet can
 * show it as private; a block inside a list item or a sentence is unwrapped.
 *
 * The mentor's body has no private blocks left (the catalog removed them with
 * `visibleBody`), so this changes nothing there. Blocks are found on the syntax
 * tree, as the build finds them: a tag in a code span stays text. One parse per
 * level of nesting (a nested block is unwrapped in the next round); each round
 * removes at least one tag, so it ends.
 */
export function unwrapPrivate(body: string, format: BodyFormat, { mark = false } = {}): string {
  let text = body;
  let outermost = true;
  while (/<\/?private/i.test(text)) {
    const ranges = privateRanges(text, format);
    if (ranges.length === 0) break;
    let out = '';
    let last = 0;
    for (const range of ranges) {
      const tags = blockTags(text, range);
      const marked = mark && outermost && tags.length === 2 && ownLines(text, range);
      tags.forEach((tag, i) => {
        out += text.slice(last, tag.start);
        if (marked) out += `\n${i === 0 ? START_TOKEN : END_TOKEN}\n`;
        last = tag.end;
      });
    }
    text = out + text.slice(last);
    outermost = false;
  }
  return mark ? text.replaceAll(START_TOKEN, PRIVATE_START).replaceAll(END_TOKEN, PRIVATE_END) : text;
}
