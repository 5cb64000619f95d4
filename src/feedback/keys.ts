import { closeCandidates } from '../lib/suggest.ts';

/**
 * A note's key: its collection folder and its id, `applications/umbra-speech-scientist`.
 * A mentor copy's page shows it; a feedback file's section headings name notes by it.
 */
export type NoteKey = `${FeedbackCollection}/${string}`;

/** The collections whose notes have pages of their own, and so can get feedback. */
export const FEEDBACK_COLLECTIONS = ['applications', 'articles'] as const;
export type FeedbackCollection = (typeof FEEDBACK_COLLECTIONS)[number];

export const noteKey = (collection: FeedbackCollection, id: string): NoteKey => `${collection}/${id}`;

export type KeyResult = { ok: true; key: NoteKey } | { ok: false; message: string };

const HOW =
  "a section names a note as applications/<file name> or articles/<file name>, as the note's page in the mentor copy shows it";

/**
 * The note a written key means, among `keys`: `applications/<id>` as the
 * copy shows it; the page's address (`https://…/applications/<id>/`, its
 * prep sheet's too), since a mentor may paste that; or the bare `<id>` when
 * exactly one note has it. Anything else is refused with what was found,
 * the likely key and what is allowed.
 */
export function resolveNoteKey(written: string, keys: ReadonlySet<string>): KeyResult {
  const text = written.trim().replace(/^<(.*)>$/, '$1');
  if (text === '') return { ok: false, message: `found nothing; ${HOW}` };
  const path = text
    .replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '')
    .split(/[?#]/)[0]!
    .split('/')
    .filter(Boolean);
  const at = path.findIndex((segment) => (FEEDBACK_COLLECTIONS as readonly string[]).includes(segment));
  let candidates: string[];
  if (at >= 0 && at + 1 < path.length && path.length - at - 2 <= 1 && (path[at + 2] ?? 'prep') === 'prep') {
    candidates = [`${path[at]}/${safeDecode(path[at + 1]!)}`];
  } else if (path.length === 1 && !text.includes('/')) {
    candidates = FEEDBACK_COLLECTIONS.map((c) => `${c}/${text}`).filter((key) => keys.has(key));
    if (candidates.length > 1)
      return {
        ok: false,
        message: `found "${written}", the name of ${candidates.length} notes (${candidates.join(', ')}); write the one you mean in full`,
      };
    if (candidates.length === 0) candidates = [`applications/${text}`];
  } else {
    const companies =
      path[0] === 'companies' ? '; feedback is about an application or an article, which have pages of their own' : '';
    return { ok: false, message: `found "${written}", which names no note${hint(text, keys)}${companies}; ${HOW}` };
  }
  const key = candidates[0]!;
  if (keys.has(key)) return { ok: true, key: key as NoteKey };
  return { ok: false, message: `found "${written}", but no note has that key${hint(key, keys)}; ${HOW}` };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** ` (did you mean "applications/…"?)` when a key is close, else nothing. */
function hint(text: string, keys: ReadonlySet<string>): string {
  const all = [...keys].sort();
  const id = text.split('/').at(-1) ?? text;
  const near =
    // A typo in the key, the right name under the other collection, or a typo in a bare name.
    closeCandidates(text, all)[0] ??
    all.find((key) => key.endsWith(`/${id}`)) ??
    all.find((key) =>
      key.endsWith(
        `/${
          closeCandidates(
            id,
            all.map((k) => k.slice(k.indexOf('/') + 1)),
          )[0]
        }`,
      ),
    );
  return near ? ` (did you mean "${near}"?)` : '';
}
