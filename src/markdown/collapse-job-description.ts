import { defineHastPlugin } from 'satteri';
import type { Element, RootContent } from 'hast';

const HEADING = /^h([1-6])$/;

/** The level of a heading element (1–6), or 0 for anything else. */
const headingLevel = (node: RootContent): number =>
  node.type === 'element' ? Number(HEADING.exec(node.tagName)?.[1] ?? 0) : 0;

/**
 * Folds a long "Job description" section into a `<details>` block, so the
 * user's own notes stay on screen and the pasted posting is one click away.
 * The section runs from its heading to the next heading of the same or a
 * higher level; it is folded when its text is longer than `minLength`.
 */
export function collapseJobDescription(minLength: number) {
  return defineHastPlugin({
    name: 'dossier-collapse-job-description',
    after(root, ctx) {
      const nodes = root.children;
      const start = nodes.findIndex((n) => headingLevel(n) > 0 && /^\s*job description\s*$/i.test(ctx.textContent(n)));
      if (start < 0) return;
      const level = headingLevel(nodes[start]!);
      let end = start + 1;
      let length = 0;
      for (; end < nodes.length; end++) {
        const heading = headingLevel(nodes[end]!);
        if (heading > 0 && heading <= level) break;
        length += ctx.textContent(nodes[end]!).length;
      }
      if (length <= minLength) return;
      const details: Element = {
        type: 'element',
        tagName: 'details',
        properties: { className: ['job-description'] },
        children: [
          {
            type: 'element',
            tagName: 'summary',
            properties: {},
            children: [
              { type: 'text', value: `Show the job description (${Math.round(length / 100) / 10}k characters)` },
            ],
          },
          // The section's own nodes, not copies: a node of the native tree listed in a new child list
          // is moved there by id, where copying it out as plain data walked (and cost) every node below.
          ...(nodes.slice(start + 1, end) as Element['children']),
        ],
      };
      // One set-children command on the root moves the section into the block; inserting the block
      // and then removing the section's nodes would remove the moved nodes too (they share the ids).
      ctx.setProperty(root, 'children', [...nodes.slice(0, start + 1), details, ...nodes.slice(end)]);
    },
  });
}
