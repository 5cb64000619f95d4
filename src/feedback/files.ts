import { lstatSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Problem } from '../lib/problems.ts';
import { shownPath } from '../notes/note-files.ts';

/** The folder of the content root that holds feedback files, beside `applications/`. */
export const FEEDBACK_DIR = 'feedback';

/** One feedback file found under the content root. */
export interface FeedbackFile {
  /** Absolute path. */
  path: string;
  /** Path as messages show it. */
  shown: string;
  /** The path inside `feedback/`, with `/` separators: `2026-12-06-anna.md`. Names the file on pages. */
  name: string;
}

/**
 * The feedback files of a content root: every `.md` file under `feedback/`
 * (sub-folders too), in a stable order, and what makes a file there unusable.
 * Nothing there is skipped without a word: a file of another kind, a hidden
 * `.md` file or a symbolic link is a problem that names it, as for notes.
 * Other hidden files (`.DS_Store`) are left alone.
 */
export function findFeedbackFiles(root: string, cwd = process.cwd()): { files: FeedbackFile[]; problems: Problem[] } {
  const dir = join(root, FEEDBACK_DIR);
  const files: FeedbackFile[] = [];
  const problems: Problem[] = [];
  const fail = (path: string, message: string) =>
    problems.push({ file: shownPath(path, cwd), line: 1, column: 1, field: '-', severity: 'error', message });
  try {
    if (!lstatSync(dir).isDirectory()) {
      fail(dir, 'is not a folder; feedback files go in a folder named feedback/ at the content root');
      return { files, problems };
    }
  } catch {
    return { files, problems };
  }
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(folder, entry.name);
      const hidden = entry.name.startsWith('.');
      if (entry.isSymbolicLink())
        fail(
          path,
          'is a symbolic link; Dossier reads only the feedback files themselves (the build and validate must see the same files): copy the file here instead',
        );
      else if (entry.isDirectory()) {
        if (!hidden) walk(path);
      } else if (!entry.isFile()) continue;
      else if (/\.md$/.test(entry.name)) {
        if (hidden) fail(path, 'its name starts with ".", so it is not read (hidden files are left out); rename it');
        else files.push({ path, shown: shownPath(path, cwd), name: relative(dir, path).split(/[\\/]/).join('/') });
      } else if (!hidden)
        fail(
          path,
          `is not read: feedback files are Markdown files ending in .md (found "${entry.name}"); rename it, or move it out of feedback/`,
        );
    }
  };
  walk(dir);
  return { files, problems };
}
