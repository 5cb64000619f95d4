import { findSection, isPlaceholder, splitSections } from './heading-sections.ts';

/** Headings under which an article note keeps what matters. */
export const KEY_POINT_HEADINGS = ['Takeaways', 'Key takeaways', 'Key points', 'Summary', 'TL;DR'];

// Matched against the line without trailing spaces, so no `\s*` can backtrack over a long run of them.
const LIST_ITEM = /^(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?(\S.*)$/s;

/**
 * The key points of an article note, as Markdown lines: the items of its
 * "Takeaways" (or "Key points") section, else of its first section, else of
 * the body before any heading. A section without a list gives its paragraphs.
 * At most `limit` points; `more` tells how many were left out.
 */
export function keyPoints(body: string, limit = 6): { points: string[]; more: number; from?: string } {
  const sections = splitSections(body);
  const intro = body.split(/^#{1,6}\s/m)[0]!.trim();
  const section =
    findSection(sections, KEY_POINT_HEADINGS) ??
    sections.find((s) => !isPlaceholder(s.markdown)) ??
    (intro ? { heading: undefined, markdown: intro } : undefined);
  if (!section) return { points: [], more: 0 };
  const topLevel = section.markdown.split('\n').filter((l) => !/^\s+/.test(l));
  const items = topLevel.map((l) => LIST_ITEM.exec(l.trimEnd())?.[1]).filter((s): s is string => s !== undefined);
  const paragraph = (p: string) =>
    p
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .join(' ');
  const points = items.length
    ? items
    : section.markdown
        .split(/\n\s*\n/)
        .map(paragraph)
        .filter((p) => p && !p.startsWith('#'));
  return { points: points.slice(0, limit), more: Math.max(0, points.length - limit), from: section.heading };
}
