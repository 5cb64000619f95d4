import { defineHastPlugin, htmlToHast, type HastVisitorContext, type MdxJsxAttributeUnion } from 'satteri';
import type { Element, Nodes } from 'hast';
import { isSafeUrl } from '../lib/safe-url.ts';

/**
 * The build's safety net for links: no note, imported or hand-written, `.md`
 * or `.mdx`, shared or not, puts a script URL on a page. The importer already
 * writes none (src/import/sanitize-mdx.ts); this catches what a person types.
 *
 * - Elements (Markdown links and images, and HTML parsed into elements): an
 *   attribute that holds a URL (`href`, `src`, `action`, `formaction`,
 *   `xlink:href`…) with a target isSafeUrl refuses is removed. The link text
 *   stays, as text.
 * - JSX in MDX (`<a href="javascript:…">`): a JSX element is not an element
 *   node, so it is handled on its own. On HTML elements (lower-case names) a
 *   URL attribute is removed when its value is unsafe, and also when it is an
 *   expression that is not a plain string (`href={"java" + "script:…"}` cannot
 *   be checked before it runs), as is any spread (`{...props}`), which can
 *   carry any attribute. The one expression kept: `<img src={chart.src}>` where
 *   the note imports `chart` from a local image file (Astro writes that address).
 *   Components (`<Private>`) are not HTML and are left alone.
 * - Raw HTML in `.md` notes is passed through to the page as written, so it
 *   is parsed here; when it holds an unsafe URL attribute, an event handler
 *   (`onclick=`), a `<script>` (or another element that runs or loads code), or
 *   it ends inside a tag or comment (where it could swallow the next node's
 *   markup into its attributes), the page shows it as text instead.
 */

/** Attributes whose value a browser follows as a URL, as hast names them. */
const URL_PROPERTIES = [
  'href',
  'src',
  'action',
  'formAction',
  'xLinkHref',
  'poster',
  'cite',
  'data',
  'background',
  'ping',
  'codeBase',
  'manifest',
];
/** The same attributes as written in HTML or JSX, lower-cased. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'xlinkhref',
  'poster',
  'cite',
  'data',
  'background',
  'ping',
  'codebase',
  'manifest',
]);
/** Elements whose mere presence runs or loads code, or changes what URLs mean. */
const ACTIVE_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'meta',
  'link',
  'animate',
  'set',
  'animatemotion',
  'animatetransform',
  'handler',
  'portal',
]);

function removeUnsafeProperties(node: Readonly<Element>, ctx: HastVisitorContext): void {
  for (const key of URL_PROPERTIES) {
    const value = node.properties?.[key];
    if (typeof value === 'string' && !isSafeUrl(value)) ctx.setProperty(node, key, null);
  }
}

/** A JSX attribute value that is an expression holding only a string literal: its string, else undefined. */
function staticString(expression: string): string | undefined {
  const text = expression.trim();
  try {
    if (/^"(?:[^"\\\n]|\\.)*"$/.test(text)) return JSON.parse(text) as string;
  } catch {
    return undefined;
  }
  // 'single' or `template` without ${}: the same text, if it has no escapes to decode.
  if (/^'[^'\\\n]*'$/.test(text) || /^`[^`\\$]*`$/.test(text)) return text.slice(1, -1);
  return undefined;
}

/**
 * `import chart from './chart.png'` (a local image, no query): the names a note imports images by. Astro
 * gives such a name an image's metadata, whose `src` is an address of the site's own it wrote, so
 * `<img src={chart.src}>` keeps its address (README, "Images go beside the note").
 */
const IMAGE_IMPORT =
  /^[ \t]*import[ \t]+([A-Za-z_$][\w$]*)[ \t]+from[ \t]+(['"])\.{1,2}\/[^'"?\n]*\.(?:png|jpe?g|gif|webp|avif|svg)\2/gm;
/** Where the names of a document's image imports are kept for its visitors (ctx.data is per document). */
const IMAGE_NAMES = 'dossierImageImports';

/** The names a document's top-level imports give local images, read before its elements are visited. */
function readImageImports(
  root: Readonly<{ children: readonly { type: string; value?: unknown }[] }>,
  ctx: HastVisitorContext,
): void {
  const names = new Set<string>();
  for (const node of root.children)
    if (node.type === 'mdxjsEsm') for (const m of String(node.value ?? '').matchAll(IMAGE_IMPORT)) names.add(m[1]!);
  ctx.data[IMAGE_NAMES] = names;
}

function isUnsafeJsxAttribute(
  attribute: MdxJsxAttributeUnion,
  element = '',
  images: ReadonlySet<string> = new Set(),
): boolean {
  if (attribute.type === 'mdxJsxExpressionAttribute') return true;
  if (!URL_ATTRIBUTES.has(attribute.name.toLowerCase())) return false;
  const value = attribute.value;
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return !isSafeUrl(value);
  // <img src={chart.src}>, chart an imported local image: an address Astro wrote.
  const member = /^\s*([A-Za-z_$][\w$]*)\.src\s*$/.exec(value.value);
  if (element === 'img' && attribute.name === 'src' && member && images.has(member[1]!)) return false;
  const text = staticString(value.value);
  return text === undefined || !isSafeUrl(text);
}

type JsxNode = {
  name?: string | null;
  attributes: MdxJsxAttributeUnion[];
  children?: JsxNode[];
  type: string;
  properties?: Record<string, unknown>;
  value?: string;
};

// Components start with a capital or are members (`<Foo.Bar>`); fragments have no name.
const isHtmlName = (name: string | null | undefined) => /^[a-z][a-z0-9-]*(?::[a-z][a-z0-9-]*)?$/.test(name ?? '');
const isJsx = (node: JsxNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** Whether anything in this subtree needs cleaning: an HTML JSX element with an unsafe attribute. */
function needsCleaning(node: JsxNode, images: ReadonlySet<string>): boolean {
  return (
    isJsx(node) &&
    isHtmlName(node.name) &&
    (node.attributes ?? []).some((a) => isUnsafeJsxAttribute(a, node.name ?? '', images))
  );
}

function sanitizeJsx(node: Readonly<JsxNode>, ctx: HastVisitorContext): void {
  const images = (ctx.data[IMAGE_NAMES] as ReadonlySet<string> | undefined) ?? new Set<string>();
  if (!needsCleaning(node as JsxNode, images)) return;
  // Nodes handed to the visitor are views into the native tree: copy as plain data and clean the copy,
  // all of it: a replaced node's descendants are not visited again, so an inner <button formAction> is
  // cleaned here or not at all.
  const copy = JSON.parse(JSON.stringify(node)) as JsxNode;
  const stack = [copy];
  while (stack.length) {
    const n = stack.pop()!;
    if (isJsx(n) && isHtmlName(n.name))
      n.attributes = (n.attributes ?? []).filter((a) => !isUnsafeJsxAttribute(a, n.name ?? '', images));
    if (n.type === 'element')
      for (const key of URL_PROPERTIES)
        if (typeof n.properties?.[key] === 'string' && !isSafeUrl(n.properties[key] as string))
          delete n.properties[key];
    if (n.type === 'raw' && !isSafeRawHtml(n.value ?? '')) Object.assign(n, { type: 'text' });
    stack.push(...(n.children ?? []));
  }
  ctx.replaceNode(node as never, copy as never);
}

// Parsed after the raw HTML: found as an element only when the HTML ended outside any tag, comment or raw-text element.
const SENTINEL = '<dossier-end></dossier-end>';

/** Whether raw HTML may go to the page as written. */
export function isSafeRawHtml(html: string): boolean {
  let tree: Nodes;
  try {
    tree = htmlToHast(html + SENTINEL, { fragment: true }) as unknown as Nodes;
  } catch {
    return false;
  }
  let ended = false;
  let safe = true;
  const walk = (node: Nodes) => {
    if (!safe) return;
    if (node.type === 'element') {
      const tag = node.tagName.toLowerCase();
      if (tag === 'dossier-end') ended = true;
      if (ACTIVE_ELEMENTS.has(tag)) safe = false;
      for (const [key, value] of Object.entries(node.properties ?? {})) {
        if (/^on/i.test(key) || key === 'srcDoc') safe = false;
        if (URL_PROPERTIES.includes(key) && typeof value === 'string' && !isSafeUrl(value)) safe = false;
      }
      const content = (node as Element & { content?: Nodes }).content;
      if (content) walk(content);
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return safe && ended;
}

export const safeLinks = defineHastPlugin({
  name: 'dossier-safe-links',
  before: (root, ctx) => readImageImports(root as never, ctx),
  element: { filter: [], visit: (node, ctx) => removeUnsafeProperties(node, ctx) },
  mdxJsxFlowElement: { filter: [], visit: (node, ctx) => sanitizeJsx(node as unknown as JsxNode, ctx) },
  mdxJsxTextElement: { filter: [], visit: (node, ctx) => sanitizeJsx(node as unknown as JsxNode, ctx) },
  raw(node) {
    if (!isSafeRawHtml(node.value)) return { type: 'text', value: node.value };
  },
});
