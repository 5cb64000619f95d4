import { describe, expect, it } from 'vitest';
import type { BodyFormat } from '../../src/share/private-blocks.ts';
import { removePrivateBlocks } from '../../src/share/private-blocks.ts';
import { renderMarkdown } from '../../src/prep/markdown.ts';
import { bodyFormat, unwrapPrivate } from '../../src/prep/unwrap-private.ts';
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
