import { load as loadYaml } from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';

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

/** A note's source cut at its frontmatter fences, before any YAML is read. */
export type Fenced =
  | { ok: true; yaml: string; body: string; bodyLine: number }
  | { ok: false; body: string; error: { line: number; column: number; message: string } };

/**
 * Cuts `---` frontmatter from the body: the one rule for where frontmatter
 * ends, read by validation, the mentor copy and its self-check. Tolerates a
 * UTF-8 BOM and CRLF line endings, which editors on Windows and pasted text
 * bring along. Only a `---` line closes it, as for Astro's loader: a YAML
 * `...` line before it is refused rather than read two ways.
 */
export function splitFrontmatter(source: string): Fenced {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const fail = (line: number, message: string): Fenced => ({
    ok: false,
    body: text,
    error: { line, column: 1, message },
  });
  if (text.trim() === '') return fail(1, 'the file is empty; a note starts with frontmatter between two "---" lines');
  if (lines[0]?.trim() !== '---') {
    return fail(
      1,
      `found "${lines[0]?.slice(0, 40)}" on the first line; a note starts with a "---" line that opens its frontmatter`,
    );
  }
  // Only `---` closes frontmatter for Astro's loader; YAML's own `...` would leave the build reading the body as YAML.
  const close = lines.findIndex((line, i) => i > 0 && /^---\s*$/.test(line));
  const dots = lines.findIndex((line, i) => i > 0 && /^\.\.\.\s*$/.test(line));
  if (dots !== -1 && (close === -1 || dots < close))
    return fail(
      dots + 1,
      'found "..." closing the frontmatter; close it with a "---" line, which is what the build reads',
    );
  if (close === -1)
    return fail(1, 'the frontmatter opened on line 1 is never closed; add a "---" line after the last field');
  return {
    ok: true,
    yaml: lines.slice(1, close).join('\n'),
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}

/** Splits `---` frontmatter from the body (see splitFrontmatter) and reads the YAML with positions. */
export function splitNote(source: string): SplitNote {
  const fenced = splitFrontmatter(source);
  if (!fenced.ok)
    return {
      data: undefined,
      body: fenced.body,
      bodyLine: 1,
      locate: () => ({ line: 1, column: 1 }),
      errors: [fenced.error],
    };
  const { yaml: yamlText, body, bodyLine } = fenced;
  const { doc, lineCounter, errors } = readYaml(yamlText, 2);
  const locate = (path: readonly (string | number)[], at: 'key' | 'value' = 'value') =>
    locateIn(doc, lineCounter, path, at);
  const data = errors.length ? undefined : withWrittenDates(loaderData(yamlText, errors), doc.toJS());
  return { data: errors.length ? undefined : data, body, bodyLine, locate, errors };
}

/** A YAML text read into plain data, or the problems that stop it, with positions in the file. */
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
    errors.push({ ...pos, message: `${prefix}${firstLineOf(e.message)}${yamlHint(e.message, rest)}` });
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
    return Number.isNaN(loaded.getTime()) || !text.startsWith(loaded.toISOString().slice(0, 10)) ? written : loaded;
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
