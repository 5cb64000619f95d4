import { defineHastPlugin } from 'satteri';
import type { Element, ElementContent, RootContent } from 'hast';

const HEADING = /^h([1-6])$/;
const isHeading = (node: RootContent): node is Element => node.type === 'element' && HEADING.test(node.tagName);

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
      const start = nodes.findIndex((n) => isHeading(n) && /^\s*job description\s*$/i.test(ctx.textContent(n)));
      if (start < 0) return;
      const level = Number(HEADING.exec((nodes[start] as Element).tagName)![1]);
      let end = start + 1;
      while (
        end < nodes.length &&
        !(isHeading(nodes[end]!) && Number(HEADING.exec((nodes[end] as Element).tagName)![1]) <= level)
      )
        end++;
      const section = nodes.slice(start + 1, end);
      const length = section.reduce((sum, n) => sum + ctx.textContent(n).length, 0);
      if (length <= minLength) return;
      // Nodes handed to the visitor are views into the native tree: copy them as plain data.
      const copies = section.map((n) => JSON.parse(JSON.stringify(n)) as ElementContent);
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
          ...copies,
        ],
      };
      ctx.insertAfter(nodes[start]!, details);
      for (const node of section) ctx.removeNode(node);
    },
  });
}
