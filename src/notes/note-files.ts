import { readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { COLLECTION_DIRS, type CollectionName } from '../config/content-root.ts';
import type { Problem } from '../lib/problems.ts';
import { noteIdFromPath } from '../lib/slug.ts';

/** One note file found under the content root. */
export interface NoteFile {
  collection: CollectionName;
  /** Absolute path. */
  path: string;
  /** Path as shown in messages. */
  shown: string;
  /** The note's id (URL segment). */
  id: string;
}

/** A path as messages show it: relative to the current folder, or absolute when that is shorter. */
export function shownPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel && rel.length < path.length ? rel : path;
}

/**
 * Longest note file name, in UTF-8 bytes without the extension. The build
 * names files after the note (its page folder, the bundler's chunks, with
 * suffixes), and file systems refuse names over 255 bytes; past that the
 * bundler dies with a Rust backtrace instead of a message.
 */
export const MAX_FILE_NAME = 120;

/** Every `.md`/`.mdx` file of the three collections, in a stable order. */
export function listNoteFiles(root: string, cwd = process.cwd()): NoteFile[] {
  return findNoteFiles(root, cwd).files;
}

/**
 * The note files of the three collections, and what makes a file or folder
 * unusable: a symbolic link, a name too long to build.
 *
 * Symbolic links are refused, files and folders alike. Astro's glob loader
 * follows them and validation would have to as well, or the two would check
 * and build different notes; following them means reading outside the
 * content folder, and a link to a parent folder loops. A collection folder
 * that is itself a link is fine: both read it the same way.
 */
export function findNoteFiles(root: string, cwd = process.cwd()): { files: NoteFile[]; problems: Problem[] } {
  const files: NoteFile[] = [];
  const problems: Problem[] = [];
  const fail = (path: string, message: string) =>
    problems.push({ file: shownPath(path, cwd), line: 1, column: 1, field: '-', severity: 'error', message });
  for (const collection of Object.keys(COLLECTION_DIRS) as CollectionName[]) {
    const dir = join(root, COLLECTION_DIRS[collection]);
    if (!isDirectory(dir)) continue;
    // The build's loader reads `**/*.{md,mdx}`: lower-case extensions, no hidden (dot) names. Anything
    // else that looks like a note is reported, never skipped in silence, so validate and build agree.
    const walk = (folder: string, hidden?: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        const dotted = hidden ?? (entry.name.startsWith('.') ? path : undefined);
        if (entry.isSymbolicLink()) {
          const problem = symlinkProblem(path, cwd);
          if (problem) fail(path, problem);
        } else if (entry.isDirectory()) walk(path, dotted);
        else if (entry.isFile() && /\.mdx?$/i.test(entry.name) && dotted) {
          fail(
            path,
            `${dotted === path ? 'its name starts with "."' : `it is inside ${shownPath(dotted, cwd)}, whose name starts with "."`}, so the build does not read it (hidden files are left out); rename it`,
          );
        } else if (entry.isFile() && /\.mdx?$/i.test(entry.name) && !/\.mdx?$/.test(entry.name)) {
          fail(
            path,
            `the extension "${extname(entry.name)}" is not read by the build, which takes .md and .mdx in lower case; rename it to ${extname(entry.name).toLowerCase()}`,
          );
        } else if (entry.isFile() && /\.mdx?$/.test(entry.name)) {
          const id = noteIdFromPath(relative(dir, path));
          // The name's bytes (the bundler names chunks after it) and the id (the page's folder, with the folders above).
          const length = Math.max(Buffer.byteLength(entry.name.replace(/\.mdx?$/i, '')), id.length);
          if (length > MAX_FILE_NAME) {
            fail(
              path,
              `the file name is ${length} characters long (in UTF-8 bytes, without .mdx, with the folders that make up its URL); Dossier allows up to ${MAX_FILE_NAME}, since the build names files and folders after the note and file systems refuse long names. Rename the file`,
            );
          } else files.push({ collection, path, shown: shownPath(path, cwd), id });
        }
      }
    };
    walk(dir);
  }
  // By code point, not by locale, so the order is the same on every machine.
  return { files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), problems };
}

/** Why the link at `path` cannot be a note or a folder of notes; undefined for a link to a file that is not a note. */
function symlinkProblem(path: string, cwd: string): string | undefined {
  let target: string;
  try {
    target = realpathSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return 'is a symlink loop: the symbolic link leads back to itself; remove it';
    if (!/\.mdx?$/i.test(path)) return undefined;
    return `is a symbolic link to ${code === 'ENOENT' ? 'a file that does not exist' : 'a file that cannot be read'}; remove it, or put the note itself here`;
  }
  const folder = isDirectory(target);
  if (!folder && !/\.mdx?$/i.test(path)) return undefined;
  if (folder && (realpathSync(join(path, '..')) + sep).startsWith(target + sep)) {
    return `is a symlink loop: the symbolic link leads back to ${shownPath(target, cwd)}, a folder that holds it; remove it`;
  }
  return `is a symbolic link to the ${folder ? 'folder' : 'file'} ${shownPath(target, cwd)}; Dossier reads only the notes themselves, not links to them (the build and validate must see the same notes). Move or copy the ${folder ? 'folder' : 'note'} here instead`;
}

const isDirectory = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};
