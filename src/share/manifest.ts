import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'astro/zod';
import type { CollectionName } from '../config/content-root.ts';
import { stageSinceOfData } from '../catalog/facts.ts';
import type { BuildMoment } from '../config/build-day.ts';
import type { DossierContext } from '../config/load.ts';
import { readDate, type IsoDate } from '../lib/dates.ts';
import { createApplicationSchema } from '../schemas/application.ts';
import type { PreparedNote } from './prepare-copy.ts';

/**
 * The mentor copies built so far, newest first, kept in the owner's content
 * root so it can be committed with the notes: `/changes/` compares the copy
 * being built with one of them. It holds only what the copies themselves
 * showed: shared notes' slugs, stages and dates, and a digest of each
 * prepared note.
 */
export interface Manifest {
  version: 2;
  copies: CopyRecord[];
}

/** What one mentor copy held. */
export interface CopyRecord {
  /** The day the copy was built. */
  built: IsoDate;
  notes: ManifestNote[];
}

export interface ManifestNote {
  collection: CollectionName;
  id: string;
  /** Applications: the stage key. */
  stage?: string;
  /** Applications: the day it reached `stage`, as the catalog says (`stageSince`), when the history tells. */
  stageDate?: IsoDate;
  /** SHA-256 of the prepared note: what the mentor can read of it. */
  digest: string;
}

/** What changed between two mentor copies, for the `/changes/` page. */
export interface Changes {
  /** The day of the copy compared with; absent for the first copy. */
  previous?: IsoDate;
  /** Shared for the first time. */
  added: Pick<ManifestNote, 'collection' | 'id'>[];
  /** Applications whose stage moved, with the day of the new stage when the history has it. */
  stages: { id: string; from: string; to: string; date?: IsoDate }[];
  /** Notes whose visible content changed (a stage change alone counts only above). */
  edited: Pick<ManifestNote, 'collection' | 'id'>[];
  /** Notes the earlier copy had and this one does not: a count only, since their names are private now. */
  removed: number;
}

/** How many copies the manifest remembers: enough to name the one a mentor last saw a few weeks back. */
export const MANIFEST_COPIES = 12;

const dayError = (iss: { input?: unknown }) => `found ${JSON.stringify(iss.input)}; expected a day such as 2026-11-20`;
const day = z
  .string({ error: dayError })
  .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && readDate(value).ok, { error: dayError })
  .transform((value) => value as IsoDate);
const NoteRecord = z.object({
  // Any collection's name: a collection added later is no damage to an older manifest.
  collection: z
    .string()
    .min(1)
    .transform((c) => c as CollectionName),
  id: z.string().min(1),
  stage: z.string().optional(),
  stageDate: day.optional(),
  digest: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 digest (64 hexadecimal digits)'),
});
const CopySchema = z.object({ built: day, notes: z.array(NoteRecord) });
const ManifestSchema = z.union([
  z.object({ version: z.literal(2), copies: z.array(CopySchema) }),
  // The first format: one copy.
  z
    .object({ version: z.literal(1), built: day, notes: z.array(NoteRecord) })
    .transform(({ built, notes }) => ({ version: 2 as const, copies: [{ built, notes }] })),
]);

/**
 * The manifest at `path`: none when there is no file; a `problem` (what is
 * wrong, where) when the file cannot be read or does not hold what a
 * manifest holds. A build treats a damaged manifest as "no earlier copy".
 */
export function readManifest(path: string): { manifest?: Manifest; problem?: string } {
  if (!existsSync(path)) return {};
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { problem: `not valid JSON (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
  }
  const parsed = ManifestSchema.safeParse(data);
  if (parsed.success) return { manifest: parsed.data as Manifest };
  // The union's own message says only "invalid input": name the issue of the format the file claims.
  const version = (data as { version?: unknown } | null)?.version;
  const claimed = (version === 1 ? ManifestSchema.options[1] : ManifestSchema.options[0]).safeParse(data);
  const issue = (claimed.success ? parsed.error : claimed.error).issues[0]!;
  const where = issue.path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
  return { problem: `${where || 'the file'}: ${issue.message}` };
}

/** Writes the manifest whole or not at all: a crash mid-write must not leave half a file to compare with. */
export function writeManifest(path: string, manifest: Manifest): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(temp, path);
}

/**
 * Moves a damaged manifest aside (`mentor-copy.json.damaged`, or `.damaged-2`…)
 * before a new one is written: the owner may have edited it by hand, and what
 * they wrote is not lost. Returns the new name.
 */
export function setAsideManifest(path: string): string {
  let target = `${path}.damaged`;
  for (let n = 2; existsSync(target); n++) target = `${path}.damaged-${n}`;
  renameSync(path, target);
  return target;
}

/**
 * This copy's record; an application's stage is read with the same schema the build uses, and the
 * day it reached that stage is the catalog's `stageSince` (src/catalog/facts.ts), on the build's moment.
 */
export function copyRecord(notes: readonly PreparedNote[], ctx: DossierContext, now: BuildMoment): CopyRecord {
  const schema = createApplicationSchema(ctx.stages);
  const records = notes.map((note): ManifestNote => {
    const entry: ManifestNote = { collection: note.collection, id: note.id, digest: note.digest };
    if (note.collection !== 'applications') return entry;
    const parsed = schema.safeParse(note.data);
    if (!parsed.success) return entry;
    const reached = stageSinceOfData(parsed.data, ctx.stages, now);
    return { ...entry, stage: parsed.data.stage, ...(reached && { stageDate: reached }) };
  });
  return {
    built: now.day,
    notes: records.sort((a, b) => `${a.collection}/${a.id}`.localeCompare(`${b.collection}/${b.id}`)),
  };
}

/** Whether two copies held the same notes with the same stages and content (field by field: key order does not matter). */
const sameNotes = (a: CopyRecord, b: CopyRecord) =>
  a.notes.length === b.notes.length &&
  a.notes.every((note, i) => {
    const other = b.notes[i]!;
    return (['collection', 'id', 'stage', 'stageDate', 'digest'] as const).every((key) => note[key] === other[key]);
  });

/**
 * The manifest after this copy, and the copy it is compared with. A copy
 * that holds exactly what the newest recorded one held is that copy again:
 * the record stays as it is and the comparison stays with the copy before
 * it, so building twice to check before sending changes nothing. `since`
 * pins the comparison to the newest recorded copy built on or before that
 * day (the one the mentor saw); undefined there is a `problem`.
 */
export function nextManifest(
  previous: Manifest | undefined,
  current: CopyRecord,
  since?: IsoDate,
): { manifest: Manifest; compareWith?: CopyRecord; problem?: string } {
  const copies = previous?.copies ?? [];
  const same = copies[0] !== undefined && sameNotes(copies[0], current);
  const manifest: Manifest = same
    ? { version: 2, copies }
    : { version: 2, copies: [current, ...copies].slice(0, MANIFEST_COPIES) };
  if (since !== undefined) {
    const pinned = copies.find((copy) => copy.built <= since);
    if (!pinned)
      return {
        manifest,
        problem: copies.length
          ? `no mentor copy was built on or before ${since}; the recorded copies are of ${copies.map((c) => c.built).join(', ')}`
          : `no earlier mentor copy is recorded, so there is none of ${since} to compare with`,
      };
    return { manifest, compareWith: pinned };
  }
  return { manifest, compareWith: same ? copies[1] : copies[0] };
}

/**
 * What changed from one copy to the next. `stages` are the pipeline's keys: an
 * earlier stage the manifest holds that is none of them (a hand-edited file)
 * is never shown, since /changes/ would print whatever text it holds; such a
 * note counts as edited.
 */
export function diffCopies(
  previous: CopyRecord | undefined,
  current: CopyRecord,
  stages: readonly string[] = [],
): Changes {
  if (!previous) return { added: [], stages: [], edited: [], removed: 0 };
  const key = (n: Pick<ManifestNote, 'collection' | 'id'>) => `${n.collection}/${n.id}`;
  const before = new Map(previous.notes.map((n) => [key(n), n]));
  const now = new Set(current.notes.map(key));
  const changes: Changes = { previous: previous.built, added: [], stages: [], edited: [], removed: 0 };
  for (const note of current.notes) {
    const old = before.get(key(note));
    if (!old) {
      changes.added.push({ collection: note.collection, id: note.id });
      continue;
    }
    const moved =
      note.stage !== undefined && old.stage !== undefined && note.stage !== old.stage && stages.includes(old.stage);
    if (moved)
      changes.stages.push({
        id: note.id,
        from: old.stage!,
        to: note.stage!,
        ...(note.stageDate && { date: note.stageDate }),
      });
    // A stage change rewrites the frontmatter, so the digest moves with it; it is listed once, as a stage change.
    else if (old.digest !== note.digest || note.stage !== old.stage)
      changes.edited.push({ collection: note.collection, id: note.id });
  }
  changes.removed = previous.notes.filter((n) => !now.has(key(n))).length;
  return changes;
}

/** Where a mentor build leaves its changes for the `/changes/` page: beside its prepared notes, in the cache. */
export const changesFile = (preparedFolder: string) => `${preparedFolder}.changes.json`;

/** The changes of this mentor build, as the dossier integration worked them out before the pages were built. */
export function readChanges(preparedFolder: string): Changes {
  return JSON.parse(readFileSync(changesFile(preparedFolder), 'utf8')) as Changes;
}
