import type { Audience } from '../config/settings.ts';
import { showsPrivateBlocks } from '../notes/private-blocks.ts';
import { renderMarkdown, renderNotes } from '../prep/markdown.ts';
import { unwrapPrivate } from '../prep/unwrap-private.ts';

/**
 * A comment's Markdown as HTML for this audience: without raw HTML and with
 * safe links only (src/prep/markdown.ts), since the text is the mentor's.
 * The owner sees a comment's `<Private>` blocks in the Private box, as in a
 * note (a block inside a sentence or a list item is shown unboxed, as on the
 * prep sheet); a mentor's comments have none left (src/catalog/feedback.ts),
 * and any tag that still came would be dropped with the raw HTML.
 */
export function renderComment(markdown: string, audience: Audience): string {
  return showsPrivateBlocks(audience)
    ? renderNotes(unwrapPrivate(markdown, 'md', { mark: true }))
    : renderMarkdown(markdown);
}
