import { load as loadYaml } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Scalar } from 'yaml';
import { utcDay } from './dates.ts';

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
  /**
   * Why a field the schema does not know is there, when the text says: an unquoted comma inside a
   * `{ … }` mapping ended a value, and what followed it became a field of its own. Gives the field
   * whose value it cut short (`owner`, the one to fix) and a message that says to quote that value
   * and shows the line fixed; undefined when that is not what happened.
   */
  explainUnknown(path: readonly (string | number)[], key: string): { owner: string; message: string } | undefined;
}

/** Where a note's frontmatter is in its source, as offsets into the source itself (BOM and CRLF kept). */
export interface FrontmatterBounds {
  /** The first character of the YAML, on the line after the opening `---`. */
  yamlStart: number;
  /** Just after the YAML's last line break: where the closing `---` line starts. */
  yamlEnd: number;
  /** The first character after the closing line and its line break. */
  bodyStart: number;
  /** 0-based index of the closing line. */
  closeLine: number;
}

/** A note's source cut at its frontmatter fences, before any YAML is read. */
export type Fenced =
  | { ok: true; yaml: string; body: string; bodyLine: number }
  | { ok: false; body: string; error: { line: number; column: number; message: string } };

/**
 * Finds the frontmatter between its two `---` lines: the one rule for where
 * it starts and ends, used by `splitNote` (validate, the build's checks), by
 * `splitFrontmatter` (the mentor copy and its self-check) and by the
 * commands that edit a note in place (src/edit/), so no command
 * accepts a note that validate refuses. Tolerates a UTF-8 BOM and CRLF or CR
 * line endings; a YAML `...` closing the frontmatter is refused: Astro's
 * loader reads only `---`, and would read the body as YAML.
 */
export function frontmatterBounds(source: string): FrontmatterBounds | { error: SplitNote['errors'][number] } {
  const start = source.startsWith('\uFEFF') ? 1 : 0;
  const fail = (line: number, message: string) => ({ error: { line, column: 1, message } });
  if (source.slice(start).trim() === '')
    return fail(1, 'the file is empty; a note starts with frontmatter between two "---" lines');
  // Lines with their offsets: the line's start and where its line break ends.
  const lines: { start: number; end: number; next: number }[] = [];
  for (let at = start; at <= source.length;) {
    const brk = /\r\n|\r|\n/g;
    brk.lastIndex = at;
    const m = brk.exec(source);
    const end = m ? m.index : source.length;
    lines.push({ start: at, end, next: m ? end + m[0].length : source.length });
    if (!m) break;
    at = end + m[0].length;
  }
  const text = (i: number) => source.slice(lines[i]!.start, lines[i]!.end);
  if (text(0).trim() !== '---') {
    return fail(
      1,
      `found "${text(0).slice(0, 40)}" on the first line; a note starts with a "---" line that opens its frontmatter`,
    );
  }
  let close = -1;
  for (let i = 1; i < lines.length && close === -1; i++) {
    if (/^\.\.\.\s*$/.test(text(i)))
      return fail(
        i + 1,
        'found "..." closing the frontmatter; close it with a "---" line, which is what the build reads',
      );
    if (/^---\s*$/.test(text(i))) close = i;
  }
  if (close === -1)
    return fail(1, 'the frontmatter opened on line 1 is never closed; add a "---" line after the last field');
  return { yamlStart: lines[1]!.start, yamlEnd: lines[close]!.start, bodyStart: lines[close]!.next, closeLine: close };
}

/**
 * Cuts `---` frontmatter from the body by `frontmatterBounds`'s rule, with the line endings made
 * `\n` and no BOM: for the mentor copy and its self-check, which read the YAML and the body as text.
 */
export function splitFrontmatter(source: string): Fenced {
  const normalize = (part: string) => part.replace(/\r\n?/g, '\n');
  const bounds = frontmatterBounds(source);
  if ('error' in bounds) return { ok: false, body: normalize(source.replace(/^\uFEFF/, '')), error: bounds.error };
  return {
    ok: true,
    // The YAML without the line break that ends its last line, as the lines between the fences.
    yaml: normalize(source.slice(bounds.yamlStart, bounds.yamlEnd)).replace(/\n$/, ''),
    body: normalize(source.slice(bounds.bodyStart)),
    bodyLine: bounds.closeLine + 2,
  };
}

/** Splits `---` frontmatter from the body (see `frontmatterBounds`) and reads the YAML with positions. */
export function splitNote(source: string): SplitNote {
  const fenced = splitFrontmatter(source);
  if (!fenced.ok)
    return {
      data: undefined,
      body: fenced.body,
      bodyLine: 1,
      locate: () => ({ line: 1, column: 1 }),
      errors: [fenced.error],
      explainUnknown: () => undefined,
    };
  const { yaml: yamlText, body, bodyLine } = fenced;
  const { doc, lineCounter, errors } = readYaml(yamlText, 2);
  const locate = (path: readonly (string | number)[], at: 'key' | 'value' = 'value') =>
    locateIn(doc, lineCounter, path, at);
  const data = errors.length ? undefined : withWrittenDates(loaderData(yamlText, errors), doc.toJS());
  return {
    data: errors.length ? undefined : data,
    body,
    bodyLine,
    locate,
    errors,
    explainUnknown: (path, key) => commaTrap(doc, yamlText, path, key),
  };
}

export interface ReadYaml {
  doc: Document;
  lineCounter: LineCounter;
  /** The data; undefined when there are errors. */
  data: unknown;
  errors: { line: number; column: number; message: string }[];
}

/**
 * Parses YAML (a note's frontmatter, or dossier.config.yaml with
 * `firstLine` 1 and its own `prefix`) and converts it to plain data. Every failure is a mistake
 * in the text and is reported as one, with its line: syntax errors, and
 * what only the conversion finds, an alias to no anchor or an alias bomb
 * (anchors that expand to billions of values, which `yaml` refuses).
 */
export function readYaml(
  yamlText: string,
  firstLine: number,
  prefix = 'the frontmatter is not valid YAML: ',
): ReadYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + firstLine - 1, column: pos.col };
  };
  // One error per line: the parser's later complaints on a line are echoes of the first.
  const seen = new Set<number>();
  const errors: ReadYaml['errors'] = [];
  for (const e of doc.errors) {
    const pos = at(e.pos[0]);
    if (seen.has(pos.line)) continue;
    seen.add(pos.line);
    const end = yamlText.indexOf('\n', e.pos[0]);
    const rest = yamlText.slice(e.pos[0], end === -1 ? undefined : end);
    errors.push({
      ...pos,
      message: `${prefix}${firstLineOf(e.message)}${flowValueHint(e.message, yamlText, e.pos[0]) ?? yamlHint(e.message, rest)}`,
    });
  }
  if (errors.length) return { doc, lineCounter, data: undefined, errors };
  try {
    return { doc, lineCounter, data: doc.toJS() ?? {}, errors };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Only aliases make the conversion throw: point at the first one that names no anchor, else the first one.
    let offset: number | undefined;
    visit(doc, {
      Alias(_key, node) {
        offset ??= node.range?.[0];
        if (node.resolve(doc) === undefined) {
          offset = node.range?.[0];
          return visit.BREAK;
        }
      },
    });
    const what = /Excessive alias count/.test(message)
      ? 'too many YAML aliases: its anchors (&name) and aliases (*name) expand to more values than Dossier reads (a "billion laughs"); write the values out instead'
      : /Unresolved alias/.test(message)
        ? `${firstLineOf(message)}; an alias (*name) repeats an anchor (&name) set earlier, and a value starting with "*" needs quotes`
        : firstLineOf(message);
    return { doc, lineCounter, data: undefined, errors: [{ ...at(offset ?? 0), message: `${prefix}${what}` }] };
  }
}

/**
 * The frontmatter as Astro's content loader reads it: with js-yaml, as
 * `@astrojs/internal-helpers` does. `yaml` (above) gives positions and
 * refuses alias bombs; the values must be the loader's, or validate and the
 * build disagree: js-yaml reads `position: 2025-10-04` as a date, `yaml` as
 * text. A js-yaml error `yaml` did not see is pushed to `errors`.
 */
export function loaderData(yamlText: string, errors: ReadYaml['errors'] = []): unknown {
  try {
    return loadYaml(yamlText) ?? {};
  } catch (error) {
    const mark = (error as { mark?: { line?: number; column?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message : String(error));
    errors.push({
      line: (mark?.line ?? 0) + 2,
      column: (mark?.column ?? 0) + 1,
      message: `the frontmatter is not valid YAML: ${reason}`,
    });
    return undefined;
  }
}

/**
 * js-yaml turns an impossible day into another one (2024-02-30 becomes
 * 1 March). Where a date it read is not the day written, the written text is
 * kept, so the schema reports the impossible day instead of accepting a
 * different one. Every date the loader reads right stays a date, as the
 * build sees it.
 */
function withWrittenDates(loaded: unknown, written: unknown): unknown {
  if (loaded instanceof Date) {
    const text = typeof written === 'string' ? written.trim() : '';
    const day = utcDay(loaded);
    return day === undefined || !text.startsWith(day) ? written : loaded;
  }
  if (Array.isArray(loaded))
    return loaded.map((item, i) => withWrittenDates(item, Array.isArray(written) ? written[i] : undefined));
  if (loaded && typeof loaded === 'object') {
    const source = written && typeof written === 'object' ? (written as Record<string, unknown>) : {};
    return Object.fromEntries(
      Object.entries(loaded).map(([key, value]) => [key, withWrittenDates(value, source[key])]),
    );
  }
  return loaded;
}

/**
 * An unquoted comma inside a `{ … }` mapping (`note: 25 min call with Miriam, went well }`) ends the
 * value; YAML reads what follows as a field without a value. When the unknown field `key` at `path`
 * is such a field, right after a plain text value, the hint says so and shows the line fixed.
 */
function commaTrap(
  doc: Document,
  text: string,
  path: readonly (string | number)[],
  key: string,
): { owner: string; message: string } | undefined {
  let node: unknown = doc.contents;
  for (const step of path) {
    if (isMap(node)) node = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === step)?.value;
    else if (isSeq(node) && typeof step === 'number') node = node.items[step];
    else return undefined;
  }
  if (!isMap(node) || !node.flow) return undefined;
  const pairs = node.items;
  const at = pairs.findIndex((p) => isScalar(p.key) && p.key.value === key);
  // The text the user meant as one value: from the value before the stray field to the last of the fields
  // without a value that follow it ("a, b, c" gives two of them).
  let first = at;
  while (first > 0 && isValueless(pairs[first - 1]!)) first--;
  const owner = pairs[first - 1];
  if (at < 0 || !owner || !isValueless(pairs[at]!)) return undefined;
  const value = owner.value;
  if (!isScalar(value) || value.type !== 'PLAIN' || typeof value.value !== 'string' || !value.range) return undefined;
  let last = at;
  while (last + 1 < pairs.length && isValueless(pairs[last + 1]!)) last++;
  const end = (pairs[last]!.key as Scalar).range![1];
  const meant = text.slice(value.range[0], end);
  return {
    owner: String((owner.key as Scalar).value),
    message: `found "${value.value}" followed by a comma: inside { … } a comma ends a value, so "${key}" was read as a field of its own; quote the whole value: ${replaceOnLine(text, value.range[0], end, JSON.stringify(meant))}`,
  };
}

const isValueless = (pair: { key: unknown; value: unknown }) =>
  isScalar(pair.key) &&
  (pair.key as Scalar).type === 'PLAIN' &&
  (pair.value === null || (isScalar(pair.value) && pair.value.value === null && !pair.value.source));

/**
 * A value with ": " inside a `{ … }` mapping (`note: Result: good }`) is a syntax error: YAML reads
 * a second mapping where a value should be. The hint says to quote the value and shows the line fixed:
 * the value runs from the error to the next ", field:" or the closing brace.
 */
function flowValueHint(message: string, text: string, offset: number): string | undefined {
  if (!/Block collections are not allowed within flow collections|Nested mappings are not allowed/.test(message))
    return undefined;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(offset, lineEnd === -1 ? undefined : lineEnd);
  const before = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
  if (!before.includes('{') || !/:\s/.test(line)) return undefined;
  const close = line.lastIndexOf('}');
  if (close <= 0) return undefined;
  const colon = line.search(/:\s/);
  const next = /,\s*[A-Za-z_][\w-]*:\s/.exec(line.slice(colon + 1));
  const end = next ? colon + 1 + next.index : close;
  const meant = line.slice(0, end).trimEnd();
  return `; inside { … } a value with ": " or a comma in it must be in quotes: ${replaceOnLine(text, offset, offset + meant.length, JSON.stringify(meant))}`;
}

/** The line (or lines) around `[from, to)` with that text replaced, as the user would write it. */
function replaceOnLine(text: string, from: number, to: number, replacement: string): string {
  const start = text.lastIndexOf('\n', from - 1) + 1;
  const lineEnd = text.indexOf('\n', to);
  const end = lineEnd === -1 ? text.length : lineEnd;
  return `${text.slice(start, from)}${replacement}${text.slice(to, end)}`.trim();
}

/** What to do about the YAML mistakes people make most. */
function yamlHint(message: string, rest: string): string {
  if (/Map keys must be unique/.test(message))
    return `; the field "${rest.split(':')[0]!.trim()}" appears twice, keep one`;
  if (/Implicit keys need to be on a single line|Nested mappings are not allowed/.test(message)) {
    return '; check the indentation here and on the next line: each field starts at the beginning of its line, and a value containing ": " needs quotes';
  }
  if (/Flow (sequence|mapping)/.test(message))
    return '; a list opened with "[" (or a mapping opened with "{") must be closed on the same field';
  if (/Tabs are not allowed/i.test(message)) return '; indent with spaces, not tabs';
  return '';
}

function firstLineOf(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * Finds the deepest node along `path` that exists and returns its position
 * in the file: `firstLine` is the file line of the YAML's first line (2 in a
 * note, after the opening fence; 1 in a YAML file).
 */
export function locateIn(
  doc: Document,
  lc: LineCounter,
  path: readonly (string | number)[],
  at: 'key' | 'value',
  firstLine = 2,
): { line: number; column: number } {
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
