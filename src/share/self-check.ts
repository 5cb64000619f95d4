import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';
import { phoneRuns } from './contact-details.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { blockTest, type PrivateValue, type PrivateValues } from './private-values.ts';
import { rawWords, spellsName, tokens, wordSpans } from './tokens.ts';

/** A private value found in the copy. Never holds the value itself, so a report cannot leak it again. */
export interface Leak {
  /** The file of the copy, relative to the copy's folder (or as given, for files outside it). */
  file: string;
  value: PrivateValue;
}

/** A line of a shared note that holds a leaked value: where the owner fixes it. */
export interface Holder {
  note: string;
  line: number;
  /** The field path (`history[1].note`) or `body`. */
  where: string;
}

export interface CheckReport {
  values: number;
  files: number;
  leaks: Leak[];
  /** For each leaked value, the lines of shared notes whose own text holds it. */
  holders: Map<PrivateValue, Holder[]>;
}

// Files whose bytes are not text; they are compared by digest only (a private image copied as it is).
const BINARY = /\.(png|jpe?g|gif|webp|avif|ico|bmp|tiff?|woff2?|ttf|otf|eot|pdf|zip|wasm|mp[34]|webm|ogg|wav|m4a)$/i;
// Pagefind's search engine and its UI are the same in every copy; scanning them only costs time.
const ENGINE = /^pagefind\/(?:pagefind[^/]*\.js|wasm\.[^/]*|pagefind-[^/]*\.css)$/;
// Pagefind's word index and filters, in every bucket (pagefind/ and pagefind/b<n>/, src/integrations/pagefind-index.ts),
// hold words lower-cased: a name's spelling cannot be told there.
const NO_CASE = /^pagefind\/(?:b\d+\/)?(?:index|filter)\//;
// Files a reader never sees as text: code and styles. Only phrases of several words are looked for there.
const CODE = /\.(?:m?js|cjs|css|map)$/i;
// Elements whose text a reader does not see.
const HIDDEN_ELEMENTS = new Set(['script', 'style', 'template', 'noscript']);
// Elements that end a run of text: two notes side by side in a list are not one phrase.
const BLOCK_ELEMENTS = new Set(
  'p li ul ol h1 h2 h3 h4 h5 h6 div section article aside header footer nav main tr td th table thead tbody caption br hr dl dt dd blockquote pre figure figcaption details summary title option label button time'.split(
    ' ',
  ),
);
// Attributes a reader sees: on screen, in a tooltip, read aloud, in the status bar, in search results.
const SHOWN_ATTRIBUTES =
  /^(?:alt|title|aria-label|aria-description|aria-roledescription|aria-valuetext|placeholder|value|label|content|href|src|srcset|summary|abbr|data-pagefind-.*)$/i;

/**
 * Between two texts joined into one for a single scan: a word no value has,
 * so no phrase is found across the join (two attribute values side by side
 * are not one phrase).
 */
const JOIN = ' dossiertextbreak ';

/**
 * The texts of a page: what a reader sees (text, shown attributes), and the
 * rest (scripts, styles, other attributes, comments), each joined into one
 * text to scan.
 */
function htmlParts(html: string): { visible: string; hidden: string } {
  const visible: string[] = [];
  const hidden: string[] = [];
  let run = '';
  let inHidden = 0;
  // Two elements side by side with no text between them are two pieces of the page, as our own cards
  // lay them out (a company's name above a position): "Austin Freight Analytics" and "Data Analyst"
  // are not the word "AnalyticsData". A word that markup splits inside a text still reads as written.
  let afterClose = false;
  const flush = () => {
    if (run.trim()) visible.push(run);
    run = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (BLOCK_ELEMENTS.has(name)) flush();
        else if (afterClose) run += ' ';
        afterClose = false;
        if (HIDDEN_ELEMENTS.has(name)) inHidden++;
        for (const attribute in attributes) {
          const value = attributes[attribute];
          if (value) (SHOWN_ATTRIBUTES.test(attribute) ? visible : hidden).push(value);
        }
      },
      onclosetag(name) {
        if (HIDDEN_ELEMENTS.has(name)) inHidden = Math.max(0, inHidden - 1);
        if (BLOCK_ELEMENTS.has(name)) flush();
        afterClose = true;
      },
      ontext(text) {
        afterClose = false;
        if (inHidden > 0) hidden.push(text);
        // A phrase that markup splits ("secret <strong>b</strong>") reads as written.
        else run += text;
      },
      oncomment(text) {
        hidden.push(text);
      },
    },
    { decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return { visible: visible.join(JOIN), hidden: hidden.join(JOIN) };
}

/**
 * Scans every file of a copy for the owner's private values, as a reader
 * would meet them: file names; what a page shows (its text, and attributes
 * a reader sees: alt, title, aria-label, links); search records (Pagefind's
 * compressed index, decompressed); exports and other text files; and the
 * bytes of private files. A single word is looked for only where a reader
 * sees text: the site's markup, class names, scripts and styles are full of
 * words ("mark", "card"). A phrase of several words is looked for
 * everywhere. A contact's name inside a stretch of public text (a company's
 * name, the site's own words) is no leak. Linear in the size of the copy:
 * each file is read once and its words are matched against all values in
 * one pass.
 *
 * `extra` files (the mentor manifest) are scanned too and reported by their path.
 */
export function checkCopy(dir: string, secrets: PrivateValues, extra: string[] = []): CheckReport {
  const leaks: Leak[] = [];
  const files = [
    ...listFiles(dir).map((file) => ({ path: join(dir, file), shown: file })),
    ...extra.map((path) => ({ path, shown: path })),
  ];
  for (const { path, shown } of files) {
    const found = new Set<PrivateValue>();
    scan(secrets, shown, { visible: true, caseKnown: true }, found);
    let bytes: Buffer = readFileSync(path);
    const asset = secrets.assets.get(createHash('sha256').update(bytes).digest('hex'));
    if (asset)
      leaks.push({
        file: shown,
        value: {
          tokens: [],
          source: asset,
          where: 'its bytes',
          kind: 'a file no shared note shows, byte for byte',
          visibleOnly: false,
        },
      });
    if (!BINARY.test(shown) && !ENGINE.test(shown)) {
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
      const text = bytes.toString('utf8');
      const caseKnown = !NO_CASE.test(shown);
      if (/\.(?:html?|svg)$/i.test(shown)) {
        const parts = htmlParts(text);
        scan(secrets, parts.visible, { visible: true, caseKnown }, found);
        scan(secrets, parts.hidden, { visible: false, caseKnown }, found);
      } else scan(secrets, text, { visible: !CODE.test(shown), caseKnown }, found);
    }
    for (const value of found) leaks.push({ file: shown, value });
  }
  return {
    values: secrets.values.length + secrets.assets.size,
    files: files.length,
    leaks,
    holders: holdersOf(secrets, leaks),
  };
}

/** Adds the private values a text holds to `found`. */
function scan(
  secrets: Pick<PrivateValues, 'matcher' | 'covers' | 'phones'>,
  text: string,
  { visible, caseKnown }: { visible: boolean; caseKnown: boolean },
  found: Set<PrivateValue>,
): void {
  // A withheld phone number in any shape: "0170 5550199" for "+49 170 5550199".
  if (secrets.phones.size > 0)
    for (const run of phoneRuns(text)) for (const v of secrets.phones.find(run)) found.add(v);
  const lower = tokens(text);
  if (lower.length === 0) return;
  // The words as written, for names' spellings: worked out only when a name turns up.
  let raw: string[] | undefined | null = null;
  const written = () => (raw === null ? (raw = caseKnown ? rawWords(text, lower.length) : undefined) : raw);
  const people: { value: PrivateValue; start: number }[] = [];
  secrets.matcher.each(lower, (value, start) => {
    if (value.visibleOnly && !visible) return;
    if (value.spelling) {
      // Where the spelling cannot be told, a name written alone is not looked for: "mark" is no "Mark".
      const words = written();
      if (!words || !value.spelling.every((name, i) => spellsName(words[start + i]!, name))) return;
    }
    if (value.person) people.push({ value, start });
    else found.add(value);
  });
  if (people.length === 0) return;
  // A name inside public text, written as that text writes it, is part of it. Only a text that names
  // someone is read a second time, for the public text around the names.
  // One stretch of public text must hold the whole name: "48", "601" and "987" as three of the site's
  // words do not cover a phone number. reach[i]: the furthest end of a cover that starts at or before i.
  const reach = new Int32Array(lower.length).fill(-1);
  const words = written();
  secrets.covers.each(lower, (cover, start) => {
    const spelt = !cover.raw || !words || cover.raw.every((raw, i) => words[start + i] === raw);
    if (spelt) reach[start] = Math.max(reach[start]!, start + cover.tokens.length);
  });
  for (let i = 1; i < reach.length; i++) reach[i] = Math.max(reach[i]!, reach[i - 1]!);
  for (const { value, start } of people) if (reach[start]! < start + value.tokens.length) found.add(value);
}

/** The lines of shared notes whose own text holds a leaked value, found with the same matching. */
function holdersOf(secrets: PrivateValues, leaks: readonly Leak[]): Map<PrivateValue, Holder[]> {
  const leaked = [...new Set(leaks.map((l) => l.value).filter((v) => v.tokens.length > 0))];
  const holders = new Map<PrivateValue, Holder[]>();
  if (leaked.length === 0) return holders;
  const matcher = new PhraseMatcher(leaked);
  for (const text of secrets.shown) {
    const hidden = text.hidden ? blockTest(text.hidden) : () => false;
    const words = wordSpans(text.text).filter((w) => !hidden(w.start));
    matcher.each(
      words.map((w) => w.word),
      (value, start) => {
        if (value.spelling && !value.spelling.every((name, i) => spellsName(words[start + i]!.raw, name))) return;
        const holder = { note: text.note, line: text.lineAt(words[start]!.start), where: text.where };
        const list = holders.get(value) ?? [];
        if (!list.some((h) => h.note === holder.note && h.line === holder.line && h.where === holder.where))
          list.push(holder);
        holders.set(value, list);
      },
    );
  }
  return holders;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/**
 * The report as lines for the terminal, never with the value. A value that a
 * shared note's own text holds is reported where the owner fixes it: the
 * note, the line and the field (`applications/umbra.mdx:12 history[1].note
 * holds the name of a contact (contacts[0].name)`), and only that note. A
 * value no shared note holds (it reached the copy some other way) is
 * reported by the file of the copy and the note it comes from.
 */
export function describeCheck(report: CheckReport, folder: string, limit = 60): string[] {
  const shownDir = folder.replace(/\/+$/, '');
  if (report.leaks.length === 0)
    return [
      `Self-check: checked ${report.values} private values against ${report.files} files of ${shownDir}: none found.`,
    ];
  const inCopy = (file: string) => (file.startsWith('/') ? file : `${shownDir}/${file}`);
  const lines = new Map<string, { files: Set<string>; kinds: Set<string> }>();
  const line = (key: string, file: string, kind?: string) => {
    const entry = lines.get(key) ?? { files: new Set(), kinds: new Set() };
    entry.files.add(file);
    if (kind) entry.kinds.add(kind);
    lines.set(key, entry);
  };
  // A value several notes list (a contact of two applications) is reported once per line that holds it,
  // by the list of the note that holds the text when that note has one.
  const byHolder = new Map<string, { holder: Holder; value: PrivateValue; files: Set<string> }>();
  for (const leak of report.leaks) {
    const { value } = leak;
    const holders = report.holders.get(value) ?? [];
    if (holders.length === 0) {
      line(`${inCopy(leak.file)}: ${value.source}`, leak.file, `${value.where}: ${value.kind}`);
      continue;
    }
    for (const holder of holders) {
      const key = `${holder.note}:${holder.line} ${holder.where} ${value.kind}`;
      const entry = byHolder.get(key);
      if (!entry) byHolder.set(key, { holder, value, files: new Set([leak.file]) });
      else {
        entry.files.add(leak.file);
        if (entry.value.source !== holder.note && value.source === holder.note) entry.value = value;
      }
    }
  }
  for (const { holder, value, files } of byHolder.values()) {
    const origin = holder.note === value.source ? value.where : `${value.source} ${value.where}`;
    for (const file of files)
      line(`${holder.note}:${holder.line} ${holder.where} holds ${value.kind} (${origin})`, file);
  }
  const rendered = [...lines].map(([key, { files, kinds }]) =>
    kinds.size > 0
      ? `  ${key} (${[...kinds].join('; ')})`
      : `  ${key}; in ${files.size === 1 ? inCopy([...files][0]!) : `${files.size} files of the copy, such as ${inCopy([...files].sort()[0]!)}`}`,
  );
  return [
    `Self-check: private values found in ${new Set(report.leaks.map((l) => l.file)).size} of ${report.files} files of ${shownDir} (checked ${report.values} values):`,
    ...rendered.slice(0, limit),
    ...(rendered.length > limit
      ? [`  … and ${rendered.length - limit} more (npm run share:check -- <folder> lists them all)`]
      : []),
  ];
}
