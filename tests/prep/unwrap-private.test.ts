import { describe, expect, it } from 'vitest';
import type { BodyFormat } from '../../src/notes/private-blocks.ts';
import { removePrivateBlocks } from '../../src/notes/private-blocks.ts';
import { renderMarkdown, renderNotes } from '../../src/prep/markdown.ts';
import { PRIVATE_END, PRIVATE_START, unwrapPrivate } from '../../src/prep/unwrap-private.ts';
import { bodyFormat } from '../../src/notes/private-blocks.ts';
import { userSections } from '../../src/prep/user-sections.ts';

/** A recruiter section whose private block holds three paragraphs, as the example archive writes it. */
const MULTI = `## Notes on recruiter/hiring manager

Met Ingrid at the talk.

<Private>
This is the job I actually want.

Salary: let them name it first.

Winters are the worry.
</Private>

## Job description
`;

const CASES: { name: string; format: BodyFormat; body: string; unwrapped: string }[] = [
  {
    name: 'a multi-paragraph block (MDX)',
    format: 'mdx',
    body: '<Private>\nFirst.\n\nSecond.\n\nThird.\n</Private>\n',
    unwrapped: '\nFirst.\n\nSecond.\n\nThird.\n\n',
  },
  {
    name: 'a multi-paragraph block (Markdown)',
    format: 'md',
    body: '<Private>\nFirst.\n\nSecond.\n</Private>\n',
    unwrapped: '\nFirst.\n\nSecond.\n\n',
  },
  {
    name: 'an inline block',
    format: 'mdx',
    body: 'Pay <Private>is 80k</Private> fine.',
    unwrapped: 'Pay is 80k fine.',
  },
  { name: 'a lowercase tag in Markdown', format: 'md', body: '<private>\nA.\n</private>', unwrapped: '\nA.\n' },
  {
    name: 'nested blocks',
    format: 'mdx',
    body: '<Private>\nA.\n\n<Private>\nB.\n</Private>\n</Private>',
    unwrapped: '\nA.\n\n\nB.\n\n',
  },
  {
    name: 'an attribute with ">" in quotes',
    format: 'mdx',
    body: '<Private note="a>b">\nA.\n</Private>',
    unwrapped: '\nA.\n',
  },
  { name: 'an unclosed Markdown block', format: 'md', body: 'x\n\n<Private>\nA.\n\nB.', unwrapped: 'x\n\n\nA.\n\nB.' },
  { name: 'a self-closing tag (MDX)', format: 'mdx', body: 'A.\n\n<Private />\n\nB.', unwrapped: 'A.\n\n\n\nB.' },
  {
    name: 'a tag in a code span stays',
    format: 'mdx',
    body: 'Write `<Private>` around it.',
    unwrapped: 'Write `<Private>` around it.',
  },
  {
    name: 'a tag in a code block stays',
    format: 'md',
    body: '```\n<Private>\nx\n```',
    unwrapped: '```\n<Private>\nx\n```',
  },
  { name: 'no block', format: 'mdx', body: 'Just text.', unwrapped: 'Just text.' },
];

describe('unwrapPrivate', () => {
  it.each(CASES)('$name', ({ body, format, unwrapped }) => {
    expect(unwrapPrivate(body, format)).toBe(unwrapped);
  });

  it.each([
    ['notes/a.md', 'md'],
    ['notes/a.MD', 'md'],
    ['notes/a.mdx', 'mdx'],
    [undefined, 'mdx'],
  ] as const)('reads %s as %s', (path, format) => {
    expect(bodyFormat(path)).toBe(format);
  });
});

const S = PRIVATE_START;
const E = PRIVATE_END;
const MARKED: { name: string; format: BodyFormat; body: string; marked: string }[] = [
  {
    name: 'a block on lines of its own (MDX)',
    format: 'mdx',
    body: 'A.\n\n<Private>\nB.\n\nC.\n</Private>\n\nD.',
    marked: `A.\n\n\n${S}\n\nB.\n\nC.\n\n${E}\n\n\nD.`,
  },
  {
    name: 'a block on lines of its own (Markdown)',
    format: 'md',
    body: '<Private>\nB.\n</Private>',
    marked: `\n${S}\n\nB.\n\n${E}\n`,
  },
  { name: 'a block on one line', format: 'mdx', body: '<Private>B.</Private>', marked: `\n${S}\nB.\n${E}\n` },
  { name: 'an inline block is only unwrapped', format: 'mdx', body: 'A <Private>b</Private> c.', marked: 'A b c.' },
  {
    name: 'a block in a list item is only unwrapped',
    format: 'mdx',
    body: '- a\n  <Private>\n  b\n  </Private>',
    marked: '- a\n  \n  b\n  ',
  },
  {
    name: 'a nested block is marked once, around the outer one',
    format: 'mdx',
    body: '<Private>\nA.\n\n<Private>\nB.\n</Private>\n</Private>',
    marked: `\n${S}\n\nA.\n\n\nB.\n\n\n${E}\n`,
  },
  { name: 'an unclosed Markdown block is only unwrapped', format: 'md', body: '<Private>\nA.', marked: '\nA.' },
];

describe('unwrapPrivate, marking blocks', () => {
  it.each(MARKED)('$name', ({ body, format, marked }) => {
    expect(unwrapPrivate(body, format, { mark: true })).toBe(marked);
  });
});

describe('renderNotes', () => {
  it.each([
    ['a marked block', `A.\n\n${S}\nB.\n\nC.\n${E}\n\nD.`, '<p>A.</p>|BOX<p>B.</p><p>C.</p></div>|<p>D.</p>'],
    ['an end without a start', `A.\n${E}\n`, '<p>A.</p>'],
    ['a start without an end', `A.\n${S}\nB.`, '<p>A.</p>|BOX<p>B.</p></div>'],
    ['two starts', `${S}\nA.\n${S}\nB.\n${E}`, 'BOX<p>A.</p><p>B.</p></div>'],
    ['other comments and HTML', '<!-- x -->\n\n<div>A.</div>\n\nB.', '<p>B.</p>'],
  ])('%s', (_name, markdown, html) => {
    const box = '<div class="private" role="note" aria-label="Private"><span class="private-label">Private</span>';
    expect(renderNotes(markdown).replace(/\n/g, '')).toBe(html.replaceAll('|', '').replaceAll('BOX', box));
  });
});

describe("the owner's prep sheet section of a multi-paragraph private block", () => {
  const render = (body: string, format: BodyFormat) =>
    userSections(unwrapPrivate(body, format))
      .map((s) => renderMarkdown(s.markdown))
      .join('');

  it.each(['mdx', 'md'] as const)('keeps every paragraph (%s)', (format) => {
    const html = render(MULTI, format);
    for (const text of [
      'Met Ingrid at the talk.',
      'This is the job I actually want.',
      'Salary: let them name it first.',
      'Winters are the worry.',
    ])
      expect(html).toContain(`<p>${text}</p>`);
    expect(html).not.toMatch(/private/i);
  });

  it.each(['mdx', 'md'] as const)('shows every paragraph in one Private box (%s)', (format) => {
    const html = userSections(unwrapPrivate(MULTI, format, { mark: true }))
      .map((s) => renderNotes(s.markdown))
      .join('')
      .replace(/\n/g, '');
    expect(html).toContain(
      '<p>Met Ingrid at the talk.</p><div class="private" role="note" aria-label="Private"><span class="private-label">Private</span>' +
        '<p>This is the job I actually want.</p><p>Salary: let them name it first.</p><p>Winters are the worry.</p></div>',
    );
  });

  it('lost the first paragraph without unwrapping: the tag line starts a raw HTML block', () => {
    const html = userSections(MULTI)
      .map((s) => renderMarkdown(s.markdown))
      .join('');
    expect(html).not.toContain('This is the job I actually want.');
    expect(html).toContain('Salary: let them name it first.');
  });

  it("keeps nothing of the block in the mentor's body, which has it removed first", () => {
    const html = render(removePrivateBlocks(MULTI, 'mdx'), 'mdx');
    expect(html).toContain('Met Ingrid at the talk.');
    for (const text of ['This is the job', 'Salary', 'Winters']) expect(html).not.toContain(text);
  });
});
