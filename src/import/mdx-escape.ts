/**
 * Makes pasted Markdown safe to compile as MDX while it reads the same on the
 * page. MDX parses `{…}` as JavaScript, `<…>` as JSX (and rejects HTML
 * comments), and a line starting with `import`/`export` as a module
 * statement; all of these are escaped. Pasted HTML therefore shows as text
 * and never runs: a `<script>` or an `onclick=` handler becomes visible
 * characters. Code spans and fenced code are left as they are, since MDX
 * shows them literally.
 *
 * Links are not judged here: whether `[x](…)` is a link, and where it points,
 * depends on entities, line breaks and reference definitions that only a
 * parser sees. sanitize-mdx.ts checks the written MDX on its parsed tree.
 *
 * Every function here is linear in its input: a pasted page can be one
 * line of megabytes.
 */

import { fencedCodeLines } from '../lib/fences.ts';

/** Escapes every line of a Markdown document; fenced code passes unchanged. */
export function escapeMarkdown(markdown: string): string {
  const code = fencedCodeLines(markdown);
  return markdown
    .split('\n')
    .map((line, i) => (code.has(i) ? line : escapeLine(line)))
    .join('\n');
}

/** Escapes one line of Markdown prose (not inside fenced code). */
export function escapeLine(line: string): string {
  // The line's backtick runs, in one pass. A run opens a code span when a later
  // run has exactly its length (CommonMark); otherwise its ticks are text.
  const runs: { start: number; length: number }[] = [];
  for (let i = line.indexOf('`'); i >= 0; i = line.indexOf('`', i)) {
    let j = i;
    while (line[j] === '`') j++;
    runs.push({ start: i, length: j - i });
    i = j;
  }
  // The next run of the same length after each run, found walking backwards,
  // so matching costs one pass instead of a search from every run.
  const next: number[] = new Array(runs.length);
  const laterOfLength = new Map<number, number>();
  for (let k = runs.length - 1; k >= 0; k--) {
    next[k] = laterOfLength.get(runs[k]!.length) ?? -1;
    laterOfLength.set(runs[k]!.length, k);
  }
  let out = '';
  let pos = 0;
  for (let k = 0; k < runs.length;) {
    const run = runs[k]!;
    out += escapeProse(line.slice(pos, run.start));
    const close = next[k]!;
    if (close >= 0) {
      const end = runs[close]!.start + runs[close]!.length;
      out += line.slice(run.start, end);
      pos = end;
      k = close + 1;
    } else {
      out += '`'.repeat(run.length);
      pos = run.start + run.length;
      k++;
    }
  }
  out += escapeProse(line.slice(pos));
  return escapeModuleStatement(out);
}

// A bare web address. GFM turns it into a link and takes an escape right after
// it ("https://x.example\\<") into the address, so the escape would show.
const BARE_URL = /(?:https?:\/\/|www\.)[^\s<>{}\\`"']*[^\s<>{}\\`"'.,;:!?)\]*_~]/g;

// What follows an address up to the next space; sticky, so it is read in place rather than from a copy of the rest of the line.
const NON_SPACE = /\S*/y;

function escapeProse(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(BARE_URL)) {
    const before = text[m.index - 1];
    // GFM extends the link up to the next space; wrap only addresses that run into a
    // character MDX needs escaped. After "](" or "[" the address is inside link syntax already.
    NON_SPACE.lastIndex = m.index + m[0].length;
    const tail = NON_SPACE.exec(text)![0];
    if (!/[<>{}\\`]/.test(tail) || before === '[' || text.slice(m.index - 2, m.index) === '](') continue;
    const href = m[0].startsWith('www.') ? `http://${m[0]}` : m[0];
    out += escapeText(text.slice(last, m.index)) + `[${m[0]}](${href})`;
    last = m.index + m[0].length;
  }
  return out + escapeText(text.slice(last));
}

function escapeText(text: string): string {
  // A backslash escape already in the Markdown stays as it is; a bare brace or angle is escaped.
  return text.replace(/\\[!-/:-@[-`{-~]|[{}<]/g, (c) => (c.length === 2 ? c : `\\${c}`));
}

/** A line that starts with `import` or `export` would be a JavaScript statement in MDX. */
function escapeModuleStatement(line: string): string {
  // A character reference for the first letter: the page shows "import", MDX sees no keyword.
  return line.replace(
    /^(\s*)(?:i(?=mport\b)|e(?=xport\b))/,
    (match: string, space: string) => `${space}&#x${match.trimStart().charCodeAt(0).toString(16)};`,
  );
}

/**
 * Turns plain pasted text (a job posting copied from a careers site) into
 * Markdown that keeps its lines: each line becomes its own paragraph, lines
 * that start with a dash or bullet stay list items, and indentation that
 * Markdown would misread is dropped. Plain text has no structure beyond that:
 * an item's text that itself starts with a marker ("- - - -…", "> > >…",
 * "1. 1. 1.…") is escaped, so no line nests lists or quotes (thousands of
 * levels crash MDX's compiler).
 */
export function textToMarkdown(text: string): string {
  const blocks: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) blocks.push(list.join('\n'));
    list = [];
  };
  for (const raw of text.split('\n')) {
    // trimEnd, not /\s+$/: the regex retries from every space of a long run (quadratic).
    const line = raw.trimEnd();
    if (line.trim() === '') {
      continue;
    }
    const bullet = /^\s*[-*+]\s+(.*)$/.exec(line);
    if (bullet) {
      list.push(`- ${escapePlainLine(bullet[1]!)}`);
      continue;
    }
    flush();
    blocks.push(escapePlainLine(line.trim()));
  }
  flush();
  return blocks.join('\n\n');
}

/** A plain-text line as a Markdown paragraph that shows the same characters. */
export function escapePlainLine(line: string): string {
  let escaped = escapeLine(literal(line));
  // Lines Markdown would read as structure rather than text.
  if (/^(?:[-*_=]\s*){3,}$/.test(line)) escaped = `\\${escaped}`;
  else if (/^#{1,6}(\s|$)/.test(line) || /^>/.test(line) || /^[-*+](\s|$)/.test(line)) escaped = `\\${escaped}`;
  else if (/^\d{1,9}[.)](\s|$)/.test(line)) escaped = escaped.replace(/^(\d+)([.)])/, '$1\\$2');
  return escaped;
}

/** Plain text has no escapes or entities: a backslash or "&amp;" in it is meant as written. */
function literal(text: string): string {
  return text.replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\').replace(/&(?=#?\w+;)/g, '\\&');
}
