import { parseBody, privateRanges, walk, type BodyFormat, type Node } from '../notes/private-blocks.ts';

/**
 * A note body read as a flat run of blocks on its Markdown syntax tree (the
 * tree the build compiles), for the parts of a note Dossier reads by their
 * headings: debriefs and "Questions to ask". Reading the tree rather than
 * lines means a heading in a code block is code, a list written with `-`,
 * `*` or `1.` is a list, and a section inside `<Private>` is still a section.
 */

/** The mdast fields this folder reads, beyond those of `Node`. */
export interface MdNode extends Node {
  depth?: number;
  checked?: boolean | null;
  children?: MdNode[];
  position?: { start: { offset: number; line: number; column?: number }; end: { offset: number } };
}

/** One block of the body in document order, and whether it sits inside a `<Private>` block. */
export interface Block {
  node: MdNode;
  private: boolean;
}

/**
 * The body's blocks in document order. MDX elements that wrap flow content
 * (`<Private>…</Private>`, any other component) are opened, so their headings
 * and lists take part like any other; `private` says whether a block lies in
 * a `<Private>` block, found by the one reader of those (`privateRanges`).
 */
export function bodyBlocks(body: string, format: BodyFormat): Block[] {
  const tree = parseBody(body, format) as MdNode;
  // Outermost blocks, in document order, as blocks come: one pointer answers "inside a block?".
  const ranges = /<\/?private/i.test(body) ? privateRanges(body, format, tree) : [];
  let next = 0;
  const isPrivate = (node: MdNode) => {
    const at = node.position?.start.offset;
    if (at === undefined) return false;
    while (next < ranges.length && ranges[next]!.end <= at) next += 1;
    return next < ranges.length && ranges[next]!.start <= at;
  };
  const blocks: Block[] = [];
  // Iterative, parents before children, so no nesting depth can overflow the stack.
  const stack: MdNode[] = [...(tree.children ?? [])].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'mdxJsxFlowElement') {
      for (let i = (node.children?.length ?? 0) - 1; i >= 0; i--) stack.push(node.children![i]!);
      continue;
    }
    blocks.push({ node, private: isPrivate(node) });
  }
  return blocks;
}

/**
 * The plain text of a node: its text, inline code and the text of its links
 * and emphasis, in order, with line breaks as spaces. A nested list inside a
 * list item is left out (`shallow`), so an item's text is its own line.
 */
export function plainText(node: MdNode, { shallow = false } = {}): string {
  return textLines(node, { shallow }).join(' ');
}

/**
 * The plain text of a node line by line, as written: a paragraph's soft line
 * breaks kept, each line with its spacing collapsed, empty lines dropped.
 */
export function textLines(node: MdNode, { shallow = false } = {}): string[] {
  let out = '';
  for (const child of walk(node) as Iterable<MdNode>) {
    if (child.type === 'text' || child.type === 'inlineCode') out += String(child.value ?? '');
    else if (child.type === 'break') out += '\n';
    if (shallow && child !== node && child.type === 'list') break;
  }
  return out
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** One entry of a section: a list item's own text, or a paragraph where the section has no list. */
export interface SectionItem {
  text: string;
  /** The text line by line, as written (a "Stories told:" line right under an item joins its paragraph). */
  lines: string[];
  /** 1-based line in the body. */
  line: number;
  /** For a task list item (`- [ ]`, `- [x]`), whether it is ticked; undefined for a plain item. */
  done?: boolean;
  private: boolean;
  node: MdNode;
}

/**
 * The entries of a section's blocks: the items of its lists (top level: a
 * nested list stays with its item), else its paragraphs, one entry each;
 * with `all`, both, in order.
 */
export function sectionItems(blocks: readonly Block[], { all = false } = {}): SectionItem[] {
  const items: SectionItem[] = [];
  const paragraphs: SectionItem[] = [];
  for (const { node, private: isPrivate } of blocks) {
    if (node.type === 'list') {
      for (const item of node.children ?? []) {
        const first = item.children?.find((c) => c.type === 'paragraph') ?? item;
        const lines = textLines(first, { shallow: true });
        // An empty task (`- [ ]`, the template's placeholder) parses as the text "[ ]": nothing written yet.
        if (!lines.length || (lines.length === 1 && /^\[[ xX]?\]$/.test(lines[0]!))) continue;
        items.push({
          text: lines.join(' '),
          lines,
          line: item.position?.start.line ?? 1,
          done: typeof item.checked === 'boolean' ? item.checked : undefined,
          private: isPrivate,
          node: item,
        });
      }
    } else if (node.type === 'paragraph') {
      const lines = textLines(node);
      if (!lines.length) continue;
      const entry = { text: lines.join(' '), lines, line: node.position?.start.line ?? 1, private: isPrivate, node };
      (all ? items : paragraphs).push(entry);
    }
  }
  return items.length ? items : paragraphs;
}

/** Heading text compared without case, accents, punctuation or spacing: "Follow-ups" = "follow ups". */
export const foldHeading = (heading: string) =>
  heading
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
