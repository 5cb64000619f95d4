import {
  blockTags,
  parseBody,
  privateRanges,
  privateTags,
  type BodyFormat,
  type Range,
} from '../notes/private-blocks.ts';

/** The HTML comments that stand for the start and end of a block on its own lines when `unwrapPrivate` marks them (see `renderNotes`). */
export const PRIVATE_START = '<!--dossier:private-->';
export const PRIVATE_END = '<!--/dossier:private-->';

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
 * show it as private; a block inside a list item or a sentence, or nested in
 * another, is only unwrapped.
 *
 * The mentor's body has no private blocks left (the catalog removed them with
 * `visibleBody`), so this changes nothing there. Blocks are found on the syntax
 * tree, as the build finds them: a tag in a code span stays text. One parse,
 * one pass over the tags, whatever the nesting.
 */
export function unwrapPrivate(body: string, format: BodyFormat, { mark = false } = {}): string {
  if (!/<\/?private/i.test(body)) return body;
  const tree = parseBody(body, format);
  const markers = new Map<number, string>();
  if (mark) {
    for (const range of privateRanges(body, format, tree)) {
      const tags = blockTags(body, range);
      if (tags.length !== 2 || !ownLines(body, range)) continue;
      markers.set(tags[0]!.start, `\n${PRIVATE_START}\n`);
      markers.set(tags[1]!.start, `\n${PRIVATE_END}\n`);
    }
  }
  let out = '';
  let last = 0;
  for (const tag of privateTags(body, format, tree)) {
    if (tag.start < last) continue;
    out += body.slice(last, tag.start) + (markers.get(tag.start) ?? '');
    last = tag.end;
  }
  return out + body.slice(last);
}
