import { markdownToMdast, mdxToMdast } from 'satteri';
import type { Audience } from '../config/settings.ts';

/** How a note body is parsed: `.mdx` notes as MDX, `.md` notes as CommonMark with raw HTML. */
export type BodyFormat = 'md' | 'mdx';

/** How a note's body is parsed, from its file name: `.md` as CommonMark, anything else as MDX (as Astro does). */
export const bodyFormat = (filePath: string | undefined): BodyFormat => (/\.md$/i.test(filePath ?? '') ? 'md' : 'mdx');

/** A half-open range of UTF-16 offsets in a body. */
export interface Range {
  start: number;
  end: number;
}

/** The parts of an mdast node (Markdown or MDX) that Dossier reads. */
export interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: { type: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { offset: number; line: number }; end: { offset: number } };
}

/** Every node of a tree, parents first; iterative so a deeply nested tree cannot overflow the stack. */
export function* walk(tree: Node): Generator<Node> {
  const stack: Node[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    yield node;
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

/** `<Private>` in any case: in a `.md` note `<private>` is the same HTML tag, and whoever wrote it meant the block. */
const isPrivateName = (name: string | null | undefined) => /^private$/i.test(name ?? '');

/** Parses a body with the parser Astro 7 compiles notes with, so "where a block is" means what the build means. */
export function parseBody(body: string, format: BodyFormat): Node {
  return (format === 'mdx' ? mdxToMdast(body) : markdownToMdast(body)) as unknown as Node;
}

/**
 * Where the `<Private>` blocks of a body are, read from its syntax tree:
 * a tag shown in a code span or code block is text, not a block, exactly as
 * the compiled page treats it.
 *
 * - MDX: each outermost `<Private>` JSX element, flow or inline.
 * - Markdown: `<Private>` is raw HTML, split by the parser into separate HTML
 *   nodes for the opening and closing tag with Markdown between them; blocks
 *   run from an opening tag to its matching closing tag in document order.
 *   Nested blocks count; an unclosed block runs to the end of the body and a
 *   stray closing tag is ignored (fail closed: hiding too much is the safe side).
 *   A self-closing `<Private />` hides nothing.
 */
export function privateRanges(body: string, format: BodyFormat, tree: Node = parseBody(body, format)): Range[] {
  return format === 'mdx' ? mdxRanges(tree) : markdownRanges(tree, body);
}

/** Where each `<Private>` element of an MDX tree is, nested ones included. */
function mdxElements(tree: Node): Range[] {
  const ranges: Range[] = [];
  for (const node of walk(tree)) {
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      isPrivateName(node.name) &&
      node.position
    ) {
      ranges.push({ start: node.position.start.offset, end: node.position.end.offset });
    }
  }
  return ranges;
}

function mdxRanges(tree: Node): Range[] {
  const ranges = mdxElements(tree);
  // Only the outermost blocks: a nested one goes with the block around it.
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  let end = -1;
  return ranges.filter((r) => {
    if (r.start < end) return false;
    end = r.end;
    return true;
  });
}

// The start of an opening or closing tag; the tag ends at the next ">" (found separately, so the scan stays linear).
const TAG_START = /<(\/?)private(?![\w-])/gi;

/**
 * Where a tag that starts at `from` ends: the first `>` outside a quoted
 * attribute value, so `<Private title="HR/>payroll">` is one opening tag, not
 * a self-closing one. Linear: each character is looked at once.
 */
export function tagEnd(text: string, from: number, limit = text.length): number {
  let quote = '';
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return limit;
}

/** HTML comments blanked out (same length), so a tag inside one is not a tag. */
const blankComments = (html: string) => html.replace(/<!--[\s\S]*?(?:-->|$)/g, (c) => ' '.repeat(c.length));

/** A `<Private>` or `</Private>` tag in the raw HTML of a Markdown body. */
interface MarkdownTag {
  at: number;
  end: number;
  closing: boolean;
  selfClosing: boolean;
}

/** Every `<Private>` tag in a Markdown body's raw HTML, in order (a tag in code or in an HTML comment is text). */
function markdownTags(tree: Node, body: string): MarkdownTag[] {
  const tags: MarkdownTag[] = [];
  const html = [...walk(tree)].filter(
    (node) => node.type === 'html' && node.position && typeof node.value === 'string',
  );
  html.sort((a, b) => a.position!.start.offset - b.position!.start.offset);
  for (const node of html) {
    // Scan the node's own stretch of the source, not its value: in a list item or a block quote the
    // value lacks each line's indentation or "> ", and offsets into it would fall short in the source.
    const base = node.position!.start.offset;
    const source = blankComments(body.slice(base, node.position!.end.offset));
    TAG_START.lastIndex = 0;
    for (let match = TAG_START.exec(source); match; match = TAG_START.exec(source)) {
      const end = tagEnd(source, match.index);
      const closed = source[end - 1] === '>';
      tags.push({
        at: base + match.index,
        end: base + end,
        closing: match[1] === '/',
        selfClosing: closed && /\/\s*>$/.test(source.slice(match.index, end)),
      });
      TAG_START.lastIndex = end;
    }
  }
  return tags;
}

function markdownRanges(tree: Node, body: string): Range[] {
  const length = body.length;
  const tags = markdownTags(tree, body);
  const ranges: Range[] = [];
  let depth = 0;
  let start = 0;
  for (const tag of tags) {
    if (tag.closing) {
      if (depth === 0) continue;
      depth -= 1;
      if (depth === 0) ranges.push({ start, end: tag.end });
    } else if (!tag.selfClosing) {
      if (depth === 0) start = tag.at;
      depth += 1;
    }
  }
  if (depth > 0) ranges.push({ start, end: length });
  return ranges;
}

/**
 * The tags of one block: the opening tag, and the closing tag when the block
 * has one (an unclosed Markdown block runs to the end; a self-closing
 * `<Private />` is all tag).
 */
export function blockTags(text: string, { start, end }: Range): Range[] {
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
 * included, in order, found as `privateRanges` finds blocks: in MDX the tags of
 * each Private element, in Markdown each such tag in the raw HTML.
 */
export function privateTags(body: string, format: BodyFormat, tree: Node = parseBody(body, format)): Range[] {
  const tags =
    format === 'mdx'
      ? mdxElements(tree).flatMap((element) => blockTags(body, element))
      : markdownTags(tree, body).map(({ at, end }) => ({ start: at, end }));
  return tags.sort((a, b) => a.start - b.start);
}

// "< Private >", "</ private>", "< /Private>": a tag the parser reads as text, since a tag may not start
// with a space. One pass: each "<" is looked at once, and the spaces after it once.
const LOOKALIKE = /<[ \t\r\n]*(?:\/[ \t\r\n]*)?private(?![\w-])/gi;

/**
 * Text that reads as a `<Private>` tag to a person but as plain text to the
 * parser (a space after "<"): the owner meant a private block, and the page
 * would show its words. Found in the text nodes of the tree, so a tag in code
 * is left alone, as is one escaped as `\<Private>` to be shown.
 */
export function privateLookalikes(body: string, format: BodyFormat, tree: Node = parseBody(body, format)): Range[] {
  const found: Range[] = [];
  for (const node of walk(tree)) {
    if (node.type !== 'text' || !node.position) continue;
    const start = node.position.start.offset;
    const source = body.slice(start, node.position.end.offset);
    LOOKALIKE.lastIndex = 0;
    for (let match = LOOKALIKE.exec(source); match; match = LOOKALIKE.exec(source)) {
      // A real tag never reaches a text node; one without a space is an escaped tag (\<Private>), shown as text.
      if (!/\s/.test(match[0]) || source[match.index - 1] === '\\') continue;
      found.push({ start: start + match.index, end: start + match.index + match[0].length });
    }
  }
  return found;
}

/** The text without the given ranges (sorted, non-overlapping or nested). */
export function cutRanges(text: string, ranges: readonly Range[]): string {
  let out = '';
  let last = 0;
  for (const { start, end } of ranges) {
    if (end <= last) continue;
    out += text.slice(last, Math.max(last, start));
    last = end;
  }
  return out + text.slice(last);
}

/**
 * A body without its `<Private>` blocks: the one function that removes them,
 * for the mentor copy's prepared notes (`redact-note.ts`) and for what the
 * catalog derives from a body (tasks, requirement lists, prep sheets, exports).
 * Cutting a block can bring parts of a broken tag together (`<Priv<Private>…</Private>ate>`),
 * so the body is parsed again until no block is left.
 */
export function removePrivateBlocks(body: string, format: BodyFormat): string {
  let text = body;
  // Each round removes at least one character, so this ends; in practice it takes one round.
  for (;;) {
    if (!/<\/?private/i.test(text)) return text;
    const ranges = privateRanges(text, format);
    if (ranges.length === 0) return text;
    text = cutRanges(text, ranges);
  }
}

/** Whether `<Private>` blocks are rendered for this audience (the mentor never sees them). */
export function showsPrivateBlocks(audience: Audience): boolean {
  return audience === 'owner';
}

/**
 * A note's body as this audience may read it: for a mentor, without its
 * `<Private>` blocks, found on the syntax tree of the note's own format.
 * Everything the catalog derives from a body (tasks, requirement lists, prep
 * sheets, exports) reads this.
 */
export function visibleBody(body: string | undefined, filePath: string | undefined, audience: Audience): string {
  if (showsPrivateBlocks(audience)) return body ?? '';
  return removePrivateBlocks(body ?? '', bodyFormat(filePath));
}

/** A `<Private>` tag, opening or closing, anywhere in a string. */
export const HAS_PRIVATE_TAG = /<\/?private\b/i;

/**
 * A string of the frontmatter (a history note, `source`, an extra property)
 * split into what it shows and what its `<Private>…</Private>` stretches
 * hide. The frontmatter is no Markdown tree, so the stretches are found in
 * the text: from an opening tag to the next closing one; a tag left open
 * hides the rest of the string, and a stray closing tag hides what precedes
 * it (fail closed). One pass.
 */
export function privateSpans(text: string): { shown: string; hidden: string[] } {
  if (!HAS_PRIVATE_TAG.test(text)) return { shown: text, hidden: [] };
  const hidden: string[] = [];
  let shown = '';
  let at = 0;
  // Where the open stretch began (the end of its opening tag), or -1 outside one.
  let from = -1;
  for (const tag of text.matchAll(/<(\/?)private/gi)) {
    if (tag.index < at) continue;
    const closing = tag[1] === '/';
    if (from === -1 && !closing) {
      shown += text.slice(at, tag.index);
      from = at = tagEnd(text, tag.index);
    } else if (from !== -1 && closing) {
      hidden.push(text.slice(from, tag.index));
      from = -1;
      at = tagEnd(text, tag.index);
    } else if (from === -1 && closing) {
      // A closing tag with no opening one: what precedes it was meant to be private.
      hidden.push(shown + text.slice(at, tag.index));
      shown = '';
      at = tagEnd(text, tag.index);
    }
    // An opening tag inside an open stretch is part of it.
  }
  // A tag left open hides the rest.
  if (from !== -1) hidden.push(text.slice(from));
  else shown += text.slice(at);
  return { shown: shown.replace(/[ \t]{2,}/g, ' ').trim(), hidden: hidden.filter((h) => h.trim() !== '') };
}
