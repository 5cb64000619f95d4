import { fencedCodeLines } from '../lib/fences.ts';
import { plainInline } from '../lib/format.ts';

/** One requirement list of a job description. */
export interface RequirementList {
  /** The label as written: "Basic Qualifications". */
  title: string;
  /** `required` for basic/essential/minimum lists and plain "Requirements"; `preferred` for preferred/nice-to-have. */
  kind: 'required' | 'preferred';
  /** The items as plain text. */
  items: string[];
}

const LABEL =
  /^(?:(basic|essential|minimum|required|key|preferred|desired|desirable|additional|bonus)\s+)?(qualifications|requirements|skills)$|^(requirements|must[- ]haves?|nice[- ]to[- ]haves?|what you(?:'|’)ll need|what we(?:'|’)re looking for)$/i;
/** Longest line that can be a label: the longest label, with its `### ` or `**…:**`, and room to spare. */
const LABEL_MAX = 80;
const PREFERRED = /preferred|desired|desirable|bonus|nice|additional/i;
// The `s` flag lets `.*` take the rest of the line whatever it holds (a lone \r, U+2028), so the match cannot fail and backtrack.
const LIST_ITEM = /^(\s*)(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?(.*)$/s;

/**
 * The label of a line that introduces a requirement list, or undefined:
 * a heading (`### Requirements`), a bold line (`**Basic Qualifications**`,
 * `**Requirements:**`) or a plain line (`Minimum qualifications:`).
 */
export function requirementLabel(line: string): string | undefined {
  const trimmed = line.trim();
  // Every label is a few words: a longer line is none, and is never handed to the patterns below.
  if (trimmed.length > LABEL_MAX) return undefined;
  const text = trimmed
    .replace(/^#{1,6}\s+/, '')
    .replace(/^(\*\*|__)(.*)\1$/, '$2')
    .replace(/^(\*|_)(.*)\1$/, '$2')
    .replace(/\s*:\s*$/, '')
    .replace(/^(\*\*|__)(.*)\1$/, '$2')
    .trim();
  return LABEL.test(text) ? text : undefined;
}

/**
 * A label written inline, with the text after it: `Requirements: 3+ years…`,
 * `**Requirements:** …`, `**Requirements**: …`. Read without a pattern over
 * the whole line (one ran for a minute on a line of spaces): the label is
 * what comes before the first colon, and is short.
 */
function inlineLabel(line: string): { label: string; rest: string } | undefined {
  const colon = line.indexOf(':');
  if (colon < 0 || colon > LABEL_MAX) return undefined;
  const label = line
    .slice(0, colon)
    .trim()
    .replace(/^(?:\*\*|__)/, '')
    .replace(/(?:\*\*|__)$/, '')
    .trim();
  if (label.length < 3 || label.length > 40 || /[*_]/.test(label) || !requirementLabel(label)) return undefined;
  // After the colon: a space, or the closing `**` and a space, then the text.
  let rest = line.slice(colon + 1);
  const spaced = rest.trimStart();
  if (/^(?:\*\*|__)\s/.test(spaced)) rest = spaced.slice(2);
  else if (spaced.length === rest.length) return undefined;
  rest = rest.trim();
  return rest ? { label, rest } : undefined;
}

/**
 * Pulls the requirement lists out of a note body: every list that follows a
 * requirement label, also a label written inline ("Requirements: 3+ years
 * of…; …"), which is split into sentences. Continuation lines of an item and
 * nested items stay with it; the list ends at the first other line.
 */
export function extractRequirements(body: string): RequirementList[] {
  const lines = body.split(/\r?\n/);
  const lists: RequirementList[] = [];
  const code = fencedCodeLines(body);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (code.has(i)) continue;
    const inline = inlineLabel(line);
    if (inline) {
      const items = plainInline(inline.rest)
        .split(/(?<=[.;])\s+(?=[A-Z0-9])/)
        .map((s) => s.replace(/[.;]\s*$/, '').trim())
        .filter(Boolean);
      if (items.length) lists.push(list(inline.label, items));
      continue;
    }
    const label = requirementLabel(line);
    if (!label) continue;
    let j = i + 1;
    while (j < lines.length && lines[j]!.trim() === '') j++;
    const items: string[] = [];
    let indent = -1;
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      const m = LIST_ITEM.exec(l);
      if (m && (indent < 0 || m[1]!.length <= indent)) {
        indent = m[1]!.length;
        items.push(m[2]!);
      } else if (items.length && l.trim() !== '' && (/^\s+\S/.test(l) || (m && m[1]!.length > indent))) {
        items[items.length - 1] += ` ${m ? m[2] : l.trim()}`;
      } else if (l.trim() === '' && LIST_ITEM.test(lines[j + 1] ?? '')) {
        continue;
      } else break;
    }
    if (items.length) lists.push(list(label, items.map((s) => plainInline(s)).filter(Boolean)));
    i = j - 1;
  }
  return lists;
}

const list = (title: string, items: string[]): RequirementList => ({
  title,
  kind: PREFERRED.test(title) ? 'preferred' : 'required',
  items,
});
