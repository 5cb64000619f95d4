import { satteri } from '@astrojs/markdown-satteri';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  compileNote,
  NoteRenderError,
  OMITTED_BLOCK,
  PRIVATE_BLOCK,
  ready,
  type MdxRenderer,
} from '../../src/compile/compile-note.ts';

// The processor Astro would build from a config without plugins; the site's own plugins are covered by
// the byte-identity build test (precompile.build.test.ts).
let renderer: MdxRenderer;
beforeAll(async () => {
  await ready;
  renderer = await satteri().createMdxRenderer!(
    { syntaxHighlight: false, gfm: true, smartypants: true },
    { optimize: true, srcDir: new URL('file:///project/src/'), sourcemap: false },
  );
});

const compile = (body: string, privateBlock = PRIVATE_BLOCK) =>
  compileNote(renderer, body, '/project/content/applications/note.mdx', {}, privateBlock);

describe('compileNote', () => {
  it('renders Markdown to HTML and lists its headings', async () => {
    const result = await compile('## Notes & plans\n\nSome *text*.');
    expect(result).toEqual({
      kind: 'html',
      html: '<h2 id="notes--plans">Notes &amp; plans</h2>\n<p>Some <em>text</em>.</p>',
      headings: [{ depth: 2, slug: 'notes--plans', text: 'Notes & plans' }],
    });
  });

  it.each([
    ['the owner sees a <Private> block with its label', PRIVATE_BLOCK, 'SECRET-WORD', true],
    ['the mentor sees nothing of it', OMITTED_BLOCK, 'SECRET-WORD', false],
  ])('%s', async (_name, block, word, shown) => {
    const result = await compile(`Before.\n\n<Private>\n${word} here.\n</Private>\n\nAfter.`, block);
    expect(result.kind).toBe('html');
    const html = result.kind === 'html' ? result.html : '';
    expect(html.includes(word)).toBe(shown);
    expect(html.includes('<span class="private-label">Private</span>')).toBe(shown);
    expect(html).toContain('After.');
  });

  it('evaluates expressions and escapes their text', async () => {
    const result = await compile('Sum: {1 + 1}, tag: {"<b>"}');
    expect(result.kind === 'html' && result.html).toBe('<p>Sum: 2, tag: &lt;b&gt;</p>');
  });

  it.each([
    ['an import of its own', "import { x } from './x.js';\n\n{x}", /imports \.\/x\.js/],
    ['an export of its own', 'export const x = 1;\n\n{x}', /exports x/],
    ['a custom element around an expression', '<my-widget>{1 + 1}</my-widget>', /custom element/],
    ['a promise in its tree', '{Promise.resolve(1)}', /promise/],
  ])('falls back to the full MDX path for %s', async (_name, body, reason) => {
    const result = await compile(body);
    expect(result.kind).toBe('fallback');
    expect(result.kind === 'fallback' && result.reason).toMatch(reason);
  });

  it.each([
    ['code that throws', "{(() => { throw new Error('BOOM'); })()}", /throws while rendering: BOOM/],
    ['a component that is neither built in nor imported', '<Unknown />', /throws while rendering: .*Unknown/],
    ['a body that does not compile', 'An unclosed <div', /does not compile/],
  ])('fails on %s', async (_name, body, message) => {
    const error = await compile(body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoteRenderError);
    expect((error as Error).message).toMatch(message);
  });
});
