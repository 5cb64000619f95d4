import { bodyBlocks, plainText, type MdNode } from '../interview/blocks.ts';
import type { BodyFormat } from '../notes/private-blocks.ts';

/** The company note as a prep sheet shows it: the start of its text, whole blocks (or list items) only. */
export interface CompanyBrief {
  /** Markdown: the first blocks of the note, cut at a block or list item. */
  markdown: string;
  /** Whether the note goes on (the sheet links to the company page for the rest). */
  more: boolean;
}

/** Where a list item's own text ends: before its first nested list, which the brief leaves out. */
function ownEnd(item: MdNode): number {
  const nested = item.children?.find((c) => c.type === 'list');
  return nested?.position?.start.offset ?? item.position?.end.offset ?? 0;
}

/**
 * The first `limit` characters' worth of a company note, cut between blocks,
 * or between the items of a list (an item without its nested list), so what
 * is shown is the note's own Markdown and never a sentence broken off.
 * `<Private>` blocks are left out: the company page shows them to the owner,
 * and a sheet is short.
 */
export function companyBrief(body: string, format: BodyFormat, limit: number): CompanyBrief {
  const parts: string[] = [];
  let used = 0;
  let more = false;
  for (const { node, private: hidden } of bodyBlocks(body, format)) {
    if (hidden || !node.position || node.type === 'html' || node.type === 'mdxjsEsm') continue;
    if (used >= limit) {
      more = true;
      break;
    }
    if (node.type === 'list') {
      // Item by item, each without its nested list, as many as fit (at least one).
      const items: string[] = [];
      for (const item of node.children ?? []) {
        const size = plainText(item, { shallow: true }).length;
        const nested = item.children?.some((c) => c.type === 'list');
        if ((items.length > 0 || parts.length > 0) && used + size > limit) {
          more = true;
          break;
        }
        items.push(body.slice(item.position!.start.offset, ownEnd(item)).trimEnd());
        used += size;
        if (nested) more = true;
      }
      if (items.length) parts.push(items.join('\n'));
      if (items.length < (node.children?.length ?? 0)) more = true;
      continue;
    }
    const size = plainText(node).length;
    if (parts.length > 0 && used + size > limit) {
      more = true;
      break;
    }
    parts.push(body.slice(node.position.start.offset, node.position.end.offset));
    used += size;
  }
  return { markdown: parts.join('\n\n'), more };
}
