import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CONFIG_FILE } from '../config/load.ts';
import type { Problem } from '../lib/problems.ts';
import type { PreparedCopy } from '../share/prepare-copy.ts';
import { validateArchive } from '../share/sharing-checks.ts';
import { NoteCheckCache, validatorSalt } from './note-cache.ts';

/** What the build's validation found, and how much of it came from the cache. */
export interface BuildCheck {
  notes: number;
  errors: number;
  problems: Problem[];
  /** Notes whose own checks were reused from the last build. */
  reused: number;
  ms: number;
}

/**
 * Every check of `npm run validate` on the notes of `root`: each note's own
 * checks are reused while its bytes, the configuration and validation's code
 * stay the same (./note-cache.ts), the checks across notes run over all of
 * them every time. `cacheFile` is per audience (the cache dir is).
 * `onPrepared` receives the mentor copy the check works out (src/share/prepare-copy.ts).
 */
export function checkArchive(root: string, cacheFile: string, onPrepared?: (copy: PreparedCopy) => void): BuildCheck {
  const started = performance.now();
  const configFile = join(root, CONFIG_FILE);
  const cache = new NoteCheckCache(
    cacheFile,
    validatorSalt(existsSync(configFile) ? readFileSync(configFile, 'utf8') : '', {}),
  );
  const report = validateArchive(root, { cache, ...(onPrepared && { onPrepared }) });
  cache.save();
  return {
    notes: report.notes,
    errors: report.errors,
    problems: report.problems,
    reused: cache.reused,
    ms: Math.round(performance.now() - started),
  };
}

/**
 * checkArchive() in a worker thread, so a build checks the notes on one core
 * while Astro syncs and compiles them on the other. If the worker cannot run,
 * the check runs here instead: a build is never left unchecked.
 */
export function checkArchiveBeside(root: string, cacheFile: string): Promise<BuildCheck> {
  return new Promise<BuildCheck>((resolve, reject) => {
    const worker = new Worker(new URL('./build-check-worker.ts', import.meta.url), { workerData: { root, cacheFile } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the validation worker stopped (${code})`)));
  }).catch(() => checkArchive(root, cacheFile));
}

/**
 * Where the build keeps its validation while it runs beside the content sync:
 * on globalThis, because the integration and the content loader live in
 * module graphs of their own (Node's and Vite's) in one process.
 */
const GATE = Symbol.for('dossier.build-validation');

/** Makes `check` the build's validation gate: `passed` reports it, and stops the build on errors. */
export function setValidationGate(check: Promise<unknown>): void {
  (globalThis as Record<symbol, unknown>)[GATE] = check;
}

/**
 * Waits for the build's validation, when it runs beside the sync (owner
 * builds). Whatever fails while notes are loaded waits for it first, so bad
 * content is reported by validation's messages, as `npm run validate` prints
 * them, and the process ends there; without a gate it resolves at once.
 */
export async function validationPassed(): Promise<void> {
  await (globalThis as Record<symbol, unknown>)[GATE];
}
