import { describe, expect, it } from 'vitest';
import { fencedCodeLines } from '../../src/lib/fences.ts';
import { extractTasks } from '../../src/lib/tasks.ts';
import { extractRequirements } from '../../src/prep/requirements.ts';
import { splitSections } from '../../src/prep/heading-sections.ts';

/**
 * One rule for fenced code (src/lib/fences.ts, the Markdown parser's): the task list, the prep
 * sheet's sections and its requirement lists all skip the same lines. Every case hides a task,
 * a heading and a requirement label in code; outside code the same things count.
 */
// [case, body, its fenced lines (0-based), as CommonMark reads them]
const CASES: [string, string, number[]][] = [
  ['backticks', '```\n- [ ] in code\n## In code\n```\n- [ ] out\n## Out', [0, 1, 2, 3]],
  ['tildes, with backticks inside', '~~~\n- [ ] in code\n```\n## In code\n~~~\n## Out\n- [ ] out', [0, 1, 2, 3, 4]],
  ['a longer closer closes', '```\n- [ ] in code\n`````\n- [ ] out\n## Out', [0, 1, 2]],
  ['a shorter closer does not', '````\n- [ ] in code\n```\n## In code\n````\n- [ ] out', [0, 1, 2, 3, 4]],
  ['a closer with an info string does not', '```\n## In code\n```js\n- [ ] in code\n```\n## Out', [0, 1, 2, 3, 4]],
  ['the other character does not close', '```\n## In code\n~~~\n- [ ] in code\n```\n- [ ] out', [0, 1, 2, 3, 4]],
  ['indented up to three spaces', '   ```\n- [ ] in code\n  ```\n- [ ] out\n## Out', [0, 1, 2]],
  [
    'in a list item',
    '- [ ] out\n\n  ```\n  - [ ] in code\n  Requirements:\n  - [ ] in code\n  ```\n\n## Out',
    [2, 3, 4, 5, 6],
  ],
  ['in a quote', '> ```\n> ## In code\n> ```\n## Out\n- [ ] out', [0, 1, 2]],
  ['a backtick in the info string: not a fence', '``` a`b\n- [ ] out\n## Out', []],
  [
    'unclosed: code to the end',
    '## Out\n```\n- [ ] in code\nRequirements:\n- [ ] in code\n## In code',
    [1, 2, 3, 4, 5],
  ],
  ['unclosed in a list item: code to the end of the item', '- a\n  ```\n  - [ ] in code\n- [ ] out', [1, 2]],
  ['Windows line ends', '```\r\n- [ ] in code\r\n## In code\r\n```\r\n- [ ] out\r\n## Out', [0, 1, 2, 3]],
  ['a label outside code', '```\n## In code\n```\nRequirements:\n- [ ] out', [0, 1, 2]],
];

describe.each(CASES)('%s', (_, body, code) => {
  const lines = body.split(/\r?\n/);
  const outside = (pattern: RegExp) =>
    lines.flatMap((line, i) => {
      const m = code.includes(i) ? null : pattern.exec(line);
      return m ? [m[1]!] : [];
    });

  it('has the fenced lines the parser reads', () => {
    expect([...fencedCodeLines(body)].sort((a, b) => a - b)).toEqual(code);
  });

  it('has tasks only outside code', () => {
    expect(extractTasks(body).map((t) => t.text)).toEqual(outside(/^\s*- \[ \] (.*)$/));
  });

  it('has sections only outside code', () => {
    expect(splitSections(body).map((s) => s.heading)).toEqual(outside(/^## (.*)$/));
  });

  it('has requirement lists only outside code', () => {
    expect(extractRequirements(body).flatMap((r) => r.items)).toEqual(
      lines.flatMap((line, i) =>
        line === 'Requirements:' && !code.includes(i) ? [lines[i + 1]!.replace('- [ ] ', '')] : [],
      ),
    );
  });
});
