import { readFeedback, type WrittenComment } from '../feedback/format.ts';
import { resolveNoteKey, type NoteKey } from '../feedback/keys.ts';

/** Which comments of a file to mark addressed: those on `key`, narrowed to the one at `line`, or all of them. */
export interface ResolveTarget {
  key: NoteKey;
  /** Every note key of the archive, to read the file's headings with. */
  keys: ReadonlySet<string>;
  /** The line of the comment's heading (or of `about:`), when the file has several open ones on the note. */
  line?: number;
  /** Mark every open comment on the note. */
  all?: boolean;
}

export type ResolveResult =
  | {
      ok: true;
      /** The new text; undefined when nothing had to change (every comment already addressed). */
      text?: string;
      /** The lines of the comments marked addressed now, and of those that already were. */
      resolved: number[];
      already: number[];
    }
  | { ok: false; message: string };

const byHand = (c: Pick<WrittenComment, 'line'>) =>
  `to mark it by hand, make "status: addressed" the first line under the heading on line ${c.line}`;

/**
 * Marks comments of a feedback file addressed, as a minimal text edit: a
 * `status:` value is replaced where it stands, or a `status: addressed` line
 * (and a blank line) goes in before the comment's first line of text. Every
 * other byte (the other comments, spacing, line endings, a BOM) stays as it
 * was. The result is read again and must hold the same comments with the
 * same text, only these marked addressed; anything else refuses the edit,
 * saying why, and the caller leaves the file untouched. So does a file with
 * a mistake in it, a note it has no comment on, and several open comments on
 * the note when neither `line` nor `all` says which.
 */
export function resolveFeedback(source: string, shown: string, target: ResolveTarget): ResolveResult {
  const before = readFeedback(source, shown);
  const error = before.problems.find((p) => p.severity === 'error');
  if (error)
    return {
      ok: false,
      message: `line ${error.line}: ${error.message}; fix it first (npm run validate lists every problem)`,
    };
  const keyOf = (c: WrittenComment) => {
    const key = resolveNoteKey(c.written, target.keys);
    return key.ok ? key.key : undefined;
  };
  const onNote = before.comments.filter((c) => keyOf(c) === target.key);
  if (onNote.length === 0) {
    const named = [...new Set(before.comments.map(keyOf).filter((k) => k !== undefined))];
    return {
      ok: false,
      message: `has no comment on ${target.key}${named.length ? `; its comments are on ${named.join(', ')}` : '; it has no comment at all'}`,
    };
  }
  let chosen = onNote;
  if (target.line !== undefined) {
    chosen = onNote.filter((c) => c.line === target.line);
    if (chosen.length === 0)
      return {
        ok: false,
        message: `has no comment on ${target.key} at line ${target.line}; its comments on it start at line ${onNote.map((c) => c.line).join(', ')}`,
      };
  }
  const open = chosen.filter((c) => c.status === 'open');
  const already = chosen.filter((c) => c.status === 'addressed').map((c) => c.line);
  if (open.length === 0) return { ok: true, resolved: [], already };
  if (open.length > 1 && !target.all)
    return {
      ok: false,
      message: `has ${open.length} open comments on ${target.key} (lines ${open.map((c) => c.line).join(', ')}); add --line ${open[0]!.line} to mark one, or --all to mark every one`,
    };

  const eol = source.includes('\r\n') ? '\r\n' : source.includes('\r') ? '\r' : '\n';
  // Edits as [offset, deleteCount, insert], applied from the end so earlier offsets stay right.
  const edits = open.map((c): [number, number, string] =>
    c.statusAt
      ? [c.statusAt.start, c.statusAt.end - c.statusAt.start, 'addressed']
      : [c.insertAt, 0, `status: addressed${eol}${eol}`],
  );
  let text = source;
  for (const [at, del, ins] of edits.sort((a, b) => b[0] - a[0])) text = text.slice(0, at) + ins + text.slice(at + del);

  // Read again: the same comments, in the same order, with the same text; only these marked addressed.
  const after = readFeedback(text, shown);
  const marked = new Set(open);
  const same =
    after.problems.length === before.problems.length &&
    after.comments.length === before.comments.length &&
    after.comments.every((c, i) => {
      const was = before.comments[i]!;
      return (
        c.written === was.written &&
        c.markdown === was.markdown &&
        c.fromAbout === was.fromAbout &&
        c.status === (marked.has(was) ? 'addressed' : was.status)
      );
    });
  if (!same)
    return {
      ok: false,
      message: `could not be marked without changing something else in the file; ${byHand(open[0]!)}`,
    };
  return { ok: true, text, resolved: open.map((c) => c.line), already };
}
