import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const ASTRO_BIN = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
/** Scratch space of test builds (gitignored). */
export const TMP_ROOT = join(PROJECT_ROOT, 'tests/.tmp');

export interface BuildResult {
  /** The output folder (absolute). */
  dist: string;
  /** Exit code of `astro build`. */
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Builds a content folder with the real `astro build`, the way a user does,
 * into a fresh temporary folder with its own cache, so builds of different
 * fixtures never share state. Resolves also when the build fails: tests that
 * expect a failure read `code` and `stderr`.
 */
export async function buildSite(contentDir: string, opts: { audience?: 'owner' | 'mentor'; outDir?: string; env?: Record<string, string> } = {}): Promise<BuildResult> {
  // Inside the project on purpose: when outDir is outside the working folder, Astro 7 puts its
  // prerender chunks in the project's shared .astro/.prerender, and concurrent builds collide there.
  mkdirSync(TMP_ROOT, { recursive: true });
  const work = mkdtempSync(join(TMP_ROOT, 'build-'));
  const dist = opts.outDir ?? join(work, 'dist');
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    DOSSIER_CONTENT: resolve(contentDir),
    DOSSIER_AUDIENCE: opts.audience ?? 'owner',
    DOSSIER_OUT_DIR: dist,
    DOSSIER_CACHE_DIR: join(work, 'cache'),
    // A mentor build keeps a manifest for the next one; by default here it goes with the build, so
    // building a fixture never writes into the fixture's folder.
    DOSSIER_SHARE_MANIFEST: join(work, 'mentor-copy.json'),
    ...opts.env,
  };
  try {
    const { stdout, stderr } = await run(process.execPath, [ASTRO_BIN, 'build'], { cwd: PROJECT_ROOT, env, maxBuffer: 64 * 1024 * 1024 });
    return { dist, code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { dist, code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}
