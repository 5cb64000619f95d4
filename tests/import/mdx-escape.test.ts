import { describe, expect, it } from 'vitest';
import { escapeMarkdown as escapeOnly, textToMarkdown } from '../../src/import/mdx-escape.ts';
import { sanitizeMdx } from '../../src/import/sanitize-mdx.ts';
import { notionBodyToMarkdown, parseNotionPage, stripNotionId, hasNotionId } from '../../src/import/notion-page.ts';
import { escapeLine } from '../../src/import/mdx-escape.ts';
import { normalize, renderBody } from './helpers.ts';

// What the importer writes for a Markdown body: escaped for MDX, then checked on its parsed tree.
const escapeMarkdown = (markdown: string) => sanitizeMdx(escapeOnly(markdown));

describe('escapeMarkdown', () => {
  it.each([
    ['Use {curly} braces and a > b', 'Use {curly} braces and a > b'],
    ['Angle <brackets> and <Component /> stay text', 'Angle <brackets> and <Component /> stay text'],
    ['<!-- a comment -->', '<!-- a comment -->'],
    ['<script>alert("x")</script>', '<script>alert("x")</script>'],
    ['<img src="x" onerror="alert(1)">', '<img src="x" onerror="alert(1)">'],
    ['import thing from "place"', 'import thing from "place"'],
    ['export const x = 1', 'export const x = 1'],
    ['  import {a} from "b"', 'import {a} from "b"'],
    ['important and exporters stay as they are', 'important and exporters stay as they are'],
    ['Code `a {b} <c>` stays', 'Code a {b} <c> stays'],
    ['A lone ` tick and {x}', 'A lone ` tick and {x}'],
  ])('%s compiles as MDX and reads the same', (source, shown) => {
    const page = renderBody(escapeMarkdown(source));
    expect(page.text).toBe(normalize(shown));
    expect(page.elements).not.toContain('script');
    expect(page.elements).not.toContain('img');
  });

  it('escapes only a leading import/export keyword', () => {
    expect(escapeOnly('import x from "y"')).toBe('&#x69;mport x from "y"');
    expect(escapeOnly('export default 1')).toBe('&#x65;xport default 1');
    expect(escapeOnly('important')).toBe('important');
  });

  it('keeps fenced code as it is', () => {
    const source = '```js\nconst a = {b: 1};\nexport default a;\n```';
    expect(escapeOnly(source)).toBe(source);
    expect(renderBody(escapeMarkdown(source)).text).toContain('const a = {b: 1};');
  });

  it.each([
    ['[click](javascript:alert(1))'],
    ['[click]( JavaScript:alert(1))'],
    ['[click](data:text/html;base64,PHNjcmlwdD4=)'],
  ])('neutralizes the link %s and keeps its text', (source) => {
    const page = renderBody(escapeMarkdown(source));
    expect(page.hrefs).toEqual([]);
    expect(page.text).toBe(source);
  });

  it.each([
    ["see 'https://evil.example'</script> now", ['https://evil.example']],
    ['ids like https://a.example/{id}/x here', ['https://a.example/']],
    ['at https://x.example} y', ['https://x.example']],
  ])('keeps the text of %s when an address runs into escaped characters', (source, hrefs) => {
    const page = renderBody(escapeMarkdown(source));
    expect(page.text).toBe(source);
    expect(page.hrefs).toEqual(hrefs);
  });

  it.each([
    ['See <https://x.example/a> now', ['https://x.example/a']],
    ['link (https://x.example/{id}) ok', ['https://x.example/']],
  ])('keeps %s readable and its link clean', (source, hrefs) => {
    const page = renderBody(escapeMarkdown(source));
    expect(page.text).toBe(source);
    expect(page.hrefs).toEqual(hrefs);
  });

  it('leaves escapes that are already in the Markdown alone', () => {
    expect(renderBody(escapeMarkdown('text \\{ already escaped \\}')).text).toBe('text { already escaped }');
  });

  it('keeps web links working', () => {
    expect(renderBody(escapeMarkdown('[site](https://example.org/a_b) and https://example.org/x_y')).hrefs).toEqual([
      'https://example.org/a_b',
      'https://example.org/x_y',
    ]);
  });

  it('shows images of the export folder as links, since the files are not copied', () => {
    const page = renderBody(escapeMarkdown('![Chart](Tracker/chart.png)'));
    expect(page.elements).not.toContain('img');
    expect(page.text).toBe('!Chart');
  });
});

describe('textToMarkdown', () => {
  it.each([['C:\\path\\{x}'], ['&nbsp;{} &amp; AT&T'], ['text \\{ kept'], ['- a bullet with \\* and &lt;']])(
    'shows %s exactly as written',
    (line) => {
      expect(renderBody(textToMarkdown(line)).text).toBe(normalize(line.replace(/^- /, '')));
    },
  );

  it('keeps every line of plain text as its own block', () => {
    const text = 'Line one\nLine two\n- bullet a\n - bullet b\n# hash\n> angle\n3. three\n---';
    const page = renderBody(textToMarkdown(text));
    expect(page.elements.filter((e) => e === 'p')).toHaveLength(6);
    expect(page.elements.filter((e) => e === 'li')).toHaveLength(2);
    for (const line of ['Line one', 'Line two', 'bullet a', 'bullet b', '# hash', '> angle', '3. three', '---'])
      expect(page.text).toContain(normalize(line));
  });
});

describe('Notion pages', () => {
  it.each([
    ['Nordwind Labs 0f1e2d3c4b5a69788796a5b4c3d2e1f0.md', 'Nordwind Labs', true],
    ['Job Tracker a1b2c3d4e5f60718293a4b5c6d7e8f90_all.csv', 'Job Tracker', true],
    ['notes.md', 'notes', false],
  ])('%s', (name, title, named) => {
    expect(stripNotionId(name)).toBe(title);
    expect(hasNotionId(name)).toBe(named);
  });

  it('reads the title and the property block, emoji keys and URLs included', () => {
    const page = parseNotionPage(
      '# Quillmark\n\nPosition: Writer\n📅 Applied: May 2, 2025\nURL: https://q.example/j/1\n\n# Action items\n',
    );
    expect(page).toEqual({
      title: 'Quillmark',
      properties: [
        { key: 'Position', value: 'Writer', line: 3 },
        { key: '📅 Applied', value: 'May 2, 2025', line: 4 },
        { key: 'URL', value: 'https://q.example/j/1', line: 5 },
      ],
      body: '\n# Action items\n',
    });
  });

  it('is not a Notion page without a title heading', () => {
    expect(parseNotionPage('Position: Writer\n')).toBeUndefined();
  });

  it('turns a toggle into <details> and keeps nested bullets and tasks as lists', () => {
    const body = [
      '# Notes',
      '',
      '- [ ] call back',
      '- [x] sent CV',
      '- Team',
      '    - Two linguists',
      '        - one in Oslo',
      '',
      '- Job Description',
      '    ',
      '    **About**',
      '    ',
      '    We want {you}.',
      '    ',
      '    - Task one',
    ].join('\n');
    const mdx = notionBodyToMarkdown(body, escapeOnly, escapeLine);
    expect(mdx).toContain(
      '<details>\n<summary>Job Description</summary>\n\n**About**\n\nWe want \\{you\\}.\n\n- Task one\n\n</details>',
    );
    expect(mdx).toContain('## Notes');
    const page = renderBody(mdx);
    expect(page.elements.filter((e) => e === 'ul').length).toBeGreaterThanOrEqual(4); // tasks, team, nested, nested again, task one
    expect(page.elements.filter((e) => e === 'input')).toHaveLength(2);
    expect(page.elements).toContain('details');
    expect(page.text).toContain('one in Oslo');
  });
});
