import { mkdirSync, readdirSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Slack for file systems that keep modification times in whole seconds: a
 * file written just after the build started must never look older than it.
 * A build spends far longer than this starting up, so no earlier build's file
 * can fall inside it.
 */
const CLOCK_SLACK_MS = 2000;

/** Folders of the output's top level left alone: a deploy's `.git`, and the search index, rewritten after this. */
const KEPT_FOLDERS = new Set(['.git', 'pagefind']);

/**
 * The time this build starts, by the clock of the file system `dir` is on: a
 * file written there and stat'ed, then removed. Output files are compared with
 * it, never with this process's clock, which may differ (a network file
 * system, a clock moved for a test).
 */
export function buildStartTime(dir: string): number {
  mkdirSync(dir, { recursive: true });
  const marker = join(dir, '.dossier-build-start');
  writeFileSync(marker, '');
  const { mtimeMs } = statSync(marker);
  unlinkSync(marker);
  return mtimeMs;
}

/**
 * Astro empties the output folder before every build, then copies back each
 * page its incremental build reuses: at 10,000 notes that is 19,000 files
 * deleted and written again, seconds of a rebuild spent on the disk. The build
 * keeps the folder instead (`vite.build.emptyOutDir: false` in
 * astro.config.mjs), so a reused page is simply left where it is, and this
 * removes what no longer belongs: every file older than this build that no
 * route of this build claims (`assets`, Astro's list of every route's output,
 * reused pages included). A note that was deleted, or is no longer shared,
 * loses its page here, before the search index and the mentor copy's
 * self-check read the folder. `.git` is kept, as Astro keeps it, and
 * `pagefind/`, which the search index replaces whole (./pagefind-index.ts).
 * `buildStarted` comes from buildStartTime(). Returns the number of files removed.
 */
export function pruneOutput(dir: string, assets: Map<string, URL[]>, buildStarted: number): number {
  const claimed = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
  const since = buildStarted - CLOCK_SLACK_MS;
  let removed = 0;
  const walk = (folder: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (folder === dir && KEPT_FOLDERS.has(entry.name)) empty = false;
        else if (walk(path)) rmdirSync(path);
        else empty = false;
      } else if (!claimed.has(path) && statSync(path).mtimeMs < since) {
        unlinkSync(path);
        removed++;
      } else empty = false;
    }
    return empty;
  };
  walk(dir);
  return removed;
}
