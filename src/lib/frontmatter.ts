import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

/**
 * A note's source split into frontmatter and body, with what is needed to
 * point at a line: problems name `file:line:column`, so every frontmatter
 * value keeps its position. The `yaml` package parses with positions and
 * keeps dates as strings (YAML 1.2 core schema), unlike js-yaml.
 */
export interface SplitNote {
  /** The parsed frontmatter, or undefined when it could not be read. */
  data: unknown;
  /** The MDX body after the closing fence. */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /**
   * Position of a frontmatter path (`['salary', 'min']`) in the file: of its
   * value, or of its key with `at: 'key'`; of the nearest existing parent when
   * the path does not exist (a missing field points at its mapping).
   */
  locate(path: readonly (string | number)[], at?: 'key' | 'value'): { line: number; column: number };
  /** Problems reading the file itself: no fence, unclosed fence, bad YAML. */
  errors: { line: number; column: number; message: string }[];
}

/**
 * Splits `---` frontmatter from the body. Tolerates a UTF-8 BOM and CRLF line
 * endings, which editors on Windows and pasted text bring along.
 */
export function splitNote(source: string): SplitNote {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const none = (errors: SplitNote['errors']): SplitNote => ({
    data: undefined,
    body: text,
    bodyLine: 1,
    locate: () => ({ line: 1, column: 1 }),
    errors,
  });
  if (text.trim() === '') return none([{ line: 1, column: 1, message: 'the file is empty; a note starts with frontmatter between two "---" lines' }]);
  if (lines[0]?.trim() !== '---') {
    return none([{ line: 1, column: 1, message: `found "${lines[0]?.slice(0, 40)}" on the first line; a note starts with a "---" line that opens its frontmatter` }]);
  }
  const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (close === -1) {
    return none([{ line: 1, column: 1, message: 'the frontmatter opened on line 1 is never closed; add a "---" line after the last field' }]);
  }
  const yamlText = lines.slice(1, close).join('\n');
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // One error per line: the parser's later complaints on a line are echoes of the first.
  const errors = doc.errors
    .map((e) => {
      const pos = lineCounter.linePos(e.pos[0]);
      return { line: pos.line + 1, column: pos.col, message: `the frontmatter is not valid YAML: ${firstLine(e.message)}${yamlHint(e.message, yamlText.slice(e.pos[0]).split('\n')[0]!)}` };
    })
    .filter((e, i, all) => all.findIndex((other) => other.line === e.line) === i);
  const locate = (path: readonly (string | number)[], at: 'key' | 'value' = 'value') => locateIn(doc, lineCounter, path, at);
  return {
    data: errors.length ? undefined : (doc.toJS() ?? {}),
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
    locate,
    errors,
  };
}

/** What to do about the YAML mistakes people make most. */
function yamlHint(message: string, rest: string): string {
  if (/Map keys must be unique/.test(message)) return `; the field "${rest.split(':')[0]!.trim()}" appears twice, keep one`;
  if (/Implicit keys need to be on a single line|Nested mappings are not allowed/.test(message)) {
    return '; check the indentation here and on the next line: each field starts at the beginning of its line, and a value containing ": " needs quotes';
  }
  if (/Flow (sequence|mapping)/.test(message)) return '; a list opened with "[" (or a mapping opened with "{") must be closed on the same field';
  if (/Tabs are not allowed/i.test(message)) return '; indent with spaces, not tabs';
  return '';
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * Finds the deepest node along `path` that exists and returns its position
 * in the file: `firstLine` is the file line of the YAML's first line (2 in a
 * note, after the opening fence; 1 in a YAML file).
 */
export function locateIn(doc: Document, lc: LineCounter, path: readonly (string | number)[], at: 'key' | 'value', firstLine = 2): { line: number; column: number } {
  let node: unknown = doc.contents;
  let offset = 0;
  for (const [i, key] of path.entries()) {
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      const keyStart = (pair.key as { range?: [number] }).range?.[0] ?? offset;
      const valueStart = (pair.value as { range?: [number] } | null)?.range?.[0];
      offset = last && at === 'key' ? keyStart : (valueStart ?? keyStart);
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as { range?: [number] } | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  const pos = lc.linePos(offset);
  return { line: pos.line + firstLine - 1, column: pos.col };
}
