import { defineMdastPlugin } from 'satteri';
import { readImageAddress } from '../lib/image-address.ts';

/** What Astro's Markdown processors keep of a document's images (`ctx.data.astro`). */
interface AstroImageData {
  localImagePaths?: Set<string>;
}

/**
 * Local images written as references (`![Chart][chart]` with `[chart]: ../img/chart.png`
 * anywhere in the note) go through Astro's image pipeline as inline ones do. Astro collects
 * only `![Chart](../img/chart.png)`: a reference rendered `<img src="../img/chart.png">`,
 * an address relative to the page's URL, where no file is, so the picture was broken.
 * Listing the definition's address among the document's local images lets Astro import the
 * file and emit it, exactly as for an inline image.
 *
 * Only definitions an image reference uses are listed (a link reference to a PDF stays a
 * link), and only those still in the tree: this plugin comes after `dropPrivateBlocks`, and
 * a mentor's notes have no private block left by the time they are parsed.
 */
export const imageReferences = defineMdastPlugin({
  name: 'dossier-image-references',
  before(_root, ctx) {
    ctx.data.dossierImageRefs = { used: new Set<string>(), defined: new Map<string, string>() };
  },
  imageReference(node, ctx) {
    (ctx.data.dossierImageRefs as ImageRefs).used.add(node.identifier);
  },
  definition(node, ctx) {
    const refs = ctx.data.dossierImageRefs as ImageRefs;
    // CommonMark: the first definition of a label wins.
    if (!refs.defined.has(node.identifier)) refs.defined.set(node.identifier, node.url);
  },
  after(_root, ctx) {
    const refs = ctx.data.dossierImageRefs as ImageRefs;
    const astro = ctx.data.astro as AstroImageData | undefined;
    if (!astro?.localImagePaths || refs.used.size === 0) return;
    for (const identifier of refs.used) {
      const url = refs.defined.get(identifier);
      const address = url === undefined ? undefined : readImageAddress(url);
      if (address?.kind === 'local') astro.localImagePaths.add(address.path);
    }
  },
});

interface ImageRefs {
  used: Set<string>;
  defined: Map<string, string>;
}
