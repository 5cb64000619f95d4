import { evaluate, htmlToHast, markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { isSafeUrl } from '../../src/lib/safe-url.ts';
import { isSafeRawHtml, safeLinks } from '../../src/markdown/safe-links.ts';
import { LINK_ATTACKS, URL_KEYS, type HNode } from '../import/attack-vectors.ts';

/** What a browser would run from a page's HTML: script URLs in URL attributes, event handlers, script elements. */
function activeContent(html: string): string[] {
  const found: string[] = [];
  const walk = (node: HNode) => {
    if (node.tagName === 'script') found.push('<script>');
    for (const [key, value] of Object.entries(node.properties ?? {})) {
      if (URL_KEYS.has(key) && typeof value === 'string' && !isSafeUrl(value)) found.push(`${key}=${value}`);
      if (/^on/i.test(key)) found.push(`${key}=${String(value)}`);
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(htmlToHast(html, { fragment: true }) as unknown as HNode);
  return found;
}

const html = (markdown: string, plugins = [safeLinks]) =>
  (markdownToHtml(markdown, { hastPlugins: plugins }) as { html: string }).html;

/** Hand-written `.md` notes: the Markdown attacks, and raw HTML a note may hold. */
const MARKDOWN_ATTACKS: [string, string][] = [
  ...LINK_ATTACKS,
  ['event handler in raw HTML', '<img src="x.png" onerror="alert(1)">'],
  ['script element', '<script>alert(1)</script>'],
  ['SVG link', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>'],
  ['form action', '<form action="javascript:alert(1)"><button formaction="javascript:alert(2)">go</button></form>'],
  ['iframe', '<iframe src="javascript:alert(1)"></iframe>'],
  // An attribute left open in one HTML block swallows the next block's markup: `href="` closes it, and the
  // link's address becomes an attribute of the div.
  ['attribute left open across blocks', '<div title="x\n\n[l](onmouseover=alert(1)//)\n\n" class="y">'],
];

describe('safeLinks on Markdown', () => {
  it.each(MARKDOWN_ATTACKS)('%s: nothing on the page can run', (_name, markdown) => {
    expect(activeContent(html(markdown))).toEqual([]);
  });

  it('is what makes the difference: without it the attacks reach the page', () => {
    const live = MARKDOWN_ATTACKS.filter(([, markdown]) => activeContent(html(markdown, [])).length > 0);
    expect(live.length).toBeGreaterThan(20);
  });

  it('keeps safe links, images and raw HTML as they are', () => {
    const out = html(
      '[site](https://ok.example/a) ![p](./p.png) [m](mailto:a@ok.example)\n\n<a href="/notes/" class="x">raw</a> <details><summary>s</summary>\n\nbody\n\n</details>',
    );
    expect(out).toContain('<a href="https://ok.example/a">site</a>');
    expect(out).toContain('<img src="./p.png" alt="p">');
    expect(out).toContain('<a href="mailto:a@ok.example">m</a>');
    expect(out).toContain('<a href="/notes/" class="x">raw</a>');
    expect(out).toContain('<details><summary>s</summary>');
  });

  it('shows unsafe raw HTML as text instead of dropping it', () => {
    expect(html('<a href="javascript:alert(1)">x</a>')).toContain('&lt;a href="javascript:alert(1)"&gt;x');
    expect(isSafeRawHtml('<b>bold</b>')).toBe(true);
    expect(isSafeRawHtml('<!-- note -->')).toBe(true);
    expect(isSafeRawHtml('<div title="open')).toBe(false);
  });
});

/** Every intrinsic element an MDX body renders, with its props, through a runtime that only records. */
function rendered(mdx: string, plugins = [safeLinks]): { type: string; props: Record<string, unknown> }[] {
  const calls: { type: string; props: Record<string, unknown> }[] = [];
  const jsx = (type: unknown, raw: unknown) => {
    const props = raw as Record<string, unknown>;
    if (typeof type === 'string') calls.push({ type, props });
    return typeof type === 'function' ? (type as (p: unknown) => unknown)(props) : { type, props };
  };
  const module = evaluate(mdx, { jsx, jsxs: jsx, Fragment: 'fragment', hastPlugins: plugins }) as {
    default: (props: unknown) => unknown;
  };
  module.default({ components: { Private: (props: { children: unknown }) => props.children } });
  return calls;
}

const unsafeProps = (mdx: string, plugins = [safeLinks]) =>
  rendered(mdx, plugins).flatMap(({ type, props }) =>
    Object.entries(props)
      .filter(
        ([key, value]) => (URL_KEYS.has(key) && (typeof value !== 'string' || !isSafeUrl(value))) || /^on/i.test(key),
      )
      .map(([key, value]) => `<${type} ${key}=${String(value)}>`),
  );

/** JSX written in an `.mdx` note: not elements in the Markdown pipeline, so handled on their own. */
const JSX_ATTACKS: [string, string][] = [
  ['JSX link', '<a href="javascript:alert(1)">a</a>'],
  ['JSX link, entity-encoded', '<a href="&#106;avascript:alert(1)">a</a>'],
  ['JSX link, string expression', '<a href={"javascript:alert(1)"}>a</a>'],
  ['JSX link, computed', '<a href={"java" + "script:alert(1)"}>a</a>'],
  ['JSX spread', '<a {...{ href: "javascript:alert(1)" }}>a</a>'],
  ['JSX image', '<img src="javascript:alert(1)" />'],
  ['JSX form', '<form action="javascript:alert(1)"><button formAction="javascript:alert(2)">go</button></form>'],
  ['JSX inside a component', '<Private><a href="javascript:alert(1)">a</a></Private>'],
  ['Markdown link in MDX', '[a](javascript:alert(1))'],
  ['Markdown link in MDX, next line', '[a](\njavascript:alert(1))'],
];

describe('safeLinks on MDX', () => {
  it.each(JSX_ATTACKS)('%s: no script URL reaches an element', (_name, mdx) => {
    expect(unsafeProps(mdx)).toEqual([]);
  });

  it('is what makes the difference: without it the JSX attacks reach the page', () => {
    expect(JSX_ATTACKS.filter(([, mdx]) => unsafeProps(mdx, []).length > 0).length).toBeGreaterThanOrEqual(
      JSX_ATTACKS.length - 1,
    );
  });

  it('keeps safe attributes and components', () => {
    const calls = rendered(
      '<a href="https://ok.example" title="t">ok</a> <a href={"/notes/"}>rel</a> [m](mailto:a@ok.example)',
    );
    expect(calls.filter((c) => c.type === 'a').map((c) => [c.props.href, c.props.title])).toEqual([
      ['https://ok.example', 't'],
      ['/notes/', undefined],
      ['mailto:a@ok.example', undefined],
    ]);
  });
});

describe('an image a note imports, shown with <img src={…}>', () => {
  /** Whether the compiled note still gives the element its URL attribute from `chart.src`. */
  const keeps = (mdx: string, plugins = [safeLinks]) =>
    /(?:src|href): chart\.src\b/.test((mdxToJs(mdx, { hastPlugins: plugins }) as { code: string }).code);

  it.each([
    [
      'a local image imported by name',
      'import chart from \'./img/chart.png\';\n\n<img src={chart.src} alt="c" />',
      true,
    ],
    ['an SVG in the folder above', "import chart from '../chart.svg'\n\n<img src={chart.src} />", true],
    [
      'a value the note defines itself',
      "export const chart = { src: 'javascript:alert(1)' };\n\n<img src={chart.src} />",
      false,
    ],
    ['an import with a query', "import chart from './chart.png?raw';\n\n<img src={chart.src} />", false],
    ['an import that is not an image', "import chart from './chart.json';\n\n<img src={chart.src} />", false],
    ['a link to it', "import chart from './chart.png';\n\n<a href={chart.src}>chart</a>", false],
    ['more than the address', "import chart from './chart.png';\n\n<img src={chart.src + '#x'} />", false],
  ])('%s: kept %s', (_what, mdx, kept) => {
    expect(keeps(mdx)).toBe(kept);
  });

  it('is what makes the difference: the compiler alone keeps every one of them', () => {
    expect(keeps("export const chart = { src: 'javascript:alert(1)' };\n\n<img src={chart.src} />", [])).toBe(true);
  });
});
