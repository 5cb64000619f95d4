import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHTML } from 'entities';
import type { PrivateValue, PrivateValues } from './private-values.ts';
import { tokens } from './tokens.ts';

/** A private value found in the copy. Never holds the value itself, so a report cannot leak it again. */
export interface Leak {
  /** The file of the copy, relative to the copy's folder (or as given, for files outside it). */
  file: string;
  /** Where the value comes from: a note of the owner's archive. */
  source: string;
  kind: string;
}

export interface CheckReport {
  values: number;
  files: number;
  leaks: Leak[];
}

// Pagefind's index and fragments are gzip files under other names.
const GZIP = (bytes: Buffer) => bytes[0] === 0x1f && bytes[1] === 0x8b;
// Files whose bytes are not text; they are compared by digest only (a private image copied as it is).
const BINARY = /\.(png|jpe?g|gif|webp|avif|ico|woff2?|ttf|otf|pdf|zip|wasm)$/i;
const BLOCK_TAG =
  /<\/?(?:p|li|ul|ol|h[1-6]|div|section|article|aside|header|footer|nav|main|tr|td|th|table|thead|tbody|caption|br|hr|dl|dt|dd|blockquote|pre|figure|figcaption|details|summary|title|option|label|button|time)\b[^>]*>/gi;
const INLINE_TAG = /<[^>]*>/g;
const ATTRIBUTE = /=\s*"([^"]*)"|=\s*'([^']*)'/g;
// Pagefind's search engine and its UI are the same in every copy; scanning them only costs time.
const ENGINE = /^pagefind\/(?:pagefind[^/]*\.js|wasm\.[^/]*|pagefind-[^/]*\.css)$/;

/**
 * Scans every file of a copy for the owner's private values: file names,
 * text (HTML with and without its tags, entities decoded), Pagefind's
 * compressed index decompressed, and the bytes of private files. Linear in
 * the size of the copy: each file is read once and its words are matched
 * against all values in one pass (`PhraseMatcher`).
 *
 * `extra` files (the mentor manifest in the content root) are scanned too
 * and reported by their path.
 */
export function checkCopy(dir: string, secrets: PrivateValues, extra: string[] = []): CheckReport {
  const index = secrets.matcher;
  const reportable = new Set(secrets.values);
  const leaks: Leak[] = [];
  const files = [
    ...listFiles(dir).map((file) => ({ path: join(dir, file), shown: file })),
    ...extra.map((path) => ({ path, shown: path })),
  ];
  // How many pages each one-word value turns up on: a word on most pages (half or more; prep sheets
  // have no menu) is a word of the site's own template (its menu says "Timeline"), not a private
  // note's, and is not reported. No note's own text reaches half the pages of a copy.
  const pages = files.filter((f) => /\.html?$/i.test(f.shown)).length;
  const onPages = new Map<PrivateValue, number>();
  const foundIn: { file: string; values: Set<PrivateValue> }[] = [];
  for (const { path, shown } of files) {
    const found = index.find(tokens(shown));
    let bytes: Buffer = readFileSync(path);
    const digest = createHash('sha256').update(bytes).digest('hex');
    const asset = secrets.assets.get(digest);
    if (asset) leaks.push({ file: shown, source: asset, kind: 'a file no shared note shows, byte for byte' });
    if (!BINARY.test(shown) && !ENGINE.test(shown)) {
      if (GZIP(bytes)) bytes = gunzipSync(bytes);
      const text = bytes.toString('utf8');
      if (/\.html?$/i.test(shown)) {
        // Text between block-level tags, inline tags dropped: a phrase that markup splits
        // ("secret <strong>b</strong>") reads as written, and two notes side by side on a page are
        // not one phrase. Then every attribute value on its own (links, ids, alt text).
        for (const block of text.split(BLOCK_TAG)) index.find(tokens(decodeHTML(block.replace(INLINE_TAG, ''))), found);
        for (const [, double, single] of text.matchAll(ATTRIBUTE))
          index.find(tokens(decodeHTML(double ?? single ?? '')), found);
      } else index.find(tokens(text), found);
    }
    if (/\.html?$/i.test(shown))
      for (const v of found) if (v.tokens.length === 1) onPages.set(v, (onPages.get(v) ?? 0) + 1);
    foundIn.push({ file: shown, values: found });
  }
  const template = (v: PrivateValue) => v.tokens.length === 1 && pages >= 3 && (onPages.get(v) ?? 0) * 2 >= pages;
  for (const { file, values } of foundIn) {
    for (const v of values) if (reportable.has(v) && !template(v)) leaks.push({ file, source: v.source, kind: v.kind });
  }
  return { values: secrets.values.length + secrets.assets.size, files: files.length, leaks };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** The report as lines for the terminal: one per file and source, never with the value. */
export function describeCheck(report: CheckReport, folder: string, limit = 60): string[] {
  const shownDir = folder.replace(/\/+$/, '');
  if (report.leaks.length === 0)
    return [
      `Self-check: checked ${report.values} private values against ${report.files} files of ${shownDir}: none found.`,
    ];
  const lines = new Map<string, Set<string>>();
  for (const leak of report.leaks) {
    const key = `${leak.file.startsWith('/') ? leak.file : `${shownDir}/${leak.file}`}: ${leak.source}`;
    if (!lines.has(key)) lines.set(key, new Set());
    lines.get(key)!.add(leak.kind);
  }
  return [
    `Self-check: private values found in ${new Set(report.leaks.map((l) => l.file)).size} of ${report.files} files of ${shownDir} (checked ${report.values} values):`,
    ...[...lines].slice(0, limit).map(([where, kinds]) => `  ${where} (${[...kinds].join('; ')})`),
    ...(lines.size > limit
      ? [`  … and ${lines.size - limit} more (npm run share:check -- <folder> lists them all)`]
      : []),
  ];
}
