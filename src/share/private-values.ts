import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import type { CollectionName } from '../config/content-root.ts';
import { CONFIG_FILE, type DossierContext } from '../config/load.ts';
import { splitNote } from '../lib/frontmatter.ts';
import { utcDay } from '../lib/dates.ts';
import { readNoteCode } from '../notes/code-reader.ts';
import { fileKind, followReferences, resolveRelative, splitQuery } from '../notes/code-graph.ts';
import { listNoteFiles } from '../notes/note-files.ts';
import { readFeedback } from '../feedback/format.ts';
import { FEEDBACK_COLLECTIONS, noteKey, resolveNoteKey, type FeedbackCollection } from '../feedback/keys.ts';
import {
  bodyFormat,
  cutRanges,
  HAS_PRIVATE_TAG,
  parseBody,
  privateRanges,
  privateSpans,
  walk,
  type Range,
} from '../notes/private-blocks.ts';
import { SENSITIVITY, type Sensitivity } from '../notes/sensitivity.ts';
import { positionsIn } from '../lib/positions.ts';
import { contactDetails, PhoneBook, phoneKeyOf } from './contact-details.ts';
import { nameForms } from './name-forms.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { siteWords } from './site-words.ts';
import { rawWords, tokens, wordSpans } from './tokens.ts';

/** One private value the mentor copy must not contain, as the tokens it is searched by. */
export interface PrivateValue {
  tokens: string[];
  /** The note (or file) it comes from, as messages show it. */
  source: string;
  /** Where in it: a field path (`contacts[0].name`), `line 12`, or what of the note (`its text`). */
  where: string;
  /** What it is, without the value: "the name of a contact", "text of a <Private> block". */
  kind: string;
  /** A single word: looked for only where a reader sees text (markup, scripts and styles are full of words). */
  visibleOnly: boolean;
  /** A name written alone: matched in this spelling (capitals as written, or all capitals). */
  spelling?: string[];
  /** A person (a contact's name or address): shared text that names them is a leak, not a reason to drop the value. */
  person?: boolean;
}

/**
 * A stretch of text a reader may see anyway: a person's name inside it
 * ("Morgan" of "Morgan Stanley", "April" of a date) is no leak. It covers a
 * name only as written, capitals included: the class name `mark` is no "Mark".
 */
export interface Cover {
  tokens: string[];
  /** The words as written; undefined when they cannot be told (then it covers in any spelling). */
  raw?: string[];
  cover: true;
}

/** Text a shared note shows, with where it is written, for saying which line holds a leaked value. */
export interface ShownText {
  note: string;
  /** Field path (`history[1].note`) or `body`. */
  where: string;
  text: string;
  /** The line in the note file of an offset in `text`. */
  lineAt: (offset: number) => number;
  /** Stretches of `text` that are not shown (the body's <Private> blocks). */
  hidden?: readonly Range[];
}

/** What the self-check looks for, and what it needs to say where a hit comes from. */
export interface PrivateValues {
  values: PrivateValue[];
  /** Finds `values` in a text; built once, since with thousands of notes it takes a second to build. */
  matcher: PhraseMatcher<PrivateValue>;
  /** Finds stretches of public text around a person's name; run only on a text that names someone. */
  covers: PhraseMatcher<Cover>;
  /** SHA-256 of each private asset → the asset's path as shown. */
  assets: Map<string, string>;
  /** The texts shared notes show, as their owner wrote them. */
  shown: ShownText[];
  /** Withheld phone numbers, found by their digits in whatever shape a text writes them (./contact-details.ts). */
  phones: PhoneBook<PrivateValue>;
}

// A phrase is distinctive enough to look for when it has this many words and letters; longer
// stretches of private prose are cut into overlapping windows of WINDOW words, STEP apart, so any
// leaked run of WINDOW + STEP - 1 words holds a whole window (6 words of a <Private> block, 11 of
// an unshared note). Shorter runs of ordinary words turn up by chance where two notes' texts meet.
const MIN_PHRASE_WORDS = 5;
const MIN_PHRASE_CHARS = 24;
const WINDOW = { block: 5, note: 8 } as const;
const STEP = { block: 2, note: 4 } as const;
/** Values are looked for by their first words: a leak of a long title shows them. */
const MAX_WORDS = 8;
/** The longest stretch of public text that covers a name. */
const MAX_COVER_WORDS = 12;
/** Fields of an unshared note looked for on their own. */
const UNSHARED_FIELDS = [
  'title',
  'position',
  'company',
  'companies',
  'location',
  'tags',
  'roleFamily',
  'author',
  'url',
];
// Keys whose values come from a closed list ("month", "EUR"): the site shows those words anyway.
/** Nodes whose title or description is a plain string that may hold a <Private> tag. */
const LINKS = new Set(['image', 'imageReference', 'link', 'linkReference', 'definition']);
const VOCABULARY_KEYS = new Set(['currency', 'period', 'stage', 'workplace', 'type']);

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** `contacts[0].name`, `extra["Hiring manager"]`. */
const pathText = (path: (string | number)[]) =>
  path
    .map((p, i) =>
      typeof p === 'number'
        ? `[${p}]`
        : /^[A-Za-z_$][\w$]*$/.test(p)
          ? `${i ? '.' : ''}${p}`
          : `[${JSON.stringify(p)}]`,
    )
    .join('');

/** The strings and numbers in a YAML value, however deep, with their paths, except words from a closed list. */
function leaves(value: unknown, path: (string | number)[] = []): { text: string; path: (string | number)[] }[] {
  if (value === null || value === undefined) return [];
  if (typeof value === 'string') return [{ text: value, path }];
  if (typeof value === 'number' || typeof value === 'bigint') return [{ text: String(value), path }];
  if (value instanceof Date) return [{ text: utcDay(value) ?? '', path }];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (typeof value === 'object')
    return Object.entries(value).flatMap(([key, v]) => (VOCABULARY_KEYS.has(key) ? [] : leaves(v, [...path, key])));
  return [];
}

/** "731913" → ["731", "913"]: how a grouped figure tokenizes. */
function group(digits: string): string[] {
  const out: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) out.unshift(digits.slice(Math.max(0, end - 3), end));
  return out;
}

/** A field's sensitivity as the table and the configuration make it. */
function sensitivityOf(ctx: DossierContext, collection: CollectionName, field: string): Sensitivity | undefined {
  const row: Record<string, Sensitivity> = SENSITIVITY[collection];
  if (!Object.hasOwn(row, field)) return undefined;
  return ctx.config.share.privateFields.includes(field) ? 'private' : row[field];
}

const KIND_OF_FIELD: Record<string, string> = {
  salary: 'the salary',
  contacts: 'a contact',
  review: 'the review list',
  importedFrom: 'where the note was imported from',
};

/**
 * Gathers, from the owner's notes as written, every value the mentor copy
 * must not contain. On purpose this shares no code with the filter
 * (`prepare-copy.ts`, `redact-note.ts`), so a bug there cannot hide a leak
 * here: it reads the notes with the same parsers (the frontmatter reader,
 * the feedback reader and its one key resolver, src/feedback/,
 * `<Private>` blocks found on the syntax tree as the build finds them, the
 * code graph) and the same table of what is private (src/notes/sensitivity.ts):
 * - a note is shared when its frontmatter says `share: true` (or, with
 *   `share.default: shared`, anything but `share: false`);
 * - private: in every note, every private field and every `extra` property
 *   `share.publicExtra` does not list; contacts' names in every form a note
 *   writes them; the text of every `<Private>` block of a shared note; the
 *   whole body, title, position, company, file name and slug of every unshared
 *   note; the bytes and names of files under the content root that no shared
 *   note shows outside its `<Private>` blocks.
 * Public: the site's own words (./site-words.ts), the configuration, what
 * shared notes show, and what the site derives from them (role families).
 * A value found in public text is no secret and is dropped (a company with
 * shared and unshared applications), except a person's name: shared free
 * text that names a contact is exactly the leak to report. Values too short
 * to tell apart from ordinary text (one word under four letters, a number
 * under four digits) are not looked for, but a contact's first name is.
 */
export function gatherPrivateValues(ctx: DossierContext, cacheDir?: string): PrivateValues {
  const { root, config } = ctx;
  const sharedByDefault = config.share.default === 'shared';
  const candidates: PrivateValue[] = [];
  const words = siteWords(cacheDir);
  const publicText: string[] = [...words];
  const covers: string[] = [...words];
  const shown: ShownText[] = [];
  const shownFiles = new Set<string>();

  const add = (value: unknown, source: string, path: (string | number)[], kind: string) => {
    for (const leaf of leaves(value, path)) {
      const t = tokens(leaf.text).slice(0, MAX_WORDS);
      if (t.length === 0) continue;
      if (t.length === 1 && t[0]!.length < 4) continue;
      const where = pathText(leaf.path);
      candidates.push({ tokens: t, source, where, kind, visibleOnly: t.length === 1 });
      // A figure is also shown grouped: 731913 as "731,913" or "731 913".
      if (t.length === 1 && /^\d{4,}$/.test(t[0]!))
        candidates.push({ tokens: group(t[0]!), source, where, kind, visibleOnly: false });
    }
  };
  const addPerson = (contact: Record<string, unknown>, source: string, path: (string | number)[]) => {
    const at = pathText(path);
    const name = typeof contact.name === 'string' ? contact.name : '';
    const push = (words: { raw: string; word: string }[], alone: boolean, field: string) => {
      if (words.length === 0 || (words.length === 1 && words[0]!.word.length < 2)) return;
      candidates.push({
        tokens: words.map((w) => w.word),
        source,
        where: `${at}.${field}`,
        kind: field === 'email' ? 'the e-mail address of a contact' : 'the name of a contact',
        visibleOnly: words.length === 1,
        person: true,
        ...(alone && { spelling: words.map((w) => w.raw) }),
      });
    };
    const forms = nameForms(name);
    for (const form of forms.phrases) push(form, false, 'name');
    for (const form of forms.alone) push(form, true, 'name');
    if (typeof contact.email === 'string') push(wordSpans(contact.email), false, 'email');
    add(contact.role, source, [...path, 'role'], 'the role of a contact');
  };
  const addProse = (text: string, source: string, where: string, kind: string, size: keyof typeof WINDOW) => {
    for (const phrase of text.split(/[.!?;:\n]+/)) {
      const t = tokens(phrase);
      if (t.length < MIN_PHRASE_WORDS || t.join(' ').length < MIN_PHRASE_CHARS) continue;
      const push = (part: string[]) => candidates.push({ tokens: part, source, where, kind, visibleOnly: false });
      // A phrase no longer than a window is looked for whole; a longer one by its windows, the last
      // one flush with its end.
      if (t.length <= WINDOW[size] + STEP[size]) push(t);
      else {
        for (let i = 0; i + WINDOW[size] <= t.length; i += STEP[size]) push(t.slice(i, i + WINDOW[size]));
        push(t.slice(-WINDOW[size]));
      }
    }
  };
  const addName = (name: string, source: string, where: string, kind: string) => {
    const t = tokens(name).slice(0, MAX_WORDS);
    if (t.length >= 2) candidates.push({ tokens: t, source, where, kind, visibleOnly: false });
  };

  const phones: { number: string; value: PrivateValue }[] = [];
  const companies: { names: string[]; source: string }[] = [];
  /** The keys of shared notes feedback can be about (`applications/<id>`), as the copy's filter resolves them. */
  const feedbackKeys = new Set<string>();
  const notes = listNoteFiles(root);
  for (const file of notes) {
    const source = readFileSync(file.path, 'utf8');
    const note = splitNote(source);
    const data = record(note.data);
    const shared = note.errors.length === 0 && (sharedByDefault ? data.share !== false : data.share === true);
    const extra = record(data.extra);
    for (const [field, value] of Object.entries(data)) {
      const sensitivity = sensitivityOf(ctx, file.collection, field);
      if (field === 'contacts' && sensitivity === 'private')
        for (const [i, contact] of (Array.isArray(value) ? value : []).entries())
          addPerson(record(contact), file.shown, ['contacts', i]);
      else if (sensitivity === 'private')
        add(value, file.shown, [field], KIND_OF_FIELD[field] ?? `the private field ${field}`);
    }
    for (const [key, value] of Object.entries(extra))
      if (sensitivityOf(ctx, file.collection, 'extra') === 'private' || !config.share.publicExtra.includes(key)) {
        // A phone number or address is a person's detail: shared text that repeats it is a leak, as a name is.
        for (const leaf of leaves(value, ['extra', key]))
          for (const detail of contactDetails(leaf.text)) {
            const found: PrivateValue = {
              tokens: tokens(detail.text),
              source: file.shown,
              where: pathText(leaf.path),
              kind: `a contact detail (the extra property "${key}")`,
              visibleOnly: false,
              person: true,
            };
            candidates.push(found);
            const number = phoneKeyOf(detail);
            if (number) phones.push({ number, value: found });
          }
        // After the details: one value per place is kept, and for a detail that is the person's.
        add(value, file.shown, ['extra', key], `the extra property "${key}"`);
      }

    if (shared) {
      if ((FEEDBACK_COLLECTIONS as readonly string[]).includes(file.collection))
        feedbackKeys.add(noteKey(file.collection as FeedbackCollection, file.id));
      const format = bodyFormat(file.path);
      let blocks: Range[];
      let tree;
      try {
        tree = parseBody(note.body, format);
        blocks = privateRanges(note.body, format, tree);
      } catch {
        // A body the parser cannot read was refused before any build; here it all counts as private.
        tree = undefined;
        blocks = [{ start: 0, end: note.body.length }];
      }
      const lineAt = lineCounter(note.body, note.bodyLine);
      for (const block of blocks)
        addProse(
          note.body.slice(block.start, block.end).replace(/<\/?private[^>]*>/gi, '\n'),
          file.shown,
          `line ${lineAt(block.start)}`,
          'text of a <Private> block',
          'block',
        );
      // A <Private> tag in a link's title or an image's description (a plain string of the tree, not a
      // block): the filter leaves the whole link out, and its words are private.
      const tagged: Range[] = [];
      if (tree)
        for (const node of walk(tree)) {
          if (!LINKS.has(node.type) || !node.position) continue;
          const range = { start: node.position.start.offset!, end: node.position.end.offset! };
          const source = note.body.slice(range.start, range.end);
          if (!HAS_PRIVATE_TAG.test(source)) continue;
          tagged.push(range);
          for (const hidden of privateSpans(source).hidden) {
            add(hidden, file.shown, [`line ${lineAt(range.start)}`], 'text of a <Private> stretch');
            addProse(hidden, file.shown, `line ${lineAt(range.start)}`, 'text of a <Private> stretch', 'block');
          }
        }
      const rest = cutRanges(
        note.body,
        tagged.length ? [...blocks, ...tagged].sort((a, b) => a.start - b.start || b.end - a.end) : blocks,
      );
      // What the note shows: its shared fields (as written), and its body outside the blocks.
      for (const [field, value] of Object.entries(data)) {
        const sensitivity = sensitivityOf(ctx, file.collection, field);
        if (sensitivity === undefined || sensitivity === 'private' || field === 'share') continue;
        const open =
          sensitivity === 'by key'
            ? Object.fromEntries(Object.entries(extra).filter(([k]) => config.share.publicExtra.includes(k)))
            : value;
        for (const leaf of leaves(open, [field])) {
          // A <Private> stretch in a frontmatter string: the filter drops it, and its words are private.
          const spans = privateSpans(leaf.text);
          for (const hidden of spans.hidden) {
            add(hidden, file.shown, leaf.path, 'text of a <Private> stretch');
            addProse(hidden, file.shown, pathText(leaf.path), 'text of a <Private> stretch', 'block');
          }
          publicText.push(spans.shown);
          // A `shared` field names things (a company, a place): a contact's name inside it is part of it.
          if (sensitivity === 'shared') covers.push(spans.shown);
          const line = note.locate(leaf.path).line;
          shown.push({ note: file.shown, where: pathText(leaf.path), text: spans.shown, lineAt: () => line });
        }
        if (sensitivity === 'by key') publicText.push(Object.keys(open as object).join('\n'));
      }
      if (file.collection === 'applications' && typeof data.position === 'string') {
        const family = typeof data.roleFamily === 'string' ? data.roleFamily : ctx.roleFamilyOf(data.position);
        publicText.push(family);
        covers.push(family);
      }
      publicText.push(rest, file.id, basename(file.path));
      // Read word by word only when a leak is found: most copies have none (self-check.ts).
      shown.push({ note: file.shown, where: 'body', text: note.body, lineAt, hidden: blocks });
      for (const path of filesShown(ctx, file.path, format, tree, blocks, notes)) shownFiles.add(path);
    } else if (file.collection === 'companies') {
      // Shared notes about this company show one of its names, and the catalog groups them under its
      // main name: the names are private only when no shared note names the company at all.
      companies.push({
        names: [data.name, ...(Array.isArray(data.aliases) ? data.aliases : [])].flatMap((v) =>
          leaves(v).map((l) => l.text),
        ),
        source: file.shown,
      });
      covers.push(...leaves(data.name).map((l) => l.text), ...leaves(data.aliases).map((l) => l.text));
      add(data.website, file.shown, ['website'], 'the website of an unshared company note');
      addProse(note.body, file.shown, 'its text', 'the text of an unshared note', 'note');
    } else {
      for (const key of UNSHARED_FIELDS)
        if (key in data) add(data[key], file.shown, [key], `the ${key} of an unshared note`);
      // A one-word slug or file name ("timeline") is a word of the site itself, not a secret.
      addName(file.id, file.shown, 'its slug', 'the slug of an unshared note');
      addName(
        basename(file.path, extname(file.path)),
        file.shown,
        'its file name',
        'the file name of an unshared note',
      );
      addProse(note.body, file.shown, 'its text', 'the text of an unshared note', 'note');
    }
  }

  // Feedback files (src/feedback/), read with the reader and the key resolver the build uses, so a
  // section means here what it means in the copy: an unshared file is private whole (its headings are
  // notes' keys, which shared notes' addresses show). Of a shared one, what the copy leaves out is private
  // (comments on unshared notes, text before the first comment, `<Private>` blocks found on the syntax
  // tree as in a note), and what it keeps is public text, as a shared note's.
  for (const path of feedbackFiles(root)) {
    const source = relative(process.cwd(), path) || path;
    const text = readFileSync(path, 'utf8');
    const written = readFeedback(text, source);
    const data = written.data;
    const shared = data !== undefined && (sharedByDefault ? data.share !== false : data.share === true);
    const lineAt = lineCounter(text, 1);
    const heads = written.comments.flatMap((c) => (c.fromAbout ? [] : [{ start: c.start, end: c.textAt }]));
    if (!shared) {
      // Front matter the reader refused still names its author, as far as it can be read.
      add(
        data ? data.from : record(splitNote(text).data).from,
        source,
        ['from'],
        'the author of an unshared feedback file',
      );
      const front = data ? [{ start: 0, end: written.bodyStart }] : [];
      addProse(
        cutRanges(text, [...front, ...heads]),
        source,
        'its text',
        'the text of an unshared feedback file',
        'note',
      );
      continue;
    }
    if (data.from !== undefined) {
      // As the copy writes it: a <Private> stretch of the author's name is the owner's (see prepare-copy.ts).
      const from = privateSpans(data.from);
      publicText.push(from.shown);
      for (const hidden of from.hidden) add(hidden, source, ['from'], 'text of a <Private> stretch');
    }
    const first = written.comments.reduce((at, c) => Math.min(at, c.start), text.length);
    addProse(
      text.slice(written.bodyStart, first),
      source,
      `line ${lineAt(written.bodyStart)}`,
      'text of a shared feedback file outside its comments',
      'note',
    );
    for (const comment of written.comments) {
      const where = `line ${lineAt(comment.textAt)}`;
      if (!resolveNoteKey(comment.written, feedbackKeys).ok) {
        addProse(comment.markdown, source, where, 'a comment on an unshared note', 'note');
        continue;
      }
      let blocks: Range[];
      try {
        blocks = privateRanges(comment.markdown, 'md');
      } catch {
        blocks = [{ start: 0, end: comment.markdown.length }];
      }
      for (const block of blocks)
        addProse(
          comment.markdown.slice(block.start, block.end).replace(/<\/?private[^>]*>/gi, '\n'),
          source,
          `line ${lineAt(comment.textAt + block.start)}`,
          'text of a <Private> block',
          'block',
        );
      publicText.push(cutRanges(comment.markdown, blocks));
      shown.push({
        note: source,
        where: 'comment',
        text: comment.markdown,
        lineAt: (offset) => lineAt(comment.textAt + offset),
        hidden: blocks,
      });
    }
  }

  // The configuration is shown in every copy (stage and role family names, the site title).
  try {
    const configText = readFileSync(join(root, CONFIG_FILE), 'utf8');
    publicText.push(configText);
    covers.push(configText);
  } catch {
    // No configuration file: the defaults are among the site's own words.
  }
  const publicTokens = publicText.map(tokens);
  const companyNames = companies.flatMap((company) =>
    company.names.map((name) => ({ tokens: tokens(name).slice(0, MAX_WORDS), company })),
  );
  const namedCompanies = new Set<(typeof companies)[number]>();
  const nameMatcher = new PhraseMatcher(companyNames);
  for (const t of publicTokens) for (const name of nameMatcher.find(t)) namedCompanies.add(name.company);
  for (const company of companies)
    if (!namedCompanies.has(company))
      for (const name of company.names) add(name, company.source, ['name'], 'the name of an unshared company note');

  const assets = new Map<string, string>();
  for (const path of otherFiles(root, new Set(notes.map((n) => n.path)))) {
    if (shownFiles.has(path)) continue;
    const shownPath = relative(process.cwd(), path) || path;
    assets.set(createHash('sha256').update(readFileSync(path)).digest('hex'), shownPath);
    addName(basename(path, extname(path)), shownPath, 'its name', 'the name of a file no shared note shows');
  }

  // One copy of each value per note, and none that public text shows anyway; a person's name
  // only when one of the site's words or a name of a thing holds it whole.
  const seen = new Set<string>();
  const unique = candidates.filter((v) => {
    const key = `${v.source}\0${v.where}\0${v.tokens.join(' ')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const dropped = new Set<PrivateValue>();
  const others = new PhraseMatcher(unique.filter((v) => !v.person));
  for (const t of publicTokens) others.find(t, dropped);
  const kept = unique.filter((v) => !dropped.has(v));
  const coverPhrases = covers
    .map((text): Cover => {
      const t = tokens(text);
      const raw = rawWords(text, t.length);
      return { tokens: t, ...(raw && { raw }), cover: true };
    })
    // A name is covered by a stretch of public text that holds it whole; a cover longer than a few
    // words (a paragraph of the site's code) would only slow the scan.
    .filter((c) => c.tokens.length > 0 && c.tokens.length <= MAX_COVER_WORDS);
  const phoneBook = new PhoneBook<PrivateValue>();
  for (const { number, value } of phones) phoneBook.add(number, value);
  return {
    values: kept,
    matcher: new PhraseMatcher(kept),
    covers: new PhraseMatcher(coverPhrases),
    assets,
    shown,
    phones: phoneBook,
  };
}

/** 1-based line in the note file of an offset in its body. */
function lineCounter(body: string, bodyLine: number): (offset: number) => number {
  const at = positionsIn(body);
  return (offset) => at(offset).line + bodyLine - 1;
}

/** Whether an offset is inside one of sorted ranges (asked in increasing order). */
export function blockTest(blocks: readonly Range[]): (offset: number) => boolean {
  let next = 0;
  return (offset) => {
    while (next < blocks.length && blocks[next]!.end <= offset) next += 1;
    return next < blocks.length && blocks[next]!.start <= offset;
  };
}

/**
 * The files a shared note shows outside its `<Private>` blocks, read with the
 * parsers: its Markdown images, the imports its visible text uses, and what
 * those reach (a stylesheet's background image, a component's image).
 */
function filesShown(
  ctx: DossierContext,
  path: string,
  format: 'md' | 'mdx',
  tree: ReturnType<typeof parseBody> | undefined,
  blocks: readonly Range[],
  notes: readonly { path: string }[],
): string[] {
  if (!tree) return [];
  const inBlock = blockTest(blocks);
  const files: string[] = [];
  const pieces: Parameters<typeof readNoteCode>[0] = [];
  const components = new Set<string>();
  for (const node of walk(tree)) {
    if (!node.position || inBlock(node.position.start.offset)) continue;
    if ((node.type === 'image' || node.type === 'definition') && node.url) {
      const target = resolveRelative(path, splitQuery(node.url)[0]);
      if (target && fileKind(target) === 'asset') files.push(target);
    }
    if (format !== 'mdx') continue;
    const value = String(node.value ?? '');
    if (node.type === 'mdxjsEsm') pieces.push({ code: value, kind: 'esm', line: 1 });
    else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression')
      pieces.push({ code: value, kind: 'expression', line: 1 });
    else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (node.name) components.add(node.name.split('.')[0]!);
      for (const a of node.attributes ?? []) {
        if (a.type === 'mdxJsxExpressionAttribute')
          pieces.push({ code: String(a.value ?? ''), kind: 'spread', line: 1 });
        else if (a.value && typeof a.value === 'object')
          pieces.push({ code: String((a.value as { value?: unknown }).value ?? ''), kind: 'attribute', line: 1 });
      }
    }
  }
  if (pieces.length) {
    const code = readNoteCode(pieces);
    const used = new Set([...code.used, ...components]);
    // An import whose names only <Private> text uses shows nothing; one without names (a stylesheet) shows itself.
    const refs = code.references.filter((r) => r.names.length === 0 || r.names.some((n) => used.has(n)));
    const noteSet = new Set(notes.map((n) => n.path));
    const reached = followReferences(ctx.root, path, refs, (p) => noteSet.has(p));
    files.push(...reached.files.keys());
  }
  return files;
}

/** Files under the content root other than notes and the configuration. */
function otherFiles(root: string, notes: Set<string>): string[] {
  let entries;
  try {
    entries = readdirSync(root, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .filter(
      (path) =>
        !notes.has(path) && !/\.(mdx?|ya?ml|json)$/i.test(path) && !/(^|[/\\])\.[^/\\]/.test(relative(root, path)),
    );
}

/** The Markdown files under `feedback/` of the content root. */
function feedbackFiles(root: string): string[] {
  try {
    return readdirSync(join(root, 'feedback'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.md$/i.test(e.name))
      .map((e) => join(e.parentPath, e.name));
  } catch {
    return [];
  }
}
