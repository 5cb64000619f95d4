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
 * A body with its `<Private>` blocks unwrapped: the tags removed, everything
 * inside kept as Markdown. For the owner's prep sheet, which renders sections
 * as plain Markdown without MDX: there `<Private>` on a line of its own starts
 * a raw HTML block that runs to the next blank line, so the block's first
 * paragraph was raw HTML and dropped with the tag. Without the tag, its line
 * is blank and the paragraph is a paragraph.
 *
 * The mentor's body has no private blocks left (the catalog removed them with
 * `visibleBody`), so this changes nothing there. Blocks are found on the syntax
 * tree, as the build finds them: a tag in a code span stays text. One parse per
 * level of nesting (a nested block is unwrapped in the next round); each round
 * removes at least one tag, so it ends.
 */
export function unwrapPrivate(body: string, format: BodyFormat): string {
  let text = body;
  while (/<\/?private/i.test(text)) {
    const ranges = privateRanges(text, format);
    if (ranges.length === 0) break;
    let out = '';
    let last = 0;
    for (const tag of ranges.flatMap((r) => blockTags(text, r))) {
      out += text.slice(last, tag.start);
      last = tag.end;
    }
    text = out + text.slice(last);
  }
  return text;
}
