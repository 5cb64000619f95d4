import { mdxToMdast } from 'satteri';
import { isSafeUrl } from '../lib/safe-url.ts';
import { escapeDeepRuns, MAX_NESTING } from './nesting.ts';

/**
 * The last step of every imported body: the MDX exactly as it will be written
 * is parsed, and what the parser (the same one the build uses) sees is
 * checked. Regexes over lines cannot do this: a link's target may be written
 * `&#106;avascript:`, `javascript&colon;`, on the next line, or in a
 * reference definition split over lines, and Markdown that was an HTML block
 * or indented code in the source is a paragraph, with live links, once its
 * `<` is escaped for MDX. Only the tree says what is a link.
 *
 * What is not allowed is rewritten in place, by the node's source offsets,
 * into its literal text (every punctuation character backslash-escaped), so
 * the page shows what the source said, as text:
 * - links, images and definitions whose target is not http, https, mailto or
 *   relative (see isSafeUrl); a reference through an unsafe definition is
 *   left without a target and so becomes text itself;
 * - JSX other than the importer's own `<details>`/`<summary>`, JavaScript
 *   expressions and import/export statements (escaping should leave none;
 *   this makes sure);
 * - inline markup nested deeper than MAX_NESTING (emphasis inside emphasis…):
 *   MDX's compiler crashes on thousands of levels; and past MAX_OPEN_RUNS open
 *   brackets or emphasis marks in prose, the rest are escaped (escapeDeepRuns),
 *   so the build's nesting check accepts the note.
 * Images of the source's own folder (Notion attachments) are not copied, and a
 * missing image fails the build, so a local image is shown as a link to the file.
 *
 * Rewriting can uncover another construct (a link around a neutralized one), so
 * the check runs again until the tree is clean.
 */

const IMPORTER_ELEMENTS = new Set(['details', 'summary']);
const INLINE_CONTAINERS = new Set([
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'superscript',
  'subscript',
]);
/** Block nesting is bounded before parsing (nesting.ts); a deeper tree means that failed, and the body is not written as Markdown. */
const MAX_TREE_DEPTH = 4 * MAX_NESTING + 20;
const MAX_PASSES = 10;

/** The body could not be made safe as Markdown; the caller falls back to plain text. */
export class UnsafeMarkdownError extends Error {}

interface Node {
  type: string;
  url?: string;
  name?: string | null;
  identifier?: string;
  attributes?: unknown[];
  children?: Node[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Text that shows as written: each ASCII punctuation character escaped, escapes already there kept. */
export function literalMarkdown(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length && isPunctuation(text[i + 1]!)) {
      out += c + text[i + 1];
      i++;
    } else out += isPunctuation(c) ? `\\${c}` : c;
  }
  return out;
}

function isPunctuation(c: string): boolean {
  const code = c.charCodeAt(0);
  return (
    (code >= 33 && code <= 47) ||
    (code >= 58 && code <= 64) ||
    (code >= 91 && code <= 96) ||
    (code >= 123 && code <= 126)
  );
}

const isWebUrl = (url: string) => /^\s*https?:/i.test(url);

/** What must change in `mdx`, and where its literal text is (start, end offsets, in document order). */
function findEdits(mdx: string): { edits: Edit[]; text: [number, number][] } {
  let tree: Node;
  try {
    tree = mdxToMdast(mdx, { features: { frontmatter: false } }) as unknown as Node;
  } catch (error) {
    throw new UnsafeMarkdownError(`not valid MDX (${String((error as Error).message).slice(0, 200)})`);
  }
  // Walks are loops over a stack, not recursion: the tree of a hostile page can be
  // thousands of levels deep before this check flattens it.
  const definitions = new Map<string, string>();
  const pending: Node[] = [tree];
  while (pending.length) {
    const node = pending.pop()!;
    // The first definition of a label wins, as in the parser (document order: children pushed in reverse).
    if (node.type === 'definition' && node.identifier !== undefined && !definitions.has(node.identifier))
      definitions.set(node.identifier, node.url ?? '');
    // Definitions are blocks: no need to look inside paragraphs and other inline content.
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.children)
      for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!);
  }
  const edits: Edit[] = [];
  const text: [number, number][] = [];
  const range = (node: Node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) throw new UnsafeMarkdownError(`a ${node.type} without a position`);
    return { start, end };
  };
  const literal = (node: Node) => {
    const { start, end } = range(node);
    edits.push({ start, end, text: literalMarkdown(mdx.slice(start, end)) });
  };
  const showAsLink = (node: Node) => {
    // "![x](a.png)" → "\![x](a.png)": an exclamation mark and a link to the file.
    const { start } = range(node);
    edits.push({ start, end: start + 1, text: '\\!' });
  };
  const visit = (node: Node, depth: number, inline: number): number | undefined => {
    if (depth > MAX_TREE_DEPTH) throw new UnsafeMarkdownError(`nested more than ${MAX_TREE_DEPTH} levels deep`);
    switch (node.type) {
      case 'text':
        text.push([node.position?.start.offset ?? 0, node.position?.end.offset ?? 0]);
        return;
      case 'link':
      case 'definition':
        if (!isSafeUrl(node.url ?? '')) return void literal(node);
        break;
      case 'image':
        if (!isSafeUrl(node.url ?? '')) return void literal(node);
        if (!isWebUrl(node.url ?? '')) return void showAsLink(node);
        return;
      case 'imageReference': {
        const url = definitions.get(node.identifier ?? '');
        // Through an unsafe definition it is text once the definition is; otherwise like an image.
        if (url !== undefined && isSafeUrl(url) && !isWebUrl(url)) return void showAsLink(node);
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (!IMPORTER_ELEMENTS.has(node.name ?? '') || (node.attributes?.length ?? 0) > 0) return void literal(node);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
      case 'mdxjsEsm':
      case 'html':
        return void literal(node);
    }
    if (!INLINE_CONTAINERS.has(node.type)) return inline;
    if (inline + 1 > MAX_NESTING) return void literal(node);
    return inline + 1;
  };
  const stack: [Node, number, number][] = [[tree, 0, 0]];
  while (stack.length) {
    const [node, depth, inline] = stack.pop()!;
    const nested = visit(node, depth, inline);
    // undefined: the node was rewritten (or has nothing to check inside); its children go with it.
    if (nested === undefined) continue;
    for (const child of node.children ?? []) stack.push([child, depth + 1, nested]);
  }
  return { edits, text: text.sort((a, b) => a[0] - b[0]) };
}

/** Whether an offset is in literal text, for offsets asked in increasing order (one pass over the ranges). */
function textMembership(ranges: [number, number][]): (index: number) => boolean {
  let k = 0;
  return (index) => {
    while (k < ranges.length && ranges[k]![1] <= index) k++;
    return k < ranges.length && ranges[k]![0] <= index;
  };
}

/** Applies non-overlapping edits in one pass (an edit inside an earlier one is dropped: the outer rewrite covers it). */
function applyEdits(text: string, edits: Edit[]): string {
  edits.sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: string[] = [];
  let pos = 0;
  for (const edit of edits) {
    if (edit.start < pos) continue;
    parts.push(text.slice(pos, edit.start), edit.text);
    pos = edit.end;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

/**
 * `mdx` with every unsafe link, image, definition, JSX element, expression and
 * too-deep inline markup turned into literal text. Throws UnsafeMarkdownError
 * when the MDX does not parse or nests blocks too deep (the caller then writes
 * the source as plain text).
 */
export function sanitizeMdx(mdx: string): string {
  let current = mdx;
  let runsBounded = false;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { edits, text } = findEdits(current);
    if (edits.length === 0) {
      if (runsBounded) return current;
      // Clean: now keep brackets and emphasis marks in prose from counting as deep nesting. Escaping
      // literal characters can only take links away, but the result is checked once more anyway.
      current = escapeDeepRuns(current, textMembership(text));
      runsBounded = true;
      continue;
    }
    current = applyEdits(current, edits);
    runsBounded = false;
  }
  throw new UnsafeMarkdownError(`still had unsafe links after ${MAX_PASSES} passes`);
}
