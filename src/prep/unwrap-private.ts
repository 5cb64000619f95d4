import {
  parseBody,
  privateRanges,
  tagEnd,
  walk,
  type BodyFormat,
  type Node,
  type Range,
} from '../share/private-blocks.ts';

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
 * Every `<Private>`, `</Private>` and `<Private />` tag of a body, nested ones
 * included, in order, read from its syntax tree as `privateRanges` reads it:
 * in MDX the tags of each Private element, in Markdown each such tag in the
 * raw HTML (a tag in code or in an HTML comment is text). One pass.
 */
function privateTags(body: string, format: BodyFormat, tree: Node): Range[] {
  const tags: Range[] = [];
  for (const node of walk(tree)) {
    if (!node.position) continue;
    const { start, end } = { start: node.position.start.offset, end: node.position.end.offset };
    if (format === 'mdx') {
      if (
        (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
        /^private$/i.test(node.name ?? '')
      )
        tags.push(...blockTags(body, { start, end }));
    } else if (node.type === 'html') {
      // The node's own stretch of the source (as privateRanges scans it), comments blanked out.
      const source = body.slice(start, end).replace(/<!--[\s\S]*?(?:-->|$)/g, (c) => ' '.repeat(c.length));
      for (const m of source.matchAll(/<\/?private(?![\w-])/gi))
        tags.push({ start: start + m.index, end: start + tagEnd(source, m.index) });
    }
  }
  return tags.sort((a, b) => a.start - b.start);
}

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
