import { createHash } from 'node:crypto';
import { hashCodeFolders, hashPackages } from '../lib/code-digest.ts';

/**
 * What a note's compiled HTML depends on besides its body: the compiler and
 * plugin versions, the code of our own plugins and of this folder, and the
 * settings that change the output. Any change here gives every note a new
 * compile key (and a new entry digest, so Astro syncs every note again).
 */
export interface SaltInputs {
  /** The project folder (node_modules and src/ are read from it). */
  projectRoot: string;
  audience: string;
  /** Output-affecting settings: the user's configuration, the base path, Astro's markdown options. */
  settings: unknown;
}

/** Packages whose code turns a body into HTML through Astro, which our code does not import by name. */
const PACKAGES = ['astro', '@astrojs/mdx', '@astrojs/markdown-satteri', 'satteri', 'shiki'];
/** Our own code that runs while a body is compiled: the plugins, what they import, and this folder. */
const SOURCE_FOLDERS = ['src/markdown', 'src/compile', 'src/lib', 'src/share'];

export function compileSalt({ projectRoot, audience, settings }: SaltInputs): string {
  const hash = createHash('sha256');
  hashPackages(hash, PACKAGES, projectRoot);
  // With the packages this code imports.
  hashCodeFolders(hash, projectRoot, SOURCE_FOLDERS);
  hash.update(`audience ${audience}\n`).update(JSON.stringify(settings) ?? '');
  return hash.digest('hex').slice(0, 16);
}

/** The key of one compiled body: its side file's name. */
export const compileKey = (salt: string, filePath: string, body: string) =>
  createHash('sha256').update(salt).update('\0').update(filePath).update('\0').update(body).digest('base64url');
