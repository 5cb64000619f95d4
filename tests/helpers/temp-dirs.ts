import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach } from 'vitest';

/**
 * Scratch folders for one test file: `temp()` makes a new one, and every one
 * made is removed when the file's tests are done. Call at the top of a test
 * file or describe block (it registers the cleanup with vitest): `each`
 * removes them after every test, `all` after the last.
 */
export function useTempDirs(prefix = 'dossier-test-', cleanup: 'each' | 'all' = 'all'): () => string {
  const made: string[] = [];
  (cleanup === 'each' ? afterEach : afterAll)(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}

/**
 * Content roots for the commands' tests: `root(applications, files)` writes
 * each note of `applications` (by file name) into `applications/` of a new
 * scratch folder, and each of `files` at its path under the root (such as
 * `feedback/2026-12-01-anna.md`); the folder is removed after each test.
 */
export function useContentRoots(
  prefix = 'dossier-root-',
): (applications?: Record<string, string>, files?: Record<string, string>) => string {
  const temp = useTempDirs(prefix, 'each');
  return (applications = {}, files = {}) => {
    const root = temp();
    mkdirSync(join(root, 'applications'));
    for (const [name, text] of Object.entries(applications)) writeFileSync(join(root, 'applications', name), text);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  };
}
