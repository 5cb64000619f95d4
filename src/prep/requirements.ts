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
const PREFERRED = /preferred|desired|desirable|bonus|nice|additional/i;
const LIST_ITEM = /^(\s*)(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?(.*)$/;
const FENCE = /^\s*(```|~~~)/;

/**
 * The label of a line that introduces a requirement list, or undefined:
 * a heading (`### Requirements`), a bold line (`**Basic Qualifications**`,
 * `**Requirements:**`) or a plain line (`Minimum qualifications:`).
 */
export function requirementLabel(line: string): string | undefined {
  const text = line
    .trim()
    .replace(/^#{1,6}\s+/, '')
    .replace(/^(\*\*|__)(.*)\1$/, '$2')
    .replace(/^(\*|_)(.*)\1$/, '$2')
    .replace(/\s*:\s*$/, '')
    .replace(/^(\*\*|__)(.*)\1$/, '$2')
    .trim();
  return LABEL.test(text) ? text : undefined;
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
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const f = FENCE.exec(line);
    if (f) fence = fence === undefined ? f[1] : fence === f[1] ? undefined : fence;
    if (fence || f) continue;
    const inline = /^\s*(?:\*\*|__)?([^*_:]{3,40}?)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s+(\S.*)$/.exec(line);
    if (inline && requirementLabel(inline[1]!)) {
      const items = plainInline(inline[2]!)
        .split(/(?<=[.;])\s+(?=[A-Z0-9])/)
        .map((s) => s.replace(/[.;]\s*$/, '').trim())
        .filter(Boolean);
      if (items.length) lists.push(list(inline[1]!.trim(), items));
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

const list = (title: string, items: string[]): RequirementList => ({ title, kind: PREFERRED.test(title) ? 'preferred' : 'required', items });
