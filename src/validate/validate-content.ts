import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { COLLECTION_DIRS, contentRootProblem, type CollectionName } from '../config/content-root.ts';
import { CONFIG_FILE, loadContext } from '../config/load.ts';
import { ProblemsError, sortProblems, type Problem } from '../lib/problems.ts';
import { noteIdFromPath } from '../lib/slug.ts';
import { stageSharedNotes } from '../share/stage-notes.ts';
import { splitNote } from '../lib/frontmatter.ts';
import { checkNote, type CheckedNote } from './check-note.ts';
import { crossCheck, type ValidNote } from './cross-checks.ts';
import { NoteCheckCache, type StoredCheck } from './note-cache.ts';

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

/**
 * Checks every note under the content root without building the site:
 * configuration, each note on its own (see checkNote), then what spans notes
 * (two files with one URL, references, duplicates; see crossCheck). Used by
 * `npm run validate` and before each build. Never throws on bad content: an
 * unexpected failure while checking a file becomes a problem of that file.
 */
export function validateContent(
  root: string,
  options: { compile?: boolean; projectRoot?: string; cache?: NoteCheckCache } = {},
): ValidationReport & { checked: Map<string, CheckedNote & NoteFile> } {
  const problems: Problem[] = [];
  const checked = new Map<string, CheckedNote & NoteFile>();
  const rootProblem = contentRootProblem(root);
  if (rootProblem)
    return summarize(
      [{ file: shownPath(root), line: 1, column: 1, field: '-', severity: 'error', message: rootProblem }],
      0,
      checked,
    );
  let ctx;
  try {
    ctx = loadContext(root);
  } catch (error) {
    // Without a configuration the stages are unknown: report it alone rather than a flood of stage errors.
    if (error instanceof ProblemsError) return summarize(error.problems, 0, checked);
    return summarize([unexpected(shownPath(join(root, CONFIG_FILE)), error)], 0, checked);
  }
  const { files, problems: fileProblems } = findNoteFiles(root);
  problems.push(...fileProblems);
  const valid: ValidNote[] = [];
  const { cache, ...checkOptions } = options;
  for (const file of files) {
    try {
      const bytes = readFileSync(file.path);
      // A note that imports files is checked every time: an imported file may go away while the note stays.
      const key =
        cache && !IMPORTS.test(bytes.toString('latin1'))
          ? NoteCheckCache.keyOf(file.collection, file.path, file.shown, bytes)
          : undefined;
      const stored = key === undefined ? undefined : cache!.get(key);
      const result = stored
        ? fromStore(stored, bytes)
        : checkNote(ctx, file.collection, file.shown, bytes, { ...checkOptions, path: file.path });
      if (key !== undefined && !stored) cache!.set(key, result);
      problems.push(...result.problems);
      // Onto the result, not a spread copy: a stored result reads its body only when asked.
      checked.set(file.path, Object.assign(result, file));
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
  // What the mentor copy refuses in a shared note (an import of an unshared note, import(), an image
  // outside the content root) is refused here too, so validate and both builds accept the same notes.
  // Only once every note reads: the mentor's redaction parses the bodies that the checks above passed.
  if (!problems.some((p) => p.severity === 'error')) {
    try {
      problems.push(...stageSharedNotes(ctx, files).problems);
    } catch (error) {
      problems.push(unexpected(shownPath(root), error));
    }
  }
  return summarize(problems, files.length, checked);
}

/** `import`/`export` at the start of a line: what makes a note's check depend on other files. */
// [ \t]* rather than \s*: \s also matches newlines, which makes the scan quadratic on blank lines.
const IMPORTS = /^[ \t]*(?:import|export)\s/m;

/**
 * A stored check as checkNote returns it. The body and the positions of
 * frontmatter fields (for problems the checks across notes find) come from
 * parsing the note again, and only when one is asked for.
 */
function fromStore(stored: StoredCheck, bytes: Uint8Array): CheckedNote {
  let split: ReturnType<typeof splitNote> | undefined;
  const parsed = () => (split ??= splitNote(new TextDecoder().decode(bytes)));
  return {
    problems: stored.problems,
    data: stored.data,
    bodyLine: stored.bodyLine,
    get body() {
      return parsed().body;
    },
    locate: (path, at) => parsed().locate(path, at),
  };
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
