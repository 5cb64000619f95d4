import { defineMdastPlugin, type MdastTarget, type MdastVisitorContext } from 'satteri';
import type { Audience } from '../config/settings.ts';
import { removePrivateBlocks, showsPrivateBlocks } from '../notes/private-blocks.ts';

// `<private>` is the same tag to an HTML parser, and an MDX author who wrote it meant the same thing.
const isPrivateElement = (node: Readonly<MdastTarget>) =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
  /^private$/i.test((node as { name?: string | null }).name ?? '');

/**
 * Takes `<Private>` blocks out of note bodies while they are compiled, in a
 * build whose audience may not see them. Swapping the component for an empty
 * one at render time is not enough on its own: heading ids and the heading
 * list are computed from the text before any component runs, and in a `.md`
 * note `<Private>` is plain HTML that no component ever sees. Removed here,
 * the text never reaches the compiled page, its ids or the search index.
 *
 * - MDX: the `<Private>` elements are removed from the syntax tree, so a tag
 *   shown in a code block stays as written.
 * - Markdown: the body is parsed again without the blocks, as
 *   `removePrivateBlocks` finds them on the syntax tree (an unclosed block
 *   hides the rest of the note: fail closed).
 *
 * The mentor build's notes are already prepared without their blocks
 * (`src/share/prepare-copy.ts`); this plugin is the second lock on that door.
 */
export function dropPrivateBlocks(audience: Audience) {
  const drops = !showsPrivateBlocks(audience);
  const removeElement = (node: Readonly<MdastTarget>, ctx: MdastVisitorContext) => {
    if (!drops || !isPrivateElement(node)) return;
    // A block nested in another goes with the outer one; removing it twice would only earn a warning.
    for (let up = ctx.parent(node); up; up = ctx.parent(up as MdastTarget))
      if (isPrivateElement(up as MdastTarget)) return;
    ctx.removeNode(node);
  };
  return defineMdastPlugin({
    name: 'dossier-drop-private-blocks',
    before(root, ctx) {
      if (!drops || ctx.sourceFormat !== 'markdown' || !/<private\b/i.test(ctx.source)) return;
      const [first, ...rest] = root.children;
      if (!first) return;
      ctx.replaceNode(first, { raw: removePrivateBlocks(ctx.source, 'md') });
      for (const node of rest) ctx.removeNode(node);
    },
    mdxJsxFlowElement: removeElement,
    mdxJsxTextElement: removeElement,
  });
}
