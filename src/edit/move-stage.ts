import { load } from 'js-yaml';
import { isMap, isScalar, isSeq, parse, parseDocument, type Node, type Pair } from 'yaml';

/** The history step `npm run stage` appends. */
export interface NewStep {
  /** A stage key. */
  stage: string;
  /** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` with a time of day. */
  date: string;
  note?: string;
}

export type MoveResult = { ok: true; text: string } | { ok: false; message: string };

/**
 * Sets `stage` and appends `step` to `history` in a note's source, as a
 * minimal text edit: the `stage` value is replaced where it stands and the
 * step is inserted after the last history item, in the style of the items
 * already there (flow `{ … }` or block), so every other byte of the file —
 * comments, field order, quoting, blank lines, line endings, the body — stays
 * as it was. The `yaml` package only locates the nodes; it never re-prints
 * the document.
 */
export function moveStage(source: string, stage: string, step: NewStep): MoveResult {
  const bom = source.startsWith('\uFEFF') ? 1 : 0;
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const open = /^---[ \t]*\r?\n/.exec(source.slice(bom));
  if (!open) return { ok: false, message: 'the note does not start with a "---" line' };
  const start = bom + open[0].length;
  const close = /^(?:---|\.\.\.)[ \t]*$/m.exec(source.slice(start));
  if (!close) return { ok: false, message: 'the frontmatter is never closed with a "---" line' };
  const end = start + close.index;
  const yamlText = source.slice(start, end);
  const doc = parseDocument(yamlText, { uniqueKeys: true });
  if (doc.errors.length) return { ok: false, message: `the frontmatter is not valid YAML: ${doc.errors[0]!.message}` };
  if (!isMap(doc.contents)) return { ok: false, message: 'the frontmatter is not a mapping of fields' };
  const root = doc.contents;
  const pairOf = (key: string) =>
    root.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair<Node, Node | null> | undefined;

  // Edits as [offset, deleteCount, insert] within yamlText, applied from the end.
  const edits: [number, number, string][] = [];

  const stagePair = pairOf('stage');
  if (!stagePair?.value || !isScalar(stagePair.value) || !stagePair.value.range)
    return { ok: false, message: 'the note has no "stage:" field to change' };
  const [s0, s1] = stagePair.value.range;
  edits.push([s0, s1 - s0, stage]);

  const historyPair = pairOf('history');
  const history = historyPair?.value;
  if (!historyPair || history === null || history === undefined || (isScalar(history) && history.value === null)) {
    // No history yet: a block list at the end of the frontmatter (or in place of an empty `history:`).
    const block = `history:${eol}  - ${flowStep(step)}`;
    if (historyPair && isScalar(historyPair.key) && historyPair.key.range) {
      const k0 = historyPair.key.range[0];
      const lineEnd = endOfLine(yamlText, k0);
      edits.push([k0, lineEnd - k0, block]);
    } else {
      const body = yamlText.replace(/\s+$/, '');
      const trailingStart = body.length;
      edits.push([trailingStart, 0, `${trailingStart === 0 ? '' : eol}${block}`]);
      // Keep a newline before the closing fence.
      if (!/\r?\n$/.test(yamlText.slice(trailingStart))) edits.push([yamlText.length, 0, eol]);
    }
  } else if (isSeq(history) && history.range) {
    if (history.flow) {
      // `[ … ]`: insert before the closing bracket.
      const closeAt = yamlText.lastIndexOf(']', history.range[1]);
      if (closeAt < history.range[0]) return { ok: false, message: 'could not read the history list' };
      const sep = history.items.length ? ', ' : '';
      const before = yamlText.slice(history.range[0], closeAt).replace(/\s+$/, '');
      const insertAt = history.range[0] + before.length;
      edits.push([insertAt, 0, `${sep}${flowStep(step)}`]);
    } else {
      const last = history.items.at(-1) as Node | undefined;
      if (!last?.range) return { ok: false, message: 'could not read the history list' };
      const firstDash = lineStart(yamlText, history.range[0]);
      const indent = /^[ \t]*/.exec(yamlText.slice(firstDash))![0];
      const lastEnd = lastNonSpace(yamlText, last.range[1]);
      const at = endOfLine(yamlText, lastEnd);
      const block = isMap(last) && !last.flow;
      const item = block ? blockStep(step, `${indent}  `, eol) : flowStep(step);
      edits.push([at, 0, `${eol}${indent}- ${item}`]);
    }
  } else {
    return { ok: false, message: 'the "history" field is not a list; fix it by hand first' };
  }

  let edited = yamlText;
  for (const [at, del, ins] of edits.sort((a, b) => b[0] - a[0])) {
    edited = edited.slice(0, at) + ins + edited.slice(at + del);
  }
  return { ok: true, text: source.slice(0, start) + edited + source.slice(end) };
}

/**
 * A value written plain when both YAML readers (`yaml`, and js-yaml, which Astro's loader uses and
 * which reads `2026-12-01` as a date) read it back as the same text in a flow mapping, else double-quoted.
 */
function scalar(value: string): string {
  if (/^[\p{L}\p{N}][^,{}[\]#:"'&*!|>%@`\n\r\t\\]*$/u.test(value) && !/\s$/.test(value)) {
    try {
      const back = parse(`{ v: ${value} }`) as { v?: unknown };
      const loaded = load(`{ v: ${value} }`) as { v?: unknown };
      if (back?.v === value && loaded?.v === value) return value;
    } catch {
      // fall through to quoting
    }
  }
  return JSON.stringify(value);
}

function flowStep(step: NewStep): string {
  const parts = [`stage: ${step.stage}`, `date: ${step.date}`];
  if (step.note !== undefined) parts.push(`note: ${scalar(step.note)}`);
  return `{ ${parts.join(', ')} }`;
}

function blockStep(step: NewStep, indent: string, eol: string): string {
  const lines = [`stage: ${step.stage}`, `${indent}date: ${step.date}`];
  if (step.note !== undefined) lines.push(`${indent}note: ${scalar(step.note)}`);
  return lines.join(eol);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function endOfLine(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  if (nl === -1) return text.length;
  return text[nl - 1] === '\r' ? nl - 1 : nl;
}

/** The offset just after the last non-space character before `offset`. */
function lastNonSpace(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return Math.max(0, i - 1);
}
