import { existsSync } from 'node:fs';
import { dirname, posix, resolve } from 'node:path';
import { readImageAddress } from '../lib/image-address.ts';
import { positionsIn } from '../lib/positions.ts';
import type { Problem } from '../lib/problems.ts';
import { splitQuery } from '../notes/code-graph.ts';
import { parseBody, walk, type BodyFormat } from '../notes/private-blocks.ts';

/**
 * The local images a body shows that are not there. Astro imports every
 * image whose address is relative (`![Chart](../img/chart.png)`, or a
 * reference `![Chart][chart]` to `[chart]: ../img/chart.png`, see
 * src/markdown/image-references.ts), and a missing file stops the build
 * with a bundler error: validate reports it first, at the image's line,
 * so validate and the build refuse the same notes. An address with a scheme
 * or from the site's root (`/logo.png`, served from public/) is not a file
 * of the note's and is not checked, as Astro does not import it.
 */
export function missingImages(
  shown: string,
  body: string,
  bodyLine: number,
  file: string,
  format: BodyFormat,
): Problem[] {
  // Every image, inline or by reference, is written with "![": most bodies have none and need no parse.
  if (!body.includes('![')) return [];
  let tree;
  try {
    tree = parseBody(body, format);
  } catch {
    // A body that does not parse is reported by the compile check.
    return [];
  }
  const inline: { url: string; offset: number }[] = [];
  const referenced = new Set<string>();
  const defined = new Map<string, { url: string; offset: number }>();
  for (const node of walk(tree)) {
    const offset = node.position?.start.offset;
    if (offset === undefined) continue;
    const { identifier, url } = node as { identifier?: string; url?: string };
    if (node.type === 'image' && url) inline.push({ url, offset });
    else if (node.type === 'imageReference' && identifier !== undefined) referenced.add(identifier);
    // CommonMark: the first definition of a label wins.
    else if (node.type === 'definition' && identifier !== undefined && url && !defined.has(identifier))
      defined.set(identifier, { url, offset });
  }
  const images = [...inline, ...[...referenced].flatMap((id) => defined.get(id) ?? [])];
  const noteDir = dirname(file);
  // Lines as the Markdown parser counts them (a lone CR ends one too).
  const position = positionsIn(body, { loneCr: true });
  return images.flatMap((image): Problem[] => {
    const problem = (message: string): Problem[] => {
      const at = position(image.offset);
      return [
        { file: shown, line: at.line + bodyLine - 1, column: at.column, field: 'body', severity: 'error', message },
      ];
    };
    const address = readImageAddress(image.url);
    if (address.kind === 'malformed')
      return problem(
        `shows the image "${image.url}", whose address is not valid percent-encoding (a "%" must start a UTF-8 character written as %XX); write a space as %20, or rename the file`,
      );
    if (address.kind === 'elsewhere') return [];
    const [file] = splitQuery(address.path);
    if (existsSync(resolve(noteDir, file))) return [];
    return problem(
      `shows the image "${image.url}", but there is no such file (looked for ${posix.join(posix.dirname(shown.replace(/\\/g, '/')), file)}); the path is relative to the note, and an image in public/ is written from the site's root ("/logo.png")`,
    );
  });
}
