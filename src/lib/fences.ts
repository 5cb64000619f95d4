import { markdownToMdast } from 'satteri';

interface CodeNode {
  type: string;
  children?: CodeNode[];
  position?: { start: { line: number; offset: number }; end: { line: number } };
}

/** A line that could open a fence, anywhere in a list or a quote: a quick test that spares texts without one a parse. */
const MAYBE_FENCE = /^[\s>*+\d.)-]*(?:`{3,}|~{3,})/m;

/**
 * The lines (0-based) of `markdown` that are fenced code, the fence lines
 * included, as the Markdown parser the build runs (Sätteri, CommonMark) reads
 * them: a fence closes only with the same character, at least as long; an
 * unclosed fence runs to the end of its container; a fence inside a list item
 * or a quote counts. Indented code is not included: MDX has none, so text
 * indented four spaces is prose in a note. One scanner for every reader of
 * fenced code, instead of a line pattern in each.
 */
export function fencedCodeLines(markdown: string): Set<number> {
  const lines = new Set<number>();
  if (!MAYBE_FENCE.test(markdown)) return lines;
  const tree = markdownToMdast(markdown) as unknown as CodeNode;
  // A loop over a stack: a hostile text can nest thousands of levels.
  const stack: CodeNode[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'code' && node.position) {
      const opener = markdown.slice(node.position.start.offset, node.position.start.offset + 3);
      if (opener === '```' || opener === '~~~')
        for (let l = node.position.start.line; l <= node.position.end.line; l++) lines.add(l - 1);
      continue;
    }
    for (const child of node.children ?? []) stack.push(child);
  }
  return lines;
}
