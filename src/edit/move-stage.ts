import { isDeepStrictEqual } from 'node:util';
import { load } from 'js-yaml';
import { isMap, isScalar, isSeq, parse, parseDocument, visit, type Node, type Pair, type YAMLMap } from 'yaml';
import { frontmatterBounds, splitNote } from '../lib/frontmatter.ts';
import { utcDay } from '../lib/dates.ts';
import { yamlText } from './yaml-text.ts';

/** The history step `npm run stage` adds. */
export interface NewStep {
  /** A stage key. */
  stage: string;
  /** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` with a time of day. */
  date: string;
  /** A length as the user wrote it (`45m`, `1h30m`), already checked. */
  duration?: string;
  note?: string;
}

export type MoveResult =
  | {
      ok: true;
      text: string;
      /** The steps the new one was put before, by date: they stay, but the stage now says otherwise. */
      later: { stage: string; date: string }[];
    }
  | { ok: false; message: string };

/** What to tell the user when the edit cannot be made safely: do it by hand. */
const byHand = (stage: string, step: NewStep) =>
  `set "stage: ${stage}" and add "- { ${stepFields(step, defaultOrder).join(', ')} }" to history by hand`;

/**
 * Sets `stage` and adds `step` to `history` in a note's source, as a
 * minimal text edit: the `stage` value is replaced where it stands and the
 * step is inserted among the history's items by date (after the last one
 * dated on or before it), written in the style of the items already there
 * (block or flow, `{ … }` spacing, key order). Every other byte of the file
 * (comments, field order, quoting, blank lines, line endings, a BOM, the
 * body) stays as it was. The `yaml` package only locates the nodes; it never
 * re-prints the document.
 *
 * Then the result is read again, with js-yaml (the reader Astro's loader
 * uses) and with `yaml`: it must hold exactly the old data, with the new
 * stage and the one new step. Anything else (an anchor the stage shares
 * with a step, a layout the edit cannot follow) refuses the edit, saying
 * why and what to do, and the caller leaves the file untouched.
 */
export function moveStage(source: string, stage: string, step: NewStep): MoveResult {
  const bounds = frontmatterBounds(source);
  if ('error' in bounds) return { ok: false, message: `line ${bounds.error.line}: ${bounds.error.message}` };
  const checked = splitNote(source);
  if (checked.errors.length)
    return {
      ok: false,
      message: `line ${checked.errors[0]!.line}: ${checked.errors[0]!.message}; fix it first (npm run validate lists every problem)`,
    };
  const yamlText = source.slice(bounds.yamlStart, bounds.yamlEnd);
  const eol = yamlText.includes('\r\n') ? '\r\n' : yamlText.includes('\r') ? '\r' : '\n';
  const doc = parseDocument(yamlText, { uniqueKeys: true });
  if (doc.errors.length) return { ok: false, message: `the frontmatter is not valid YAML: ${doc.errors[0]!.message}` };
  if (!isMap(doc.contents)) return { ok: false, message: 'the frontmatter is not a mapping of fields' };
  const root = doc.contents;
  const pairOf = (key: string) =>
    root.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair<Node, Node | null> | undefined;

  // Edits as [offset, deleteCount, insert] within yamlText, applied from the end.
  const edits: [number, number, string][] = [];

  const stagePair = pairOf('stage');
  const stageNode = stagePair?.value;
  if (!stageNode || !isScalar(stageNode) || !stageNode.range || typeof stageNode.value !== 'string')
    return { ok: false, message: `the note has no "stage:" value to change; ${byHand(stage, step)}` };
  if (stageNode.anchor) {
    let aliased: string | undefined;
    visit(doc, {
      Alias(_key, node) {
        if (node.source === stageNode.anchor) {
          aliased = `*${node.source}`;
          return visit.BREAK;
        }
      },
    });
    if (aliased)
      return {
        ok: false,
        message: `"stage:" carries the anchor &${stageNode.anchor}, which ${aliased} repeats elsewhere in the frontmatter: changing the stage would change that value too. Write "${stageNode.value}" in place of ${aliased}, then run the command again`,
      };
  }
  if (stageNode.type !== 'PLAIN' && stageNode.type !== 'QUOTE_DOUBLE' && stageNode.type !== 'QUOTE_SINGLE')
    return { ok: false, message: `"stage:" is written as a block of text; write it on one line (stage: ${stage})` };
  const [s0, s1] = stageNode.range;
  edits.push([s0, s1 - s0, stage]);

  const historyPair = pairOf('history');
  const history = historyPair?.value;
  const stamp = (s: { date?: unknown }) => dateText(s.date);
  const newStamp = step.date;
  let index: number;
  let later: { stage: string; date: string }[] = [];
  if (!historyPair || history === null || history === undefined || (isScalar(history) && history.value === null)) {
    // No history yet: a block list of flow steps, where an empty `history:` stands, or at the end.
    index = 0;
    const item = `  - ${flowStep(step, defaultOrder, true)}`;
    if (historyPair && isScalar(historyPair.key) && historyPair.key.range) {
      if (isScalar(history) && history.range && history.range[1] > history.range[0])
        edits.push([history.range[0], history.range[1] - history.range[0], '']);
      edits.push([endOfLine(yamlText, historyPair.key.range[0]), 0, `${eol}${item}`]);
    } else {
      const end = yamlText.replace(/\s+$/, '').length;
      edits.push([end, 0, `${end === 0 ? '' : eol}history:${eol}${item}`]);
      // Keep a line break before the closing fence.
      if (!/[\r\n]$/.test(yamlText)) edits.push([yamlText.length, 0, eol]);
    }
  } else if (isSeq(history) && history.range) {
    const items = history.items as Node[];
    const read = (doc.toJS() as { history?: unknown[] }).history ?? [];
    const values = read.map((v) => (v && typeof v === 'object' ? (v as { stage?: unknown; date?: unknown }) : {}));
    // After the last step dated on or before the new one; the steps after it are dated later.
    let after = -1;
    values.forEach((v, i) => {
      if (stamp(v) !== undefined && stamp(v)! <= newStamp) after = i;
    });
    if (after === -1 && values.every((v) => stamp(v) === undefined)) after = items.length - 1;
    index = after + 1;
    later = values
      .filter((v) => stamp(v) !== undefined && stamp(v)! > newStamp)
      .map((v) => ({ stage: String(v.stage), date: stamp(v)! }));
    const ref = items.at(-1);
    const order = ref && isMap(ref) ? keyOrder(ref) : defaultOrder;
    const spaced = ref && isMap(ref) && ref.flow && ref.range ? /^\{\s/.test(yamlText.slice(ref.range[0])) : true;
    const flowItem = flowStep(step, order, spaced);
    if (history.flow) {
      const edit = flowInsert(yamlText, history, items, after, flowItem, eol);
      if (!edit)
        return {
          ok: false,
          message: `could not find where to add the step in the history list; ${byHand(stage, step)}`,
        };
      edits.push(...edit);
    } else {
      const anchor = items[Math.max(after, 0)];
      if (!anchor?.range) return { ok: false, message: `could not read the history list; ${byHand(stage, step)}` };
      const lineAt = lineStart(yamlText, anchor.range[0]);
      const prefix = yamlText.slice(lineAt, anchor.range[0]);
      if (!/^ *- +$/.test(prefix))
        return {
          ok: false,
          message: `the history's items are not written as "- " lines this command can follow; ${byHand(stage, step)}`,
        };
      const block = ref && isMap(ref) && !ref.flow;
      const itemText = block ? blockStep(step, order, prefix, eol) : `${prefix}${flowItem}`;
      if (after === -1) edits.push([lineAt, 0, `${itemText}${eol}`]);
      else edits.push([endOfLine(yamlText, contentEnd(yamlText, anchor)), 0, `${eol}${itemText}`]);
    }
  } else {
    return { ok: false, message: `"history" is not a list; fix it first, or ${byHand(stage, step)}` };
  }

  let edited = yamlText;
  for (const [at, del, ins] of edits.sort((a, b) => b[0] - a[0])) {
    edited = edited.slice(0, at) + ins + edited.slice(at + del);
  }
  const text = source.slice(0, bounds.yamlStart) + edited + source.slice(bounds.yamlEnd);
  const problem = verify(yamlText, edited, stage, step, index);
  if (problem)
    return { ok: false, message: `${problem}; the note was not changed. ${capitalize(byHand(stage, step))}` };
  const again = splitNote(text);
  if (again.errors.length || again.body !== checked.body)
    return {
      ok: false,
      message: `the edit would change how the note is read; the note was not changed. ${capitalize(byHand(stage, step))}`,
    };
  return { ok: true, text, later };
}

/** The order a step's fields are written in when the history has no step to follow. */
const defaultOrder = ['stage', 'date', 'duration', 'note'];

/** The keys of a written step, in their order: a new step follows it. */
function keyOrder(item: YAMLMap): string[] {
  const keys = item.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')).filter(Boolean);
  return [...keys.filter((k) => defaultOrder.includes(k)), ...defaultOrder.filter((k) => !keys.includes(k))];
}

function stepFields(step: NewStep, order: readonly string[]): string[] {
  const values: Record<string, string | undefined> = {
    stage: step.stage,
    date: step.date,
    duration: step.duration === undefined ? undefined : yamlText(step.duration),
    note: step.note === undefined ? undefined : yamlText(step.note),
  };
  return order.filter((k) => values[k] !== undefined).map((k) => `${k}: ${values[k]}`);
}

function flowStep(step: NewStep, order: readonly string[], spaced: boolean): string {
  const inner = stepFields(step, order).join(', ');
  return spaced ? `{ ${inner} }` : `{${inner}}`;
}

function blockStep(step: NewStep, order: readonly string[], prefix: string, eol: string): string {
  const indent = ' '.repeat(prefix.length);
  return stepFields(step, order)
    .map((line, i) => `${i === 0 ? prefix : indent}${line}`)
    .join(eol);
}

/**
 * Where a step goes in a flow list `[ … ]`, one or several lines long: after
 * the item `after` (before the first item when -1). On its own line, with
 * the items' indentation, when that item ends its line; else inline. A
 * comment after an item stays after it.
 */
function flowInsert(
  text: string,
  list: Node & { range?: [number, number, number] | null },
  items: Node[],
  after: number,
  item: string,
  eol: string,
): [number, number, string][] | undefined {
  const [open] = list.range!;
  if (items.length === 0) return [[open + 1, 0, item]];
  const at = (n: Node) => n.range!;
  const alone = (n: Node) => /^[ \t]*$/.test(text.slice(lineStart(text, at(n)[0]), at(n)[0]));
  if (after === -1) {
    const first = items[0]!;
    if (!first.range) return undefined;
    if (alone(first)) {
      const line = lineStart(text, at(first)[0]);
      return [[line, 0, `${text.slice(line, at(first)[0])}${item},${eol}`]];
    }
    return [[at(first)[0], 0, `${item}, `]];
  }
  const prev = items[after]!;
  if (!prev.range) return undefined;
  const end = valueEnd(text, prev);
  // What follows the item on its line: a comma, more items, a closing bracket, a comment.
  const rest = text.slice(end, endOfLine(text, end));
  const comma = /^[ \t]*,/.exec(rest);
  const afterComma = comma ? rest.slice(comma[0].length) : rest;
  const endsLine = /^[ \t]*(#.*)?$/.test(afterComma);
  const next = items[after + 1];
  if (endsLine && alone(prev) && (!next || lineStart(text, at(next)[0]) > end)) {
    const indent = text.slice(lineStart(text, at(prev)[0]), at(prev)[0]);
    const lineEnd = endOfLine(text, end);
    // The last item of the list gets a comma (a trailing one is kept as it is); the new one gets one before the next.
    if (comma) return [[lineEnd, 0, `${eol}${indent}${item},`]];
    return [
      [lineEnd, 0, `${eol}${indent}${item}`],
      [end, 0, ','],
    ];
  }
  return [[end, 0, `, ${item}`]];
}

/**
 * Where a block item's own text ends: its last value, not the comments and blank lines after it
 * that the parser counts in its range (a comment line that introduces the next field stays there).
 */
function contentEnd(text: string, node: Node): number {
  if ((isMap(node) || isSeq(node)) && !node.flow) {
    const last = node.items.at(-1) as Pair<Node, Node | null> | Node | undefined;
    const inner = last && 'key' in last && !isScalar(last) ? (last.value ?? last.key) : (last as Node | undefined);
    if (inner && (inner as Node).range) return contentEnd(text, inner as Node);
  }
  if (isMap(node) || isSeq(node)) return valueEnd(text, node) - 1;
  return lastNonSpace(text, node.range![1]);
}

/** Where an item's own text ends: before any comment or space the parser counted in its range. */
function valueEnd(text: string, node: Node): number {
  const [start, end] = node.range!;
  if (isMap(node) || isSeq(node)) {
    const close = text.lastIndexOf(isMap(node) ? '}' : ']', end);
    if (close >= start) return close + 1;
  }
  return lastNonSpace(text, end) + 1;
}

/**
 * Reads both texts with both YAML readers and checks the edit: the new text
 * holds exactly the old data with `stage` set and `step` at `index` in the
 * history. Returns why not, or undefined.
 */
function verify(before: string, after: string, stage: string, step: NewStep, index: number): string | undefined {
  for (const [reader, read] of [
    ['js-yaml', (t: string) => load(t)],
    ['yaml', (t: string) => parse(t)],
  ] as const) {
    let old: Record<string, unknown>;
    let now: Record<string, unknown>;
    try {
      old = (read(before) ?? {}) as Record<string, unknown>;
      now = (read(after) ?? {}) as Record<string, unknown>;
    } catch (error) {
      return `the edited frontmatter would not be valid YAML (${reader}: ${firstLine(error)})`;
    }
    const oldHistory = Array.isArray(old.history) ? old.history : [];
    const newHistory = Array.isArray(now.history) ? now.history : [];
    const added = newHistory[index] as Record<string, unknown> | undefined;
    const expected = { ...old, stage, history: [...oldHistory.slice(0, index), added, ...oldHistory.slice(index)] };
    if (!isDeepStrictEqual({ ...now }, expected) || !isDeepStrictEqual(Object.keys(now), Object.keys(expected)))
      return `the edit would change more than the stage and one new step (${describeDiff(old, now)})`;
    const wanted: Record<string, string> = { stage: step.stage, date: step.date };
    if (step.duration !== undefined) wanted.duration = step.duration;
    if (step.note !== undefined) wanted.note = step.note;
    const got = added && Object.fromEntries(Object.entries(added).map(([k, v]) => [k, k === 'date' ? dateText(v) : v]));
    if (!isDeepStrictEqual(got, wanted)) return `the new step would not read back as written (${reader})`;
  }
  return undefined;
}

/** Which fields differ, for the message. */
function describeDiff(old: Record<string, unknown>, now: Record<string, unknown>): string {
  const keys = [...new Set([...Object.keys(old), ...Object.keys(now)])];
  const changed = keys.filter((k) => k !== 'stage' && k !== 'history' && !isDeepStrictEqual(old[k], now[k]));
  const oldHistory = Array.isArray(old.history) ? old.history : [];
  const newHistory = Array.isArray(now.history) ? now.history : [];
  if (newHistory.length !== oldHistory.length + 1)
    changed.push(`history would have ${newHistory.length} steps, not ${oldHistory.length + 1}`);
  else changed.push('an existing history step would change');
  return changed.join('; ');
}

/** A step's date as text: js-yaml reads a day as a Date at midnight UTC, `yaml` as the text. */
function dateText(value: unknown): string | undefined {
  if (value instanceof Date) return utcDay(value);
  if (typeof value === 'string') return value.trim().replace(' ', 'T');
  return undefined;
}

function lineStart(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}

function endOfLine(text: string, offset: number): number {
  const m = /\r\n|\r|\n/g;
  m.lastIndex = offset;
  const hit = m.exec(text);
  return hit ? hit.index : text.length;
}

/** The offset of the last non-space character before `offset`. */
function lastNonSpace(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return Math.max(0, i - 1);
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
