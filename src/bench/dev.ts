import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { childEnv } from './run.ts';

const ASTRO_BIN = 'node_modules/astro/bin/astro.mjs';

/** The editing loop in `npm run dev`, as the bench records it. */
export interface DevFigures {
  /** From starting `astro dev` to its first answer over HTTP. */
  readyMs: number;
  /** From starting `astro dev` to the first note page served in full (content sync and the page's first render). */
  firstPageMs: number;
  /** From saving a note to its page showing the new text, each edit in turn. */
  editMs: number[];
}

/** A port nobody listens on at the moment. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Fetches `url` every `everyMs` until `done(status, body)`; the time it took, or an error after `timeoutMs`. */
async function pollUntil(
  url: string,
  done: (status: number, body: string) => boolean,
  timeoutMs: number,
  everyMs = 25,
): Promise<void> {
  const until = performance.now() + timeoutMs;
  let last = 'no answer';
  while (performance.now() < until) {
    try {
      const response = await fetch(url);
      const body = await response.text();
      if (done(response.status, body)) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`${url} did not get there within ${timeoutMs / 1000} s (last: ${last})`);
}

/**
 * Starts `astro dev` on the archive, waits for it, opens a note page, then
 * edits the note's body `edits` times, each time timing from the write to
 * the page showing the new word (polled every 25 ms, as a browser reloading
 * would ask). The note is restored and the server stopped at the end.
 */
export async function measureDevLoop(options: {
  root: string;
  content: string;
  cache: string;
  noteFile: string;
  notePath: string;
  edits?: number;
  log?: (line: string) => void;
}): Promise<DevFigures> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [join(options.root, ASTRO_BIN), 'dev', '--root', options.root, '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: options.root,
      env: childEnv({ DOSSIER_CONTENT: options.content, DOSSIER_CACHE_DIR: options.cache }),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const original = readFileSync(options.noteFile, 'utf8');
  try {
    await pollUntil(`${base}/`, (status) => status > 0, 300_000);
    const readyMs = performance.now() - started;
    await pollUntil(`${base}${options.notePath}`, (status) => status === 200, 300_000);
    const firstPageMs = performance.now() - started;
    const editMs: number[] = [];
    for (let i = 1; i <= (options.edits ?? 3); i++) {
      const word = `devloopmarker${i}${Date.now().toString(36)}`;
      const saved = performance.now();
      writeFileSync(options.noteFile, `${original.trimEnd()}\n\nEdited in the dev server: ${word}.\n`);
      await pollUntil(`${base}${options.notePath}`, (status, body) => status === 200 && body.includes(word), 120_000);
      editMs.push(performance.now() - saved);
      options.log?.(`  dev: edit ${i} shown after ${Math.round(editMs.at(-1)!)} ms`);
    }
    return { readyMs, firstPageMs, editMs };
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${output.split('\n').slice(-30).join('\n')}`, { cause: error });
  } finally {
    writeFileSync(options.noteFile, original);
    if (child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  }
}
