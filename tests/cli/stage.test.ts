import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { matchNote, stageCommand } from '../../src/cli/stage.ts';
import { createContext } from '../../src/config/load.ts';
import { UserConfigSchema } from '../../src/config/schema.ts';
import { splitNote } from '../../src/lib/frontmatter.ts';
import { moveStage } from '../../src/edit/move-stage.ts';
import { createApplicationSchema } from '../../src/schemas/application.ts';
import { useContentRoots } from '../helpers/temp-dirs.ts';

const now = new Date(2026, 10, 30, 9, 0);

const site = useContentRoots('dossier-stage-');

const FLOW = `---
# My note; keep this comment
company: "Acme, Inc."   # quoted on purpose
stage: Phone Screen
position: Language Engineer I
tags: [nlp,   speech]
history:
  - { stage: applied, date: 2024-10-22 }
  - { stage: screening, date: 2024-11-03, note: 30 minutes with the recruiter }   # the call

extra:
  Odd:    spacing
---

## Action items

- [ ] Send the portfolio
`;

const BLOCK = `---
company: Halcyon Maps
position: Machine Learning Engineer
stage: wishlist
history:
  - stage: wishlist
    date: 2026-11-10
    note: Saved from the newsletter; closes mid-December.
share: true
---

Body.
`;

const schema = createApplicationSchema(createContext('/x', UserConfigSchema.parse({})).stages);

/** The source with the one line (or lines) the edit may touch taken out, for a byte comparison of the rest. */
function without(text: string, ...lines: string[]): string {
  let rest = text;
  for (const line of lines) {
    expect(rest).toContain(line);
    rest = rest.replace(line, '');
  }
  return rest;
}

describe('moveStage', () => {
  it('changes the stage and appends a flow step; every other byte stays', () => {
    const result = moveStage(FLOW, 'interviewing', {
      stage: 'interviewing',
      date: '2026-12-03T10:00',
      note: 'Onsite, 4 rounds',
    });
    expect(result.ok).toBe(true);
    const text = (result as { text: string }).text;
    expect(
      without(
        text,
        'stage: interviewing\n',
        '\n  - { stage: interviewing, date: 2026-12-03T10:00, note: "Onsite, 4 rounds" }',
      ),
    ).toBe(without(FLOW, 'stage: Phone Screen\n'));
    const data = splitNote(text).data as Record<string, unknown>;
    expect(data.stage).toBe('interviewing');
    expect((data.history as unknown[]).at(-1)).toEqual({
      stage: 'interviewing',
      date: '2026-12-03T10:00',
      note: 'Onsite, 4 rounds',
    });
    // Astro's loader (js-yaml) reads the same values.
    const loaded = load(text.split('---\n')[1]!) as { history: { date: unknown; note: string }[] };
    expect(loaded.history.at(-1)).toEqual({
      stage: 'interviewing',
      date: '2026-12-03T10:00',
      note: 'Onsite, 4 rounds',
    });
    expect(schema.safeParse(data).success).toBe(true);
  });

  it('appends a block step in the style of the items before it', () => {
    const result = moveStage(BLOCK, 'applied', { stage: 'applied', date: '2026-11-30' });
    const text = (result as { text: string }).text;
    expect(text).toBe(
      BLOCK.replace('stage: wishlist\nhistory', 'stage: applied\nhistory').replace(
        'mid-December.\n',
        'mid-December.\n  - stage: applied\n    date: 2026-11-30\n',
      ),
    );
    expect(schema.safeParse(splitNote(text).data).success).toBe(true);
  });

  it('adds a history list when there is none, keeps CRLF line endings and a BOM', () => {
    const source = '\uFEFF---\r\ncompany: A\r\nposition: B\r\nstage: applied # sent by mail\r\n---\r\nBody\r\n';
    const text = (moveStage(source, 'screening', { stage: 'screening', date: '2026-11-30' }) as { text: string }).text;
    expect(text).toBe(
      '\uFEFF---\r\ncompany: A\r\nposition: B\r\nstage: screening # sent by mail\r\nhistory:\r\n  - { stage: screening, date: 2026-11-30 }\r\n---\r\nBody\r\n',
    );
  });

  it('fills an empty history and a flow list', () => {
    const empty = '---\ncompany: A\nposition: B\nstage: applied\nhistory: []\n---\n';
    expect((moveStage(empty, 'offer', { stage: 'offer', date: '2026-11-30' }) as { text: string }).text).toBe(
      '---\ncompany: A\nposition: B\nstage: offer\nhistory: [{ stage: offer, date: 2026-11-30 }]\n---\n',
    );
    const bare = '---\ncompany: A\nposition: B\nstage: applied\nhistory:\nshare: true\n---\n';
    expect((moveStage(bare, 'offer', { stage: 'offer', date: '2026-11-30' }) as { text: string }).text).toBe(
      '---\ncompany: A\nposition: B\nstage: offer\nhistory:\n  - { stage: offer, date: 2026-11-30 }\nshare: true\n---\n',
    );
  });

  it('quotes a note YAML would misread', () => {
    for (const note of [
      'a: b',
      '#1 priority',
      'yes',
      '[draft]',
      'ends with space ',
      'quote " and \\ back',
      '2026-12-01',
    ]) {
      const text = (moveStage(BLOCK, 'applied', { stage: 'applied', date: '2026-11-30', note }) as { text: string })
        .text;
      const history = (splitNote(text).data as { history: { note: string }[] }).history;
      expect(history.at(-1)!.note).toBe(note);
      const loaded = load(text.split('---\n')[1]!) as { history: { note: unknown }[] };
      expect(loaded.history.at(-1)!.note).toBe(note);
    }
  });
});

describe('matchNote', () => {
  const slugs = [
    'borealis-applied-scientist-2026-05-18',
    'borealis-language-engineer-i-2024-10-22',
    'halcyon-maps-machine-learning-engineer-geospatial-2026-11-10',
  ];
  it('finds a note by its name, a prefix or words; a near spelling is offered, never taken', () => {
    expect(matchNote('borealis-applied-scientist-2026-05-18', slugs)).toMatchObject({ kind: 'one', how: 'exact' });
    expect(matchNote('halcyon', slugs)).toEqual({ kind: 'one', slug: slugs[2], how: 'prefix' });
    expect(matchNote('bor lang', slugs)).toEqual({ kind: 'one', slug: slugs[1], how: 'words' });
    expect(matchNote('applications/halcyon-maps.mdx', slugs)).toMatchObject({ kind: 'one', slug: slugs[2] });
    expect(matchNote('borealis-aplied-scientist-2026-05-18', slugs)).toEqual({ kind: 'near', slugs: [slugs[0]] });
  });

  it('offers both of two notes one edit apart, closest first, and picks neither', () => {
    const kestrel = ['kestrel-research-engineer-2024-08-25', 'kestrel-research-engineer-2026-08-25', 'kestrel-x'];
    expect(matchNote('kestrel-research-engineer-2025-08-25', kestrel)).toEqual({
      kind: 'near',
      slugs: kestrel.slice(0, 2),
    });
  });
  it('lists the candidates when several match, and nothing when none does', () => {
    expect(matchNote('borealis', slugs)).toEqual({ kind: 'many', slugs: slugs.slice(0, 2) });
    expect(matchNote('zebra', slugs)).toEqual({ kind: 'none' });
  });
});

describe('npm run stage', () => {
  it('moves the note, appends a dated step, confirms the match and keeps the rest byte for byte', () => {
    const dir = site({ 'acme-language-engineer-2024-10-22.mdx': FLOW, 'halcyon-maps-mle-2026-11-10.mdx': BLOCK });
    const result = stageCommand(['acme', 'Interview', '--time', '9:30', '--note', 'Onsite'], { root: dir, now });
    expect(result.code).toBe(0);
    expect(result.message).toContain('"acme" → ');
    expect(result.message).toContain('acme-language-engineer-2024-10-22.mdx (Acme, Inc., Language Engineer I)');
    expect(result.message).toContain('Screening → Interviewing; history step on 2026-11-30 09:30: Onsite');
    const text = readFileSync(join(dir, 'applications/acme-language-engineer-2024-10-22.mdx'), 'utf8');
    expect(
      without(text, 'stage: interviewing\n', '\n  - { stage: interviewing, date: 2026-11-30T09:30, note: Onsite }'),
    ).toBe(without(FLOW, 'stage: Phone Screen\n'));
    // The other note is untouched, and no temporary file is left behind.
    expect(readFileSync(join(dir, 'applications/halcyon-maps-mle-2026-11-10.mdx'), 'utf8')).toBe(BLOCK);
    expect(readdirSync(join(dir, 'applications')).sort()).toEqual([
      'acme-language-engineer-2024-10-22.mdx',
      'halcyon-maps-mle-2026-11-10.mdx',
    ]);
  });

  it('takes --date', () => {
    const dir = site({ 'halcyon-maps-mle-2026-11-10.mdx': BLOCK });
    expect(
      stageCommand(['halcyon-maps-mle-2026-11-10', 'applied', '--date', '2026-11-28'], { root: dir, now }).code,
    ).toBe(0);
    const data = splitNote(readFileSync(join(dir, 'applications/halcyon-maps-mle-2026-11-10.mdx'), 'utf8')).data as {
      history: unknown[];
    };
    expect(data.history.at(-1)).toEqual({ stage: 'applied', date: new Date('2026-11-28') });
  });

  it('refuses an unknown stage with "did you mean", an ambiguous name with the candidates, and bad dates', () => {
    const dir = site({ 'acme-a-2024-10-22.mdx': FLOW, 'acme-b-2024-10-23.mdx': FLOW, 'halcyon-2026-11-10.mdx': BLOCK });
    expect(stageCommand(['halcyon', 'Intervew'], { root: dir, now })).toEqual({
      code: 1,
      message: expect.stringContaining('unknown stage "Intervew" (did you mean "Interview"?)'),
    });
    const ambiguous = stageCommand(['acme', 'offer'], { root: dir, now });
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.message).toBe(
      '"acme" matches 2 applications; give more of the name:\n  acme-a-2024-10-22\n  acme-b-2024-10-23',
    );
    expect(stageCommand(['zebra', 'offer'], { root: dir, now }).code).toBe(1);
    expect(stageCommand(['halcyon', 'offer', '--date', '2026-02-30'], { root: dir, now }).code).toBe(1);
    expect(stageCommand(['halcyon', 'offer', '--time', '25:00'], { root: dir, now }).code).toBe(1);
    expect(stageCommand(['halcyon'], { root: dir, now }).code).toBe(2);
    // Nothing was written.
    expect(readFileSync(join(dir, 'applications/acme-a-2024-10-22.mdx'), 'utf8')).toBe(FLOW);
    expect(readFileSync(join(dir, 'applications/halcyon-2026-11-10.mdx'), 'utf8')).toBe(BLOCK);
  });
});
