import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bodyOf, generateNotes, writeArchive } from '../../src/bench/generate.ts';
import { createRandom } from '../../src/bench/random.ts';
import { editNote } from '../../src/bench/run.ts';
import { validateArchive } from '../../src/share/sharing-checks.ts';

describe('the synthetic archive of the bench', () => {
  const notes = generateNotes({ notes: 400 });

  it('is the same for the same seed and differs for another', () => {
    expect(generateNotes({ notes: 50 })).toEqual(generateNotes({ notes: 50 }));
    expect(generateNotes({ notes: 50, seed: 7 })).not.toEqual(generateNotes({ notes: 50 }));
    // A larger archive starts with the notes of a smaller one.
    expect(notes.slice(0, 50)).toEqual(generateNotes({ notes: 50 }));
  });

  it('is 90% applications and 10% articles', () => {
    expect(notes.filter((n) => n.collection === 'applications')).toHaveLength(360);
    expect(notes.filter((n) => n.collection === 'articles')).toHaveLength(40);
  });

  it('has bodies of 8–12 KB in the section template', () => {
    for (const note of notes) {
      const body = bodyOf(note.text);
      expect(Buffer.byteLength(body)).toBeGreaterThanOrEqual(8 * 1024);
      expect(Buffer.byteLength(body)).toBeLessThanOrEqual(12 * 1024);
      if (note.collection === 'applications') {
        for (const heading of [
          '## Action items',
          '## Notes on the company',
          '## Where can I add value?',
          '## What am I excited about? What will I learn?',
          '## Notes on recruiter/hiring manager',
          '## Job description',
        ]) {
          expect(body).toContain(`\n${heading}\n`);
        }
        expect(body).toMatch(/^- \[[ x]\] /m);
      }
    }
  });

  // Generates 2,000 notes: seconds of work that a loaded machine stretches past vitest's 5 s default.
  it('spreads applications over about 200 companies, every stage and three years', { timeout: 60_000 }, () => {
    const many = generateNotes({ notes: 2000 });
    const apps = many.filter((n) => n.collection === 'applications');
    expect(new Set(apps.map((n) => n.company)).size).toBe(200);
    const stages = new Set(apps.map((n) => n.stage));
    expect([...stages].sort()).toEqual([
      'accepted',
      'applied',
      'interviewing',
      'no-answer',
      'offer',
      'rejected',
      'screening',
      'wishlist',
      'withdrawn',
    ]);
    const dates = many.map((n) => n.date).sort();
    expect(dates[0]! >= '2023-11-23').toBe(true);
    expect(dates.at(-1)! <= '2026-11-22').toBe(true);
    expect(Date.parse(dates.at(-1)!) - Date.parse(dates[0]!)).toBeGreaterThan(2.5 * 365 * 86_400_000);
    // Validation takes one company, position and day for one application, twice for a duplicate.
    const keys = apps.map((n) => `${n.company}|${/^position: (.*)$/m.exec(n.text)![1]}|${n.date}`);
    expect(new Set(keys).size).toBe(keys.length);
    // Closed stages dominate a long search.
    expect(apps.filter((n) => ['rejected', 'no-answer'].includes(n.stage!)).length / apps.length).toBeGreaterThan(0.4);
  });

  it('gives each note its own file name', () => {
    expect(new Set(notes.map((n) => `${n.collection}/${n.file}`)).size).toBe(notes.length);
  });

  describe('written to disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-test-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('passes validation without an error', () => {
      writeArchive(dir, { notes: 120 });
      expect(readdirSync(join(dir, 'applications'))).toHaveLength(108);
      const report = validateArchive(dir);
      expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(report.notes).toBe(120);
    });
  });

  it('edits one note in its body only', () => {
    const text = notes[0]!.text;
    const edited = editNote(text);
    expect(edited).not.toBe(text);
    expect(edited.split('\n---\n')[0]).toBe(text.split('\n---\n')[0]);
  });
});

describe('the seeded random generator', () => {
  it('repeats its sequence for a seed and stays in range', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const xs = Array.from({ length: 1000 }, () => a.int(3, 9));
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b.int(3, 9)));
    expect(Math.min(...xs)).toBe(3);
    expect(Math.max(...xs)).toBe(9);
  });

  it('draws weighted keys in proportion', () => {
    const r = createRandom(1);
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 10_000; i++) counts[r.weighted({ a: 1, b: 3 })]++;
    expect(counts.b / counts.a).toBeGreaterThan(2.6);
    expect(counts.b / counts.a).toBeLessThan(3.4);
  });
});
