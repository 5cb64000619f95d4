import { describe, expect, it } from 'vitest';
import { extractRequirements, requirementLabel } from '../../src/prep/requirements.ts';

describe('requirement labels', () => {
  it.each([
    ['**Basic Qualifications**', 'Basic Qualifications'],
    ['**Essential Qualifications:**', 'Essential Qualifications'],
    ['**Preferred Qualifications**:', 'Preferred Qualifications'],
    ['### Requirements', 'Requirements'],
    ['## Minimum qualifications', 'Minimum qualifications'],
    ['Minimum qualifications:', 'Minimum qualifications'],
    ['Requirements', 'Requirements'],
    ['__Nice to have__', 'Nice to have'],
    ['*Preferred qualifications*', 'Preferred qualifications'],
    ['Key responsibilities:', undefined],
    ['## Job description', undefined],
    ['We have requirements for everyone', undefined],
  ])('%s → %s', (line, expected) => {
    expect(requirementLabel(line)).toBe(expected);
  });
});

const ITEMS = (n: number, prefix = 'item') => Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`);

describe('extractRequirements', () => {
  it.each([
    ['no lists', 'Just a paragraph.\n\n- a list without a label', []],
    ['empty body', '', []],
    [
      'bold labels followed by lists',
      '**Basic Qualifications**\n\n- item 1\n- item 2\n\n**Preferred Qualifications**\n\n- nice 1\n\nAn equal opportunity employer.',
      [
        { title: 'Basic Qualifications', kind: 'required', items: ITEMS(2) },
        { title: 'Preferred Qualifications', kind: 'preferred', items: ['nice 1'] },
      ],
    ],
    [
      'heading label, numbered list',
      '### Requirements\n\n1. item 1\n2. item 2\n\n### About us\n\n- not this',
      [{ title: 'Requirements', kind: 'required', items: ITEMS(2) }],
    ],
    [
      'plain label with colon, no blank line',
      'Minimum qualifications:\n* item 1\n* item 2\nMore text',
      [{ title: 'Minimum qualifications', kind: 'required', items: ITEMS(2) }],
    ],
    [
      'essential qualifications',
      '**Essential Qualifications:**\n- item 1',
      [{ title: 'Essential Qualifications', kind: 'required', items: ['item 1'] }],
    ],
    [
      'continuation lines and nested items stay with the item',
      '**Requirements**\n\n- item one\n  continued here\n  - nested detail\n- item two',
      [{ title: 'Requirements', kind: 'required', items: ['item one continued here nested detail', 'item two'] }],
    ],
    [
      'loose list with blank lines between items',
      '**Requirements**\n\n- item 1\n\n- item 2\n\nAfter.',
      [{ title: 'Requirements', kind: 'required', items: ITEMS(2) }],
    ],
    [
      'inline markdown becomes plain text',
      '**Requirements**\n\n- **Python** and [SQL](https://x.example)',
      [{ title: 'Requirements', kind: 'required', items: ['Python and SQL'] }],
    ],
    [
      'label written inline with sentences',
      'Requirements: 3+ years in data annotation or QA, experience managing vendors. Finnish is a plus.',
      [
        {
          title: 'Requirements',
          kind: 'required',
          items: ['3+ years in data annotation or QA, experience managing vendors', 'Finnish is a plus'],
        },
      ],
    ],
    ['a label without a list is skipped', '**Requirements**\n\nSee the website.', []],
    ['labels inside fenced code are text', '```\n**Requirements**\n- not this\n```', []],
  ])('%s', (_name, body, expected) => {
    expect(extractRequirements(body)).toEqual(expected);
  });
});
