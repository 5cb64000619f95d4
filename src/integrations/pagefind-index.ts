import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installedVersion } from '../lib/code-digest.ts';

/** The pages Pagefind reads: note pages, the only ones with data-pagefind-body. */
const INDEXED_FOLDERS = ['applications', 'articles'];
/** Options of the index; part of the digest, so changing one re-indexes. */
const INDEX_OPTIONS = { forceLanguage: 'en' } as const;
/** Name of the digest file kept inside the stored copy of the index. */
const DIGEST_FILE = '.dossier-digest';

/** `{applications,articles}/*\/index.html` of the site, relative, in a stable order. */
export function indexedPages(site: string): string[] {
  const pages: string[] = [];
  for (const folder of INDEXED_FOLDERS) {
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
 * What the index is made from: every indexed page (path and bytes), Pagefind's
 * version and the options. Same digest, same index.
 */
export function indexDigest(site: string, pages: readonly string[], projectRoot: string): string {
  const hash = createHash('sha256').update(
    `pagefind ${pagefindVersion(projectRoot)}\0${JSON.stringify(INDEX_OPTIONS)}\0`,
  );
  for (const page of pages)
    hash
      .update(`${page}\0`)
      .update(readFileSync(join(site, page)))
      .update('\0');
  return hash.digest('hex');
}

/** The installed Pagefind's version (in node_modules of the project or a folder above). */
function pagefindVersion(projectRoot: string): string {
  const version = installedVersion('pagefind', projectRoot);
  if (version === undefined) throw new Error('Pagefind is not installed: run npm install');
  return version;
}

export interface IndexOutcome {
  pages: number;
  /** Whether the index was copied from the previous build instead of made. */
  reused: boolean;
}

/**
 * Writes the Pagefind index of `site` into `site/pagefind`. When the indexed
 * pages are byte for byte those of the previous build (same Pagefind, same
 * options), the index that build made is copied from `store` instead: a
 * rebuild with no change to any note page skips the indexer, seconds per
 * thousand pages. Otherwise Pagefind indexes, as in Starlight, inside
 * `astro build`, so the index cannot be forgotten or go stale; any Pagefind
 * error fails the build. `store` must be per audience (the cache dir is).
 */
export async function writeSearchIndex(site: string, store: string, projectRoot: string): Promise<IndexOutcome> {
  const output = join(site, 'pagefind');
  const pages = indexedPages(site);
  const digest = indexDigest(site, pages, projectRoot);
  const storedDigest = join(store, DIGEST_FILE);
  // The digest file holds the digest and the number of pages that index has.
  const [storedKey, storedCount] = existsSync(storedDigest) ? readFileSync(storedDigest, 'utf8').split(' ') : [];
  if (storedKey === digest) {
    rmSync(output, { recursive: true, force: true });
    cpSync(store, output, { recursive: true, filter: (from) => from !== storedDigest });
    return { pages: Number(storedCount), reused: true };
  }
  const pagefind = await import('pagefind');
  let count: number;
  try {
    const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    // Only note pages carry data-pagefind-body, and once any page has it Pagefind indexes no
    // other; listing just those pages gives the same index without parsing the rest of the
    // site (prep sheets, lists, exports): a third less indexing time at 1,000 notes.
    const added = await index.addDirectory({ path: site, glob: '{applications,articles}/*/index.html' });
    if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    count = added.page_count;
  } finally {
    await pagefind.close();
  }
  // The copy is complete before its digest is written, and replaces the old one whole: an interrupted
  // build leaves no copy, or the old one with its own digest, never a half-written one that matches.
  rmSync(storedDigest, { force: true });
  const next = `${store}.${process.pid}.tmp`;
  rmSync(next, { recursive: true, force: true });
  cpSync(output, next, { recursive: true });
  writeFileSync(join(next, DIGEST_FILE), `${digest} ${count}`);
  rmSync(store, { recursive: true, force: true });
  renameSync(next, store);
  return { pages: count, reused: false };
}
