import { fencedCodeLines } from '../lib/fences.ts';
import { flanking, MAX_NESTING as NOTE_NESTING } from '../lib/nesting-bounds.ts';

/**
 * How deep an imported note may nest lists and quotes: a fifth of what a note
 * may (lib/nesting-bounds.ts, which the build and validate check). MDX's compiler
 * recurses once per level and crashes at a few thousand; compiling is also
 * quadratic in the depth. No real note goes past a handful of levels, so 20
 * loses nothing, and the margin keeps an imported note far from the limit.
 */
export const MAX_NESTING = NOTE_NESTING / 5;

const ORDERED = /^\d{1,9}[.)]/;

/** A list marker at `i` (`-`, `*`, `+`, `1.`, `1)`) followed by a space, a tab or the end of the line: its length, else 0. */
function listMarkerAt(line: string, i: number): number {
  let n = 0;
  const c = line[i];
  if (c === '-' || c === '*' || c === '+') n = 1;
  else if (c !== undefined && c >= '0' && c <= '9') n = ORDERED.exec(line.slice(i, i + 11))?.[0].length ?? 0;
  if (n === 0) return 0;
  const after = line[i + n];
  return after === undefined || after === ' ' || after === '\t' ? n : 0;
}

/**
 * Flattens Markdown that nests deeper than `max` levels, line by line and
 * without parsing (the parse is what must not see the deep version).
 *
 * A line's container prefix is what precedes its text: indentation, `>` and
 * list markers. Every level of nesting costs at least two columns of it (a
 * list item's content sits at least two columns right of its parent's; a `>`
 * is counted as two), so a prefix cut to `2 * max` columns nests at most
 * `max` deep. Past the cut, further indentation is dropped (a deeper item
 * becomes a sibling at the deepest level) and a further marker is escaped
 * (`\-`, `\>`, `1\.`), so it shows as the text it is. Lines inside fenced code
 * are left alone; code does not nest. Linear in the input.
 */
export function boundNesting(markdown: string, max = MAX_NESTING): string {
  const budget = 2 * max;
  const code = fencedCodeLines(markdown);
  const lines = markdown.split('\n');
  for (let n = 0; n < lines.length; n++) if (!code.has(n)) lines[n] = boundLine(lines[n]!, budget);
  return lines.join('\n');
}

function boundLine(line: string, budget: number): string {
  let cols = 0;
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === ' ' || c === '\t') {
      const width = c === '\t' ? 4 - (cols % 4) : 1;
      if (cols + width > budget) {
        // Too deep by indentation: drop the rest of it. One marker may follow, so the
        // line stays a list item, at the deepest level instead of deeper.
        let j = i;
        while (line[j] === ' ' || line[j] === '\t') j++;
        const marker = listMarkerAt(line, j) || (line[j] === '>' ? 1 : 0);
        if (marker === 0) return line.slice(0, i) + line.slice(j);
        let k = j + marker;
        while (line[k] === ' ' || line[k] === '\t') k++;
        return line.slice(0, i) + line.slice(j, j + marker) + ' ' + escapeMarkerAt(line, k);
      }
      cols += width;
      i++;
      continue;
    }
    const marker = c === '>' ? 1 : listMarkerAt(line, i);
    if (marker === 0) return line;
    const cost = c === '>' ? 2 : marker;
    if (cols + cost > budget) return line.slice(0, i) + escapeMarkerAt(line, i);
    cols += cost;
    i += marker;
  }
  return line;
}

/** The line from `i` on, with the container marker there (if any) escaped so it is text. */
function escapeMarkerAt(line: string, i: number): string {
  const rest = line.slice(i);
  if (line[i] === '>') return `\\${rest}`;
  const marker = listMarkerAt(line, i);
  if (marker === 0) return rest;
  // "-" → "\-"; "12." → "12\.": a backslash before the punctuation that makes it a marker.
  return `${rest.slice(0, marker - 1)}\\${rest.slice(marker - 1)}`;
}

/**
 * How many brackets or emphasis marks may be open at once in a written note.
 * The build and `npm run validate` refuse a note where more than 100 are
 * (counting as below: the MDX compiler crashes on thousands); the importer
 * stays well under that.
 */
export const MAX_OPEN_RUNS = NOTE_NESTING / 2;

/**
 * Backslash-escapes brackets `(` `[` and emphasis marks `*` `_` `~` in prose
 * once more than MAX_OPEN_RUNS of them are open, so a pasted line of 7,000
 * parentheses or 20,000 asterisks is text that no check counts as nesting. It
 * counts the way the build's check does (brackets over the whole body, marks
 * per paragraph, by whether a run can open or close; an escaped character is
 * not counted), but escapes only where `inText(index)` says the character is
 * literal text of the parsed body: there `\(` shows as `(`, while in code it
 * would show the backslash. Linear in the body.
 */
export function escapeDeepRuns(body: string, inText: (index: number) => boolean, max = MAX_OPEN_RUNS): string {
  const out: string[] = [];
  let from = 0;
  const escapeAt = (index: number) => {
    out.push(body.slice(from, index), '\\');
    from = index;
  };
  let brackets = 0;
  let emphasis = 0;
  let lineStart = 0;
  while (lineStart <= body.length) {
    const newline = body.indexOf('\n', lineStart);
    const end = newline === -1 ? body.length : newline;
    if (body.slice(lineStart, end).trim() === '') emphasis = 0;
    for (let j = lineStart; j < end; j++) {
      const c = body[j]!;
      if (c === '\\') {
        j++;
        continue;
      }
      if (c === '*' || c === '_' || c === '~') {
        let k = j;
        while (k < end && body[k] === c) k++;
        const delta = flanking(body, j, k, lineStart, end) * (k - j);
        if (emphasis + delta > max && inText(j)) for (let m = j; m < k; m++) escapeAt(m);
        else emphasis = Math.max(0, emphasis + delta);
        j = k - 1;
      } else if (c === '(' || c === '[' || c === '{') {
        if (brackets + 1 > max && inText(j)) escapeAt(j);
        else brackets++;
      } else if (c === ')' || c === ']' || c === '}') brackets = Math.max(0, brackets - 1);
    }
    lineStart = end + 1;
  }
  out.push(body.slice(from));
  return out.join('');
}
