import type { Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * What a cached result depends on besides its input: our own code and the
 * installed packages' versions. The compile cache (src/compile/salt.ts), the
 * validation cache (src/validate/note-cache.ts) and the search index reuse
 * (src/integrations/pagefind-index.ts) all key on these, the same way: code by
 * its bytes, packages by `hashPackages` (installed versions, with everything
 * they depend on), never by the lockfile.
 */

/** Source files whose bytes are code: a change to one must change every key built on it. */
const CODE_FILE = /\.(?:ts|js|mjs)$/;

/** A bare import or re-export in our own code (`from 'satteri'`, `from '@astrojs/mdx/foo'`); relative and `node:` ones are not packages. */
const BARE_IMPORT = /\bfrom\s+'((?:@[\w.-]+\/)?[\w.-]+)(?:\/[^']*)?'/g;

/**
 * Feeds the code of `folders` (relative to `root`, searched recursively) into
 * `hash`: each file's path relative to `root` and its bytes, in a stable
 * order, so the same code gives the same hash in any clone; then the packages
 * that code imports, by `hashPackages`, so a package update changes the hash too.
 */
export function hashCodeFolders(hash: Hash, root: string, folders: readonly string[]): Hash {
  const packages = new Set<string>();
  for (const folder of folders) {
    const dir = join(root, folder);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
      if (!CODE_FILE.test(file)) continue;
      const code = readFileSync(join(dir, file));
      hash.update(`${folder}/${file}\0`).update(code).update('\0');
      for (const [, name] of code.toString('utf8').matchAll(BARE_IMPORT)) packages.add(name!);
    }
  }
  return hashPackages(hash, packages, root);
}

/** A package's folder as Node finds it from `from`: in `node_modules` of `from` or of a folder above it. */
function packageFolder(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const folder = join(dir, 'node_modules', name);
    if (existsSync(join(folder, 'package.json'))) return folder;
    if (dirname(dir) === dir) return undefined;
  }
}

interface PackageJson {
  version?: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/**
 * The one rule for keying a cache on packages: feeds into `hash` the installed
 * version of each package of `names` and of every package it depends on, as
 * Node resolves them from `from` (a missing one as `-`). Installed versions
 * rather than the lockfile: what is keyed is what runs, and an update of an
 * unrelated tool (a linter) keeps the caches; with the dependencies, an update
 * deep under a package (a parser under the MDX compiler) still changes the key.
 */
export function hashPackages(hash: Hash, names: Iterable<string>, from: string): Hash {
  const found = new Set<string>();
  const seen = new Set<string>();
  const queue: [string, string][] = [...names].map((name) => [name, from]);
  while (queue.length) {
    const [name, dir] = queue.pop()!;
    const folder = packageFolder(name, dir);
    if (folder === undefined) {
      found.add(`${name}@-`);
      continue;
    }
    if (seen.has(folder)) continue;
    seen.add(folder);
    const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as PackageJson;
    found.add(`${name}@${pkg.version ?? '-'}`);
    for (const deps of [pkg.dependencies, pkg.peerDependencies, pkg.optionalDependencies])
      for (const dep of Object.keys(deps ?? {})) queue.push([dep, folder]);
  }
  for (const entry of [...found].sort()) hash.update(`${entry}\n`);
  return hash;
}

/**
 * The version of an installed package, from its package.json in the
 * `node_modules` of `from` or of a folder above it (as Node resolves it; its
 * `exports` often keep `require` from reaching the file); `undefined` when it
 * is not installed.
 */
export function installedVersion(name: string, from: string): string | undefined {
  const folder = packageFolder(name, from);
  return folder && (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as PackageJson).version;
}
