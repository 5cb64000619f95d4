import { mdxToHast } from 'satteri';
import { isSafeUrl } from '../../src/lib/safe-url.ts';

/**
 * Ways to write a link to `javascript:` (or another script scheme) in
 * Markdown, as an attacker pasting into a page would: each one got past the
 * importer's old per-line regexes or needs a parser to be seen at all.
 */
export const LINK_ATTACKS: [name: string, markdown: string][] = [
  ['plain', '[a](javascript:alert(1))'],
  ['mixed case and spaces', '[a]( JaVaScRiPt:alert(1) )'],
  ['decimal character reference', '[a](&#106;avascript:alert(1))'],
  ['hex character reference with zeros', '[a](&#x0006A;avascript:alert(1))'],
  ['named colon', '[a](javascript&colon;alert(1))'],
  ['tab reference inside the scheme', '[a](java&Tab;script:alert(1))'],
  ['destination on the next line', '[a](\njavascript:alert(1))'],
  ['pointy-bracket destination', '[a](<javascript:alert(1)>)'],
  ['with a title', '[a](javascript:alert(1) "title")'],
  ['reference whose definition is split over lines', '[a][r]\n\n[r]:\n  javascript:alert(1)'],
  ['reference whose definition is entity-encoded', '[a][r]\n\n[r]: &#106;avascript:alert(1)'],
  ['collapsed and shortcut references', '[r][] and [r]\n\n[r]: javascript:alert(1)'],
  ['two definitions of one label', '[a][r]\n\n[r]: javascript:alert(1)\n[r]: javascript:alert(2)'],
  ['image', '![i](javascript:alert(1))'],
  ['image through a definition', '![i][r]\n\n[r]: javascript:alert(1)'],
  ['raw HTML link', '<a href="javascript:alert(1)">a</a>'],
  ['raw HTML link, entity-encoded', '<a href="&#106;avascript:alert(1)">a</a>'],
  ['raw HTML image', '<img src="javascript:alert(1)">'],
  ['autolink', '<javascript:alert(1)>'],
  ['data URL', '[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['vbscript', '[a](vbscript:msgbox(1))'],
  ['link inside an HTML block', '<div>\n[a](javascript:alert(1))\n</div>'],
  ['link inside an HTML comment', '<!--\n[a](javascript:alert(1))\n-->'],
  ['link in what Markdown reads as indented code', 'Text\n\n    [a](javascript:alert(1))'],
  ['link around a link', '[[a](javascript:alert(1))](javascript:alert(2))'],
  ['in a quote in a list', '- > [a](javascript:alert(1))'],
  ['in strong emphasis', '**[a](javascript:alert(1))**'],
  ['in a heading', '# [a](javascript:alert(1))'],
  ['in a table', '| h |\n| - |\n| [a](javascript:alert(1)) |'],
  ['in a footnote', 'x[^1]\n\n[^1]: [a](javascript:alert(1))'],
];

/**
 * Attributes that carry a URL, as hast, HTML and JSX name them: the tests' own list, kept apart from
 * src/markdown/safe-links.ts on purpose, so a URL attribute the code forgets is still looked at here.
 */
export const URL_KEYS = new Set([
  'href',
  'src',
  'action',
  'formAction',
  'formaction',
  'xLinkHref',
  'xlinkHref',
  'xlink:href',
  'poster',
  'cite',
  'data',
  'background',
  'ping',
]);

/** A node of a hast (or MDX hast) tree, as the tests walk it. */
export interface HNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: HNode[];
}

/** Every URL a compiled MDX body puts in an attribute, and whether it is safe. */
export function urlsOf(mdx: string): { url: string; safe: boolean }[] {
  const out: { url: string; safe: boolean }[] = [];
  const walk = (node: HNode) => {
    for (const [key, value] of Object.entries(node.properties ?? {}))
      if (URL_KEYS.has(key) && typeof value === 'string') out.push({ url: value, safe: isSafeUrl(value) });
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute') out.push({ url: '{...spread}', safe: false });
      else if (URL_KEYS.has(attribute.name ?? '')) {
        const value = typeof attribute.value === 'string' ? attribute.value : JSON.stringify(attribute.value);
        out.push({ url: value, safe: typeof attribute.value === 'string' && isSafeUrl(value) });
      }
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(mdxToHast(mdx) as unknown as HNode);
  return out;
}

/** The URLs a browser would follow that are not http, https, mailto or relative. */
export const liveScriptUrls = (mdx: string) =>
  urlsOf(mdx)
    .filter((u) => !u.safe)
    .map((u) => u.url);
