import { defineHastPlugin, markdownToHtml } from 'satteri';
import { isSafeUrl } from '../lib/safe-url.ts';
import { taskListLabels } from '../markdown/task-list-labels.ts';

/**
 * Drops raw HTML and MDX tags from a section before rendering: `<Private>`
 * wrappers (the catalog has already removed private blocks for a mentor)
 * and anything else that is not Markdown, so a prep sheet can never carry
 * markup, let alone a script, out of a note.
 */
const dropRaw = defineHastPlugin({
  name: 'dossier-drop-raw-html',
  raw(node, ctx) {
    ctx.removeNode(node);
  },
});

/**
 * Markdown links and images are markup too: one whose target fails the
 * scheme allow-list (`[x](javascript:…)`, however encoded) becomes its plain
 * text, so the words stay and nothing can run.
 */
const safeLinks = defineHastPlugin({
  name: 'dossier-safe-links',
  element: {
    filter: ['a', 'img'],
    visit(node, ctx) {
      const target = node.tagName === 'a' ? node.properties?.href : node.properties?.src;
      if (target === undefined || isSafeUrl(String(target))) return;
      if (node.tagName === 'a') ctx.replaceNode(node, node.children);
      else ctx.replaceNode(node, { type: 'text', value: String(node.properties?.alt ?? '') });
    },
  },
});

/** A Markdown excerpt of a note (a section, a key point) as HTML. */
export function renderMarkdown(markdown: string): string {
  return markdownToHtml(markdown, { hastPlugins: [dropRaw, safeLinks, taskListLabels] }).html;
}

/** One line of Markdown (a list item) as inline HTML, without the paragraph around it. */
export function renderInline(markdown: string): string {
  return renderMarkdown(markdown)
    .trim()
    .replace(/^<p>([\s\S]*)<\/p>$/, '$1');
}
