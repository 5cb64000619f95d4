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
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import type { CollectionName } from '../config/content-root.ts';
import { CONFIG_FILE, type DossierContext } from '../config/load.ts';
import { loaderData, locateIn, readYaml, splitFrontmatter } from '../lib/frontmatter.ts';
import type { Problem } from '../lib/problems.ts';
import { didYouMean } from '../lib/suggest.ts';
import { isVisible } from '../notes/audience.ts';
import { fileKind, followReferences, isInside, isLink, resolveRelative, splitQuery } from '../notes/code-graph.ts';
import type { NoteFile } from '../notes/note-files.ts';
import { bodyFormat, privateSpans, removePrivateBlocks } from '../notes/private-blocks.ts';
import { ALL_FIELDS, FEEDBACK_SENSITIVITY, fieldSensitivity, withheldExtraKeys } from '../notes/sensitivity.ts';
import { collectionTable } from '../schemas/collections.ts';
import { hideUnsharedStories } from '../interview/story-refs.ts';
import { fileData, readFeedbackText } from '../feedback/check.ts';
import { findFeedbackFiles } from '../feedback/files.ts';
import { readFeedback } from '../feedback/format.ts';
import { FEEDBACK_COLLECTIONS, noteKey, resolveNoteKey } from '../feedback/keys.ts';
import { contactDetails } from './contact-details.ts';
import { ContactNames, type Contact } from './contact-names.ts';
import { redactNote } from './redact-note.ts';

/** A note of the mentor copy, as prepared for the build. */
export interface PreparedNote {
  collection: CollectionName;
  id: string;
  /** The owner's file. */
  source: string;
  /** Its path in the prepared folder, relative to it. */
  path: string;
  /** Its frontmatter as the copy has it. */
  data: Record<string, unknown>;
  /** SHA-256 of the prepared note: what the mentor can see of the note changed when this did. */
  digest: string;
}

/** The mentor copy's notes and files, worked out once per build and written by `writePreparedCopy`. */
export interface PreparedCopy {
  notes: PreparedNote[];
  /** Text files of the prepared folder: relative path → text. */
  texts: Map<string, string>;
  /** Files copied into it as they are (images, stylesheets, components): relative path → the owner's file. */
  copies: Map<string, string>;
  problems: Problem[];
}

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];

/**
 * Works out the mentor copy's notes: the one step that decides what goes into
 * the shared copy, and it fails closed. A note that is not marked shareable is
 * not in the copy at all, so neither its text nor an image or file it imports
 * can be bundled, indexed or counted, whatever a page or plugin does later.
 *
 * Each shared note is redacted on its parsed tree (`redact-note.ts`): fields
 * by the sensitivity table, `<Private>` blocks, contacts' names. What it then
 * shows and imports is followed from the owner's folder
 * (`src/notes/code-graph.ts`) and copied next to it, so the prepared folder is
 * a content root of its own that nothing outside it reaches:
 * - an image inside the content root is copied; one outside is an error;
 * - a stylesheet or component is copied when everything it reaches is, and it
 *   does nothing that could read a note or a file; anything else is an error
 *   naming the chain of imports that leads to it;
 * - an import of another shared note finds that note's prepared copy; an
 *   import of an unshared note is an error.
 * An unshared company note is kept as its name and aliases only, so names
 * group the same way in both copies; its page is never built.
 *
 * Each note is read and parsed once. Nothing is written here:
 * `writePreparedCopy` does that for a build, and `npm run validate` only
 * reports the problems.
 */
export function prepareCopy(ctx: DossierContext, files: readonly NoteFile[]): PreparedCopy {
  const { root, config } = ctx;
  const problems: Problem[] = [...configProblems(ctx)];
  const texts = new Map<string, string>();
  const copies = new Map<string, string>();
  const notes: PreparedNote[] = [];
  const relativePath = (path: string) => relative(root, path);

  const read = files.map((file) => {
    const source = readFileSync(file.path, 'utf8');
    const split = splitFrontmatter(source);
    // Read as Astro's loader reads it (js-yaml): a `share` that a merge key (<<) sets is the one the build sees.
    // Unreadable frontmatter shares nothing (the validator has already refused the note).
    const data = split.ok ? record(loaderData(split.yaml)) : {};
    return { file, source, data, shared: split.ok && isVisible(data.share, 'mentor', config) };
  });
  const shared = new Set(read.filter((n) => n.shared).map((n) => n.file.path));
  // A link to a note the copy leaves out keeps its text, not its address (the slug says what it is about).
  const unsharedNotes = new Set(
    read
      .filter((n) => !n.shared)
      .flatMap((n) => [n.file.id, basename(n.file.path).replace(/\.mdx?$/i, '')])
      .flatMap((name) => [name, name.toLowerCase()]),
  );

  const contacts: Contact[] = [];
  const sharedNames: string[] = [];
  for (const { file, data, shared: isShared } of read) {
    if (file.collection === 'applications')
      for (const c of Array.isArray(data.contacts) ? data.contacts : []) {
        const contact = record(c);
        if (typeof contact.name === 'string')
          contacts.push({
            name: contact.name,
            ...(typeof contact.role === 'string' && { role: contact.role }),
            ...(typeof contact.email === 'string' && { email: contact.email }),
            note: file.path,
          });
      }
    // A phone number or address the copy withholds (an extra property) may be repeated in shared text.
    for (const key of withheldExtraKeys(file.collection, data, config.share))
      for (const value of strings(record(data.extra)[key]))
        for (const detail of contactDetails(value))
          contacts.push({ name: detail.text, phrase: detail.phrase, note: file.path });
    // Company notes group names in both copies; the `shared` fields of shared notes (the sensitivity
    // table) name things the copy shows as they are: a contact's name inside one is left alone.
    if (isShared || file.collection === 'companies') {
      for (const [field, value] of Object.entries(data))
        if (fieldSensitivity(file.collection, field, config.share) === 'shared') sharedNames.push(...strings(value));
      if (isShared && file.collection === 'applications' && typeof data.position === 'string')
        sharedNames.push(typeof data.roleFamily === 'string' ? data.roleFamily : ctx.roleFamilyOf(data.position));
    }
  }
  sharedNames.push(config.title, config.unsortedFamily, ...config.roleFamilies.map((f) => f.name));
  for (const stage of config.stages) sharedNames.push(stage.label, ...stage.aliases);
  const names = config.share.replaceContactNames ? new ContactNames(contacts, sharedNames) : undefined;

  const sharedStories = new Set(read.filter((n) => n.shared && n.file.collection === 'stories').map((n) => n.file.id));
  const withheld = new Map<string, string[]>();
  for (const { file, source, data, shared: isShared } of read) {
    if (!isShared) {
      if (file.collection === 'companies' && typeof data.name === 'string')
        texts.set(
          relativePath(file.path),
          `---\n${stringify({ name: data.name, aliases: strings(data.aliases), share: false })}---\n`,
        );
      continue;
    }
    const problem = (line: number, severity: Problem['severity'], message: string) =>
      problems.push({ file: file.shown, line, column: 1, field: 'body', severity, message });
    const redacted = redactNote(source, {
      collection: file.collection,
      format: bodyFormat(file.path),
      share: config.share,
      names,
      path: file.path,
      unsharedNotes,
    });
    for (const p of redacted.problems) problem(p.line, p.severity, p.message);
    for (const f of redacted.findings) problem(f.line, 'error', `${f.what}${REFUSED}`);
    for (const key of redacted.withheld) withheld.set(key, [...(withheld.get(key) ?? []), file.shown]);

    for (const image of redacted.images) {
      const [path] = splitQuery(image.specifier);
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/|#|\/)/i.test(image.specifier) || path === '') continue;
      const target = resolveRelative(file.path, path);
      if (!target) continue;
      if (!isInside(root, target)) {
        problem(
          image.line,
          'error',
          `shows "${image.specifier}", a file outside the content root ${root}; the mentor copy only takes files from inside it: move the file in`,
        );
        continue;
      }
      if (isLink(root, target)) {
        problem(
          image.line,
          'error',
          `shows "${image.specifier}", a symbolic link; the mentor copy follows no links (put the file itself there)`,
        );
        continue;
      }
      if (fileKind(target) === 'asset') copies.set(relativePath(target), target);
    }
    const reached = followReferences(root, file.path, redacted.imports, (path) => shared.has(path));
    for (const p of reached.problems) problem(p.line, 'error', p.code ? `${p.message}${REFUSED}` : p.message);
    for (const path of reached.files.keys()) copies.set(relativePath(path), path);

    const path = relativePath(file.path);
    // A debrief that names a story the copy leaves out must not name it (its file name says what it is about).
    const text =
      file.collection === 'applications'
        ? hideUnsharedStories(redacted.text, bodyFormat(file.path), sharedStories, ctx.stages)
        : redacted.text;
    texts.set(path, text);
    notes.push({
      collection: file.collection,
      id: file.id,
      source: file.path,
      path,
      data: redacted.data,
      digest: createHash('sha256').update(text).digest('hex'),
    });
  }
  const sharedKeys = new Set(
    notes.flatMap((n) =>
      (FEEDBACK_COLLECTIONS as readonly string[]).includes(n.collection)
        ? [noteKey(n.collection as (typeof FEEDBACK_COLLECTIONS)[number], n.id)]
        : [],
    ),
  );
  for (const [path, text] of prepareFeedback(ctx, sharedKeys, names)) texts.set(path, text);
  if (withheld.size > 0) problems.push(withheldNotice(ctx, withheld));
  problems.push(
    ...unusedPublicExtra(
      ctx,
      read.filter((n) => n.shared).flatMap((n) => Object.keys(record(n.data.extra))),
    ),
  );
  return { notes, texts, copies, problems };
}

/**
 * The feedback files of the mentor copy (src/feedback/), by the sensitivity
 * table's feedback row: only the files the owner shares (`share`, the audience
 * rule of notes), and of those only the comments on notes the copy has
 * (`sharedKeys`). Each is written anew from what was read (front matter, then
 * one `##` section per comment under its full key), so nothing else of the
 * owner's file, such as a comment on a private note, text no section holds
 * or a comment's `<Private>` blocks, reaches the copy; free text (`from`,
 * each comment) has contacts' names replaced by their role, as a note's. Returns path in the copy → text.
 */
function prepareFeedback(
  ctx: DossierContext,
  sharedKeys: ReadonlySet<string>,
  names: ContactNames | undefined,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of findFeedbackFiles(ctx.root).files) {
    const read = readFeedbackText(file);
    if ('problem' in read) continue; // Validation refuses it; the build stops before the copy is written.
    const written = readFeedback(read.text, file.shown);
    if (!written.data || !isVisible(written.data.share, 'mentor', ctx.config)) continue;
    const data = fileData(file, written);
    const text = (kind: keyof typeof FEEDBACK_SENSITIVITY, value: string) =>
      FEEDBACK_SENSITIVITY[kind] === 'text' && names ? names.replace(value, file.path) : value;
    const sections = written.comments.flatMap((comment) => {
      const key = resolveNoteKey(comment.written, sharedKeys);
      if (!key.ok) return [];
      // `<Private>` in a comment is the owner's, as in a note: removed by the one function that removes
      // blocks, found on the syntax tree (an unclosed block runs to the comment's end). A comment that
      // was all private is left out rather than shown empty.
      const shown = removePrivateBlocks(comment.markdown, 'md').trim();
      return shown ? [`## ${key.key}\n\nstatus: ${comment.status}\n\n${text('comments', shown)}\n`] : [];
    });
    // A <Private> stretch in the author's line is hidden, as in a note's frontmatter strings.
    const from = data.from === undefined ? '' : privateSpans(data.from).shown;
    const head = stringify({
      ...(from ? { from: text('from', from) } : {}),
      ...(data.date !== undefined ? { date: data.date } : {}),
      share: true,
    });
    out.set(relative(ctx.root, file.path), `---\n${head}---\n\n${sections.join('\n')}`);
  }
  return out;
}

const REFUSED =
  '. A shared note and the code it imports may not read notes or files: remove the import or the code, or keep the note private';

/** Where the configuration file is, as messages show it. */
const configShown = (ctx: DossierContext) =>
  relative(process.cwd(), join(ctx.root, CONFIG_FILE)) || join(ctx.root, CONFIG_FILE);

/** The line of a `share` option in the configuration file (1 when there is no file). */
function configLine(ctx: DossierContext): (path: (string | number)[]) => number {
  let text: string;
  try {
    text = readFileSync(join(ctx.root, CONFIG_FILE), 'utf8');
  } catch {
    return () => 1;
  }
  const { doc, lineCounter } = readYaml(text.replace(/^\uFEFF/, ''), 1);
  return (path) => locateIn(doc, lineCounter, path, 'value', 1).line;
}

/**
 * What is wrong with the sharing options themselves: a private field no note
 * has (a typo would share what the owner meant to hide), or one a collection
 * requires (a shared note would fail its schema without it).
 */
function configProblems(ctx: DossierContext): Problem[] {
  const table = collectionTable(ctx.stages);
  const problems: Problem[] = [];
  const lineOf = configLine(ctx);
  for (const [i, field] of ctx.config.share.privateFields.entries()) {
    const at = {
      file: configShown(ctx),
      line: lineOf(['share', 'privateFields', i]),
      column: 1,
      field: `share.privateFields[${i}]`,
    };
    if (!ALL_FIELDS.includes(field)) {
      problems.push({
        ...at,
        severity: 'error',
        message: `found "${field}", which is no field of a note${didYouMean(field, ALL_FIELDS)}; allowed: ${ALL_FIELDS.join(', ')}. An extra property is private unless share.publicExtra lists it`,
      });
      continue;
    }
    const requiring = Object.values(table).filter(({ schema }) => {
      const shape = schema.shape as Record<string, { safeParse(value: unknown): { success: boolean } }>;
      return field in shape && !shape[field]!.safeParse(undefined).success;
    });
    if (requiring.length === 0) continue;
    problems.push({
      ...at,
      severity: 'error',
      message: `"${field}" is required in every ${requiring.map((c) => c.kind).join(' and ')}, so a shared note cannot leave it out; remove it from share.privateFields, or keep such notes private`,
    });
  }
  return problems;
}

/** The one line that says which `extra` properties of shared notes the copy leaves out. */
function withheldNotice(ctx: DossierContext, withheld: Map<string, string[]>): Problem {
  const keys = [...withheld.keys()].sort();
  const listed = keys.map((k) => `"${k}" (${withheld.get(k)!.length} note${withheld.get(k)!.length === 1 ? '' : 's'})`);
  return {
    file: configShown(ctx),
    line: configLine(ctx)(['share', 'publicExtra']),
    column: 1,
    field: 'share.publicExtra',
    severity: 'warning',
    message: `the mentor copy leaves out these extra properties of shared notes: ${listed.join(', ')}. They are private unless share.publicExtra lists their key; list the ones a mentor may read`,
  };
}

/** A `share.publicExtra` key no shared note has: most likely a spelling other than the notes' own. */
function unusedPublicExtra(ctx: DossierContext, keys: string[]): Problem[] {
  const present = [...new Set(keys)];
  const lineOf = configLine(ctx);
  return ctx.config.share.publicExtra.flatMap((key, i): Problem[] =>
    present.includes(key)
      ? []
      : [
          {
            file: configShown(ctx),
            line: lineOf(['share', 'publicExtra', i]),
            column: 1,
            field: `share.publicExtra[${i}]`,
            severity: 'warning',
            message: `no shared note has the extra property "${key}"${didYouMean(key, present)}; keys are matched as the notes write them`,
          },
        ],
  );
}

/**
 * Makes `folder` hold exactly the prepared copy: rewrites only what changed
 * (the content layer and incremental builds then see unchanged notes as
 * unchanged) and deletes everything else, so a note that stopped being shared
 * leaves no copy behind. Then marks the folder as prepared by this process:
 * the collections read it only with that mark (`preparedNotesRoot`).
 */
export function writePreparedCopy(copy: PreparedCopy, folder: string): void {
  rmSync(markerOf(folder), { force: true });
  mkdirSync(folder, { recursive: true });
  const texts = new Map([...copy.texts].map(([path, text]) => [join(folder, path), text]));
  const copies = new Map([...copy.copies].map(([path, original]) => [join(folder, path), original]));
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
  writeFileSync(markerOf(folder), JSON.stringify({ pid: process.pid }));
}

/** Where a build's prepared mentor notes live: inside its cache folder, never in the output. */
export function preparedNotesFolder(cacheDir: string): string {
  return isAbsolute(cacheDir) ? join(cacheDir, 'shared-notes') : resolve(cacheDir, 'shared-notes');
}

const markerOf = (folder: string) => `${folder}.prepared.json`;

/**
 * The folder the collections load for a mentor build: the prepared notes in
 * the build's cache folder, read only when this very process prepared them.
 * Fails closed: without that mark (a folder left by an earlier build, or a
 * command that prepared nothing), a mentor build would read stale or no
 * notes, and it stops instead.
 */
export function preparedNotesRoot(cacheDir: string): string {
  const folder = preparedNotesFolder(cacheDir);
  let pid: unknown;
  try {
    pid = (JSON.parse(readFileSync(markerOf(folder), 'utf8')) as { pid?: unknown }).pid;
  } catch {
    pid = undefined;
  }
  if (pid !== process.pid)
    throw new Error(
      'The mentor build reads only the shared notes it prepared itself, and none were prepared in this process; build it with npm run build:share.',
    );
  return folder;
}
