import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NoteHeading } from './compile-note.ts';

/**
 * Where a precompiled note's HTML lives: one JSON file per compiled body in
 * the build's cache folder (one per audience, so owner HTML with its
 * `<Private>` blocks is never where a mentor build looks). The file name is
 * the compile key, so a file never changes once written and a stale one is
 * never read: a changed body, plugin or setting has another key.
 */

/** What a side file holds. */
export interface CompiledNote {
  headings: NoteHeading[];
  html: string;
  /** The body as compiled (the prepared, redacted one in a mentor build); the data store does not keep it. */
  body: string;
}

/** The metadata key under which a precompiled entry keeps its compile key (`entry.rendered.metadata`). */
export const COMPILE_KEY = 'dossierCompileKey';

/** The folder of one collection's side files. */
export const sideFolder = (cacheDir: string, collection: string) => join(cacheDir, 'dossier-notes', collection);

export const sideFile = (cacheDir: string, collection: string, key: string) =>
  join(sideFolder(cacheDir, collection), `${key}.json`);

/** Writes a side file atomically: a build that stops halfway leaves no half-written file under a valid name. */
export function writeSideFile(path: string, note: CompiledNote): void {
  mkdirSync(join(path, '..'), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(note));
  renameSync(temp, path);
}

export function readSideFile(path: string): CompiledNote {
  return JSON.parse(readFileSync(path, 'utf8')) as CompiledNote;
}
