import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PagefindIndex } from 'pagefind';
import type { NoteFile } from '../notes/note-files.ts';
import {
  bucketCount,
  bucketDigest,
  bucketOf,
  chunkSize,
  indexedPages,
  INDEX_OPTIONS,
  isIndexedPage,
} from './search-buckets.ts';
import { BUCKET_LIST } from '../search/buckets.ts';

/**
 * The site's search index, in buckets: the note pages are split by a hash of
 * their path into a fixed number of buckets, and each bucket is a Pagefind
 * index of its own, which the search page merges with `mergeIndex`
 * (src/search/search-ui.ts). Pagefind 1.6 has no incremental index, so a
 * bucket is rebuilt whole when any of its pages changed, appeared or went, and
 * copied from the previous build otherwise: an edit re-indexes one bucket,
 * and an edited note's old words are gone from the index, never just hidden.
 * The price is paid by the first search, which fetches an entry, the metadata
 * and a word chunk per bucket: docs/performance.md has the figures behind
 * bucketCount().
 *
 * Pages reach Pagefind while Astro renders the rest of the site (offer()), so
 * the indexer, a separate process, parses on the core Astro leaves idle.
 */

/** Name of the digest file kept in each stored bucket. */
const DIGEST_FILE = '.dossier-digest';

export interface IndexOutcome {
  /** Pages in the index. */
  pages: number;
  /** Buckets with pages (the others are not written). */
  buckets: number;
  /** Buckets indexed in this build (the others were copied from the previous build). */
  rebuilt: number;
  /** Pages in the rebuilt buckets. */
  reindexed: number;
  /** Of those, pages Pagefind had parsed before the build's end, while Astro was busy (prefeed(), offer()). */
  ahead: number;
}

/**
 * Pagefind's own code and UI, which every index folder holds: the search page loads them from the
 * first bucket's folder only, so the others go without (`mergeIndex` reads an entry, metadata,
 * word chunks, filters and fragments).
 */
const ENGINE_FILE = /\.(?:js|css|pagefind)$/;

/**
 * Hard-links the files of `from` into `to` (copies across file systems); the stored files are
 * never written again. `engine`: whether Pagefind's code and UI go too.
 */
function linkTree(from: string, to: string, engine: boolean): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.name === DIGEST_FILE || (!engine && entry.isFile() && ENGINE_FILE.test(entry.name))) continue;
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      linkTree(source, target, engine);
      continue;
    }
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target);
    }
  }
}

/** The index as stored in the cache: the number of buckets, those with pages, and the figures for the log. */
interface Settled {
  buckets: number;
  used: number[];
  outcome: IndexOutcome;
}

/** This build's note pages split into buckets, and the buckets that are written. */
interface Plan {
  buckets: number;
  byBucket: string[][];
  used: number[];
}

/** Splits `pages` into `buckets`. */
function planBuckets(pages: readonly string[], buckets: number): Plan {
  const byBucket = Array.from({ length: buckets }, () => [] as string[]);
  for (const page of pages) byBucket[bucketOf(page, buckets)]!.push(page);
  // A bucket without pages would be an index without a language, which the browser refuses to
  // merge; the first is written all the same when the site has no note at all, for Pagefind's scripts.
  const used = byBucket.flatMap((list, bucket) => (list.length || (bucket === 0 && !pages.length) ? [bucket] : []));
  return { buckets, byBucket, used };
}

/** An index being built for one bucket, and the pages it has been given (path → digest of the HTML). */
interface OpenBucket {
  index: Promise<PagefindIndex>;
  added: Map<string, string>;
  /** Each page's work, settled once Pagefind has parsed it (or it failed). */
  work: Promise<unknown>[];
  /** Settles once the last page given has been sent to Pagefind's process. */
  sent: Promise<unknown>;
}

/** Name of the file in the store whose time is when the build of the last index began. */
const STAMP_FILE = '.dossier-last-index';
/** The stamp of this build, written when it begins (by the file system's clock), kept if it writes an index. */
const PENDING_STAMP_FILE = '.dossier-index-started';

/**
 * Pages offered to Pagefind and not yet taken, beyond which the renderer waits (room()). About 30 KB
 * of HTML a note page: some 8 MB. Enough that Astro never waits when Pagefind keeps up.
 */
const MAX_WAITING = 256;

const htmlDigest = (html: string) => createHash('sha1').update(html).digest('base64');

/**
 * What a page that is gone is replaced with: Pagefind replaces a page it
 * already holds when given one with the same URL, and leaves out of the index
 * a page whose body has no words, so this takes a removed note out whole.
 */
const EMPTY_PAGE = '<html lang="en"><body><main data-pagefind-body></main></body></html>';

/**
 * Builds `site/pagefind` for one build. Note pages are offered as Astro
 * renders them; finish() then indexes the buckets whose pages changed since
 * the index stored in `store` (one per audience: the cache dir is) was made,
 * copies the unchanged ones, and writes the result into the site. As in
 * Starlight, this runs inside `astro build`, so the index cannot be forgotten
 * or go stale, and any Pagefind error fails the build.
 */
export class SearchIndexBuilder {
  private pagefind?: Promise<typeof import('pagefind')>;
  private buckets = 0;
  private readonly open = new Map<number, OpenBucket>();
  /** Indexes given up on (the bucket was unchanged, or the count of buckets changed), waited for before closing. */
  private readonly dropped: OpenBucket[] = [];
  private readonly errors: string[] = [];
  /** This build's note pages, from expect(), and their buckets. */
  private pages?: string[];
  private plan?: Plan;
  /** The whole index being settled, once every note page is written (notePagesDone()). */
  private settling?: Promise<Settled>;
  /** Each bucket being settled (true: indexed; false: unchanged), from when its last page was written. */
  private readonly settlingBuckets = new Map<number, Promise<boolean>>();
  /** Pages Pagefind had parsed before their bucket was settled. */
  private ahead = 0;
  private stamped = false;
  /** Pages Astro has offered whose HTML Pagefind has not taken yet, and who waits for that to fall (room()). */
  private waiting = 0;
  /** The bucket being written by Pagefind: the next waits for it (settle()). */
  private writing: Promise<unknown> = Promise.resolve();
  private wakeUp: (() => void)[] = [];

  private readonly store: string;
  private readonly projectRoot: string;
  private readonly fixedBuckets: number | undefined;

  /** `store` keeps each bucket's index between builds; `buckets` is the settings' searchBuckets (unset: by size). */
  constructor(store: string, projectRoot: string, buckets: number | undefined) {
    this.store = store;
    this.projectRoot = projectRoot;
    this.fixedBuckets = buckets;
    mkdirSync(store, { recursive: true });
    writeFileSync(join(store, PENDING_STAMP_FILE), '');
  }

  private bucketsFor(pages: number): number {
    return this.fixedBuckets ?? bucketCount(pages);
  }

  /**
   * The note pages this build writes (paths relative to the site), known from
   * Astro's list of paths before any is rendered. The folder may still hold
   * pages of notes since deleted until the build's end prunes them: this
   * list, not the folder, says what the index holds.
   */
  async expect(pages: readonly string[]): Promise<void> {
    this.pages = [...pages].sort();
    this.plan = planBuckets(this.pages, this.bucketsFor(pages.length));
    await this.use(this.plan.buckets);
  }

  /** The bucket a note page of this build goes in (after expect()). */
  bucketOfPage(page: string): number {
    return bucketOf(page, this.buckets);
  }

  /**
   * Every page of one bucket is written (Astro renders in the order of its
   * list and is past the bucket's last page): that bucket can be indexed,
   * written and let go of in Pagefind's process now, while Astro renders the
   * rest. Pagefind holds every page it parsed until its index is written, so
   * a build that renders the note pages bucket by bucket (search-prerenderer.ts)
   * keeps about one bucket's pages in it instead of the whole archive's.
   */
  bucketDone(site: string, bucket: number): void {
    if (!this.plan || this.settlingBuckets.has(bucket) || !this.plan.used.includes(bucket)) return;
    this.settleBucket(site, this.plan, bucket);
  }

  /**
   * Every note page of this build is written (Astro renders in the order of
   * its list and is past the last one): the buckets can be indexed and
   * written now, while Astro renders the lists, companies and stages after
   * them, instead of after the last page. finish() waits for it.
   */
  notePagesDone(site: string): void {
    if (!this.pages || this.settling) return;
    this.settling = this.settle(site, this.pages);
    // finish() reports a failure; until then it must not count as unhandled.
    this.settling.catch(() => {});
  }

  /**
   * Sets the number of buckets. Pages given under another number went to the
   * wrong buckets, and Pagefind's process runs with another chunk size: both
   * are given up, and the next page starts the process again.
   */
  private async use(buckets: number): Promise<void> {
    if (buckets === this.buckets) return;
    this.dropped.push(...this.open.values());
    this.open.clear();
    this.buckets = buckets;
    if (this.pagefind) {
      const pagefind = this.pagefind;
      this.pagefind = undefined;
      await Promise.allSettled(this.dropped.flatMap((o) => [o.index, ...o.work]));
      await (await pagefind).close();
    }
  }

  /**
   * A page Astro has just rendered (`page` relative to the site). A note page
   * starts being parsed in its bucket's index at once, in Pagefind's process;
   * whether that bucket is written at all is decided by finish().
   */
  offer(page: string, html: string): void {
    if (this.buckets === 0 || !isIndexedPage(page)) return;
    const open = this.bucket(bucketOf(page, this.buckets));
    const digest = htmlDigest(html);
    if (open.added.get(page) === digest) return;
    this.waiting++;
    void this.add(open, page, html, digest).then(() => this.taken());
  }

  /**
   * Resolves when Pagefind has taken enough of the pages offered to it: the
   * renderer waits for it after each note page, so the HTML waiting for
   * Pagefind's process stays a few megabytes however many notes the archive
   * has, instead of growing while Astro renders faster than Pagefind parses
   * (at 10,000 notes that queue was the build's peak of memory).
   */
  room(): Promise<void> {
    if (this.waiting < MAX_WAITING) return Promise.resolve();
    return new Promise((resolve) => this.wakeUp.push(resolve));
  }

  /**
   * Before anything is built: the buckets of the notes edited since the last
   * index will be indexed again, so their pages, as the last build left them
   * in `site`, start going to Pagefind now, on the core Astro leaves idle
   * while it starts, validates and syncs. finish() then gives Pagefind only
   * what changed (it replaces a page it holds by its URL) before writing. A
   * guess, by the notes' file times: a bucket guessed wrong is indexed whole
   * in finish(), and an index is never made from an old page that changed.
   */
  prefeed(site: string, notes: readonly NoteFile[]): Promise<void> {
    const stamp = join(this.store, STAMP_FILE);
    if (!existsSync(stamp)) return Promise.resolve();
    const since = statSync(stamp).mtimeMs;
    const previous = indexedPages(site);
    if (!previous.length) return Promise.resolve();
    // The count the last build had; expect() moves to this build's if it differs.
    this.buckets = this.bucketsFor(previous.length);
    const edited = new Set(
      notes
        .filter((note) => statSync(note.path).mtimeMs > since)
        .map((note) => bucketOf(`${note.collection}/${note.id}/index.html`, this.buckets)),
    );
    const reads: Promise<string>[] = [];
    for (const page of previous) {
      if (!edited.has(bucketOf(page, this.buckets))) continue;
      // Read off the main thread; the order of pages in the bucket stays that of the list.
      const html = readFile(join(site, page), 'utf8');
      reads.push(html);
      this.add(this.bucket(bucketOf(page, this.buckets)), page, html);
    }
    // Settles once the old pages are read (their parsing goes on); a failure reaches finish().
    return Promise.allSettled(reads).then(() => {});
  }

  /** Pagefind, its process started with the chunk size for this build's number of buckets. */
  private service(): Promise<typeof import('pagefind')> {
    this.pagefind ??= (async () => {
      // Pagefind reads its chunk size only from its environment, when its process starts (the first call).
      process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(chunkSize(this.buckets));
      return import('pagefind');
    })();
    return this.pagefind;
  }

  private bucket(bucket: number): OpenBucket {
    let open = this.open.get(bucket);
    if (!open) {
      const index = this.service().then(async (pagefind) => {
        const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        return index;
      });
      // Its failure reaches finish() through the pages' work; this keeps it from counting as unhandled.
      index.catch(() => {});
      open = { index, added: new Map(), work: [], sent: index.catch(() => {}) };
      this.open.set(bucket, open);
    }
    return open;
  }

  /**
   * Gives a page to a bucket's index (replacing the one it holds with that path), after those given before;
   * `digest` is the page's htmlDigest when the caller has worked it out already. Settles (never rejects)
   * once Pagefind has parsed the page or failed to.
   */
  private add(open: OpenBucket, page: string, html: string | Promise<string>, digest?: string): Promise<unknown> {
    if (typeof html === 'string') open.added.set(page, digest ?? htmlDigest(html));
    // Pages are sent one after another, in the order given, and Pagefind's process handles its
    // messages in turn, so the same builds give the same index. A page is sent without waiting for
    // the one before to be parsed: Pagefind never idles between pages while Astro's thread, which
    // reads its answers, is busy rendering. A failure is kept for finish() to report, as a page is
    // offered while Astro still renders others.
    let parsed: Promise<{ errors: string[] }> | undefined;
    const sent = open.sent.then(async () => {
      const content = await html;
      if (typeof html !== 'string') open.added.set(page, htmlDigest(content));
      parsed = (await open.index).addHTMLFile({ sourcePath: page, content });
    });
    open.sent = sent.catch(() => {});
    const work = sent
      .then(() => parsed!)
      .then(({ errors }) => void (errors.length && this.errors.push(`${page}: ${errors.join('; ')}`)))
      .catch((error: unknown) => void this.errors.push(`${page}: ${String(error)}`));
    open.work.push(work);
    return work;
  }

  /** One waiting page is in Pagefind's hands (or failed): the renderer goes on once half the room is free. */
  private taken(): void {
    this.waiting--;
    if (this.waiting > MAX_WAITING / 2 || !this.wakeUp.length) return;
    const waiting = this.wakeUp;
    this.wakeUp = [];
    for (const resolve of waiting) resolve();
  }

  /** Indexes what changed, copies what did not, and writes `site/pagefind`. */
  async finish(site: string): Promise<IndexOutcome> {
    try {
      return await this.write(site);
    } finally {
      // Pages offered to buckets that turned out unchanged may still be in Pagefind's hands.
      await Promise.allSettled([...this.open.values(), ...this.dropped].flatMap((o) => [o.index, ...o.work]));
      if (this.pagefind) await (await this.pagefind).close();
    }
  }

  private async write(site: string): Promise<IndexOutcome> {
    const settled = await (this.settling ?? this.settle(site, this.pages ?? indexedPages(site)));
    const { buckets, used } = settled;
    // Buckets of another count, or of a bucket that has no pages any more, are not part of this index.
    const keep = new Set([STAMP_FILE, PENDING_STAMP_FILE, ...used.map((bucket) => `${bucket}-of-${buckets}`)]);
    for (const name of existsSync(this.store) ? readdirSync(this.store) : [])
      if (!keep.has(name)) rmSync(join(this.store, name), { recursive: true, force: true });

    const output = join(site, 'pagefind');
    rmSync(output, { recursive: true, force: true });
    // The first bucket written holds Pagefind's scripts; the others go in folders of their own beside them.
    const folders = used.map((bucket, i) => (i === 0 ? '' : `b${bucket}`));
    used.forEach((bucket, i) =>
      linkTree(join(this.store, `${bucket}-of-${buckets}`), join(output, folders[i]!), i === 0),
    );
    writeFileSync(join(output, BUCKET_LIST), JSON.stringify(folders.slice(1).map((folder) => `${folder}/`)));
    return settled.outcome;
  }

  /** Indexes the buckets of `pages` whose pages changed, and stores each in the cache; the rest are reused. */
  private async settle(site: string, pages: readonly string[]): Promise<Settled> {
    const plan = this.plan && pages === this.pages ? this.plan : planBuckets(pages, this.bucketsFor(pages.length));
    await this.use(plan.buckets);
    const { buckets, byBucket, used } = plan;
    const indexed = await Promise.all(
      used.map((bucket) => this.settlingBuckets.get(bucket) ?? this.settleBucket(site, plan, bucket)),
    );
    const rebuilt = used.filter((_, i) => indexed[i]);
    const ahead = this.ahead;
    return {
      buckets,
      used,
      outcome: {
        pages: pages.length,
        buckets: used.length,
        rebuilt: rebuilt.length,
        reindexed: rebuilt.reduce((sum, bucket) => sum + byBucket[bucket]!.length, 0),
        ahead,
      },
    };
  }

  /**
   * Indexes one bucket if its pages changed since the stored copy (true), or
   * leaves the stored copy (false). Started once per bucket; its failure
   * reaches finish() through settle().
   */
  private settleBucket(site: string, plan: Plan, bucket: number): Promise<boolean> {
    if (!this.stamped) {
      // When this build began: a note edited since then counts as edited for the next build's prefeed().
      renameSync(join(this.store, PENDING_STAMP_FILE), join(this.store, STAMP_FILE));
      this.stamped = true;
    }
    const { buckets } = plan;
    const list = plan.byBucket[bucket]!;
    const stored = join(this.store, `${bucket}-of-${buckets}`);
    const work = (async () => {
      const digest = bucketDigest(site, list, bucket, buckets, this.projectRoot);
      const digestFile = join(stored, DIGEST_FILE);
      if (existsSync(digestFile) && readFileSync(digestFile, 'utf8') === digest) {
        const open = this.open.get(bucket);
        if (open) this.dropped.push(open);
        this.open.delete(bucket);
        return false;
      }
      const open = this.bucket(bucket);
      // The digests of pages given early are known once their work is done.
      await Promise.all(open.work);
      const current = new Set(list);
      for (const page of list) {
        const html = readFileSync(join(site, page), 'utf8');
        const digest = htmlDigest(html);
        if (open.added.get(page) !== digest) this.add(open, page, html, digest);
        else this.ahead++;
      }
      for (const page of [...open.added.keys()]) if (!current.has(page)) this.add(open, page, EMPTY_PAGE);
      await Promise.all(open.work);
      if (this.errors.length) throw new Error(`Pagefind could not index:\n  ${this.errors.join('\n  ')}`);
      // The new copy is complete, digest included, before it replaces the old one whole: an
      // interrupted build leaves the old copy with its own digest, never a half-written one that matches.
      const next = `${stored}.${process.pid}.tmp`;
      rmSync(next, { recursive: true, force: true });
      const index = await open.index;
      // One bucket written at a time, each let go of as soon as it is written: Pagefind's process
      // holds every page it parsed until its index is written.
      const write = this.writing.then(async () => {
        const written = await index.writeFiles({ outputPath: next });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await index.deleteIndex();
      });
      this.writing = write.catch(() => {});
      await write;
      writeFileSync(join(next, DIGEST_FILE), digest);
      rmSync(stored, { recursive: true, force: true });
      renameSync(next, stored);
      return true;
    })();
    // settle() reports a failure; until then it must not count as unhandled.
    work.catch(() => {});
    this.settlingBuckets.set(bucket, work);
    return work;
  }
}
