import { isAbsolute, resolve } from 'node:path';

/**
 * The folder that holds the user's notes: `$DOSSIER_CONTENT` when set (a user
 * keeps private notes in a repository of their own and points Dossier at it),
 * otherwise `content/` of this project, which ships the example archive.
 *
 * Every command (build, import, new, validate, bench) resolves the root here,
 * so they can never disagree about where the notes are.
 */
export function contentRoot(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const fromEnv = env.DOSSIER_CONTENT?.trim();
  if (fromEnv) return isAbsolute(fromEnv) ? fromEnv : resolve(cwd, fromEnv);
  return resolve(cwd, 'content');
}

/** The three collections, each a sub-folder of the content root. */
export const COLLECTION_DIRS = {
  applications: 'applications',
  articles: 'articles',
  companies: 'companies',
} as const;

export type CollectionName = keyof typeof COLLECTION_DIRS;
