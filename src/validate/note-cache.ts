import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { hashCodeFolders } from '../lib/code-digest.ts';
import type { Problem } from '../lib/problems.ts';
import type { StoryMentionAt } from './check-note.ts';

/** What checking one note on its own found, as stored: everything but the functions. */
export interface StoredCheck {
  problems: Problem[];
  data?: Record<string, unknown>;
  bodyLine: number;
  /** The stories its debriefs name, for the check across notes (src/interview/debriefs.ts). */
  storyMentions?: StoryMentionAt[];
}

interface StoredFile {
  salt: string;
  entries: [string, StoredCheck][];
}

/** What each note's check reads besides the note: validation's own code and what it runs on (in src/). */
const SOURCE_ROOT = fileURLToPath(new URL('..', import.meta.url));
const VALIDATOR_SOURCES = ['validate', 'schemas', 'lib', 'config', 'notes', 'interview'];

/**
 * The part of a cache key every note shares: the code of validation, the
 * schemas and the configuration loader, the packages that code imports (the
 * YAML, MDX and zod versions, by src/lib/code-digest.ts's one rule), and the
 * configuration itself (its stages shape the schema). Any change there makes
 * every stored result stale.
 */
export function validatorSalt(configText: string, options: unknown): string {
  const hash = createHash('sha256').update('dossier-note-check-1\0');
  hash
    .update(JSON.stringify(options ?? null))
    .update('\0')
    .update(configText)
    .update('\0');
  return hashCodeFolders(hash, SOURCE_ROOT, VALIDATOR_SOURCES).digest('hex');
}

/**
 * Results of checking each note on its own (encoding, frontmatter, schema,
 * MDX compile), kept between builds and keyed by the note's digest: a
 * one-note edit re-checks one note. The checks across notes always run
 * over all of them, from these results. A note whose check depends on
 * other files (its own `import`s) is never stored, and neither is a check
 * that failed unexpectedly.
 *
 * Stored with `v8.serialize`, so the data reads back exactly as the schema
 * produced it (`undefined` fields included), which JSON would not.
 */
export class NoteCheckCache {
  readonly #file: string;
  readonly #salt: string;
  readonly #stored = new Map<string, StoredCheck>();
  readonly #used = new Map<string, StoredCheck>();
  /** Notes whose stored result was used in this run. */
  reused = 0;

  constructor(file: string, salt: string) {
    this.#file = file;
    this.#salt = salt;
    try {
      const stored = deserialize(readFileSync(file)) as StoredFile;
      if (stored.salt === salt) for (const [key, check] of stored.entries) this.#stored.set(key, check);
    } catch {
      // No stored results yet, or unreadable ones: every note is checked.
    }
  }

  /** The key of a note: where it is, how messages name it, and its bytes. */
  static keyOf(collection: string, path: string, shown: string, bytes: Uint8Array): string {
    return createHash('sha256').update(`${collection}\0${path}\0${shown}\0`).update(bytes).digest('hex');
  }

  get(key: string): StoredCheck | undefined {
    const check = this.#stored.get(key);
    if (check) {
      this.reused++;
      this.#used.set(key, check);
    }
    return check;
  }

  set(key: string, check: StoredCheck): void {
    this.#used.set(key, {
      problems: check.problems,
      data: check.data,
      bodyLine: check.bodyLine,
      ...(check.storyMentions ? { storyMentions: check.storyMentions } : {}),
    });
  }

  /** Writes the results used in this run (and only those: deleted notes leave). */
  save(): void {
    mkdirSync(dirname(this.#file), { recursive: true });
    const temporary = `${this.#file}.${process.pid}.tmp`;
    writeFileSync(temporary, serialize({ salt: this.#salt, entries: [...this.#used] } satisfies StoredFile));
    renameSync(temporary, this.#file);
  }
}
