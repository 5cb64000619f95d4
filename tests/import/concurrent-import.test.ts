import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireImportLock, LOCK_FILE, LOCK_STALE_MS } from '../../src/import/lock.ts';
import { runImport } from '../../src/import/run-import.ts';
import { MANIFEST_FILE } from '../../src/import/write-note.ts';
import { defaultContext, useTempDirs } from './helpers.ts';

const PROJECT = resolve(import.meta.dirname, '../..');
const CLI = join(PROJECT, 'src/cli/import.ts');

const tempDir = useTempDirs('dossier-concurrent-', 'each');

/**
 * `count` postings for the same job title at the same companies as the other
 * set, so both imports want the same file names (`-2`, `-3`… decide who gets
 * which): the case where two unlocked imports overwrote each other's notes.
 */
function postings(dir: string, set: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const body = Array.from(
      { length: 1000 },
      (_, k) => `Line ${k} of posting ${set}-${i}: you will annotate speech data.`,
    ).join('\n');
    writeFileSync(join(dir, `posting-${set}-${i}.txt`), `Company: Firm ${i % 5}\nPosition: Data Linguist\n\n${body}\n`);
  }
}

function run(
  root: string,
  dir: string,
  args: string[] = [],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args, dir], {
      cwd: PROJECT,
      env: { ...process.env, DOSSIER_CONTENT: root, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

const notesIn = (root: string) =>
  readdirSync(join(root, 'applications'))
    .filter((n) => n.endsWith('.mdx'))
    .map((n) => readFileSync(join(root, 'applications', n), 'utf8'));

describe('two imports into one content root at once', () => {
  it('lose nothing: every note of both is written, and the manifest knows all of them', async () => {
    const root = tempDir();
    const a = join(tempDir(), 'a');
    const b = join(tempDir(), 'b');
    postings(a, 'a', 30);
    postings(b, 'b', 30);
    const [first, second] = await Promise.all([run(root, a), run(root, b)]);
    expect(first.code, first.stderr).toBe(0);
    expect(second.code, second.stderr).toBe(0);
    expect(first.stdout).toContain('30 written');
    expect(second.stdout).toContain('30 written');
    const notes = notesIn(root);
    expect(notes).toHaveLength(60);
    // Each posting is in exactly one note: none overwrote another.
    for (const set of ['a', 'b'])
      for (let i = 0; i < 30; i++)
        expect(
          notes.filter((n) => n.includes(`posting ${set}-${i}:`)),
          `${set}-${i}`,
        ).toHaveLength(1);
    const manifest = JSON.parse(readFileSync(join(root, MANIFEST_FILE), 'utf8')) as { notes: Record<string, unknown> };
    expect(Object.keys(manifest.notes)).toHaveLength(60);
  });

  it('gives up after --wait with a message naming the root, since when, and the lock to remove if it crashed', () => {
    const root = tempDir();
    const src = join(tempDir(), 'a');
    postings(src, 'a', 1);
    const lock = acquireImportLock(root);
    try {
      const result = spawnSync(process.execPath, [CLI, '--wait', '0', src], {
        cwd: PROJECT,
        encoding: 'utf8',
        env: { ...process.env, DOSSIER_CONTENT: root },
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`another import is running in ${root} (since `);
      expect(result.stderr).toContain(`remove ${join(root, LOCK_FILE)} if it crashed`);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(readdirSync(root).filter((n) => n !== LOCK_FILE)).toEqual([]);
    } finally {
      lock.release();
    }
  });

  it('waits for the other import and then imports', () => {
    const root = tempDir();
    const src = join(tempDir(), 'a');
    postings(src, 'a', 2);
    // Another import holds the root (in another process: runImport blocks this one). It finishes once
    // this one has said it is waiting: the signal is a file, since this process is blocked.
    const lock = join(root, LOCK_FILE);
    const waiting = join(tempDir(), 'waiting');
    mkdirSync(lock);
    const other = spawn(process.execPath, [
      '-e',
      `const fs = require('fs');
       const timer = setInterval(() => {
         if (!fs.existsSync(${JSON.stringify(waiting)})) return;
         fs.rmSync(${JSON.stringify(lock)}, { recursive: true });
         clearInterval(timer);
       }, 20);`,
    ]);
    const waits: string[] = [];
    try {
      const results = runImport([src], {
        root,
        ctx: defaultContext(root),
        // Only a bound on a hang: the other process ends the wait.
        lockWaitMs: 600_000,
        onLockWait: (m) => {
          waits.push(m);
          writeFileSync(waiting, '');
        },
      });
      expect(results.map((r) => r.status)).toEqual(['imported', 'imported']);
    } finally {
      other.kill();
    }
    expect(waits).toHaveLength(1);
    expect(waits[0]).toContain(`waiting: another import is running in ${root}`);
  });

  it('takes over the lock of an import that crashed', () => {
    const root = tempDir();
    const src = join(tempDir(), 'a');
    postings(src, 'a', 1);
    // What a killed import leaves: the lock, untouched since it died.
    mkdirSync(join(root, LOCK_FILE), { recursive: true });
    const then = new Date(Date.now() - LOCK_STALE_MS - 5_000);
    utimesSync(join(root, LOCK_FILE), then, then);
    const results = runImport([src], { root, ctx: defaultContext(root) });
    expect(results.map((r) => r.status)).toEqual(['imported']);
    expect(readdirSync(root)).not.toContain(LOCK_FILE);
  });
});
