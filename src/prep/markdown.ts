import { defineHastPlugin, markdownToHtml } from 'satteri';
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

/** A Markdown excerpt of a note (a section, a key point) as HTML. */
export function renderMarkdown(markdown: string): string {
  return markdownToHtml(markdown, { hastPlugins: [dropRaw, taskListLabels] }).html;
}

/** One line of Markdown (a list item) as inline HTML, without the paragraph around it. */
export function renderInline(markdown: string): string {
  return renderMarkdown(markdown)
    .trim()
    .replace(/^<p>([\s\S]*)<\/p>$/, '$1');
}
