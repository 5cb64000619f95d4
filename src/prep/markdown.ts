import { defineHastPlugin, markdownToHtml } from 'satteri';
import { PRIVATE_BOX_CLOSE, PRIVATE_BOX_OPEN } from '../lib/private-box.ts';
import { isSafeUrl } from '../lib/safe-url.ts';
import { taskListLabels } from '../markdown/task-list-labels.ts';
import { PRIVATE_END, PRIVATE_START } from './unwrap-private.ts';

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

/** The same, but for the two comments that mark a private block (see `renderNotes`). */
const MARKERS: ReadonlySet<unknown> = new Set([PRIVATE_START, PRIVATE_END]);
const dropRawButMarkers = defineHastPlugin({
  name: 'dossier-drop-raw-html-but-private-markers',
  raw(node, ctx) {
    if (!MARKERS.has(node.value)) ctx.removeNode(node);
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

const MARKER = /<!--(\/?)dossier:private-->/g;

/**
 * The user's own notes (a section of the owner's note, its private blocks
 * marked by `unwrapPrivate(…, { mark: true })`) as HTML, each private block in
 * a "Private" box. The markers stand alone between blocks, so the boxes wrap
 * whole blocks; an end without a start (a heading inside a private block cut
 * it in two sections) is dropped, and a start without an end closes at the end.
 */
export function renderNotes(markdown: string): string {
  const html = markdownToHtml(markdown, { hastPlugins: [dropRawButMarkers, safeLinks, taskListLabels] }).html;
  let open = false;
  const boxed = html.replace(MARKER, (_marker, end: string) => {
    if (open === !end) return '';
    open = !end;
    return end ? PRIVATE_BOX_CLOSE : PRIVATE_BOX_OPEN;
  });
  return open ? `${boxed}${PRIVATE_BOX_CLOSE}` : boxed;
}

/** One line of Markdown (a list item) as inline HTML, without the paragraph around it. */
export function renderInline(markdown: string): string {
  return renderMarkdown(markdown)
    .trim()
    .replace(/^<p>([\s\S]*)<\/p>$/, '$1');
}
