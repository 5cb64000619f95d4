/**
 * Reads a page of Notion's "Markdown & CSV" export: the title as `# Title`,
 * then the database properties as `Key: Value` lines (keys may start with an
 * emoji), then the page's own content.
 */
export interface NotionProperty {
  /** The key as the user named it, e.g. "📅 Application Date". */
  key: string;
  value: string;
  /** 1-based line in the source. */
  line: number;
}

export interface NotionPage {
  title: string;
  properties: NotionProperty[];
  /** The content below the properties, as exported. */
  body: string;
}

/** `Amazon 1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d.md` → `Amazon`; Notion adds the page id to every file name. */
export function stripNotionId(fileName: string): string {
  return fileName
    .replace(/\.(md|markdown|csv|txt)$/i, '')
    .replace(/(?:\s|_)[0-9a-f]{32}(?:_all)?$/i, '')
    .trim();
}

/** Whether a file name carries a Notion page id. */
export function hasNotionId(fileName: string): boolean {
  return /(?:\s|_)[0-9a-f]{32}(?:_all)?\.(md|csv)$/i.test(fileName);
}

/**
 * The text of a `# Title` line, without a closing run of `#`, or undefined.
 * Read by hand: /^#\s+(.+?)\s*#*\s*$/ retries the tail at every character and
 * is quadratic in a long line of spaces.
 */
function headingText(line: string): string | undefined {
  if (line[0] !== '#' || !/^\s$/.test(line[1] ?? '')) return undefined;
  let text = line.slice(1).trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end === 0 || /\s/.test(text[end - 1]!)) text = text.slice(0, end).trimEnd();
  return text === '' ? undefined : text;
}

const PROPERTY = /^(?!\s)(?![-*+>#|]\s)([^:\n]{1,60}?):[ \t]*(.*)$/;

/** Whether the key reads like a property name rather than the start of a sentence. */
function isPropertyKey(key: string): boolean {
  return key.split(/\s+/).length <= 6 && !/[.!?`[\]()]/.test(key) && !/^https?$/i.test(key.trim());
}

/**
 * The page's title, properties and body, or undefined when the text does not
 * start with a `# Title` line followed by at least one property (or by a blank line
 * when the file name marks it as a Notion page).
 */
export function parseNotionPage(text: string, opts: { named?: boolean } = {}): NotionPage | undefined {
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  const title = headingText(lines[i] ?? '');
  if (title === undefined) return undefined;
  i++;
  let j = i;
  while (j < lines.length && lines[j]!.trim() === '') j++;
  const properties: NotionProperty[] = [];
  while (j < lines.length) {
    const match = PROPERTY.exec(lines[j]!);
    if (!match || !isPropertyKey(match[1]!)) break;
    properties.push({ key: match[1]!.trim(), value: match[2]!.trim(), line: j + 1 });
    j++;
  }
  if (properties.length === 0 && !opts.named) return undefined;
  const bodyStart = properties.length ? j : i;
  return { title, properties, body: lines.slice(bodyStart).join('\n') };
}

/**
 * Notion's Markdown for a page body, turned into MDX-ready Markdown:
 * - A toggle is exported as a bullet with an indented block under it. A
 *   top-level bullet whose block holds more than list items (paragraphs, a
 *   pasted job description) becomes a `<details>` block with the bullet as
 *   its summary; bullets with only nested bullets stay lists.
 * - The page title is the note's title, so headings move one level down when
 *   the body uses `#`.
 * Text is not escaped here; see escapeMarkdown.
 */
export function notionBodyToMarkdown(
  body: string,
  escape: (markdown: string) => string,
  escapeInline: (line: string) => string,
): string {
  const lines = body.split('\n');
  const out: string[] = [];
  let plain: string[] = [];
  // Escape runs of the page's own lines together, so fenced code is recognized across lines.
  const flush = () => {
    if (plain.length) out.push(escape(plain.join('\n')));
    plain = [];
  };
  const demote = lines.some((l) => /^#\s/.test(l));
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    // Trimmed first: with a trailing run of spaces, \s*$ after .*\S backtracks quadratically.
    const bullet = /^[-*+]\s+(?!\[[ xX]\])(.*\S)$/.exec(line.trimEnd());
    if (bullet) {
      let end = i + 1;
      while (end < lines.length && (lines[end]!.trim() === '' || /^(\s{2,}|\t)/.test(lines[end]!))) end++;
      // Trailing blank lines belong after the block, not inside it.
      while (end > i + 1 && lines[end - 1]!.trim() === '') end--;
      const block = lines.slice(i + 1, end);
      const isToggle = block.some((l) => l.trim() !== '' && !/^\s*([-*+]|\d+[.)])\s/.test(l));
      if (isToggle) {
        // A loop, not Math.min(...lines): spreading a long block's lines overflows the call stack.
        let indent = Infinity;
        for (const l of block)
          if (l.trim() !== '') indent = Math.min(indent, /^\s*/.exec(l)![0].replace(/\t/g, '    ').length);
        const inner = block.map((l) => l.replace(/\t/g, '    ').slice(indent)).join('\n');
        flush();
        out.push(
          '<details>',
          `<summary>${escapeInline(bullet[1]!)}</summary>`,
          '',
          notionBodyToMarkdown(inner, escape, escapeInline).trim(),
          '',
          '</details>',
        );
        i = end;
        continue;
      }
    }
    // An empty to-do ("- [ ]" with nothing after it) is a task only with some text after its box: a no-break space.
    const emptyTask = /^(\s*[-*+]\s+\[[ xX]\])\s*$/.exec(line);
    plain.push(emptyTask ? `${emptyTask[1]} &nbsp;` : demote && /^#{1,5}\s/.test(line) ? `#${line}` : line);
    i++;
  }
  flush();
  return out.join('\n');
}
