import type { Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * What a cached result depends on besides its input: our own code and the
 * installed packages' versions. The compile cache (src/compile/salt.ts), the
 * validation cache (src/validate/note-cache.ts) and the search index reuse
 * (src/integrations/pagefind-index.ts) all key on these, the same way.
 */

/** Source files whose bytes are code: a change to one must change every key built on it. */
const CODE_FILE = /\.(?:ts|js|mjs)$/;

/**
 * Feeds the code of `folders` (relative to `root`, searched recursively) into
 * `hash`: each file's path relative to `root` and its bytes, in a stable
 * order, so the same code gives the same hash in any clone.
 */
export function hashCodeFolders(hash: Hash, root: string, folders: readonly string[]): Hash {
  for (const folder of folders) {
    const dir = join(root, folder);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
      if (!CODE_FILE.test(file)) continue;
      hash
        .update(`${folder}/${file}\0`)
        .update(readFileSync(join(dir, file)))
        .update('\0');
    }
  }
  return hash;
}

/**
 * The version of an installed package, from its package.json in the
 * `node_modules` of `from` or of a folder above it (as Node resolves it; its
 * `exports` often keep `require` from reaching the file); `undefined` when it
 * is not installed.
 */
export function installedVersion(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version;
    if (dirname(dir) === dir) return undefined;
  }
}
