import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import type { CollectionName } from '../config/content-root.ts';
import type { DossierContext } from '../config/load.ts';
import type { IsoDate } from '../lib/dates.ts';
import { createApplicationSchema } from '../schemas/application.ts';
import type { StagedNote } from './stage-notes.ts';

/**
 * What one mentor copy held, kept in the owner's content root so it can be
 * committed with the notes: the next copy compares itself with it and lists
 * what changed (`/changes/`). It holds only what the copy itself showed:
 * shared notes' slugs, stages and dates, and a digest of each staged note.
 */
export interface Manifest {
  version: 1;
  /** The day the copy was built. */
  built: IsoDate;
  notes: ManifestNote[];
}

export interface ManifestNote {
  collection: CollectionName;
  id: string;
  /** Applications: the stage key. */
  stage?: string;
  /** Applications: the day the note's history says it reached `stage`. */
  stageDate?: IsoDate;
  /** SHA-256 of the staged note: what the mentor can read of it. */
  digest: string;
}

/** What changed between two mentor copies, for the `/changes/` page. */
export interface Changes {
  /** The previous copy's day; absent for the first copy. */
  previous?: IsoDate;
  /** Shared for the first time. */
  added: Pick<ManifestNote, 'collection' | 'id'>[];
  /** Applications whose stage moved, with the day of the new stage when the history has it. */
  stages: { id: string; from: string; to: string; date?: IsoDate }[];
  /** Notes whose visible content changed (a stage change alone counts only above). */
  edited: Pick<ManifestNote, 'collection' | 'id'>[];
  /** Notes the previous copy had and this one does not: a count only, since their names are private now. */
  removed: number;
}

/** The manifest's file: `DOSSIER_SHARE_MANIFEST`, else `mentor-copy.json` in the content root. */
export function manifestPath(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.DOSSIER_SHARE_MANIFEST?.trim() || join(root, 'mentor-copy.json');
}

/** The staged notes as a manifest; an application's stage is read with the same schema the build uses. */
export function manifestOf(staged: readonly StagedNote[], ctx: DossierContext, built: IsoDate): Manifest {
  const schema = createApplicationSchema(ctx.stages);
  const notes = staged.map((note): ManifestNote => {
    const entry: ManifestNote = { collection: note.collection, id: note.id, digest: note.digest };
    if (note.collection !== 'applications') return entry;
    const yaml = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(note.staged, 'utf8'))?.[1] ?? '';
    const parsed = schema.safeParse(loadYaml(yaml) ?? {});
    if (!parsed.success) return entry;
    const { stage, history } = parsed.data;
    const reached = history
      .filter((h) => h.stage === stage)
      .map((h) => h.date)
      .sort()
      .at(-1);
    return { ...entry, stage, ...(reached && { stageDate: reached }) };
  });
  return {
    version: 1,
    built,
    notes: notes.sort((a, b) => `${a.collection}/${a.id}`.localeCompare(`${b.collection}/${b.id}`)),
  };
}

/** The previous manifest, or undefined when there is none or it cannot be read (the changes page then says so). */
export function readManifest(path: string): Manifest | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
    return data?.version === 1 && Array.isArray(data.notes) ? data : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the manifest whole or not at all: a crash mid-write must not leave half a file to compare with. */
export function writeManifest(path: string, manifest: Manifest): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(temp, path);
}

/** What changed from one copy to the next. */
export function diffManifests(previous: Manifest | undefined, current: Manifest): Changes {
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
    const moved = note.stage !== undefined && old.stage !== undefined && note.stage !== old.stage;
    if (moved)
      changes.stages.push({
        id: note.id,
        from: old.stage!,
        to: note.stage!,
        ...(note.stageDate && { date: note.stageDate }),
      });
    // A stage change rewrites the frontmatter, so the digest moves with it; it is listed once, as a stage change.
    else if (old.digest !== note.digest) changes.edited.push({ collection: note.collection, id: note.id });
  }
  changes.removed = previous.notes.filter((n) => !now.has(key(n))).length;
  return changes;
}

/** Where a mentor build leaves its changes for the `/changes/` page: beside its staged notes, in the cache. */
export const changesFile = (stagedRoot: string) => `${stagedRoot}.changes.json`;

/** The changes of this mentor build, as the dossier integration computed them before the pages were built. */
export function readChanges(stagedRoot: string): Changes {
  return JSON.parse(readFileSync(changesFile(stagedRoot), 'utf8')) as Changes;
}
