import { APPLICATION_SECTIONS } from '../edit/template.ts';
import { fencedCodeLines } from '../lib/fences.ts';
import { escapePlainLine } from './mdx-escape.ts';
import { sectionHeading, sectionOf, type SectionKind } from './sections.ts';

/**
 * The body of an imported application: the user's template sections that
 * have something in them, in the template's order, with the posting under
 * "Job description". An empty template section is not written: a heading
 * with nothing under it shows on the page as an empty section (`npm run new`
 * writes the whole template for a note you fill in yourself).
 */
export function importedApplicationBody(
  opts: { jobDescription?: string; sections?: Partial<Record<(typeof APPLICATION_SECTIONS)[number], string>> } = {},
): string {
  return APPLICATION_SECTIONS.flatMap((section) => {
    const content = section === 'Job description' ? opts.jobDescription : opts.sections?.[section];
    return content?.trim() ? [`## ${section}\n\n${content.trim()}\n`] : [];
  }).join('\n');
}

/** Sections whose short lines are items of a list (a posting pasted as text lost its bullets). */
const LISTED = new Set<SectionKind>(['responsibilities', 'requirements', 'preferred', 'benefits']);
/** Longest line read as a list item in such a section; longer is a paragraph. */
const ITEM_MAX = 220;

/**
 * Plain pasted text (a posting copied from a careers site) as Markdown: each
 * line its own paragraph, bullets kept, section labels in any of the known
 * languages as `###` headings, and the short lines under a responsibilities,
 * requirements or benefits label as list items, so the prep sheet's
 * checklist finds them. Every line's text is kept and escaped for MDX.
 */
export function postingTextToMarkdown(text: string): string {
  const blocks: string[] = [];
  let list: string[] = [];
  let section: SectionKind | undefined;
  const flush = () => {
    if (list.length) blocks.push(list.join('\n'));
    list = [];
  };
  const lines = text.split('\n');
  // A line with blank lines around it is a paragraph; lines that follow each other are a list that lost its bullets.
  const alone = (i: number) => (lines[i - 1] ?? '').trim() === '' && (lines[i + 1] ?? '').trim() === '';
  for (const [i, raw] of lines.entries()) {
    const line = raw.trimEnd();
    if (line.trim() === '') continue;
    const bullet = /^\s*(?:[-*+•●▪◦·]|\d{1,3}[.)])\s+(.*)$/.exec(line);
    if (bullet) {
      list.push(`- ${escapePlainLine(bullet[1]!)}`);
      continue;
    }
    const label = sectionOf(line);
    if (label) {
      flush();
      section = label.kind;
      blocks.push(sectionHeading({ kind: label.kind, label: escapePlainLine(label.label) }, 3).join('\n'));
      continue;
    }
    const trimmed = line.trim();
    if (section && LISTED.has(section) && trimmed.length <= ITEM_MAX && !/:$/.test(trimmed) && !alone(i)) {
      list.push(`- ${escapePlainLine(trimmed)}`);
      continue;
    }
    flush();
    blocks.push(escapePlainLine(trimmed));
  }
  flush();
  return blocks.join('\n\n');
}

/**
 * Markdown postings: a section label written as a plain or bold line
 * ("**Ihr Profil**", "Requirements:") becomes a heading at `level`; a heading
 * already there gets the English label under it when the prep sheet would not
 * read it. Fenced code is left alone.
 */
export function structureMarkdown(markdown: string, level = 2): string {
  const code = fencedCodeLines(markdown);
  const out: string[] = [];
  for (const [i, line] of markdown.split('\n').entries()) {
    if (code.has(i)) {
      out.push(line);
      continue;
    }
    const label = sectionOf(line);
    if (!label) {
      out.push(line);
      continue;
    }
    const heading = /^(#{1,6})\s/.exec(line.trim());
    const lines = sectionHeading(label, heading ? heading[1]!.length : level);
    if (out.length && out[out.length - 1]!.trim() !== '') out.push('');
    out.push(...lines, '');
  }
  return out.join('\n');
}
