import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MOCKING } from '../../vitest.config.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';

/** The unit test files: every *.test.ts under tests/ but the builds and the browser tests. */
function unitFiles(): string[] {
  return readdirSync(join(PROJECT_ROOT, 'tests'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.ts') && !/\.(build|browser)\.test\.ts$/.test(f))
    .map((f) => relative(PROJECT_ROOT, join(PROJECT_ROOT, 'tests', f)))
    .sort();
}

// The unit files share their worker's modules (vitest.config.ts, `isolate: false`): a module replaced
// in one file would stay replaced, or not be replaced at all, for the files after it.
describe('the unit project', () => {
  it('runs every file that replaces or reloads a module isolated', () => {
    const mocking = unitFiles().filter((f) =>
      /\bvi\.(?:mock|doMock|unmock|doUnmock|resetModules)\(/.test(readFileSync(join(PROJECT_ROOT, f), 'utf8')),
    );
    expect(mocking).toEqual([...MOCKING].sort());
  });

  it('names only files that exist', () => {
    expect(MOCKING.filter((f) => !existsSync(join(PROJECT_ROOT, f)))).toEqual([]);
  });
});
