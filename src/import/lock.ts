import { mkdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

/** The lock's name at the content root (a folder, as proper-lockfile makes it: creating a folder is atomic everywhere). */
export const LOCK_FILE = '.dossier-import.lock';

/**
 * A lock untouched for this long belongs to an import that crashed or was
 * killed, and is taken over. A running import touches it after every source
 * (see heartbeat), and no single source takes near this long.
 */
export const LOCK_STALE_MS = 60_000;

/** Another import holds the content root; the message says where, since when, and what to do. */
export class ImportLockedError extends Error {}

export interface ImportLock {
  /** Marks the lock as in use, so a long import is not taken for a crashed one. */
  heartbeat(): void;
  release(): void;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

const pad = (n: number) => String(n).padStart(2, '0');
function localTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** When the import holding the lock started: the lock folder's birth time where the file system keeps one. */
function heldSince(path: string): string {
  try {
    const stat = statSync(path);
    return localTime(stat.birthtimeMs > 0 ? stat.birthtimeMs : stat.mtimeMs);
  } catch {
    return 'a moment ago';
  }
}

/**
 * Takes the content root for one import, so two imports never decide file
 * names and the manifest from the same stale view (both wrote "30 notes",
 * 53 of 60 survived). The import is synchronous, so waiting is a sleep between
 * attempts: up to `waitMs`, with `onWait` called once when it starts waiting.
 * A crashed import's lock goes stale after LOCK_STALE_MS and is taken over
 * (proper-lockfile); a killed one is also released at exit when it can be.
 */
export function acquireImportLock(
  root: string,
  opts: { waitMs?: number; onWait?: (message: string) => void } = {},
): ImportLock {
  mkdirSync(root, { recursive: true });
  const path = join(root, LOCK_FILE);
  const deadline = Date.now() + (opts.waitMs ?? 0);
  let waited = false;
  for (;;) {
    try {
      // `update` is proper-lockfile's own refresh timer, which cannot run during a synchronous
      // import; heartbeat() does its job. onCompromised would throw from that timer: only report.
      const release = lockfile.lockSync(root, {
        lockfilePath: path,
        stale: LOCK_STALE_MS,
        realpath: false,
        onCompromised: () => {},
      });
      return {
        heartbeat: () => {
          const now = new Date();
          try {
            utimesSync(path, now, now);
          } catch {
            // Gone (removed by hand): the import finishes; the next one simply takes the root.
          }
        },
        release: () => {
          try {
            release();
          } catch {
            // Already removed by hand: nothing to release.
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
      const message = `another import is running in ${root} (since ${heldSince(path)}); wait for it to finish, or remove ${path} if it crashed`;
      if (Date.now() >= deadline) throw new ImportLockedError(message);
      if (!waited) opts.onWait?.(`waiting: ${message}`);
      waited = true;
      sleep(Math.min(250, Math.max(1, deadline - Date.now())));
    }
  }
}
