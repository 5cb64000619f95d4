import { fencedCodeLines } from '../lib/fences.ts';

/** A `##`-or-deeper section of a note body: its heading text and its Markdown. */
export interface Section {
  heading: string;
  level: number;
  /** The Markdown between this heading and the next heading of the same or a higher level. */
  markdown: string;
}

const HEADING = /^(#{1,6})(?:[ \t]|$)/;

/**
 * Splits a note body at its headings. Headings inside fenced code are text.
 * A section holds its sub-sections, so "Job description" keeps its
 * "### Requirements" inside it.
 */
export function splitSections(body: string): Section[] {
  const lines = body.split(/\r?\n/);
  const heads: { line: number; level: number; heading: string }[] = [];
  const code = fencedCodeLines(body);
  lines.forEach((line, i) => {
    if (code.has(i)) return;
    const m = HEADING.exec(line);
    if (m) heads.push({ line: i, level: m[1]!.length, heading: headingText(line.slice(m[0].length)) });
  });
  return heads.map((h, i) => {
    const next = heads.slice(i + 1).find((n) => n.level <= h.level);
    return {
      heading: h.heading,
      level: h.level,
      markdown: lines
        .slice(h.line + 1, next?.line ?? lines.length)
        .join('\n')
        .trim(),
    };
  });
}

/**
 * The text of an ATX heading after its `#`s: trimmed, without the optional
 * closing `#`s. Done with trims rather than one pattern, which backtracked
 * quadratically over long runs of spaces.
 */
function headingText(rest: string): string {
  const text = rest.trim();
  let hashes = 0;
  while (hashes < text.length && text[text.length - 1 - hashes] === '#') hashes++;
  // Closing `#`s count only after a space (or when they are all there is): "C#" keeps its "#".
  const cut =
    hashes === text.length || /\s/.test(text[text.length - hashes - 1] ?? '') ? text.length - hashes : text.length;
  return text.slice(0, cut).trim();
}

/** Heading text compared without case, punctuation or spacing: "Where can I add value?" = "where can i add value". */
export const foldHeading = (heading: string) =>
  heading
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * The first section whose heading matches one of `names` (folded), or whose
 * folded heading starts with one of them. Undefined when there is none or it
 * only holds the template's placeholder (`-`).
 */
export function findSection(sections: readonly Section[], names: readonly string[]): Section | undefined {
  const wanted = names.map(foldHeading);
  const found =
    sections.find((s) => wanted.includes(foldHeading(s.heading))) ??
    sections.find((s) => wanted.some((w) => foldHeading(s.heading).startsWith(w)));
  return found && !isPlaceholder(found.markdown) ? found : undefined;
}

/** True for a section the template left empty: nothing, or lone `-` / `- [ ]` bullets. */
export function isPlaceholder(markdown: string): boolean {
  // Trimmed first: a pattern with `\s*` on both sides of an optional part backtracks quadratically on a long blank line.
  return markdown.split('\n').every((line) => /^(?:[-*+](?:\s+\[[ xX]?\])?)?$/.test(line.trim()));
}
