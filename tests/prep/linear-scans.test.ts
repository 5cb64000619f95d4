import { describe, expect, it } from 'vitest';
import { normalizeCompanyName } from '../../src/lib/companies.ts';
import { plainInline } from '../../src/lib/format.ts';
import { splitNote } from '../../src/lib/frontmatter.ts';
import { nestingProblem } from '../../src/lib/nesting.ts';
import { extractTasks } from '../../src/lib/tasks.ts';
import { keyPoints } from '../../src/prep/key-points.ts';
import { extractRequirements, requirementLabel } from '../../src/prep/requirements.ts';
import { isPlaceholder, splitSections } from '../../src/prep/sections.ts';
import { userSections } from '../../src/prep/user-sections.ts';
import { unwrapPrivate } from '../../src/prep/unwrap-private.ts';
import { significantWords } from '../../src/catalog/reading-list.ts';
import { readFeedback } from '../../src/feedback/format.ts';
import { resolveNoteKey } from '../../src/feedback/keys.ts';

/**
 * Every text scan that reads a note body must take time linear in its length:
 * one line of 40,000 spaces once took a minute in the requirement scan, and a
 * 2,000-level indented list eight minutes. Each input here is 200,000
 * characters of what makes a backtracking pattern go quadratic; a quadratic
 * scan takes minutes on it, a linear one milliseconds.
 */
const N = 200_000;
const line = (unit: string, prefix = '', suffix = '') => prefix + unit.repeat(Math.ceil(N / unit.length)) + suffix;

const INPUTS: Record<string, string> = {
  'a line of spaces': line(' '),
  'spaces, then a letter': line(' ', '', 'x'),
  'a label followed by spaces': line(' ', 'Requirements', 'x'),
  'spaces before a colon': line(' ', 'ab', ':'),
  'bold opener and spaces': line(' ', '**'),
  'a list marker and spaces': line(' ', '- '),
  'a task and spaces': line(' ', '- [ ]'),
  'a task, spaces and a lone CR': line(' ', '- [ ] x', '\ry'),
  'a numbered item and spaces': line(' ', '1.', '[x]'),
  'a heading with spaced hashes': line(' #', '## ', 'x'),
  'a heading and spaces': line(' ', '## a', 'x'),
  'hashes, then a letter': line('#', '## a ', 'x'),
  asterisks: line('*', '', 'x'),
  underscores: line('_', '', 'x'),
  tildes: line('~~a', '', 'x'),
  'strong then emphasis': line('**a*'),
  backticks: line('`', '', 'x'),
  'unclosed brackets': line('['),
  'unclosed link destinations': line('[]('),
  'nested parentheses in a destination': line('(', '[a](', ''),
  backslashes: line('\\'),
  'dotted abbreviations': line('a.'),
  'blank lines of spaces': line(' \n', 'x\n', 'y'),
  newlines: line('\n', 'x'),
  'label lines': line('Requirements:\n'),
  'a 2,000-level indented list':
    '**Requirements**\n' + Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i * 2)}- item`).join('\n'),
  fences: line('```\n'),
  'nested private blocks': line('<Private>\n', '', 'x') + '</Private>\n'.repeat(2000),
  'unclosed private blocks': line('<Private>\n\n'),
  'private tags in a sentence': line('a <Private>b</Private> ', '', '\n'),
  'a long word': line('a'),
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

/** Generous for a shared, busy machine (one case took 1.6 s with the suite running on 2 cores): linear scans take milliseconds, quadratic ones minutes. */
const BOUND_MS = 10_000;

describe.each(Object.entries(SCANS))('%s', (_name, scan) => {
  it.each(Object.entries(INPUTS))('is fast on %s', (_input, text) => {
    const start = performance.now();
    scan(text);
    expect(performance.now() - start).toBeLessThan(BOUND_MS);
  });
});
