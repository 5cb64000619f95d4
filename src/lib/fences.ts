import { markdownToMdast } from 'satteri';

interface CodeNode {
  type: string;
  children?: CodeNode[];
  position?: { start: { line: number; offset: number }; end: { line: number; column: number } };
}

/**
 * A line that could open a fence, anywhere in a list or a quote: a quick test that spares texts without one a parse.
 * Spaces and tabs only, not `\s`: with `^` at every line, a class that crossed line ends rescanned the rest of the
 * text from each blank line, quadratic on a text of newlines.
 */
const MAYBE_FENCE = /^[ \t>*+\d.)-]*(?:`{3,}|~{3,})/m;

/**
 * The lines (0-based) of `markdown` that are fenced code, the fence lines
 * included, as the Markdown parser the build runs (Sätteri, CommonMark) reads
 * them: a fence closes only with the same character, at least as long; an
 * unclosed fence runs to the end of its container; a fence inside a list item
 * or a quote counts. Indented code is not included: MDX has none, so text
 * indented four spaces is prose in a note. Lines are counted at `\n` (a
 * `\r\n` is one line end, a lone `\r` none), as every reader splits them.
 * One scanner for every reader of fenced code (the importer, the task list,
 * the prep sheet's sections and requirements), instead of a line pattern in each.
 */
export function fencedCodeLines(markdown: string): Set<number> {
  const lines = new Set<number>();
  // Most notes hold no fence at all: a plain substring search rules that out before the line pattern runs.
  if ((!markdown.includes('```') && !markdown.includes('~~~')) || !MAYBE_FENCE.test(markdown)) return lines;
  // The parser also ends a line at a lone CR; as a space (the same length, so offsets hold) it does not.
  const tree = markdownToMdast(markdown.replace(/\r(?!\n)/g, ' ')) as unknown as CodeNode;
  // A loop over a stack: a hostile text can nest thousands of levels.
  const stack: CodeNode[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'code' && node.position) {
      const opener = markdown.slice(node.position.start.offset, node.position.start.offset + 3);
      // An unclosed fence in a list item or a quote ends at column 1 of the line after it.
      const { start, end } = node.position;
      const last = end.column === 1 && end.line > start.line ? end.line - 1 : end.line;
      if (opener === '```' || opener === '~~~') for (let l = start.line; l <= last; l++) lines.add(l - 1);
      continue;
    }
    for (const child of node.children ?? []) stack.push(child);
  }
  return lines;
}
