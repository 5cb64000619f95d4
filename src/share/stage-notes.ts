import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { stringify } from 'yaml';
import type { CollectionName } from '../config/content-root.ts';
import type { DossierContext } from '../config/load.ts';
import type { Problem } from '../lib/problems.ts';
import { isVisible } from '../notes/audience.ts';
import { CONFIG_FILE } from '../config/load.ts';
import { collectionTable } from '../schemas/collections.ts';
import type { NoteFile } from '../notes/note-files.ts';
import { redactNote, splitSource, type Reference } from './redact-note.ts';
import { bodyFormat } from '../notes/private-blocks.ts';
import { sharedFeedback } from '../feedback/stage.ts';
import { FEEDBACK_COLLECTIONS, noteKey } from '../feedback/keys.ts';
import { hideUnsharedStories } from '../interview/story-refs.ts';

/** A note of the mentor copy, as staged for the build. */
export interface StagedNote {
  collection: CollectionName;
  id: string;
  /** The owner's file. */
  source: string;
  /** The staged copy the mentor build reads. */
  staged: string;
  /** SHA-256 of the staged copy: what the mentor can see of the note changed when this did. */
  digest: string;
}

export interface StageResult {
  /** The folder the mentor build reads its notes from. */
  root: string;
  notes: StagedNote[];
  /** Files copied because a shared note shows them (images). */
  assets: string[];
  problems: Problem[];
}

// Extensions Vite tries for an import written without one.
const IMPORT_EXTENSIONS = ['', '.mjs', '.js', '.mts', '.ts', '.jsx', '.tsx', '.json', '.astro', '.mdx', '.md'];
const IS_URL = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i;
const IS_NOTE = /\.mdx?$/i;

const inside = (root: string, path: string) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
const asSpecifier = (path: string) => (path.startsWith('.') ? path : `./${path}`);

function readShare(source: string): { share: unknown; data: Record<string, unknown> } {
  const split = splitSource(source);
  try {
    // Read as Astro's loader reads it (js-yaml): a `share` that a merge key (<<) sets is the one the build sees.
    const data = (split ? loadYaml(split.yaml) : undefined) as Record<string, unknown> | null | undefined;
    return { share: data?.share, data: data && typeof data === 'object' ? data : {} };
  } catch {
    // Unreadable frontmatter shares nothing (the validator has already refused the note).
    return { share: undefined, data: {} };
  }
}

/**
 * Writes the notes the mentor may see into a folder of their own, from which
 * the mentor build loads its collections. This is the one step that decides
 * what goes into the shared copy, and it fails closed: a note that is not
 * marked shareable is not in the folder at all, so neither its text nor an
 * image or file it imports can be bundled, indexed or counted, whatever a
 * page or plugin does later.
 *
 * Each shared note is redacted on its parsed tree (`redact-note.ts`). The
 * files it refers to are then resolved from the owner's folder:
 * - a Markdown image inside the content root is copied next to the staged
 *   note (the build then bundles exactly the images of shared notes); one
 *   outside the content root is an error, since the copy takes nothing from
 *   elsewhere without the user moving it in;
 * - an import of a shared note points at that note's staged, redacted copy;
 *   an import of any other Markdown file under the content root is an error;
 * - any other import (a component, a data file) points at the original file.
 * An unshared company note is staged as its name and aliases only, so names
 * group the same way in both copies; its page is never built.
 */
export function stageSharedNotes(ctx: DossierContext, files: readonly NoteFile[], stagedRoot?: string): StageResult {
  const { root, config } = ctx;
  const problems: Problem[] = [];
  const shared = new Map<string, NoteFile>();
  const written = new Map<string, string>();
  // Without a folder (npm run validate) nothing is written; paths are worked out as if it were.
  const target = stagedRoot ?? join(root, '.staged');
  const stagedPathOf = (file: NoteFile) => join(target, relative(root, file.path));
  const sources = new Map<string, string>();

  for (const file of files) {
    const source = readFileSync(file.path, 'utf8');
    sources.set(file.path, source);
    const { share, data } = readShare(source);
    if (isVisible(share, 'mentor', config)) shared.set(file.path, file);
    else if (file.collection === 'companies' && typeof data.name === 'string') {
      const aliases = Array.isArray(data.aliases) ? data.aliases.filter((a) => typeof a === 'string') : [];
      written.set(stagedPathOf(file), `---\n${stringify({ name: data.name, aliases, share: false })}---\n`);
    }
  }

  problems.push(...requiredPrivateFields(ctx));
  const sharedStories = new Set([...shared.values()].filter((f) => f.collection === 'stories').map((f) => f.id));
  const notes: StagedNote[] = [];
  const assets = new Map<string, string>();
  for (const file of shared.values()) {
    const problem = (line: number, severity: Problem['severity'], message: string) =>
      problems.push({ file: file.shown, line, column: 1, field: 'body', severity, message });
    const redacted = redactNote(sources.get(file.path)!, bodyFormat(file.path), config.share.privateFields);
    for (const p of redacted.problems) problem(p.line, p.severity, p.message);
    const staged = stagedPathOf(file);
    const from = dirname(file.path);

    const resolveModule = (ref: Reference): string | undefined => {
      const [path, query = ''] = splitQuery(ref.specifier);
      if (!path.startsWith('.') && !path.startsWith('/')) return undefined; // A package.
      const candidates = path.startsWith('/') ? [path, join(process.cwd(), path)] : [resolve(from, path)];
      const target = candidates
        .flatMap((c) => IMPORT_EXTENSIONS.map((ext) => c + ext))
        .find((c) => existsSync(c) && statSync(c).isFile());
      if (!target) return undefined; // The validator reports a missing file for the owner too; Vite names it.
      if (!inside(root, target)) return asSpecifier(relative(dirname(staged), target)) + query;
      if (path.startsWith('/')) {
        problem(
          ref.line,
          'error',
          `imports "${ref.specifier}" by an absolute path into the content root; write a relative import`,
        );
        return undefined;
      }
      const note = shared.get(target);
      if (note) return asSpecifier(relative(dirname(staged), stagedPathOf(note))) + query;
      if (IS_NOTE.test(target)) {
        problem(
          ref.line,
          'error',
          `imports "${ref.specifier}", which is not a shared note; share it too, or remove the import from this shared note`,
        );
        return undefined;
      }
      return asSpecifier(relative(dirname(staged), target)) + query;
    };

    for (const ref of redacted.references) {
      if (ref.kind !== 'image' || IS_URL.test(ref.specifier) || ref.specifier.startsWith('/')) continue;
      const [path] = splitQuery(ref.specifier);
      let image: string;
      try {
        image = resolve(from, decodeURI(path));
      } catch {
        continue;
      }
      if (!existsSync(image) || !statSync(image).isFile()) continue;
      if (!inside(root, image)) {
        problem(
          ref.line,
          'error',
          `shows "${ref.specifier}", a file outside the content root ${root}; the mentor copy only takes files from inside it: move the file in`,
        );
        continue;
      }
      if (IS_NOTE.test(image)) continue;
      assets.set(join(target, relative(root, image)), image);
    }
    // A debrief that names a story the copy leaves out must not name it (its file name says what it is about).
    const rewritten = redacted.rewriteModules(resolveModule);
    const text =
      file.collection === 'applications'
        ? hideUnsharedStories(rewritten, bodyFormat(file.path), sharedStories, ctx.stages)
        : rewritten;
    written.set(staged, text);
    notes.push({
      collection: file.collection,
      id: file.id,
      source: file.path,
      staged,
      digest: createHash('sha256').update(text).digest('hex'),
    });
  }

  // Feedback files the owner shares, with only their comments on notes shared here (src/feedback/stage.ts).
  const sharedKeys = new Set(
    [...shared.values()].flatMap((f) =>
      (FEEDBACK_COLLECTIONS as readonly string[]).includes(f.collection)
        ? [noteKey(f.collection as (typeof FEEDBACK_COLLECTIONS)[number], f.id)]
        : [],
    ),
  );
  for (const feedback of sharedFeedback(root, config, sharedKeys))
    written.set(join(target, relative(root, feedback.path)), feedback.text);

  const result = { root: target, notes, assets: [...assets.values()], problems };
  if (stagedRoot && !problems.some((p) => p.severity === 'error')) syncFolder(stagedRoot, written, assets);
  return result;
}

/**
 * A private field that a collection requires cannot leave a shared note: the
 * staged note would fail its schema. Said once, about the configuration.
 */
function requiredPrivateFields(ctx: DossierContext): Problem[] {
  const table = collectionTable(ctx.stages);
  const problems: Problem[] = [];
  for (const [i, field] of ctx.config.share.privateFields.entries()) {
    const requiring = Object.values(table).filter(({ schema }) => {
      const shape = schema.shape as Record<string, { safeParse(value: unknown): { success: boolean } }>;
      return field in shape && !shape[field]!.safeParse(undefined).success;
    });
    if (requiring.length === 0) continue;
    problems.push({
      file: relative(process.cwd(), join(ctx.root, CONFIG_FILE)) || join(ctx.root, CONFIG_FILE),
      line: 1,
      column: 1,
      field: `share.privateFields[${i}]`,
      severity: 'error',
      message: `"${field}" is required in every ${requiring.map((c) => c.kind).join(' and ')}, so a shared note cannot leave it out; remove it from share.privateFields, or keep such notes private`,
    });
  }
  return problems;
}

function splitQuery(specifier: string): [string, string] {
  const at = specifier.search(/[?#]/);
  return at === -1 ? [specifier, ''] : [specifier.slice(0, at), specifier.slice(at)];
}

/**
 * Makes `folder` hold exactly these files: rewrites only what changed (the
 * content layer and incremental builds then see unchanged notes as
 * unchanged) and deletes everything else, so a note that stopped being shared
 * leaves no copy behind.
 */
function syncFolder(folder: string, texts: Map<string, string>, copies: Map<string, string>): void {
  mkdirSync(folder, { recursive: true });
  for (const [path, text] of texts) {
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  for (const [path, original] of copies) {
    const from = statSync(original);
    if (existsSync(path)) {
      const to = statSync(path);
      if (to.size === from.size && to.mtimeMs === from.mtimeMs) continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    copyFileSync(original, path);
    utimesSync(path, from.atime, from.mtime);
  }
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() && !texts.has(path) && !copies.has(path)) rmSync(path);
    else if (!entry.isFile() && !entry.isDirectory()) rmSync(path, { force: true });
  }
}

/** Where a build's staged mentor notes live: inside its cache folder, never in the output. */
export function stagedNotesFolder(cacheDir: string): string {
  return isAbsolute(cacheDir) ? join(cacheDir, 'shared-notes') : resolve(cacheDir, 'shared-notes');
}

/** Set by the dossier integration once the mentor's notes are staged; read by the content collections. */
export const STAGED_NOTES_ENV = 'DOSSIER_STAGED_NOTES';

/**
 * The folder the collections load for a mentor build. Fails closed: without
 * a staged folder, a mentor build would read the owner's whole archive.
 */
export function mentorNotesRoot(env: NodeJS.ProcessEnv = process.env): string {
  const root = env[STAGED_NOTES_ENV];
  if (!root)
    throw new Error(
      'The mentor build reads only staged, shared notes, and none were staged; build it with npm run build:share.',
    );
  return root;
}
