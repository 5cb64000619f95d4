/**
 * Bounds on how deeply a note body may nest, checked before anything parses
 * it. The MDX compiler (Rust, recursive) overflows its stack and kills the
 * process with signal 11, without a message, at a few thousand levels: a
 * line of "- " repeated 5,000 times, 7,000 nested parentheses in an
 * expression, 20,000 nested emphasis marks or arrow functions. No real note
 * comes near 100 levels, so the bound loses nothing and leaves a wide margin.
 *
 * The scan is a heuristic over the raw text, linear in its length, and errs
 * towards counting too deep: it does not know where strings or code spans
 * are, so brackets in them count too.
 */
export const MAX_NESTING = 100;

/** Longest MDX expression (`{…}`) or import/export block, in characters: JavaScript nests without brackets too (`a => a => …`). */
export const MAX_EXPRESSION = 20_000;

export interface NestingProblem {
  /** 1-based line and column in the text scanned. */
  line: number;
  column: number;
  message: string;
}

const allowed = `; Dossier allows up to ${MAX_NESTING}, since deeper nesting crashes the MDX compiler`;

/**
 * The first place where `body` nests deeper than MAX_NESTING, or undefined.
 * Counted: list markers and `>` at the start of a line (with the indentation
 * before them, two columns a level), emphasis marks (`*`, `_`, `~`) opened
 * and not yet closed in a paragraph, and in MDX also brackets `( [ {` and
 * JSX tags opened and not yet closed, and the length of each expression.
 */
export function nestingProblem(body: string, mdx: boolean): NestingProblem | undefined {
  let brackets = 0;
  let tags = 0;
  let emphasis = 0;
  let braces = 0;
  let expressionStart: { line: number; column: number; index: number } | undefined;
  let esmStart: { line: number; index: number } | undefined;
  let line = 1;
  let lineStart = 0;
  const at = (index: number, message: string): NestingProblem => ({ line, column: index - lineStart + 1, message });

  for (let i = 0; i <= body.length;) {
    // At the start of each line: its container prefix, a blank line, an import/export block.
    const newline = body.indexOf('\n', i);
    const end = newline === -1 ? body.length : newline;
    lineStart = i;
    const depth = prefixDepth(body, i, end);
    if (depth > MAX_NESTING) return at(i, `lists and quotes nest deeper than ${MAX_NESTING} levels here${allowed}`);
    const blank = body.slice(i, end).trim() === '';
    if (blank) emphasis = 0; // emphasis cannot span paragraphs
    if (mdx) {
      if (esmStart && blank) {
        if (i - esmStart.index > MAX_EXPRESSION)
          return { line: esmStart.line, column: 1, message: tooLong('import/export block') };
        esmStart = undefined;
      }
      if (!esmStart && braces === 0 && /^(?:import|export)\b/.test(body.slice(i, i + 7))) esmStart = { line, index: i };
    }
    for (let j = i; j < end; j++) {
      const c = body[j]!;
      if (c === '\\') {
        j++; // an escaped character is text
        continue;
      }
      if (c === '*' || c === '_' || c === '~') {
        let k = j;
        while (k < end && body[k] === c) k++;
        emphasis = Math.max(0, emphasis + flanking(body, j, k, lineStart, end) * (k - j));
        if (emphasis > MAX_NESTING)
          return at(j, `emphasis marks (${c}) nest deeper than ${MAX_NESTING} levels here${allowed}`);
        j = k - 1;
        continue;
      }
      if (!mdx) continue;
      if (c === '(' || c === '[' || c === '{') {
        brackets++;
        if (brackets > MAX_NESTING)
          return at(j, `brackets ( [ { nest deeper than ${MAX_NESTING} levels here${allowed}`);
        if (c === '{' && braces++ === 0) expressionStart = { line, column: j - lineStart + 1, index: j };
      } else if (c === ')' || c === ']' || c === '}') {
        brackets = Math.max(0, brackets - 1);
        if (c === '}' && braces > 0 && --braces === 0) expressionStart = undefined;
      } else if (c === '<' && /[A-Za-z]/.test(body[j + 1] ?? '')) {
        if (++tags > MAX_NESTING) return at(j, `JSX tags nest deeper than ${MAX_NESTING} levels here${allowed}`);
      } else if ((c === '<' && body[j + 1] === '/') || (c === '/' && body[j + 1] === '>')) {
        tags = Math.max(0, tags - 1);
      }
      if (expressionStart && j - expressionStart.index > MAX_EXPRESSION) {
        return { line: expressionStart.line, column: expressionStart.column, message: tooLong('expression {…}') };
      }
    }
    line++;
    i = end + 1;
  }
  if (esmStart && body.length - esmStart.index > MAX_EXPRESSION)
    return { line: esmStart.line, column: 1, message: tooLong('import/export block') };
  return undefined;
}

const tooLong = (what: string) =>
  `an MDX ${what} longer than ${MAX_EXPRESSION.toLocaleString('en-US')} characters starts here; Dossier allows up to ${MAX_EXPRESSION.toLocaleString('en-US')}, since a longer one can crash the MDX compiler`;

/**
 * Levels of container a line opens: its `>` and list markers, or half the
 * columns of its prefix when that is more (an item indented under an item of
 * the line before). A line without a marker opens nothing, however indented.
 */
function prefixDepth(text: string, start: number, end: number): number {
  let columns = 0;
  let markers = 0;
  let i = start;
  while (i < end) {
    const c = text[i]!;
    if (c === ' ') columns++;
    else if (c === '\t') columns += 4 - (columns % 4);
    else if (c === '>') {
      markers++;
      columns++;
    } else {
      // A marker: `-`, `*`, `+`, or up to nine digits and `.` or `)`, then a space, a tab or the end of the line.
      let n = 0;
      if (c === '-' || c === '*' || c === '+') n = 1;
      else if (isDigit(c)) {
        let k = i;
        while (k < end && k - i < 9 && isDigit(text[k]!)) k++;
        n = text[k] === '.' || text[k] === ')' ? k - i + 1 : 0;
      }
      if (n === 0 || (i + n < end && text[i + n] !== ' ' && text[i + n] !== '\t')) break;
      markers++;
      columns += n;
      i += n;
      continue;
    }
    i++;
  }
  return markers === 0 ? 0 : Math.max(markers, Math.ceil(columns / 2));
}

const isDigit = (c: string) => c >= '0' && c <= '9';

/**
 * +1 when the run `[from, to)` can open emphasis, -1 when it can only close it, 0 when both or neither
 * (CommonMark's flanking rules, simplified). The importer counts runs with the same rule (import/nesting.ts).
 */
export function flanking(text: string, from: number, to: number, lineStart: number, lineEnd: number): number {
  const before = from > lineStart ? text[from - 1]! : ' ';
  const after = to < lineEnd ? text[to]! : ' ';
  const space = (c: string) => /\s/.test(c);
  const punct = (c: string) => /[\p{P}\p{S}]/u.test(c);
  const left = !space(after) && (!punct(after) || space(before) || punct(before));
  const right = !space(before) && (!punct(before) || space(after) || punct(after));
  return left && !right ? 1 : right && !left ? -1 : 0;
}
