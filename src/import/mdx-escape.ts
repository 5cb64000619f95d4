/**
 * Makes pasted Markdown safe to compile as MDX while it reads the same on the
 * page. MDX parses `{…}` as JavaScript, `<…>` as JSX (and rejects HTML
 * comments), and a line starting with `import`/`export` as a module
 * statement; all of these are escaped. Pasted HTML therefore shows as text
 * and never runs: a `<script>` or an `onclick=` handler becomes visible
 * characters, and a `javascript:` link is turned back into plain text.
 * Code spans and fenced code are left as they are, since MDX shows them
 * literally.
 */

const FENCE = /^\s*(`{3,}|~{3,})/;

/** Escapes every line of a Markdown document; fenced code passes unchanged. */
export function escapeMarkdown(markdown: string): string {
  let fence: string | undefined;
  return markdown
    .split('\n')
    .map((line) => {
      const open = FENCE.exec(line);
      if (fence) {
        if (open && open[1]![0] === fence[0] && open[1]!.length >= fence.length && line.trim() === open[1]) fence = undefined;
        return line;
      }
      if (open) {
        fence = open[1];
        return line;
      }
      return escapeLine(line);
    })
    .join('\n');
}

/** Escapes one line of Markdown prose (not inside fenced code). */
export function escapeLine(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    const tick = /`+/.exec(line.slice(i));
    if (!tick) {
      out += escapeProse(line.slice(i));
      break;
    }
    const start = i + tick.index;
    const run = tick[0];
    out += escapeProse(line.slice(i, start));
    // A code span needs a closing run of the same length; otherwise the ticks are text.
    const close = line.indexOf(run, start + run.length);
    const exact = close >= 0 && line[close + run.length] !== '`';
    if (exact) {
      out += line.slice(start, close + run.length);
      i = close + run.length;
    } else {
      out += run;
      i = start + run.length;
    }
  }
  return escapeModuleStatement(out);
}

const UNSAFE_SCHEME = String.raw`\s*<?\s*(?:javascript|vbscript|data|file)\s*:`;

// A bare web address. GFM turns it into a link and takes an escape right after
// it ("https://x.example\\<") into the address, so the escape would show.
const BARE_URL = /(?:https?:\/\/|www\.)[^\s<>{}\\`"']*[^\s<>{}\\`"'.,;:!?)\]*_~]/g;

function escapeProse(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(BARE_URL)) {
    const before = text[m.index - 1];
    // GFM extends the link up to the next space; wrap only addresses that run into a
    // character MDX needs escaped. After "](" or "[" the address is inside link syntax already.
    const tail = /^\S*/.exec(text.slice(m.index + m[0].length))![0];
    if (!/[<>{}\\`]/.test(tail) || before === '[' || text.slice(m.index - 2, m.index) === '](') continue;
    const href = m[0].startsWith('www.') ? `http://${m[0]}` : m[0];
    out += escapeText(text.slice(last, m.index)) + `[${m[0]}](${href})`;
    last = m.index + m[0].length;
  }
  return out + escapeText(text.slice(last));
}

function escapeText(text: string): string {
  return (
    text
      // A backslash escape already in the Markdown stays as it is; a bare brace or angle is escaped.
      .replace(/\\[!-/:-@[-`{-~]|[{}<]/g, (c) => (c.length === 2 ? c : `\\${c}`))
      // [label](javascript:…) stays visible as text instead of becoming a link.
      .replace(new RegExp(String.raw`\]\((?=${UNSAFE_SCHEME})`, 'gi'), ']\\(')
      // A reference definition "[x]: javascript:…" likewise.
      .replace(new RegExp(String.raw`^(\s*)\[([^\]]*)\]:(?=${UNSAFE_SCHEME})`, 'i'), '$1\\[$2]:')
      // Images of the source's own folder (Notion attachments) are not copied, and a
      // missing image would fail the build: show them as links to the file instead.
      .replace(/!\[([^\]]*)\]\((?!\s*https?:)/gi, '\\![$1](')
  );
}

/** A line that starts with `import` or `export` would be a JavaScript statement in MDX. */
function escapeModuleStatement(line: string): string {
  // A character reference for the first letter: the page shows "import", MDX sees no keyword.
  return line.replace(/^(\s*)(?:i(?=mport\b)|e(?=xport\b))/, (match: string, space: string) => `${space}&#x${match.trimStart().charCodeAt(0).toString(16)};`);
}

/**
 * Turns plain pasted text (a job posting copied from a careers site) into
 * Markdown that keeps its lines: each line becomes its own paragraph, lines
 * that start with a dash or bullet stay list items, and indentation that
 * Markdown would misread is dropped.
 */
export function textToMarkdown(text: string): string {
  const blocks: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) blocks.push(list.join('\n'));
    list = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '') {
      continue;
    }
    const bullet = /^\s*[-*+]\s+(.*)$/.exec(line);
    if (bullet) {
      list.push(`- ${escapeLine(literal(bullet[1]!))}`);
      continue;
    }
    flush();
    blocks.push(escapePlainLine(line.trim()));
  }
  flush();
  return blocks.join('\n\n');
}

/** A plain-text line as a Markdown paragraph that shows the same characters. */
function escapePlainLine(line: string): string {
  let escaped = escapeLine(literal(line));
  // Lines Markdown would read as structure rather than text.
  if (/^(?:[-*_=]\s*){3,}$/.test(line)) escaped = `\\${escaped}`;
  else if (/^#{1,6}(\s|$)/.test(line) || /^>/.test(line)) escaped = `\\${escaped}`;
  else if (/^\d{1,9}[.)](\s|$)/.test(line)) escaped = escaped.replace(/^(\d+)([.)])/, '$1\\$2');
  return escaped;
}

/** Plain text has no escapes or entities: a backslash or "&amp;" in it is meant as written. */
function literal(text: string): string {
  return text.replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\').replace(/&(?=#?\w+;)/g, '\\&');
}
