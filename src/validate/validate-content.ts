import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findNoteFiles, shownPath, type NoteFile } from '../notes/note-files.ts';
import { contentRootProblem } from '../config/content-root.ts';
import { CONFIG_FILE, loadContext, type DossierContext } from '../config/load.ts';
import { ProblemsError, sortProblems, type Problem } from '../lib/problems.ts';
import { splitNote } from '../lib/frontmatter.ts';
import { checkNote, type CheckedNote } from './check-note.ts';
import { crossCheck, type ValidNote } from './cross-checks.ts';
import { NoteCheckCache, type StoredCheck } from './note-cache.ts';
import { checkFeedback } from '../feedback/check.ts';
import { FEEDBACK_COLLECTIONS, noteKey } from '../feedback/keys.ts';
import { isVisible } from '../notes/audience.ts';

export interface ValidationReport {
  problems: Problem[];
  /** Number of note files checked. */
  notes: number;
  errors: number;
  warnings: number;
}

/**
 * Checks every note under the content root without building the site:
 * configuration, each note on its own (see checkNote), then what spans notes
 * (two files with one URL, references, duplicates; see crossCheck). Used by
 * `npm run validate` and before each build. Never throws on bad content: an
 * unexpected failure while checking a file becomes a problem of that file.
 */
export function validateContent(
  root: string,
  options: {
    compile?: boolean;
    projectRoot?: string;
    cache?: NoteCheckCache;
    /**
     * Checks that need every note readable first, run only when the checks above found no error:
     * the mentor copy's (src/share/sharing-checks.ts), which its callers pass in, so validation
     * does not depend on the mentor copy's code.
     */
    afterward?: (ctx: DossierContext, files: readonly NoteFile[]) => Problem[];
  } = {},
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
  const { cache, afterward, ...checkOptions } = options;
  for (const file of files) {
    try {
      const bytes = readFileSync(file.path);
      // A note that imports files or shows images is checked every time: a file may go away (or come) while
      // the note stays the same.
      const text = cache ? bytes.toString('latin1') : '';
      const key =
        cache && !IMPORTS.test(text) && !text.includes('![')
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
      if (result.data)
        valid.push({ ...file, data: result.data, locate: result.locate, storyMentions: result.storyMentions });
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
  // Feedback files (src/feedback/): their form, and that each comment names a note that exists.
  try {
    const keyed = (list: readonly { collection: string; id: string }[]) =>
      new Set(
        list.flatMap((n) =>
          (FEEDBACK_COLLECTIONS as readonly string[]).includes(n.collection)
            ? [noteKey(n.collection as (typeof FEEDBACK_COLLECTIONS)[number], n.id)]
            : [],
        ),
      );
    const sharedKeys = keyed(valid.filter((n) => isVisible(n.data.share, 'mentor', ctx.config)));
    problems.push(...checkFeedback(root, keyed(files), { config: ctx.config, sharedKeys }));
  } catch (error) {
    problems.push(unexpected(shownPath(join(root, 'feedback')), error));
  }
  if (afterward && !problems.some((p) => p.severity === 'error')) {
    try {
      problems.push(...afterward(ctx, files));
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
    ...(stored.storyMentions ? { storyMentions: stored.storyMentions } : {}),
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
