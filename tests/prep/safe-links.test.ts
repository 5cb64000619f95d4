import { describe, expect, it } from 'vitest';
import { renderInline, renderMarkdown } from '../../src/prep/markdown.ts';

/**
 * A prep sheet carries no markup out of a note, and no link that could run:
 * every link and image must pass the scheme allow-list of src/lib/safe-url.ts
 * (http, https, mailto, relative), however the note spells the scheme.
 */
describe('links on a prep sheet', () => {
  it.each([
    ['a plain javascript: link', '[click](javascript:alert(1))', 'click'],
    ['an entity-encoded scheme', '[click](&#106;avascript:alert(1))', 'click'],
    ['a named entity for the colon', '[click](javascript&colon;alert(1))', 'click'],
    ['a reference definition', '[click][x]\n\n[x]: javascript:alert(1)', 'click'],
    ['an autolink', '<javascript:alert(1)>', 'javascript:alert(1)'],
    ['a data: URL', '[click](data:text/html,hi)', 'click'],
    ['an image', '![chart](javascript:alert(1))', 'chart'],
  ])('turns %s into plain text', (_name, markdown, text) => {
    const html = renderMarkdown(markdown);
    expect(html).not.toMatch(/<a\s|<img\s|javascript:alert[^<]*"/i);
    expect(html).toContain(text);
  });

  it('keeps web, mail and relative links', () => {
    const html = renderMarkdown('[a](https://example.com/x) [b](mailto:ann@example.com) [c](../acme/) [d](#notes)');
    expect(html).toContain('<a href="https://example.com/x">a</a>');
    expect(html).toContain('<a href="mailto:ann@example.com">b</a>');
    expect(html).toContain('<a href="../acme/">c</a>');
    expect(html).toContain('<a href="#notes">d</a>');
  });

  it('applies to key points rendered inline', () => {
    expect(renderInline('Read [this](javascript:alert(1)) **now**')).toBe('Read this <strong>now</strong>');
  });
});
