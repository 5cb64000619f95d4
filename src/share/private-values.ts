import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { mentionsPrivateField } from '../notes/audience.ts';
import { CONFIG_FILE, type DossierContext } from '../config/load.ts';
import { listNoteFiles } from '../notes/note-files.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { tokens } from './tokens.ts';

/** One private value the mentor copy must not contain, as the tokens it is searched by. */
export interface PrivateValue {
  tokens: string[];
  /** The note (or file) it comes from, as messages show it. */
  source: string;
  /** What it is, without the value: "salary", "a <Private> block", "the position of an unshared note". */
  kind: string;
}

/** What the self-check looks for: values, and the bytes of files only private notes show. */
export interface PrivateValues {
  values: PrivateValue[];
  /** Finds `values` in a text; built once, since with thousands of notes it takes a second to build. */
  matcher: PhraseMatcher<PrivateValue>;
  /** SHA-256 of each private asset → the asset's path as shown. */
  assets: Map<string, string>;
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

/**
 * Gathers, from the owner's notes as written, every value the mentor copy
 * must not contain. On purpose this reads the files with its own simple
 * rules and shares no code with the filter (`stage-notes.ts`,
 * `redact-note.ts`), so a bug there cannot hide a leak here:
 * - a note is shared when its frontmatter says `share: true` (or, with
 *   `share.default: shared`, anything but `share: false`);
 * - private: the values of every private field and of every `extra` property
 *   named after one, in every note; the text of every `<Private>` block; the
 *   whole body, title, position, company, file name and slug of every unshared
 *   note; the bytes and names of files under the content root that no shared
 *   note names.
 * A value that the shared notes show anyway (a company with both shared and
 * unshared applications, a common word) is not a secret and is dropped, as are
 * values too short to be told from ordinary text (one word under four
 * letters, numbers under four digits).
 */
export function gatherPrivateValues(ctx: DossierContext): PrivateValues {
  const { root, config } = ctx;
  const sharedByDefault = config.share.default === 'shared';
  const privateFields = config.share.privateFields;
  const candidates: PrivateValue[] = [];
  const publicText: string[] = [];
  const add = (text: unknown, source: string, kind: string) => {
    for (const leaf of leaves(text)) {
      const t = tokens(leaf).slice(0, MAX_WORDS);
      if (t.length === 0) continue;
      if (t.length === 1 && (/^\d+$/.test(t[0]!) ? t[0]!.length < 4 : t[0]!.length < 4)) continue;
      candidates.push({ tokens: t, source, kind });
      // A figure is also shown grouped: 731913 as "731,913" or "731 913".
      if (t.length === 1 && /^\d{4,}$/.test(t[0]!)) candidates.push({ tokens: group(t[0]!), source, kind });
    }
  };
  const addName = (name: string, source: string, kind: string) => {
    const t = tokens(name).slice(0, MAX_WORDS);
    if (t.length >= 2) candidates.push({ tokens: t, source, kind });
  };
  const addProse = (text: string, source: string, kind: string, size: keyof typeof WINDOW) => {
    for (const phrase of text.split(/[.!?;:\n]+/)) {
      const t = tokens(phrase);
      if (t.length < MIN_PHRASE_WORDS || t.join(' ').length < MIN_PHRASE_CHARS) continue;
      // A phrase no longer than a window is looked for whole; a longer one by its windows, the last
      // one flush with its end.
      if (t.length <= WINDOW[size] + STEP[size]) candidates.push({ tokens: t, source, kind });
      else {
        for (let i = 0; i + WINDOW[size] <= t.length; i += STEP[size])
          candidates.push({ tokens: t.slice(i, i + WINDOW[size]), source, kind });
        candidates.push({ tokens: t.slice(-WINDOW[size]), source, kind });
      }
    }
  };

  const companies: { names: string[]; source: string }[] = [];
  const notes = listNoteFiles(root);
  for (const file of notes) {
    const source = readFileSync(file.path, 'utf8');
    const { data, body } = readNote(source);
    const shared = sharedByDefault ? data.share !== false : data.share === true;
    for (const [key, value] of Object.entries(data)) {
      // A top-level field is private when named; only `extra` names are matched loosely ("Salary expectation").
      if (privateFields.includes(key)) add(value, file.shown, `its ${key}`);
    }
    const extra = data.extra && typeof data.extra === 'object' ? (data.extra as Record<string, unknown>) : {};
    for (const [key, value] of Object.entries(extra)) {
      if (mentionsPrivateField(key, privateFields)) add(value, file.shown, `its property "${key}"`);
    }
    if (shared) {
      const { blocks, rest } = splitPrivate(body);
      for (const text of blocks) addProse(text, file.shown, 'a <Private> block', 'block');
      const open = Object.fromEntries(
        Object.entries(data).filter(([key]) => key !== 'extra' && !privateFields.includes(key)),
      );
      const openExtra = Object.fromEntries(
        Object.entries(extra).filter(([key]) => !mentionsPrivateField(key, privateFields)),
      );
      // Its slug and file name are in the copy's addresses: a private note named alike is no secret there.
      publicText.push(
        ...leaves(open),
        ...leaves(openExtra),
        Object.keys(openExtra).join('\n'),
        rest,
        file.id,
        basename(file.path),
      );
    } else if (file.collection === 'companies') {
      // Shared notes about this company show one of its names, and the catalog groups them under its
      // main name: the names are private only when no shared note names the company at all.
      companies.push({
        names: [data.name, ...(Array.isArray(data.aliases) ? data.aliases : [])].flatMap(leaves),
        source: file.shown,
      });
      add(data.website, file.shown, 'the website of an unshared company note');
      addProse(body, file.shown, 'the text of an unshared note', 'note');
    } else {
      for (const key of [
        'title',
        'position',
        'company',
        'companies',
        'location',
        'tags',
        'roleFamily',
        'author',
        'url',
      ]) {
        if (key in data) add(data[key], file.shown, `the ${key} of an unshared note`);
      }
      // A one-word slug or file name ("timeline") is a word of the site itself, not a secret.
      addName(file.id, file.shown, 'the slug of an unshared note');
      addName(basename(file.path, extname(file.path)), file.shown, 'the file name of an unshared note');
      addProse(body, file.shown, 'the text of an unshared note', 'note');
    }
  }

  // Feedback files (src/feedback/), read with rules of their own too: an unshared file is private
  // whole; of a shared one, the sections whose heading names no shared note (the copy leaves them out).
  const sharedKeys = new Set<string>();
  for (const file of notes) {
    const { data } = readNote(readFileSync(file.path, 'utf8'));
    if (sharedByDefault ? data.share !== false : data.share === true) {
      sharedKeys.add(`${file.collection}/${file.id}`);
      sharedKeys.add(file.id);
    }
  }
  for (const path of feedbackFiles(root)) {
    const shown = relative(process.cwd(), path) || path;
    const { data, body } = readNote(readFileSync(path, 'utf8'));
    // The comments' text, not their headings: a heading is a note's key, which a shared note's address shows.
    const shared = sharedByDefault ? data.share !== false : data.share === true;
    if (!shared) add(data.from, shown, 'the author of an unshared feedback file');
    const about = typeof data.about === 'string' ? data.about : '';
    for (const section of feedbackSections(body)) {
      if (!shared) addProse(section.text, shown, 'the text of an unshared feedback file', 'note');
      else if (!sharedKeys.has(feedbackKey(section.heading ?? about)))
        addProse(section.text, shown, 'a comment on an unshared note', 'note');
    }
  }

  // The configuration is shown in every copy (stage and role family names, the site title).
  try {
    publicText.push(readFileSync(join(root, CONFIG_FILE), 'utf8'));
  } catch {
    // No configuration file: the defaults hold nothing private.
  }
  const publicTokens = publicText.map(tokens);
  const names = companies.flatMap((company) =>
    company.names.map((name) => ({ tokens: tokens(name).slice(0, MAX_WORDS), company })),
  );
  const namedCompanies = new Set<(typeof companies)[number]>();
  const nameMatcher = new PhraseMatcher(names);
  for (const t of publicTokens) for (const name of nameMatcher.find(t)) namedCompanies.add(name.company);
  for (const company of companies)
    if (!namedCompanies.has(company))
      for (const name of company.names) add(name, company.source, 'the name of an unshared company note');

  const assets = new Map<string, string>();
  const named = publicText.join('\n');
  for (const path of otherFiles(root, new Set(notes.map((n) => n.path)))) {
    if (named.includes(basename(path))) continue;
    const shown = relative(process.cwd(), path) || path;
    assets.set(createHash('sha256').update(readFileSync(path)).digest('hex'), shown);
    addName(basename(path, extname(path)), shown, 'the name of a file no shared note shows');
  }

  // One copy of each value per note, and none that the shared notes show anyway. The matcher is
  // built once, with all of them: the self-check reuses it and reports only `values`.
  const seen = new Set<string>();
  const unique = candidates.filter((v) => {
    const key = `${v.source}\0${v.tokens.join(' ')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const matcher = new PhraseMatcher(unique);
  const shown = new Set<PrivateValue>();
  for (const t of publicTokens) matcher.find(t, shown);
  return { values: unique.filter((v) => !shown.has(v)), assets, matcher };
}

// Keys whose values come from a closed list ("month", "EUR"): the site shows those words anyway.
const VOCABULARY_KEYS = new Set(['currency', 'period', 'stage']);

/** The strings and numbers in a YAML value, however deep, except words from a closed list. */
function leaves(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (typeof value === 'string') return [value];
  if (typeof value === 'number' || typeof value === 'bigint') return [String(value)];
  if (value instanceof Date) return [value.toISOString().slice(0, 10)];
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (typeof value === 'object')
    return Object.entries(value).flatMap(([key, v]) => (VOCABULARY_KEYS.has(key) ? [] : leaves(v)));
  return [];
}

/** "731913" → ["731", "913"]: how a grouped figure tokenizes. */
function group(digits: string): string[] {
  const out: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) out.unshift(digits.slice(Math.max(0, end - 3), end));
  return out;
}

function readNote(source: string): { data: Record<string, unknown>; body: string } {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return { data: {}, body: source };
  let data: unknown;
  try {
    // The values the build sees: js-yaml, like Astro's loader (merge keys and anchors resolved).
    data = loadYaml(match[1]!);
  } catch {
    data = {};
  }
  return {
    data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {},
    body: source.slice(match[0].length),
  };
}

/**
 * A body split into the text of its `<Private>` blocks and the rest, with
 * rules of its own (not the filter's): tags shown inside code (a fenced block
 * or a backtick span) do not count; a block runs from an opening tag to the
 * matching closing tag, and on to the last closing tag before the next
 * opening one, so a stray or early `</Private>` never makes private text
 * look public; an unclosed block runs to the end.
 */
export function splitPrivate(body: string): { blocks: string[]; rest: string } {
  const masked = maskCode(body);
  const tags: { at: number; end: number; closing: boolean }[] = [];
  const TAG = /<(\/?)private(?![\w-])/gi;
  for (let m = TAG.exec(masked); m; m = TAG.exec(masked)) {
    const close = masked.indexOf('>', m.index);
    const end = close === -1 ? masked.length : close + 1;
    if (!(m[1] === '' && masked[end - 2] === '/')) tags.push({ at: m.index, end, closing: m[1] === '/' });
    TAG.lastIndex = end;
  }
  const blocks: string[] = [];
  let rest = '';
  let last = 0;
  let i = 0;
  while (i < tags.length) {
    if (tags[i]!.closing) {
      i++;
      continue;
    }
    let depth = 0;
    let j = i;
    for (; j < tags.length; j++) {
      depth += tags[j]!.closing ? -1 : 1;
      if (depth === 0) break;
    }
    // On to the last closing tag before the next opening one.
    while (j + 1 < tags.length && tags[j + 1]!.closing) j++;
    const end = j < tags.length ? tags[j]!.end : body.length;
    rest += body.slice(last, tags[i]!.at);
    blocks.push(body.slice(tags[i]!.at, end).replace(/<\/?private[^>]*>/gi, '\n'));
    last = end;
    i = j + 1;
  }
  return { blocks, rest: rest + body.slice(last) };
}

/** The body with every "<" inside code turned into a space, so a tag shown as code is not a tag. */
function maskCode(body: string): string {
  let fence = '';
  return body
    .split('\n')
    .map((line) => {
      const opener = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence) {
        if (opener && opener[0] === fence[0] && opener.length >= fence.length) fence = '';
        return line.replaceAll('<', ' ');
      }
      if (opener) {
        fence = opener;
        return line;
      }
      // Backtick spans on one line: every other run of backticks opens one.
      let inside = false;
      let out = '';
      for (const part of line.split(/(`+)/)) {
        if (part.startsWith('`')) inside = !inside;
        out += inside && !part.startsWith('`') ? part.replaceAll('<', ' ') : part;
      }
      return out;
    })
    .join('\n');
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

/**
 * A feedback body's `## ` sections outside fenced code, each heading with the text up to the next one;
 * first the text before any heading, with no heading (`about:` says what it is about).
 */
function feedbackSections(body: string): { heading?: string; text: string }[] {
  const sections: { heading?: string; text: string }[] = [{ text: '' }];
  let fence = '';
  for (const line of body.split(/\r?\n/)) {
    const opener = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (opener && (!fence || (opener[0] === fence[0] && opener.length >= fence.length))) fence = fence ? '' : opener;
    if (!fence && line.startsWith('## ')) sections.push({ heading: line.slice(3), text: '' });
    else sections.at(-1)!.text += `${line}\n`;
  }
  return sections;
}

/** What a section heading names, as `collection/id` or a bare id: its last path segments, any address around them dropped. */
function feedbackKey(heading: string): string {
  const parts = heading
    .replace(/[`<>#]/g, ' ')
    .trim()
    .split(/[?#\s]/)[0]!
    .split('/')
    .filter((part) => part && part !== 'prep');
  return parts.slice(-2).join('/');
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
