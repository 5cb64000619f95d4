import { lstatSync, mkdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { stageCommand } from '../../src/cli/stage.ts';
import { moveStage, type NewStep } from '../../src/edit/move-stage.ts';
import { frontmatterBounds } from '../../src/lib/frontmatter.ts';
import { useContentRoots } from '../helpers/temp-dirs.ts';

/**
 * `npm run stage` edits exactly or refuses. Each shape of YAML below is a note as a user writes it;
 * the expected text after the edit is written out by hand. Every edit is also read back with both
 * YAML readers (js-yaml, which Astro's loader uses, and `yaml`): the old data, the new stage, one
 * new step, nothing else.
 */

const OFFER: NewStep = { stage: 'offer', date: '2026-12-06', note: 'Verbal offer' };

/** The frontmatter's data as both readers see it. */
function readBoth(text: string) {
  const bounds = frontmatterBounds(text);
  if ('error' in bounds) throw new Error(bounds.error.message);
  const yamlText = text.slice(bounds.yamlStart, bounds.yamlEnd);
  return { js: load(yamlText) as Record<string, unknown>, yaml: parse(yamlText) as Record<string, unknown> };
}

const EDITS: [name: string, source: string, step: NewStep, expected: string][] = [
  [
    'a multi-line flow list with comments after its items',
    `---
company: Nordlicht Mobility
position: Product Analyst
stage: interviewing
history: [
  { stage: applied, date: 2026-11-02 },   # sent through the site
  { stage: interviewing, date: 2026-11-20 } # first round
]
---
Body
`,
    OFFER,
    `---
company: Nordlicht Mobility
position: Product Analyst
stage: offer
history: [
  { stage: applied, date: 2026-11-02 },   # sent through the site
  { stage: interviewing, date: 2026-11-20 }, # first round
  { stage: offer, date: 2026-12-06, note: Verbal offer }
]
---
Body
`,
  ],
  [
    'a multi-line flow list with a trailing comma',
    `---
company: A
position: B
stage: applied
history: [
  { stage: applied, date: 2026-11-02 },
]
---
`,
    OFFER,
    `---
company: A
position: B
stage: offer
history: [
  { stage: applied, date: 2026-11-02 },
  { stage: offer, date: 2026-12-06, note: Verbal offer },
]
---
`,
  ],
  [
    'a multi-line flow list closed on the line of its last item',
    `---
company: A
position: B
stage: applied
history: [
  { stage: applied, date: 2026-11-02 },
  { stage: screening, date: 2026-11-12 } ]
---
`,
    OFFER,
    `---
company: A
position: B
stage: offer
history: [
  { stage: applied, date: 2026-11-02 },
  { stage: screening, date: 2026-11-12 }, { stage: offer, date: 2026-12-06, note: Verbal offer } ]
---
`,
  ],
  [
    'flow steps without spaces in their braces, keys in an order of their own',
    `---
company: A
position: B
stage: applied
history: [{date: 2026-11-02, stage: applied}]
---
`,
    OFFER,
    `---
company: A
position: B
stage: offer
history: [{date: 2026-11-02, stage: applied}, {date: 2026-12-06, stage: offer, note: Verbal offer}]
---
`,
  ],
  [
    'an anchor on the stage that no step repeats',
    `---
company: A
position: B
stage: &now applied
history:
  - { stage: applied, date: 2026-11-02 }
---
`,
    OFFER,
    `---
company: A
position: B
stage: &now offer
history:
  - { stage: applied, date: 2026-11-02 }
  - { stage: offer, date: 2026-12-06, note: Verbal offer }
---
`,
  ],
  [
    'CRLF line ends and a BOM, block steps',
    '\uFEFF---\r\ncompany: A\r\nposition: B\r\nstage: applied\r\nhistory:\r\n  - stage: applied\r\n    date: 2026-11-02\r\n---\r\nBody\r\n',
    OFFER,
    '\uFEFF---\r\ncompany: A\r\nposition: B\r\nstage: offer\r\nhistory:\r\n  - stage: applied\r\n    date: 2026-11-02\r\n  - stage: offer\r\n    date: 2026-12-06\r\n    note: Verbal offer\r\n---\r\nBody\r\n',
  ],
  [
    'a tab between a key and its value',
    '---\ncompany: A\nposition: B\nstage:\tapplied\nhistory:\n  - { stage: applied, date: 2026-11-02 }\n---\n',
    OFFER,
    '---\ncompany: A\nposition: B\nstage:\toffer\nhistory:\n  - { stage: applied, date: 2026-11-02 }\n  - { stage: offer, date: 2026-12-06, note: Verbal offer }\n---\n',
  ],
  [
    'quoted keys and a quoted stage with a comment',
    `---
"company": A
'position': B
"stage": "Phone Screen"   # since the call
'history':
  - { stage: screening, date: 2026-11-12 }
---
`,
    OFFER,
    `---
"company": A
'position': B
"stage": offer   # since the call
'history':
  - { stage: screening, date: 2026-11-12 }
  - { stage: offer, date: 2026-12-06, note: Verbal offer }
---
`,
  ],
  [
    'an empty history: with a comment',
    `---
company: A
position: B
stage: applied
history: # none yet
share: true
---
`,
    OFFER,
    `---
company: A
position: B
stage: offer
history: # none yet
  - { stage: offer, date: 2026-12-06, note: Verbal offer }
share: true
---
`,
  ],
  [
    'history: []',
    '---\ncompany: A\nposition: B\nstage: applied\nhistory: []\n---\n',
    OFFER,
    '---\ncompany: A\nposition: B\nstage: offer\nhistory: [{ stage: offer, date: 2026-12-06, note: Verbal offer }]\n---\n',
  ],
  [
    'history last in the frontmatter, block steps with a block-scalar note',
    `---
company: A
position: B
stage: applied
history:
  - stage: applied
    date: 2026-11-02
    note: |
      Sent through the site.
      Cover letter v2.
---
`,
    OFFER,
    `---
company: A
position: B
stage: offer
history:
  - stage: applied
    date: 2026-11-02
    note: |
      Sent through the site.
      Cover letter v2.
  - stage: offer
    date: 2026-12-06
    note: Verbal offer
---
`,
  ],
  [
    'no history key: a list at the end of the frontmatter',
    '---\ncompany: A\nposition: B\nstage: applied\nshare: true\n---\n\nBody\n',
    OFFER,
    '---\ncompany: A\nposition: B\nstage: offer\nshare: true\nhistory:\n  - { stage: offer, date: 2026-12-06, note: Verbal offer }\n---\n\nBody\n',
  ],
  [
    'a step dated before later steps goes in date order, block steps, the "- " indent kept',
    `---
company: A
position: B
stage: interviewing
history:
- stage: applied
  date: 2026-11-02
# the loop is booked
- stage: interviewing
  date: 2026-12-08T10:00
---
`,
    OFFER,
    `---
company: A
position: B
stage: offer
history:
- stage: applied
  date: 2026-11-02
- stage: offer
  date: 2026-12-06
  note: Verbal offer
# the loop is booked
- stage: interviewing
  date: 2026-12-08T10:00
---
`,
  ],
  [
    'a step dated before every step goes first, in a multi-line flow list',
    `---
company: A
position: B
stage: screening
history: [
  { stage: screening, date: 2026-11-12 },
]
---
`,
    { stage: 'applied', date: '2026-11-02' },
    `---
company: A
position: B
stage: applied
history: [
  { stage: applied, date: 2026-11-02 },
  { stage: screening, date: 2026-11-12 },
]
---
`,
  ],
  [
    'a time of day and a duration',
    '---\ncompany: A\nposition: B\nstage: screening\nhistory:\n  - { stage: screening, date: 2026-11-12 }\n---\n',
    { stage: 'interviewing', date: '2026-12-10T10:00', duration: '1h30m', note: 'Onsite, 4 rounds' },
    '---\ncompany: A\nposition: B\nstage: interviewing\nhistory:\n  - { stage: screening, date: 2026-11-12 }\n  - { stage: interviewing, date: 2026-12-10T10:00, duration: 1h30m, note: "Onsite, 4 rounds" }\n---\n',
  ],
];

describe('moveStage edits every shape of history exactly', () => {
  it.each(EDITS)('%s', (_name, source, step, expected) => {
    const result = moveStage(source, step.stage, step);
    expect(result).toMatchObject({ ok: true });
    const text = (result as { text: string }).text;
    expect(text).toBe(expected);
    // Both readers: the old data, the new stage, and the one new step where the date puts it.
    const before = readBoth(source);
    const after = readBoth(text);
    for (const reader of ['js', 'yaml'] as const) {
      const old = before[reader];
      const now = after[reader];
      const oldHistory = (old.history ?? []) as unknown[];
      const newHistory = now.history as Record<string, unknown>[];
      expect(newHistory).toHaveLength(oldHistory.length + 1);
      const index = newHistory.findIndex((s) => !oldHistory.some((o) => JSON.stringify(o) === JSON.stringify(s)));
      expect({ ...now, history: newHistory.filter((_, i) => i !== index) }).toEqual({
        ...old,
        stage: step.stage,
        history: oldHistory,
      });
    }
  });
});

describe('moveStage refuses what it cannot edit exactly, and says why', () => {
  it.each([
    [
      'an anchor on the stage that a step repeats',
      `---
company: A
position: B
stage: &current interviewing
history:
  - { stage: applied, date: 2026-11-02 }
  - { stage: *current, date: 2026-11-20 }
---
`,
      /"stage:" carries the anchor &current, which \*current repeats .*Write "interviewing" in place of \*current/,
    ],
    [
      'YAML\'s "..." closing the frontmatter',
      '---\ncompany: A\nposition: B\nstage: applied\n...\nBody\n',
      /line 5: found "\.\.\." closing the frontmatter; close it with a "---" line/,
    ],
    [
      'a history indented with a tab',
      '---\ncompany: A\nposition: B\nstage: applied\nhistory:\n\t- { stage: applied, date: 2026-11-02 }\n---\n',
      /line 6: .*indent with spaces, not tabs; fix it first \(npm run validate/,
    ],
    [
      'a history that is not a list',
      '---\ncompany: A\nposition: B\nstage: applied\nhistory: soon\n---\n',
      /"history" is not a list; fix it first, or set "stage: offer" and add "- \{ stage: offer, date: 2026-12-06, note: Verbal offer \}" to history by hand/,
    ],
    ['no stage at all', '---\ncompany: A\nposition: B\n---\n', /the note has no "stage:" value to change/],
  ])('%s', (_name, source, message) => {
    const result = moveStage(source, 'offer', OFFER);
    expect(result.ok).toBe(false);
    expect((result as { message: string }).message).toMatch(message);
  });
});

const now = new Date(2026, 11, 6, 9, 0);
const site = useContentRoots('dossier-stage-edits-');
const NOTE = (stage: string, history: string) =>
  `---\ncompany: Kestrel Robotics\nposition: Research Engineer\nstage: ${stage}\nhistory:\n${history}---\n\nBody\n`;

describe('npm run stage on the command line', () => {
  it('offers two notes one edit apart and changes neither', () => {
    const old = NOTE('rejected', '  - { stage: rejected, date: 2024-10-01 }\n');
    const current = NOTE('interviewing', '  - { stage: interviewing, date: 2026-11-20 }\n');
    const dir = site({
      'kestrel-research-engineer-2024-08-25.mdx': old,
      'kestrel-research-engineer-2026-08-25.mdx': current,
    });
    const result = stageCommand(['kestrel-research-engineer-2025-08-25', 'offer'], { root: dir, now });
    expect(result.code).toBe(1);
    expect(result.message).toMatch(/no application is named "kestrel-research-engineer-2025-08-25"/);
    expect(result.message).toContain(
      '\n  kestrel-research-engineer-2024-08-25\n  kestrel-research-engineer-2026-08-25',
    );
    expect(readFileSync(join(dir, 'applications/kestrel-research-engineer-2024-08-25.mdx'), 'utf8')).toBe(old);
    expect(readFileSync(join(dir, 'applications/kestrel-research-engineer-2026-08-25.mdx'), 'utf8')).toBe(current);
  });

  it('refuses a folder named like a note, without a stack trace', () => {
    const dir = site({ 'kestrel-2026.mdx': NOTE('applied', '  - { stage: applied, date: 2026-11-02 }\n') });
    mkdirSync(join(dir, 'applications/archive.mdx'));
    const result = stageCommand(['archive.mdx', 'offer'], { root: dir, now });
    expect(result).toEqual({ code: 1, message: expect.stringMatching(/archive\.mdx is a folder, not a note/) });
  });

  it('refuses a symbolic link to a note and leaves the link as it was', () => {
    const dir = site({});
    mkdirSync(join(dir, 'elsewhere'));
    const real = join(dir, 'elsewhere/kestrel.mdx');
    const text = NOTE('applied', '  - { stage: applied, date: 2026-11-02 }\n');
    writeFileSync(real, text);
    symlinkSync(real, join(dir, 'applications/kestrel.mdx'));
    const result = stageCommand(['kestrel', 'offer'], { root: dir, now });
    expect(result.code).toBe(1);
    expect(result.message).toMatch(
      /kestrel\.mdx is a symbolic link to the file .*kestrel\.mdx; Dossier reads only the notes themselves/,
    );
    expect(lstatSync(join(dir, 'applications/kestrel.mdx')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'applications/kestrel.mdx'))).toBe(real);
    expect(readFileSync(real, 'utf8')).toBe(text);
  });

  it('writes --duration with --time, and refuses a length it cannot read', () => {
    const dir = site({ 'kestrel.mdx': NOTE('screening', '  - { stage: screening, date: 2026-11-12 }\n') });
    expect(stageCommand(['kestrel', 'interviewing', '--duration', 'soon'], { root: dir, now })).toEqual({
      code: 1,
      message: '--duration found "soon"; expected a length such as 45m, 1h or 1h30m',
    });
    const result = stageCommand(['kestrel', 'Onsite', '--date', '2026-12-10', '--time', '10:00', '--duration', '45m'], {
      root: dir,
      now,
    });
    expect(result.code).toBe(0);
    expect(result.message).toContain('Screening → Interviewing; history step on 2026-12-10 10:00 (45m)');
    expect(readFileSync(join(dir, 'applications/kestrel.mdx'), 'utf8')).toBe(
      NOTE(
        'interviewing',
        '  - { stage: screening, date: 2026-11-12 }\n  - { stage: interviewing, date: 2026-12-10T10:00, duration: 45m }\n',
      ),
    );
  });

  it('warns when the new step goes before a later one', () => {
    const dir = site({
      'kestrel.mdx': NOTE(
        'interviewing',
        '  - { stage: interviewing, date: 2026-11-20 }\n  - { stage: interviewing, date: 2026-12-08T10:00, note: Final loop }\n',
      ),
    });
    const result = stageCommand(['kestrel', 'offer', '--note', 'Verbal offer'], { root: dir, now });
    expect(result.code).toBe(0);
    expect(result.warnings).toEqual([
      expect.stringMatching(
        /^warning: .*kestrel\.mdx: the history has a later step, Interviewing on 8 Dec 2026, 10:00, after the new one on 6 Dec 2026; the stage is now Offer\. If that step is off, remove it from the history$/,
      ),
    ]);
    expect(readFileSync(join(dir, 'applications/kestrel.mdx'), 'utf8')).toBe(
      NOTE(
        'offer',
        '  - { stage: interviewing, date: 2026-11-20 }\n  - { stage: offer, date: 2026-12-06, note: Verbal offer }\n  - { stage: interviewing, date: 2026-12-08T10:00, note: Final loop }\n',
      ),
    );
  });

  it('refuses an edit it cannot make exactly and leaves the file byte for byte', () => {
    const text = `---\ncompany: A\nposition: B\nstage: &current interviewing\nhistory:\n  - { stage: *current, date: 2026-11-20 }\n---\n`;
    const dir = site({ 'anchored.mdx': text });
    const result = stageCommand(['anchored', 'offer'], { root: dir, now });
    expect(result.code).toBe(1);
    expect(result.message).toMatch(/anchored\.mdx: "stage:" carries the anchor &current/);
    expect(readFileSync(join(dir, 'applications/anchored.mdx'), 'utf8')).toBe(text);
  });

  it('changes nothing when the note already has that stage and that step', () => {
    const text = NOTE('offer', '  - { stage: offer, date: 2026-12-06 }\n');
    const dir = site({ 'kestrel.mdx': text });
    const result = stageCommand(['kestrel', 'Offer'], { root: dir, now });
    expect(result).toEqual({
      code: 0,
      message: expect.stringMatching(/already Offer, with a step on 6 Dec 2026; nothing changed$/),
    });
    expect(readFileSync(join(dir, 'applications/kestrel.mdx'), 'utf8')).toBe(text);
  });
});
