import type { UserConfig } from '../config/schema.ts';
import type { Audience } from '../config/settings.ts';
import type { IsoDate } from '../lib/dates.ts';
import type { FeedbackFileData } from '../feedback/check.ts';
import type { FeedbackStatus } from '../feedback/format.ts';
import { noteKey, resolveNoteKey, type NoteKey } from '../feedback/keys.ts';
import { isVisible } from '../notes/audience.ts';
import { visibleBody } from '../notes/private-blocks.ts';
import type { ApplicationNote, ArticleNote } from './types.ts';

/** One comment of a feedback file, on the note it is about. */
export interface FeedbackComment<E = unknown> {
  /** `2026-12-06-anna.md:7`: the file and the line of its heading. */
  id: string;
  key: NoteKey;
  note: ApplicationNote<E> | ArticleNote<E>;
  /** The file's path inside `feedback/`. */
  file: string;
  line: number;
  from?: string;
  date?: IsoDate;
  status: FeedbackStatus;
  /** The comment's text, Markdown written by the mentor (pages render it without raw HTML); a mentor's has no `<Private>` blocks. */
  markdown: string;
}

/**
 * The comments of the feedback files on the notes of this catalog, newest
 * file first, then in file order. The audience rule applies once more, as to
 * notes: a mentor's catalog keeps only files the owner shares (the mentor
 * build loads no other), and every audience only the comments on notes it
 * has, so a comment never names a note the audience cannot see.
 */
export function attachFeedback<E>(
  files: readonly FeedbackFileData[],
  applications: readonly ApplicationNote<E>[],
  articles: readonly ArticleNote<E>[],
  audience: Audience,
  config: Pick<UserConfig, 'share'>,
): FeedbackComment<E>[] {
  const notes = new Map<string, ApplicationNote<E> | ArticleNote<E>>([
    ...applications.map((a) => [noteKey('applications', a.id), a] as const),
    ...articles.map((a) => [noteKey('articles', a.id), a] as const),
  ]);
  const keys = new Set(notes.keys());
  const newest = [...files]
    .filter((file) => isVisible(file.share, audience, config))
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return newest.flatMap((file) =>
    file.comments.flatMap((comment): FeedbackComment<E>[] => {
      const key = resolveNoteKey(comment.written, keys);
      if (!key.ok) return [];
      return [
        {
          id: `${file.name}:${comment.line}`,
          key: key.key,
          note: notes.get(key.key)!,
          file: file.name,
          line: comment.line,
          ...(file.from !== undefined ? { from: file.from } : {}),
          ...(file.date !== undefined ? { date: file.date } : {}),
          status: comment.status,
          // Without its `<Private>` blocks for a mentor, as a note's body (the copy has none left anyway).
          markdown: visibleBody(comment.markdown, file.name, audience),
        },
      ];
    }),
  );
}

/** What a page shows of its comments, without the note they are on: part of the page's cache key. */
export function feedbackSummary<E>(comments: readonly FeedbackComment<E>[]): Omit<FeedbackComment<E>, 'note'>[] {
  return comments.map(({ note: _note, ...rest }) => rest);
}
