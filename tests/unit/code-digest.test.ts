import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashCodeFolders, hashPackages, installedVersion } from '../../src/lib/code-digest.ts';

/** A folder tree from a map of relative paths to contents. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dossier-code-digest-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const digest = (files: Record<string, string>, folders = ['src/a', 'src/b']) =>
  hashCodeFolders(createHash('sha256'), tree(files), folders).digest('hex');

describe('hashCodeFolders', () => {
  const base = { 'src/a/one.ts': 'export const one = 1;', 'src/b/deep/two.mjs': 'export default 2;' };
  it.each([
    ['a code file changes', { ...base, 'src/a/one.ts': 'export const one = 2;' }, false],
    ['a code file is added', { ...base, 'src/a/three.js': '3' }, false],
    [
      'a code file moves',
      { 'src/a/moved.ts': base['src/a/one.ts'], 'src/b/deep/two.mjs': base['src/b/deep/two.mjs'] },
      false,
    ],
    ['a file that is not code changes', { ...base, 'src/a/notes.md': 'anything' }, true],
    ['a folder outside those named changes', { ...base, 'src/c/four.ts': '4' }, true],
  ])('%s: same hash %s', (_name, files, same) => {
    expect(digest(files) === digest(base)).toBe(same);
  });

  it('gives the same hash for the same code in another place, and skips a folder that is not there', () => {
    expect(digest(base, ['src/a', 'src/b', 'src/missing'])).toBe(digest(base));
  });
});

/** One rule for keying a cache on packages: installed versions of what the code imports, and of their dependencies. */
describe('packages in hashCodeFolders and hashPackages', () => {
  const pkg = (version: string, dependencies: Record<string, string> = {}) => JSON.stringify({ version, dependencies });
  const base = {
    'src/a/one.ts': "import { parse } from 'parser';\nimport { join } from 'node:path';\nexport const one = parse;",
    'node_modules/parser/package.json': pkg('1.0.0', { lexer: '^2' }),
    'node_modules/lexer/package.json': pkg('2.0.0'),
    'node_modules/linter/package.json': pkg('9.0.0'),
    'package-lock.json': '{"lockfileVersion": 3}',
  };
  it.each([
    [
      'an imported package is updated',
      { ...base, 'node_modules/parser/package.json': pkg('1.0.1', { lexer: '^2' }) },
      false,
    ],
    ['a package under it is updated', { ...base, 'node_modules/lexer/package.json': pkg('2.1.0') }, false],
    [
      'its own copy of a dependency, nested, is the one that counts',
      { ...base, 'node_modules/parser/node_modules/lexer/package.json': pkg('3.0.0') },
      false,
    ],
    ['a package the code does not use is updated', { ...base, 'node_modules/linter/package.json': pkg('9.1.0') }, true],
    ['the lockfile changes alone', { ...base, 'package-lock.json': '{"lockfileVersion": 3, "x": 1}' }, true],
  ])('%s: same hash %s', (_name, files, same) => {
    expect(digest(files, ['src/a']) === digest(base, ['src/a'])).toBe(same);
  });

  it('keys named packages the same way, a missing one too', () => {
    const root = tree(base);
    const named = (names: string[]) => hashPackages(createHash('sha256'), names, root).digest('hex');
    expect(named(['parser'])).toBe(named(['parser', 'lexer']));
    expect(named(['parser'])).not.toBe(named(['parser', 'not-installed-xyz']));
  });
});

describe('installedVersion', () => {
  it('finds a package in node_modules of the folder or one above, and says when there is none', () => {
    const root = tree({
      'node_modules/some-package/package.json': JSON.stringify({ version: '1.2.3' }),
      'app/x.ts': '',
    });
    expect(installedVersion('some-package', join(root, 'app'))).toBe('1.2.3');
    expect(installedVersion('not-installed-anywhere-xyz', join(root, 'app'))).toBeUndefined();
  });
});
