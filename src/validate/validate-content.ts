import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTION_DIRS, type CollectionName } from '../config/content-root.ts';
import { CONFIG_FILE, loadContext } from '../config/load.ts';
import { ProblemsError, sortProblems, type Problem } from '../lib/problems.ts';
import { noteIdFromPath } from '../lib/slug.ts';
import { checkNote, type CheckedNote } from './check-note.ts';
import { crossCheck, type ValidNote } from './cross-checks.ts';

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

/** A path as messages show it: relative to the current folder, or absolute when that is shorter. */
export function shownPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel && rel.length < path.length ? rel : path;
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
      files.push({ collection, path, shown: shownPath(path, cwd), id: noteIdFromPath(inCollection) });
    }
  }
  // By code point, not by locale, so the order is the same on every machine.
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Checks every note under the content root without building the site:
 * configuration, each note on its own (see checkNote), then what spans notes
 * (two files with one URL, references, duplicates; see crossCheck). Used by
 * `npm run validate` and before each build. Never throws on bad content: an
 * unexpected failure while checking a file becomes a problem of that file.
 */
export function validateContent(root: string, options: { compile?: boolean; projectRoot?: string } = {}): ValidationReport & { checked: Map<string, CheckedNote & NoteFile> } {
  const problems: Problem[] = [];
  const checked = new Map<string, CheckedNote & NoteFile>();
  let ctx;
  try {
    ctx = loadContext(root);
  } catch (error) {
    // Without a configuration the stages are unknown: report it alone rather than a flood of stage errors.
    if (error instanceof ProblemsError) return summarize(error.problems, 0, checked);
    return summarize([unexpected(shownPath(join(root, CONFIG_FILE)), error)], 0, checked);
  }
  const files = listNoteFiles(root);
  const valid: ValidNote[] = [];
  for (const file of files) {
    try {
      const result = checkNote(ctx, file.collection, file.shown, readFileSync(file.path), { ...options, path: file.path });
      problems.push(...result.problems);
      checked.set(file.path, { ...result, ...file });
      if (result.data) valid.push({ ...file, data: result.data, locate: result.locate });
    } catch (error) {
      problems.push(unexpected(file.shown, error));
    }
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
  try {
    problems.push(...crossCheck(ctx, valid));
  } catch (error) {
    problems.push(unexpected(shownPath(root), error));
  }
  return summarize(problems, files.length, checked);
}

/** A failure nobody foresaw, reported as a problem of the file instead of a stack trace. */
function unexpected(shown: string, error: unknown): Problem {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return {
    file: shown,
    line: 1,
    column: 1,
    field: '-',
    severity: 'error',
    message: `could not be checked: ${reason}. This is a bug in Dossier's checks, not necessarily in the file; please report it with the file`,
  };
}

function summarize<T>(problems: Problem[], notes: number, checked: T) {
  const sorted = sortProblems(problems);
  const errors = sorted.filter((p) => p.severity === 'error').length;
  return { problems: sorted, notes, errors, warnings: sorted.length - errors, checked };
}
