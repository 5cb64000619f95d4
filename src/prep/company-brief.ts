import { bodyBlocks, plainText } from '../interview/blocks.ts';
import type { BodyFormat } from '../notes/private-blocks.ts';

/** The company note as a prep sheet shows it: the start of its text, whole blocks (or list items) only. */
export interface CompanyBrief {
  /** Markdown: the first blocks of the note, cut at a block or list item. */
  markdown: string;
  /** Whether the note goes on (the sheet links to the company page for the rest). */
  more: boolean;
}

/**
 * The first `limit` characters' worth of a company note, cut between blocks,
 * or between the items of a list, so what is shown is the note's own Markdown
 * and never a sentence broken off. `<Private>` blocks are left out: the
 * company page shows them to the owner, and a sheet is short.
 */
export function companyBrief(body: string, format: BodyFormat, limit: number): CompanyBrief {
  const parts: string[] = [];
  let used = 0;
  let more = false;
  for (const { node, private: hidden } of bodyBlocks(body, format)) {
    if (hidden || !node.position || node.type === 'html' || node.type === 'mdxjsEsm') continue;
    if (more) break;
    const size = plainText(node).length;
    if (used + size <= limit || parts.length === 0) {
      if (used + size > limit && node.type === 'list') {
        // The first block alone is too long: as many of its items as fit, at least one.
        let end = node.position.start.offset;
        for (const item of node.children ?? []) {
          const itemSize = plainText(item).length;
          if (end > node.position.start.offset && used + itemSize > limit) break;
          used += itemSize;
          end = item.position?.end.offset ?? end;
        }
        parts.push(body.slice(node.position.start.offset, end));
        more = end < node.position.end.offset;
        continue;
      }
      parts.push(body.slice(node.position.start.offset, node.position.end.offset));
      used += size;
    } else more = true;
  }
  return { markdown: parts.join('\n\n'), more };
}
