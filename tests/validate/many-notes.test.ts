import { rmSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { validateArchive } from '../../src/share/sharing-checks.ts';
import { generateArchive } from './generate-archive.ts';

// compileBody is replaced for one test below; every other call goes to the real one.
const failOn = vi.hoisted(() => ({ marker: '' }));
vi.mock('../../src/validate/compile-body.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/validate/compile-body.ts')>();
  return {
    ...real,
    compileBody: (...args: Parameters<typeof real.compileBody>) => {
      if (failOn.marker && args[1].includes(failOn.marker)) throw new TypeError('boom');
      return real.compileBody(...args);
    },
  };
});

describe('a large archive', () => {
  it('reports every bad note of a thousand in one run (its speed is reported, never asserted)', () => {
    const { root, bad } = generateArchive(1000, 50);
    try {
      const started = performance.now();
      const report = validateArchive(root);
      console.info(`validate: ${report.notes} notes in ${Math.round(performance.now() - started)} ms`);
      expect(report.notes).toBe(1000);
      expect(report.errors).toBe(bad);
      expect(
        report.problems.every(
          (p) => p.field === 'stage' && p.message.startsWith('found "Intervew" (did you mean "Interview"?)'),
        ),
      ).toBe(true);
      // Sorted by file: the order of the report does not depend on the file system.
      const files = report.problems.map((p) => p.file);
      expect(files).toEqual([...files].sort());
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('turns an unexpected failure while checking one file into a problem of that file, and checks the rest', () => {
    const { root } = generateArchive(20);
    try {
      failOn.marker = 'Private thought 3.';
      const report = validateArchive(root);
      expect(report.problems.map(formatProblem)).toEqual([
        expect.stringMatching(
          /application-3\.mdx:1:1 {2}- {2}could not be checked: boom\. This is a bug in Dossier's checks/,
        ),
      ]);
      expect(report.notes).toBe(20);
    } finally {
      failOn.marker = '';
      rmSync(root, { recursive: true, force: true });
    }
  });
});
