import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashPackages, installedVersion } from '../lib/code-digest.ts';

/**
 * Which pages the search index holds, and how they are split into buckets
 * (./pagefind-index.ts builds them): the count of buckets, the bucket of a
 * page, the size of Pagefind's word chunks, and what a bucket's index is made from.
 */

/** The pages Pagefind reads: note pages, the only ones with data-pagefind-body. */
const INDEXED_PAGE = /^(?:applications|articles)\/[^/]+\/index\.html$/;
/** Options of every bucket's index; part of each digest, so changing one re-indexes. */
export const INDEX_OPTIONS = { forceLanguage: 'en' } as const;
/** Whether Pagefind indexes this page (a path relative to the site, like `applications/x/index.html`). */
export const isIndexedPage = (page: string) => INDEXED_PAGE.test(page);

/** `{applications,articles}/*\/index.html` of the site, relative, in a stable order. */
export function indexedPages(site: string): string[] {
  const pages: string[] = [];
  for (const folder of ['applications', 'articles']) {
    let entries: string[];
    try {
      entries = readdirSync(join(site, folder)).sort();
    } catch {
      continue;
    }
    for (const entry of entries) {
      const page = `${folder}/${entry}/index.html`;
      if (existsSync(join(site, page))) pages.push(page);
    }
  }
  return pages;
}

/**
 * How many buckets an index of `pages` pages has: the square root of
 * pages ÷ 250, so 2 at 1,000 notes and 6 at 10,000. An edit re-indexes a
 * bucket, a share of the notes that falls as the archive grows; a first search
 * fetches a word chunk from every bucket, a cost that grows with their number
 * (docs/performance.md has both). The count moves in steps, so an archive
 * that grows by a note keeps its buckets.
 */
export function bucketCount(pages: number): number {
  return Math.min(16, Math.max(1, Math.round(Math.sqrt(pages / 250))));
}

/**
 * Locations (word occurrences) per chunk of Pagefind's word index, whose
 * default is 20,000. A search fetches the chunk of each of its words from
 * every bucket, and the metadata of every bucket names each chunk: with more
 * buckets of fewer pages the best size grows with √buckets (measured at 1,000
 * and 10,000 notes, docs/performance.md). Pagefind reads it from its
 * environment only (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE).
 */
export function chunkSize(buckets: number): number {
  return Math.round((2000 * Math.sqrt(buckets)) / 500) * 500;
}

/** The bucket of a page: a hash of its path, so a page stays in its bucket as others come and go. */
export function bucketOf(page: string, buckets: number): number {
  return createHash('sha256').update(page).digest().readUInt32BE(0) % buckets;
}

const pagefindKeys = new Map<string, string>();

/**
 * The installed Pagefind and every package it depends on, keyed as all our caches key packages
 * (src/lib/code-digest.ts `hashPackages`: installed versions, never the lockfile).
 */
function pagefindVersion(projectRoot: string): string {
  let key = pagefindKeys.get(projectRoot);
  if (key === undefined) {
    if (installedVersion('pagefind', projectRoot) === undefined)
      throw new Error('Pagefind is not installed: run npm install');
    key = hashPackages(createHash('sha256'), ['pagefind'], projectRoot).digest('hex');
    pagefindKeys.set(projectRoot, key);
  }
  return key;
}

/**
 * What a bucket's index is made from: its pages (path and bytes), the bucket
 * and their number, Pagefind's version and the options. Same digest, same index.
 */
export function bucketDigest(
  site: string,
  pages: readonly string[],
  bucket: number,
  buckets: number,
  projectRoot: string,
): string {
  const hash = createHash('sha256').update(
    `pagefind ${pagefindVersion(projectRoot)}\0${JSON.stringify(INDEX_OPTIONS)}\0${chunkSize(buckets)}\0${bucket}/${buckets}\0`,
  );
  for (const page of pages)
    hash
      .update(`${page}\0`)
      .update(readFileSync(join(site, page)))
      .update('\0');
  return hash.digest('hex');
}
