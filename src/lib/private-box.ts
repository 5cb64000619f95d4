/**
 * The box a `<Private>` block is shown in on the owner's pages: written once,
 * for the component (Private.astro), the precompiled note bodies
 * (src/compile/compile-note.ts) and the prep sheet's notes (src/prep/markdown.ts).
 */
export const PRIVATE_BOX_OPEN =
  '<div class="private" role="note" aria-label="Private"><span class="private-label">Private</span>';
export const PRIVATE_BOX_CLOSE = '</div>';

/** Children (HTML) in the box. */
export const privateBox = (children: string) => `${PRIVATE_BOX_OPEN}${children}${PRIVATE_BOX_CLOSE}`;
