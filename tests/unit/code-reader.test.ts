import { describe, expect, it } from 'vitest';
import { packageProblem, readCode, readStylesheet } from '../../src/notes/code-reader.ts';

/**
 * What code a shared note reaches may do (issue 21, leak 2: a component in the content root read
 * every application with import.meta.glob). Build-time code may read its props and render; anything
 * that could reach a file or code built from text is a finding, with its line.
 */
const component = (frontmatter: string, template = '<p>{x}</p>') => `---\n${frontmatter}\n---\n${template}\n`;
const findings = (source: string, format: 'astro' | 'module' = 'astro') =>
  readCode(source, format).findings.map((f) => `${f.line}: ${f.what}`);

describe('readCode: what build-time code may not do', () => {
  // [case, code (component frontmatter), the finding]
  const refused: [string, string, string][] = [
    [
      'import.meta.glob',
      "const x = import.meta.glob('../applications/*.mdx', { eager: true });",
      'reads other notes (import.meta.glob)',
    ],
    [
      'import.meta.glob through a variable',
      "const m = import.meta; const x = m.glob('../**');",
      'reads files (import.meta)',
    ],
    ['Astro.glob', "const x = await Astro.glob('../applications/*.mdx');", 'reads other notes (Astro.glob)'],
    ['Astro as a value', "const a = Astro; const x = a['glob'];", 'uses Astro other than Astro.props and Astro.slots'],
    ['Astro.request', 'const x = Astro.request.headers;', "reads Astro.request, which a shared note's code may not"],
    ['import()', "const x = await import('../applications/secret.mdx');", 'loads files (import())'],
    ['fetch', "const x = await (await fetch('file:///etc/passwd')).text();", 'reads over the network (fetch)'],
    ['process', 'const x = process.env.DOSSIER_CONTENT;', 'reaches the system (process)'],
    ['globalThis', "const x = globalThis['pro' + 'cess'];", 'reaches the system (globalThis)'],
    ['require', "const x = require('fs');", 'loads modules (require)'],
    ['eval', "const x = eval('1');", 'runs code built from text (eval)'],
    ['the Function constructor', "const x = new Function('return 1');", 'runs code built from text (Function)'],
    [
      'a constructor by its name',
      'const x = [].constructor.constructor;',
      'reads the property "constructor", which leads to code Dossier cannot check',
    ],
    [
      'a constructor by a built name',
      "const f = () => 1; const x = f['constr' + 'uctor'];",
      'reads a property by a computed name (x[y]); write the property name (x.name), or index by a number',
    ],
    // A name read from a variable may be "constructor": on a value that may be a function, it reaches Function.
    [
      'a property by a variable name',
      'const x = Astro.props.f[kind];',
      'reads a property by a computed name (x[y]); write the property name (x.name), or index by a number',
    ],
    [
      'a second computed name on what a literal gave',
      'const o = { a: 1 }; const x = o[k][k];',
      'reads a property by a computed name (x[y]); write the property name (x.name), or index by a number',
    ],
    [
      'a literal that is bound again',
      'let o = { a: 1 }; o = () => 1; const x = o[k];',
      'reads a property by a computed name (x[y]); write the property name (x.name), or index by a number',
    ],
    ['an environment variable of the owner', 'const x = import.meta.env.DOSSIER_CONTENT;', 'reads files (import.meta)'],
    [
      'a constructor by a destructured name',
      'const { constructor: C } = [];',
      'reads the property "constructor", which leads to code Dossier cannot check',
    ],
    [
      'a prototype',
      'const x = Object.getPrototypeOf(async () => {});',
      'reads the property "getPrototypeOf", which leads to code Dossier cannot check',
    ],
    ['Reflect', "const x = Reflect.get([], 'x');", 'reaches any property (Reflect)'],
    ['a change to a built-in', 'JSON.parse = () => ({});\nconst x = 1;', 'changes the built-in JSON'],
    [
      'Object.assign on a built-in',
      'Object.assign(Math, { max: () => 0 });\nconst x = 1;',
      'changes the built-in Math',
    ],
  ];
  it.each(refused)('refuses %s', (_, code, what) => {
    expect(findings(component(code)).join('\n')).toContain(`2: ${what}`);
  });

  it('refuses the same in template expressions, with their line', () => {
    expect(findings(component('const x = 1;', '<p>\n{Object.values(import.meta.glob("../*.mdx"))}\n</p>'))).toEqual([
      '5: reads other notes (import.meta.glob)',
    ]);
  });

  it('refuses the same in a script module (.ts), TypeScript included', () => {
    const source =
      "import type { X } from './types.ts';\nconst all: X = import.meta.glob<X>('../applications/*.mdx');\nexport default all;\n";
    expect(findings(source, 'module')).toEqual(['2: reads other notes (import.meta.glob)']);
  });

  it('refuses what it cannot read', () => {
    expect(findings('const = ;', 'module')).toEqual(['1: cannot be read (Unexpected token)']);
  });
});

describe('readCode: what build-time code may do', () => {
  // An innocent callout component: props, a list, a class, a slot, a style and a client script.
  const callout = `---
interface Props { kind?: 'note' | 'tip'; title?: string; items?: string[] }
import type { Thing } from './types.ts';
import icon from './icon.svg';
const { kind = 'note', title, items = [] } = Astro.props;
const first = items[0];
const labels = { note: 'Note', tip: 'Tip' };
const label = labels[kind] ?? 'Note';
const home = \`\${import.meta.env.BASE_URL}applications/\`;
const shown = items.map((item, i) => \`\${i + 1}. \${item}\`).filter(Boolean);
---
<aside class={\`callout \${kind}\`} aria-label={label}>
  <img src={icon.src} alt="" />
  {title && <strong>{title}</strong>}
  {first}
  <ul>{shown.map((line) => <li>{line}</li>)}</ul>
  <slot />
</aside>
<style>.callout { background: url(./paper.png) }</style>
<script>
  import { open } from './open.ts';
  const env = import.meta.env.MODE;
  document.querySelectorAll('aside').forEach((el) => el.addEventListener('click', () => fetch('/x').then(open)));
</script>
`;
  it('finds nothing in an innocent component', () => {
    const reading = readCode(callout, 'astro');
    expect(reading.findings).toEqual([]);
    expect(reading.references.map((r) => `${r.line}:${r.specifier}${r.client ? ' (browser)' : ''}`).sort()).toEqual([
      '21:./open.ts (browser)',
      '4:./icon.svg',
    ]);
    expect(reading.styles.map((s) => s.css.trim())).toEqual(['.callout { background: url(./paper.png) }']);
  });

  it('checks only what the bundler does with a browser script: import.meta.glob is read at build time', () => {
    expect(findings(component('const x = 1;', "<script>const all = import.meta.glob('../*.mdx');</script>"))).toEqual([
      '4: reads other notes (import.meta.glob)',
    ]);
    // An is:inline script goes to the browser as written.
    expect(
      findings(component('const x = 1;', "<script is:inline>const all = import.meta.glob('../*.mdx');</script>")),
    ).toEqual([]);
  });
});

describe('packageProblem', () => {
  const cases: [string, boolean, string | undefined][] = [
    ['astro:assets', false, undefined],
    ['astro:content', false, 'reads other notes (astro:content)'],
    ['node:fs', false, 'reads files or the system (node:fs)'],
    ['fs/promises', true, 'reads files or the system (fs/promises)'],
    ['lodash', false, 'runs the package "lodash", whose code Dossier does not check'],
    ['chart.js', true, undefined],
  ];
  it.each(cases)('%s (browser: %s)', (specifier, client, problem) => {
    expect(packageProblem(specifier, client)).toBe(problem);
  });
});

describe('readStylesheet', () => {
  it('finds @import, url() and image-set(), not what a comment or a string says', () => {
    const css =
      '/* url(./no.png) */\n@import "./a.css";\n@import url(b.css);\n.x { background: url("./bg.png") image-set("c.png" 1x); content: "url(./fake.png)" }';
    expect(readStylesheet(css).references).toEqual([
      { specifier: './a.css', line: 2 },
      { specifier: 'b.css', line: 3 },
      { specifier: './bg.png', line: 4 },
      { specifier: 'c.png', line: 4 },
    ]);
  });
});
