import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTION_DIRS, type CollectionName } from '../config/content-root.ts';
import { loadContext } from '../config/load.ts';
import { ProblemsError, sortProblems, type Problem } from '../lib/problems.ts';
import { noteIdFromPath } from '../lib/slug.ts';
import { checkNote, type CheckedNote } from './check-note.ts';

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

export interface ValidationReport {
  problems: Problem[];
  /** Number of note files checked. */
  notes: number;
  errors: number;
  warnings: number;
}

/** Every `.md`/`.mdx` file of the three collections, in a stable order. */
export function listNoteFiles(root: string, cwd = process.cwd()): NoteFile[] {
  const files: NoteFile[] = [];
  for (const collection of Object.keys(COLLECTION_DIRS) as CollectionName[]) {
    const dir = join(root, COLLECTION_DIRS[collection]);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.mdx?$/i.test(entry.name)) continue;
      const path = join(entry.parentPath, entry.name);
      const inCollection = relative(dir, path);
      files.push({ collection, path, shown: relative(cwd, path) || path, id: noteIdFromPath(inCollection) });
    }
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Checks every note under the content root without building the site:
 * configuration, each note on its own (see checkNote), then what spans notes
 * (two files with one URL). Used by `npm run validate` and before each build.
 */
export function validateContent(root: string, options: { compile?: boolean } = {}): ValidationReport & { checked: Map<string, CheckedNote & NoteFile> } {
  const problems: Problem[] = [];
  const checked = new Map<string, CheckedNote & NoteFile>();
  let ctx;
  try {
    ctx = loadContext(root);
  } catch (error) {
    if (error instanceof ProblemsError) return summarize(error.problems, 0, checked);
    throw error;
  }
  const files = listNoteFiles(root);
  for (const file of files) {
    const result = checkNote(ctx, file.collection, file.shown, readFileSync(file.path), options);
    problems.push(...result.problems);
    checked.set(file.path, { ...result, ...file });
  }
  const byUrl = new Map<string, NoteFile>();
  for (const file of files) {
    const key = `${file.collection}/${file.id}`;
    const first = byUrl.get(key);
    if (first) {
      problems.push({
        file: file.shown,
        line: 1,
        column: 1,
        field: '-',
        severity: 'error',
        message: `gets the same URL /${key}/ as ${first.shown}; rename one of the two files`,
      });
    } else byUrl.set(key, file);
  }
  return summarize(problems, files.length, checked);
}

function summarize<T>(problems: Problem[], notes: number, checked: T) {
  const sorted = sortProblems(problems);
  const errors = sorted.filter((p) => p.severity === 'error').length;
  return { problems: sorted, notes, errors, warnings: sorted.length - errors, checked };
}
