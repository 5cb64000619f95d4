import { readFileSync } from 'node:fs';
import type { UserConfig } from '../config/schema.ts';
import { readDate, type IsoDate } from '../lib/dates.ts';
import type { Problem } from '../lib/problems.ts';
import { positionsIn } from '../lib/positions.ts';
import { isVisible } from '../notes/audience.ts';
import { lookalikeProblems } from '../validate/check-note.ts';
import { findFeedbackFiles, type FeedbackFile } from './files.ts';
import { readFeedback, type FeedbackStatus, type WrittenFeedback } from './format.ts';
import { resolveNoteKey } from './keys.ts';

/** A feedback file as the build stores it: what the pages show of it. */
export interface FeedbackFileData {
  /** The path inside `feedback/`: `2026-12-06-anna.md`. */
  name: string;
  from?: string;
  /** `date:`, else the date the file name starts with. */
  date?: IsoDate;
  share?: boolean;
  comments: {
    /** The note it is about, as written (resolved against the notes by the catalog, src/catalog/feedback.ts). */
    written: string;
    line: number;
    status: FeedbackStatus;
    markdown: string;
  }[];
}

/** A file's bytes as text, or the problem that stops it (not UTF-8). */
export function readFeedbackText(file: FeedbackFile): { text: string } | { problem: Problem } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file.path)) };
  } catch (error) {
    const reason =
      error instanceof TypeError
        ? 'is not UTF-8 text; save it as UTF-8 (any editor can) and build again'
        : `could not be read: ${error instanceof Error ? error.message : String(error)}`;
    return { problem: { file: file.shown, line: 1, column: 1, field: '-', severity: 'error', message: reason } };
  }
}

/** The day a file name starts with (`2026-12-06-anna.md`), if it is a real day. */
export function dateOfName(name: string): IsoDate | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})(?![\d])/.exec(name.split('/').at(-1) ?? name);
  if (!match) return undefined;
  const read = readDate(match[1]);
  return read.ok ? read.date : undefined;
}

/** What the build keeps of a file that was read without errors. */
export function fileData(file: FeedbackFile, written: WrittenFeedback): FeedbackFileData {
  const data = written.data ?? {};
  const date = data.date ?? dateOfName(file.name);
  return {
    name: file.name,
    ...(data.from !== undefined ? { from: data.from } : {}),
    ...(date !== undefined ? { date } : {}),
    ...(data.share !== undefined ? { share: data.share } : {}),
    comments: written.comments.map((c) => ({
      written: c.written,
      line: c.line,
      status: c.status,
      markdown: c.markdown,
    })),
  };
}

/**
 * Every check of the feedback files under a content root, for `npm run
 * validate` and the build alike: each file's form (src/feedback/format.ts),
 * that each comment names a note the archive has (`keys`: every
 * `applications/<id>` and `articles/<id>`), and no `< Private>` tag that
 * the parser reads as text (as in a note). A file the owner shares
 * (`share: true`) is warned about for each comment on a note that is not
 * shared: that comment stays out of the mentor copy.
 */
export function checkFeedback(
  root: string,
  keys: ReadonlySet<string>,
  sharing: { config: Pick<UserConfig, 'share'>; sharedKeys: ReadonlySet<string> },
): Problem[] {
  const { files, problems } = findFeedbackFiles(root);
  for (const file of files) {
    const read = readFeedbackText(file);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const written = readFeedback(read.text, file.shown);
    problems.push(...written.problems);
    const shared = written.data !== undefined && isVisible(written.data.share, 'mentor', sharing.config);
    // `<Private>` in a comment is a block as in a note (src/feedback/render.ts, the copy), so a tag the
    // parser reads as text is the same error.
    const at = positionsIn(read.text);
    for (const comment of written.comments)
      problems.push(...lookalikeProblems(file.shown, comment.markdown, at(comment.textAt).line, false));
    for (const comment of written.comments) {
      const field = comment.fromAbout ? 'about' : 'section';
      const result = resolveNoteKey(comment.written, keys);
      const at = { file: file.shown, line: comment.line, column: comment.column, field };
      if (!result.ok) problems.push({ ...at, severity: 'error', message: result.message });
      else if (shared && !sharing.sharedKeys.has(result.key))
        problems.push({
          ...at,
          severity: 'warning',
          message: `is about ${result.key}, which is not shared: the file is shared, but this comment stays out of the mentor copy`,
        });
    }
    if (written.problems.length === 0 && written.comments.length === 0)
      problems.push({
        file: file.shown,
        line: 1,
        column: 1,
        field: '-',
        severity: 'warning',
        message:
          'has no comment: each comment is a "## applications/<note>" heading with text under it (see README, "Feedback from a mentor")',
      });
  }
  return problems;
}
