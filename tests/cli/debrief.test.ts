import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { debriefCommand } from '../../src/cli/debrief.ts';
import { createContext } from '../../src/config/load.ts';
import { UserConfigSchema } from '../../src/config/schema.ts';
import { readDebriefs } from '../../src/interview/debriefs.ts';
import { splitNote } from '../../src/lib/frontmatter.ts';
import { useContentRoots } from '../helpers/temp-dirs.ts';

const now = new Date(2026, 11, 3, 18, 0);
const { stages } = createContext('/nowhere', UserConfigSchema.parse({}));

const NOTE = `---
company: Acme   # kept as written
position: Language Engineer
stage: Phone Screen
history:
  - { stage: applied, date: 2026-11-01 }
  - { stage: interviewing, date: 2026-12-03, note: Onsite }
---

## Action items

- [ ] Send the portfolio`;

const site = useContentRoots('dossier-debrief-');

describe('npm run debrief', () => {
  it("appends a debrief dated today, with the stage of that day's history step, and changes nothing else", () => {
    const root = site({ 'acme-language-engineer.mdx': NOTE });
    const result = debriefCommand(['acme lang'], { root, now });
    expect(result.code, result.message).toBe(0);
    expect(result.message).toMatch(/debrief of 2026-12-03 · Interviewing added at line 14/);
    const text = readFileSync(join(root, 'applications/acme-language-engineer.mdx'), 'utf8');
    expect(text.startsWith(`${NOTE}\n\n## Debrief 2026-12-03 · Interviewing\n`)).toBe(true);
    expect(text.split('\n')[13]).toBe('## Debrief 2026-12-03 · Interviewing');
    // What it wrote reads back as an empty debrief of that day and stage.
    const [debrief] = readDebriefs(splitNote(text).body, 'mdx', stages).debriefs;
    expect(debrief).toMatchObject({
      date: '2026-12-03',
      stage: 'interviewing',
      questions: [],
      followUps: [],
      stories: [],
    });
  });

  it("takes --date and --stage, and the note's stage when no step is on that day", () => {
    const root = site({ 'acme.mdx': NOTE });
    expect(debriefCommand(['acme', '--date', '2026-11-20'], { root, now }).message).toContain(
      'debrief of 2026-11-20 · Screening',
    );
    expect(debriefCommand(['acme', '--date', '2026-11-21', '--stage', 'onsite'], { root, now }).message).toContain(
      'debrief of 2026-11-21 · Interviewing',
    );
  });

  it('refuses a second debrief of the same day unless --force, naming the line of the first', () => {
    const root = site({ 'acme.mdx': NOTE });
    debriefCommand(['acme'], { root, now });
    const before = readFileSync(join(root, 'applications/acme.mdx'), 'utf8');
    const again = debriefCommand(['acme'], { root, now });
    expect(again.code).toBe(1);
    expect(again.message).toMatch(/acme\.mdx:14 has a debrief of 2026-12-03 already; add to it, or pass --force/);
    expect(readFileSync(join(root, 'applications/acme.mdx'), 'utf8')).toBe(before);
    expect(debriefCommand(['acme', '--force'], { root, now }).code).toBe(0);
    expect(
      readDebriefs(splitNote(readFileSync(join(root, 'applications/acme.mdx'), 'utf8')).body, 'mdx', stages).debriefs,
    ).toHaveLength(2);
  });

  it.each([
    [['acme', '--date', '3.12.2026'], 1, /--date found "3\.12\.2026"; expected a date as YYYY-MM-DD/],
    [['acme', '--date', '2026-02-30'], 1, /--date found "2026-02-30", which is not a day of the calendar/],
    [['acme', '--stage', 'intervewing'], 1, /--stage found "intervewing" \(did you mean "Interviewing"\?\)/],
    [['nobody'], 1, /no application matches "nobody"/],
    // A name one letter off is offered, never taken.
    [['acne'], 1, /no application is named "acne" .*did you mean this one\? .*\n {2}acme$/s],
    [[], 2, /name an application's note/],
    [['acme', 'extra'], 2, /unexpected "extra"/],
  ])('%j exits %i and writes nothing', (argv, code, message) => {
    const root = site({ 'acme.mdx': NOTE });
    const result = debriefCommand(argv, { root, now });
    expect(result.code).toBe(code);
    expect(result.message).toMatch(message);
    expect(readFileSync(join(root, 'applications/acme.mdx'), 'utf8')).toBe(NOTE);
  });
});
