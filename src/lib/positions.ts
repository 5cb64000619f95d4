/**
 * Line and column (1-based) of an offset in `text`, from the line starts
 * counted once: each lookup is a binary search, so reporting many places of a
 * long text stays linear in it (not a count of the text before each offset,
 * again and again).
 *
 * A line ends at `\n` (so also at `\r\n`). With `loneCr`, a `\r` not followed
 * by `\n` ends one too, as Markdown and YAML count lines: a feedback file is
 * read by those parsers, and its lines must be theirs.
 */
export function positionsIn(
  text: string,
  { loneCr = false }: { loneCr?: boolean } = {},
): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (loneCr && c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}
