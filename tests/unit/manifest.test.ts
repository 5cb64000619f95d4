import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shareSinceFrom } from '../../src/config/settings.ts';
import type { IsoDate } from '../../src/lib/dates.ts';
import type { DossierContext } from '../../src/config/load.ts';
import { UserConfigSchema } from '../../src/config/schema.ts';
import { createStageIndex } from '../../src/lib/stages.ts';
import type { PreparedNote } from '../../src/share/prepare-copy.ts';
import {
  copyRecord,
  diffCopies,
  nextManifest,
  readManifest,
  type CopyRecord,
  type Manifest,
} from '../../src/share/manifest.ts';

const digest = (c: string) => c.repeat(64);
const copy = (built: string, notes: [string, string, string?][]): CopyRecord => ({
  built: built as IsoDate,
  notes: notes.map(([id, d, stage]) => ({
    collection: 'applications',
    id,
    digest: digest(d),
    ...(stage && { stage }),
  })),
});

describe('readManifest', () => {
  const file = (text: string) => {
    const path = join(mkdtempSync(join(tmpdir(), 'dossier-manifest-')), 'mentor-copy.json');
    writeFileSync(path, text);
    return path;
  };
  const note = `{ "collection": "applications", "id": "a", "digest": "${digest('a')}" }`;

  // Issue 21: a hand-edited or damaged mentor-copy.json stopped the build with a stack trace.
  // [case, file text, what is wrong]
  const damaged: [string, string, string][] = [
    [
      'a day in words',
      `{ "version": 2, "copies": [{ "built": "last Tuesday", "notes": [] }] }`,
      'copies[0].built: found "last Tuesday"; expected a day such as 2026-11-20',
    ],
    [
      'a day as a number',
      `{ "version": 2, "copies": [{ "built": 20261120, "notes": [] }] }`,
      'copies[0].built: found 20261120; expected a day such as 2026-11-20',
    ],
    [
      'null in notes',
      `{ "version": 2, "copies": [{ "built": "2026-11-20", "notes": [${note}, null] }] }`,
      'copies[0].notes[1]:',
    ],
    [
      'the first format, damaged',
      `{ "version": 1, "built": "last Tuesday", "notes": [] }`,
      'built: found "last Tuesday"; expected a day such as 2026-11-20',
    ],
    [
      'the first format, a day as a number',
      `{ "version": 1, "built": 20261120, "notes": [] }`,
      'built: found 20261120; expected a day such as 2026-11-20',
    ],
    ['the first format, null in notes', `{ "version": 1, "built": "2026-11-20", "notes": [null] }`, 'notes[0]:'],
    [
      'a day that does not exist',
      `{ "version": 2, "copies": [{ "built": "2026-02-30", "notes": [] }] }`,
      'copies[0].built: found "2026-02-30"',
    ],
    ['not JSON', '{ "version": 2, ', 'not valid JSON ('],
    ['no manifest at all', '[]', 'the file:'],
  ];
  it.each(damaged)('reports %s, without throwing', (_, text, problem) => {
    const read = readManifest(file(text));
    expect(read.manifest).toBeUndefined();
    expect(read.problem).toContain(problem);
  });

  it('reads the first format as one copy', () => {
    const read = readManifest(file(`{ "version": 1, "built": "2026-11-20", "notes": [${note}] }`));
    expect(read.problem).toBeUndefined();
    expect(read.manifest?.copies.map((c) => [c.built, c.notes.length])).toEqual([['2026-11-20', 1]]);
  });

  it('is no manifest and no problem when there is no file', () => {
    expect(readManifest(join(tmpdir(), 'dossier-no-such-manifest.json'))).toEqual({});
  });
});

describe('nextManifest: which copy /changes/ compares with', () => {
  const first = copy('2026-11-10', [['a', '1', 'applied']]);
  const second = copy('2026-11-20', [['a', '2', 'screening']]);
  const history: Manifest = { version: 2, copies: [second, first] };

  it('compares the first copy with nothing', () => {
    const next = nextManifest(undefined, first);
    expect(next.compareWith).toBeUndefined();
    expect(next.manifest.copies).toEqual([first]);
  });

  it('compares a changed copy with the newest recorded one and records it', () => {
    const third = copy('2026-11-25', [['a', '3', 'screening']]);
    const next = nextManifest(history, third);
    expect(next.compareWith).toBe(second);
    expect(next.manifest.copies).toEqual([third, second, first]);
  });

  // Issue 21: a second build to check before sending compared with the first and wiped "Updated".
  it('keeps the comparison and the record when a rebuild changes nothing', () => {
    const again = copy('2026-11-26', [['a', '2', 'screening']]);
    const next = nextManifest(history, again);
    expect(next.compareWith).toBe(first);
    expect(next.manifest.copies).toBe(history.copies);
    expect(diffCopies(next.compareWith, again, ['applied', 'screening']).edited).toEqual([]);
    expect(diffCopies(next.compareWith, again, ['applied', 'screening']).stages).toEqual([
      { id: 'a', from: 'applied', to: 'screening' },
    ]);
  });

  // Held-out red team: a hand-edited manifest gave a note's earlier stage as a pay figure, and /changes/
  // printed it ("from Pay 5 850 …"); the self-check then deleted the copy.
  it('shows no earlier stage that is not one of the pipeline', () => {
    const edited = copy('2026-11-01', [['a', '1', 'Pay 5 850 EUR a month']]);
    const now = copy('2026-11-26', [['a', '2', 'screening']]);
    const changes = diffCopies(edited, now, ['applied', 'screening']);
    expect(changes.stages).toEqual([]);
    expect(changes.edited).toEqual([{ collection: 'applications', id: 'a' }]);
  });

  it('knows a copy again when the record was read back from the file, whatever the order of its keys', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dossier-manifest-')), 'mentor-copy.json');
    const record = { collection: 'applications', id: 'a', digest: digest('2'), stage: 'screening' };
    writeFileSync(path, JSON.stringify({ version: 2, copies: [{ built: '2026-11-20', notes: [record] }] }));
    const again = copy('2026-11-26', [['a', '2', 'screening']]);
    expect(nextManifest(readManifest(path).manifest, again).manifest.copies).toHaveLength(1);
  });

  it('pins the comparison to the newest copy built on or before a day', () => {
    const third = copy('2026-11-25', [['a', '3', 'screening']]);
    expect(nextManifest(history, third, '2026-11-19' as IsoDate).compareWith).toBe(first);
    expect(nextManifest(history, third, '2026-11-20' as IsoDate).compareWith).toBe(second);
    expect(nextManifest(history, third, '2026-11-09' as IsoDate).problem).toBe(
      'no mentor copy was built on or before 2026-11-09; the recorded copies are of 2026-11-20, 2026-11-10',
    );
  });

  // The sequence of builds in tests/mentor/privacy-model.build.test.ts, one step on: a copy pinned with
  // --since is recorded as any other, so the next build, unchanged, compares with the copy before it.
  it('records a pinned copy, and compares an unchanged rebuild after it with the copy before it', () => {
    const third = copy('2026-11-25', [['a', '3', 'screening']]);
    const pinned = nextManifest(history, third, '2026-11-10' as IsoDate);
    expect(pinned.compareWith).toBe(first);
    expect(pinned.manifest.copies).toEqual([third, second, first]);
    const again = nextManifest(pinned.manifest, copy('2026-11-26', [['a', '3', 'screening']]));
    expect(again.compareWith).toBe(second);
    expect(again.manifest.copies).toEqual([third, second, first]);
  });

  it('keeps a short history', () => {
    let manifest: Manifest | undefined;
    for (let day = 1; day <= 20; day++)
      manifest = nextManifest(
        manifest,
        copy(`2026-11-${String(day).padStart(2, '0')}`, [['a', String(day % 10)]]),
      ).manifest;
    expect(manifest!.copies).toHaveLength(12);
    expect(manifest!.copies[0]!.built).toBe('2026-11-20');
  });
});

describe('shareSinceFrom', () => {
  const cases: [string, Record<string, string>, string[], string | undefined][] = [
    ['nothing', {}, [], undefined],
    ['--since DAY', {}, ['build', '--since', '2026-11-20'], '2026-11-20'],
    ['--since=DAY', {}, ['build', '--since=2026-11-20'], '2026-11-20'],
    ['the environment', { DOSSIER_SHARE_SINCE: '2026-11-21' }, [], '2026-11-21'],
    [
      'the command line over the environment',
      { DOSSIER_SHARE_SINCE: '2026-11-21' },
      ['--since', '2026-11-20'],
      '2026-11-20',
    ],
  ];
  it.each(cases)('%s', (_, env, argv, day) => {
    expect(shareSinceFrom(env, argv)).toBe(day);
  });

  it.each(['last week', '2026-11-31', '20261120', ''])('refuses %j with what is allowed', (value) => {
    expect(() => shareSinceFrom({}, value ? ['--since', value] : ['--since'])).toThrow(
      `--since (or DOSSIER_SHARE_SINCE) is "${value}"; expected the day of an earlier copy, such as 2026-11-20`,
    );
  });
});

describe("copyRecord: the day an application reached its stage is the catalog's stageSince", () => {
  const ctx = { stages: createStageIndex(UserConfigSchema.parse({}).stages) } as DossierContext;
  const now = { day: '2026-12-06' as IsoDate, time: '14:00' };
  const prepared = (data: Record<string, unknown>): PreparedNote => ({
    collection: 'applications',
    id: 'a',
    source: 'a.mdx',
    path: 'applications/a.mdx',
    data: { company: 'Acme', position: 'Analyst', ...data },
    digest: digest('a'),
  });
  const step = (stage: string, date: string) => ({ stage, date });
  // [case, stage, history, the day recorded]
  const cases: [string, string, { stage: string; date: string }[], string | undefined][] = [
    // Issue 22: the manifest took the latest step at the stage, a step still to come included.
    [
      'an interview still to come is not the day it reached the stage',
      'interviewing',
      [step('applied', '2026-11-01'), step('interviewing', '2026-11-20'), step('interviewing', '2026-12-09')],
      '2026-11-20',
    ],
    [
      'the first day of the latest run at the stage, not its last step',
      'interviewing',
      [step('interviewing', '2026-11-10'), step('interviewing', '2026-11-20')],
      '2026-11-10',
    ],
    [
      'back at a stage: the day it came back',
      'screening',
      [step('screening', '2026-10-01'), step('interviewing', '2026-10-10'), step('screening', '2026-11-02')],
      '2026-11-02',
    ],
    ['a stage the history never reached has no day', 'offer', [step('applied', '2026-11-01')], undefined],
  ];
  it.each(cases)('%s', (_, stage, history, expected) => {
    const [record] = copyRecord([prepared({ stage, history })], ctx, now).notes;
    expect(record).toEqual({
      collection: 'applications',
      id: 'a',
      digest: digest('a'),
      stage,
      ...(expected && { stageDate: expected }),
    });
  });
});
