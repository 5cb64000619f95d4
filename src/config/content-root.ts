import { statSync } from 'node:fs';
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

/**
 * What is wrong with the content root, or undefined when it is a folder.
 * A file there would otherwise read as a folder without notes and build an
 * empty site without a word.
 */
export function contentRootProblem(root: string): string | undefined {
  let stat;
  try {
    stat = statSync(root);
  } catch {
    return 'the content folder does not exist; set DOSSIER_CONTENT to the folder that holds applications/ and articles/, or unset it to use content/';
  }
  if (!stat.isDirectory())
    return 'is a file, not a folder; set DOSSIER_CONTENT to the folder that holds applications/ and articles/, or unset it to use content/';
  return undefined;
}

/** The collections, each a sub-folder of the content root. */
export const COLLECTION_DIRS = {
  applications: 'applications',
  articles: 'articles',
  companies: 'companies',
  stories: 'stories',
} as const;

export type CollectionName = keyof typeof COLLECTION_DIRS;
