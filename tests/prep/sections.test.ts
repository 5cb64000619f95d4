import { describe, expect, it } from 'vitest';
import { keyPoints } from '../../src/prep/key-points.ts';
import { renderInline, renderMarkdown } from '../../src/prep/markdown.ts';
import { findSection, isPlaceholder, splitSections } from '../../src/prep/heading-sections.ts';
import { userSections } from '../../src/prep/user-sections.ts';

const NOTE = `## Action items

- [ ] Prepare stories

## Notes on the company

-

## Where can I add value?

- My thesis on morphology.

## What am I excited about? What will I learn?

- Production scale.

### A sub-heading stays inside

Text.

## Notes on recruiter/hiring manager

Aoife, friendly.

## Job description

\`\`\`
## not a heading
\`\`\`
`;

describe('sections of a note', () => {
  it('splits at headings, keeps sub-sections inside and ignores fenced code', () => {
    const sections = splitSections(NOTE);
    expect(sections.map((s) => [s.level, s.heading])).toEqual([
      [2, 'Action items'],
      [2, 'Notes on the company'],
      [2, 'Where can I add value?'],
      [2, 'What am I excited about? What will I learn?'],
      [3, 'A sub-heading stays inside'],
      [2, 'Notes on recruiter/hiring manager'],
      [2, 'Job description'],
    ]);
    expect(sections[3]!.markdown).toContain('### A sub-heading stays inside');
    expect(sections[6]!.markdown).toContain('## not a heading');
  });

  it.each([
    ['', true],
    ['-', true],
    ['- [ ] ', true],
    ['-\n-', true],
    ['- something', false],
    ['Text', false],
  ])('isPlaceholder(%j) is %s', (md, expected) => {
    expect(isPlaceholder(md)).toBe(expected);
  });

  it('finds sections by folded heading, skipping placeholders', () => {
    const sections = splitSections(NOTE);
    expect(findSection(sections, ['where can i add value'])?.markdown).toBe('- My thesis on morphology.');
    expect(findSection(sections, ['Notes on the company'])).toBeUndefined();
    expect(findSection(sections, ['Notes on recruiter'])?.heading).toBe('Notes on recruiter/hiring manager');
  });

  it.each([
    ['the template note', NOTE, ['value', 'excited', 'recruiter']],
    ['an empty body', '', []],
    ['a body without headings', 'Just text.', []],
  ])('userSections of %s', (_name, body, keys) => {
    expect(userSections(body).map((s) => s.key)).toEqual(keys);
  });
});

describe('key points of an article', () => {
  it.each([
    [
      'Takeaways first',
      '## Takeaways\n\n- One\n- Two\n\n## Notes\n\n- Not this',
      { points: ['One', 'Two'], more: 0, from: 'Takeaways' },
    ],
    [
      'Takeaways later in the note',
      '## Notes\n\n- Not this\n\n## Key takeaways\n\n1. One',
      { points: ['One'], more: 0, from: 'Key takeaways' },
    ],
    [
      'template Key points',
      '## Key points\n\n- One\n\n## How it helps my applications\n\n-',
      { points: ['One'], more: 0, from: 'Key points' },
    ],
    [
      'first section when no takeaways',
      '## Summary of the talk\n\nA paragraph.\n\nAnother one.',
      { points: ['A paragraph.', 'Another one.'], more: 0, from: 'Summary of the talk' },
    ],
    [
      'body without headings',
      'Only an intro\nparagraph.',
      { points: ['Only an intro paragraph.'], more: 0, from: undefined },
    ],
    ['empty body', '', { points: [], more: 0 }],
    [
      'nested items are not points',
      '## Takeaways\n\n- One\n  - detail\n- Two',
      { points: ['One', 'Two'], more: 0, from: 'Takeaways' },
    ],
    [
      'a limit',
      '## Takeaways\n\n- 1\n- 2\n- 3\n- 4\n- 5\n- 6\n- 7\n- 8',
      { points: ['1', '2', '3', '4', '5', '6'], more: 2, from: 'Takeaways' },
    ],
  ])('%s', (_name, body, expected) => {
    expect(keyPoints(body)).toEqual(expected);
  });
});

describe('rendering excerpts', () => {
  it('renders Markdown and drops raw HTML and MDX tags', () => {
    const html = renderMarkdown(
      '- a **b** [c](https://x.example)\n- <Private>kept text</Private>\n\n<script>alert(1)</script>\n',
    );
    expect(html).toContain('<strong>b</strong>');
    expect(html).toContain('<a href="https://x.example">c</a>');
    expect(html).toContain('kept text');
    expect(html).not.toMatch(/<script|<Private|alert/);
  });

  it('labels task checkboxes', () => {
    expect(renderMarkdown('- [ ] Send it')).toMatch(/aria-label="Send it"/i);
  });

  it('renders one line without a paragraph', () => {
    expect(renderInline('Data **quality**')).toBe('Data <strong>quality</strong>');
  });
});
