import { describe, it } from 'vitest';
import { normalizeCompanyName } from '../../src/lib/companies.ts';
import { plainInline } from '../../src/lib/format.ts';
import { splitNote } from '../../src/lib/frontmatter.ts';
import { nestingProblem } from '../../src/lib/nesting-bounds.ts';
import { extractTasks } from '../../src/lib/tasks.ts';
import { keyPoints } from '../../src/prep/key-points.ts';
import { extractRequirements, requirementLabel } from '../../src/prep/requirements.ts';
import { isPlaceholder, splitSections } from '../../src/prep/heading-sections.ts';
import { userSections } from '../../src/prep/user-sections.ts';
import { unwrapPrivate } from '../../src/prep/unwrap-private.ts';
import { significantWords } from '../../src/catalog/reading-list.ts';
import { expectLinear, FACTOR } from '../helpers/linear.ts';
import { readFeedback } from '../../src/feedback/format.ts';
import { resolveNoteKey } from '../../src/feedback/keys.ts';

/**
 * Every text scan that reads a note body must take time linear in its length:
 * one line of 40,000 spaces once took a minute in the requirement scan, and a
 * 2,000-level indented list eight minutes. Each input is made at 3,125 and at
 * 50,000 characters of what makes a backtracking pattern go quadratic, and the
 * work on the two is compared (tests/helpers/linear.ts): a quadratic scan does
 * 256 times the work on the larger, a linear one 16.
 */
const N = 50_000 / FACTOR;
const line = (n: number, unit: string, prefix = '', suffix = '') =>
  prefix + unit.repeat(Math.ceil(n / unit.length)) + suffix;

const INPUTS: Record<string, (n: number) => string> = {
  'a line of spaces': (n) => line(n, ' '),
  'spaces, then a letter': (n) => line(n, ' ', '', 'x'),
  'a label followed by spaces': (n) => line(n, ' ', 'Requirements', 'x'),
  'spaces before a colon': (n) => line(n, ' ', 'ab', ':'),
  'bold opener and spaces': (n) => line(n, ' ', '**'),
  'a list marker and spaces': (n) => line(n, ' ', '- '),
  'a task and spaces': (n) => line(n, ' ', '- [ ]'),
  'a task, spaces and a lone CR': (n) => line(n, ' ', '- [ ] x', '\ry'),
  'a numbered item and spaces': (n) => line(n, ' ', '1.', '[x]'),
  'a heading with spaced hashes': (n) => line(n, ' #', '## ', 'x'),
  'a heading and spaces': (n) => line(n, ' ', '## a', 'x'),
  'hashes, then a letter': (n) => line(n, '#', '## a ', 'x'),
  asterisks: (n) => line(n, '*', '', 'x'),
  underscores: (n) => line(n, '_', '', 'x'),
  tildes: (n) => line(n, '~~a', '', 'x'),
  'strong then emphasis': (n) => line(n, '**a*'),
  backticks: (n) => line(n, '`', '', 'x'),
  'unclosed brackets': (n) => line(n, '['),
  'unclosed link destinations': (n) => line(n, '[]('),
  'nested parentheses in a destination': (n) => line(n, '(', '[a](', ''),
  backslashes: (n) => line(n, '\\'),
  'dotted abbreviations': (n) => line(n, 'a.'),
  'blank lines of spaces': (n) => line(n, ' \n', 'x\n', 'y'),
  newlines: (n) => line(n, '\n', 'x'),
  'label lines': (n) => line(n, 'Requirements:\n'),
  // Its size grows with the square of its depth: 500 levels at N, 2,000 at 16 N.
  'a 2,000-level indented list': (n) =>
    '**Requirements**\n' +
    Array.from({ length: Math.round(Math.sqrt(n * 80)) }, (_, i) => `${' '.repeat(i * 2)}- item`).join('\n'),
  fences: (n) => line(n, '```\n'),
  'nested private blocks': (n) => line(n, '<Private>\n', '', 'x') + '</Private>\n'.repeat(n / 100),
  'unclosed private blocks': (n) => line(n, '<Private>\n\n'),
  'private tags in a sentence': (n) => line(n, 'a <Private>b</Private> ', '', '\n'),
  'a long word': (n) => line(n, 'a'),
};

const SCANS: Record<string, (text: string) => unknown> = {
  extractRequirements,
  requirementLabel,
  splitSections,
  isPlaceholder,
  keyPoints,
  userSections,
  extractTasks,
  plainInline,
  normalizeCompanyName,
  'nestingProblem (MDX)': (text) => nestingProblem(text, true),
  'splitNote (body)': (text) => splitNote(`---\ncompany: Acme\n---\n${text}`),
  'splitNote (frontmatter)': (text) => splitNote(`---\ncompany: ${text}\n---\n`),
  significantWords,
  'unwrapPrivate (md)': (text) => unwrapPrivate(text, 'md', { mark: true }),
  'readFeedback (a comment)': (text) => readFeedback(`## applications/a\n\n${text}`, 'f.md'),
  'readFeedback (a status line)': (text) => readFeedback(`## applications/a\n\nstatus: ${text}\n`, 'f.md'),
  'readFeedback (a heading)': (text) => readFeedback(`## ${text}\n\nText.\n`, 'f.md'),
  resolveNoteKey: (text) => resolveNoteKey(text, new Set(['applications/acme-engineer', 'articles/scaling'])),
  // Not in MDX: parsing 200,000 characters of JSX tags with satteri's mdxToMdast alone takes seconds and
  // grows faster than the text (0.2 s at 50,000, 3.7 s at 200,000). unwrapPrivate adds one pass to that
  // parse, which the build makes of every MDX note anyway (and privateRanges for the mentor copy).
};

describe.each(Object.entries(SCANS))('%s', (name, scan) => {
  it.each(Object.entries(INPUTS))('is linear on %s', (input, make) => {
    expectLinear(make, N, scan, `${name} on ${input}`);
  });
});
