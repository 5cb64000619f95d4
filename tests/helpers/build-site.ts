import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { expect, inject } from 'vitest';

const run = promisify(execFile);
export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const ASTRO_BIN = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
/** Scratch space of test builds (gitignored). */
export const TMP_ROOT = join(PROJECT_ROOT, 'tests/.tmp');

declare module 'vitest' {
  export interface ProvidedContext {
    /** This test run's folder of builds (tests/helpers/build-run.ts); removed when the run ends. */
    dossierBuildRun?: string;
    /** The run's one Chromium (build-run.ts), for tests/helpers/browser.ts to connect to; absent when it could not start. */
    dossierBrowser?: string;
  }
}

export interface BuildResult {
  /** The output folder (absolute). Read-only when the build is shared: see `cache`. */
  dist: string;
  /**
   * The build's cache folder (its DOSSIER_CACHE_DIR): a test may build again on it, as a user's next
   * build does (an incremental build writes the cache, never the first build's `dist`).
   */
  cacheDir: string;
  /** Exit code of `astro build`. */
  code: number;
  stdout: string;
  stderr: string;
}

export interface BuildOptions {
  audience?: 'owner' | 'mentor';
  /**
   * Where the site goes: inside the project folder (a `scratchDir`), where test scratch is cleared.
   * Giving one makes the build unshared.
   */
  outDir?: string;
  env?: Record<string, string>;
  /**
   * Share this build with every other test file of the run that builds the same thing (default
   * true for a content folder of the repository: content/, tests/fixtures/…). A shared build is
   * made once per test run and is exactly what a fresh build gives: it is keyed by the content
   * folder (its path and every file's bytes), the audience, every env value, and the project's
   * own build inputs (src/, public/, astro.config.mjs, package files). Its `dist` is then
   * READ-ONLY (checked: a test that changed it fails): a test that writes into its output, builds
   * to test a failure, rebuilds (incremental builds, a kept cache or manifest), or compares two
   * fresh builds passes `cache: false`. Never shared: builds with `outDir`, or with
   * DOSSIER_CACHE_DIR, DOSSIER_OUT_DIR or DOSSIER_SHARE_MANIFEST in `env`, and builds of a folder
   * outside the repository or under tests/.tmp (a test's own archive).
   */
  cache?: boolean;
  /** More arguments for `astro build` (`['--since', '2026-11-20']`); a build with them is never shared. */
  args?: string[];
}

/** Env values that tie a build to state outside it: such a build is never shared. */
const STATEFUL_ENV = ['DOSSIER_CACHE_DIR', 'DOSSIER_OUT_DIR', 'DOSSIER_SHARE_MANIFEST'];
/** Inherited env values a build may read: part of the key, so a run with other values never mixes them up. */
const KEYED_ENV = /^(DOSSIER_|SOURCE_DATE_EPOCH$|NODE_OPTIONS$|TZ$|LANG$|LC_)/;
/** What the project builds from, besides the content folder. */
const PROJECT_INPUTS = ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/**
 * Builds a content folder with the real `astro build`, the way a user does (on a `projectCopy`),
 * into a fresh folder with its own cache (and, for a mentor build, its own manifest), so builds never share state.
 * Resolves also when the build fails: tests that expect a failure read `code` and `stderr`.
 * The one build helper of the suite; see `cache` for the builds that several files share.
 */
export async function buildSite(contentDir: string, opts: BuildOptions = {}): Promise<BuildResult> {
  const content = resolve(contentDir);
  const audience = opts.audience ?? 'owner';
  const env = opts.env ?? {};
  if (opts.outDir !== undefined && !isInside(resolve(opts.outDir), PROJECT_ROOT)) {
    throw new Error(`buildSite: outDir ${opts.outDir} is outside the project; put it under tests/.tmp (a scratchDir)`);
  }
  const runDir = buildRun();
  const shared =
    runDir !== undefined &&
    opts.cache !== false &&
    opts.outDir === undefined &&
    opts.args === undefined &&
    !STATEFUL_ENV.some((name) => name in env) &&
    // A folder of the repository (content/, a fixture); a test's own temporary archive is built once anyway.
    isInside(content, PROJECT_ROOT) &&
    !isInside(content, TMP_ROOT);
  if (!shared) return astroBuild(content, audience, env, workDir(runDir), opts.outDir, runDir, opts.args);
  return sharedBuild(runDir, content, audience, env);
}

/** The folder this run's builds go to, or undefined outside a run with tests/helpers/build-run.ts. */
function buildRun(): string | undefined {
  try {
    const dir = inject('dossierBuildRun');
    return dir && existsSync(dir) ? dir : undefined;
  } catch {
    return undefined;
  }
}

function workDir(runDir: string | undefined): string {
  return scratchDir('build-', runDir);
}

/**
 * A new empty folder inside the project for a test's own builds (an `outDir`, a cache kept
 * between two builds): in this run's folder, removed when the run ends, or else in tests/.tmp.
 */
export function scratchDir(prefix: string, runDir = buildRun()): string {
  const parent = runDir ?? TMP_ROOT;
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, prefix));
}

async function astroBuild(
  content: string,
  audience: string,
  extraEnv: Record<string, string>,
  work: string,
  outDir?: string,
  runDir?: string,
  args: string[] = [],
): Promise<BuildResult> {
  // Inside the project on purpose (see BuildOptions.outDir).
  const dist = outDir ?? join(work, 'dist');
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    DOSSIER_CONTENT: content,
    DOSSIER_AUDIENCE: audience,
    DOSSIER_OUT_DIR: dist,
    DOSSIER_CACHE_DIR: join(work, 'cache'),
    // A mentor build keeps a manifest for the next one; by default here it goes with the build, so
    // building a fixture never writes into the fixture's folder.
    DOSSIER_SHARE_MANIFEST: join(work, 'mentor-copy.json'),
    ...extraEnv,
  };
  // One copy per cache folder: a build that reuses the last build's cache (incremental builds) runs on
  // the same root as that build, as a user's builds all run on the same project.
  const root = projectCopy(
    join(runDir ?? TMP_ROOT, 'projects', createHash('sha256').update(env.DOSSIER_CACHE_DIR).digest('hex').slice(0, 16)),
  );
  const asked = performance.now();
  const release = await buildSlot();
  const started = performance.now();
  let code = 0;
  try {
    // The working directory stays the project's: messages name files relative to it, as for a user.
    const { stdout, stderr } = await run(process.execPath, [ASTRO_BIN, 'build', '--root', root, ...args], {
      cwd: PROJECT_ROOT,
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { dist, cacheDir: env.DOSSIER_CACHE_DIR, code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    code = typeof e.code === 'number' ? e.code : 1;
    return { dist, cacheDir: env.DOSSIER_CACHE_DIR, code, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  } finally {
    release();
    if (runDir)
      logBuild(runDir, {
        file: testFile(),
        content: relative(PROJECT_ROOT, content),
        audience,
        code,
        waitedMs: Math.round(started - asked),
        buildMs: Math.round(performance.now() - started),
      });
  }
}

/** One line per `astro build` of the run, for the summary at its end (build-run.ts). */
export interface BuildLogEntry {
  /** The test file that asked for the build (relative to the project), for the run's summary. */
  file: string;
  content: string;
  audience: string;
  code: number;
  /** Time spent waiting for a free build slot (at most BUILD_SLOTS builds run at once). */
  waitedMs: number;
  buildMs: number;
  /** For a shared build found ready: no build ran. */
  reused?: boolean;
}

const BUILD_LOG = 'builds.jsonl';

/** The test file running in this worker, relative to the project ('' outside a test). */
function testFile(): string {
  const path = expect.getState().testPath;
  return path ? relative(PROJECT_ROOT, path) : '';
}

function logBuild(runDir: string, entry: BuildLogEntry): void {
  appendFileSync(join(runDir, BUILD_LOG), `${JSON.stringify(entry)}\n`);
}

/** The builds of a run so far. */
export function buildLog(runDir: string): BuildLogEntry[] {
  try {
    return readFileSync(join(runDir, BUILD_LOG), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as BuildLogEntry);
  } catch {
    return [];
  }
}

/** How many `astro build`s run at once: one per core of this machine (a build keeps about one core busy). */
const BUILD_SLOTS = 2;

/**
 * A copy of the project's own files (src/, public/, the configuration) in `dir`, for one `astro build`
 * or dev server to run on with `--root <dir>`. Every build, whatever its content, outDir and cacheDir,
 * writes the list of the notes' modules to `<root>/.astro/content-modules.mjs` (and
 * `content-assets.mjs`, and the pages' server chunks to `<root>/.astro/.prerender/`) and reads it back
 * while bundling: two builds on one root would bundle each other's notes. Each on a copy of its own,
 * builds run side by side, and beside `astro check` on the project itself. The copy sits inside the
 * project, so packages resolve from the project's node_modules/ as they do for a user, and its files
 * keep their paths relative to the root, so the output is byte for byte a user's build (Astro's scoped
 * style ids hash a component's path relative to the root).
 */
export function projectCopy(dir: string): string {
  if (!isInside(resolve(dir), PROJECT_ROOT)) throw new Error(`projectCopy: ${dir} is outside the project`);
  // File times kept: a copy made again for the next build of the same cache is the same project.
  for (const input of PROJECT_INPUTS)
    cpSync(join(PROJECT_ROOT, input), join(dir, input), { recursive: true, preserveTimestamps: true });
  return dir;
}

/**
 * At most BUILD_SLOTS builds at once, whichever test file (or test run in this folder) asks: more would
 * only share the two cores and each take longer. A slot left by a process that died is taken over.
 */
export async function buildSlot(): Promise<() => void> {
  mkdirSync(TMP_ROOT, { recursive: true });
  for (let withoutPid = 0; ;) {
    for (let slot = 0; slot < BUILD_SLOTS; slot++) {
      const lock = join(TMP_ROOT, `astro-build-slot-${slot}.lock`);
      const owner = join(lock, 'pid');
      try {
        mkdirSync(lock);
        writeFileSync(owner, String(process.pid));
        return () => rmSync(lock, { recursive: true, force: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      // The owner writes its pid just after taking the slot: judge it only once that is there.
      let pid: number | undefined;
      try {
        pid = Number(readFileSync(owner, 'utf8'));
        withoutPid = 0;
      } catch {
        withoutPid += 1;
      }
      if ((pid !== undefined && Number.isInteger(pid) && pid > 0 && !alive(pid)) || withoutPid > 100)
        rmSync(lock, { recursive: true, force: true });
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// ---- Builds shared across the test files of one run ----------------------------------------------

/** What a shared build's folder holds besides its work files. */
const RESULT = 'result.json';
const LOCK = 'building';

interface StoredBuild extends BuildResult {
  /** Digest of every file of `dist` when the build finished: a test that wrote into it is caught. */
  distDigest: string;
}

/**
 * The build of these inputs made earlier in this run, or a new one. Test files may run in
 * parallel: the first to ask builds (holding `<key>/building`), the others wait for its result.
 */
async function sharedBuild(
  runDir: string,
  content: string,
  audience: string,
  env: Record<string, string>,
): Promise<BuildResult> {
  const key = buildKey(content, audience, env);
  const dir = join(runDir, 'shared', key);
  mkdirSync(join(runDir, 'shared'), { recursive: true });
  for (;;) {
    const stored = readStored(dir);
    if (stored) {
      logBuild(runDir, {
        file: testFile(),
        content: relative(PROJECT_ROOT, content),
        audience,
        code: stored.code,
        waitedMs: 0,
        buildMs: 0,
        reused: true,
      });
      return checked(stored, dir);
    }
    try {
      mkdirSync(dir);
    } catch {
      // Another file is building it; wait (a builder that died leaves a lock with a dead pid).
      if (!lockAlive(dir)) rmSync(dir, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 250));
      continue;
    }
    writeFileSync(join(dir, LOCK), String(process.pid));
    try {
      const build = await astroBuild(content, audience, env, dir, undefined, runDir);
      const stored: StoredBuild = { ...build, distDigest: digestFolder(build.dist) };
      writeFileSync(join(dir, `${RESULT}.tmp`), JSON.stringify(stored));
      renameSync(join(dir, `${RESULT}.tmp`), join(dir, RESULT));
      return build;
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    } finally {
      rmSync(join(dir, LOCK), { force: true });
    }
  }
}

function readStored(dir: string): StoredBuild | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, RESULT), 'utf8')) as StoredBuild;
  } catch {
    return undefined;
  }
}

function lockAlive(dir: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(dir, LOCK), 'utf8'));
  } catch {
    // Just created, lock file not written yet, or the result is being written.
    return true;
  }
  return alive(pid);
}

/** A stored build, after making sure no test has written into its output since it was made. */
function checked(stored: StoredBuild, dir: string): BuildResult {
  const { distDigest, ...build } = stored;
  if (digestFolder(build.dist) !== distDigest) {
    throw new Error(
      `buildSite: the shared build in ${dir} was changed after it was built; a test wrote into its dist. Shared builds are read-only: pass { cache: false } to a build whose output a test changes.`,
    );
  }
  return build;
}

/** Re-checks every shared build of a run: for the run's teardown. Returns the folders that were changed. */
export function changedSharedBuilds(runDir: string): string[] {
  const root = join(runDir, 'shared');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .map((key) => join(root, key))
    .filter((dir) => {
      const stored = readStored(dir);
      return stored !== undefined && digestFolder(stored.dist) !== stored.distDigest;
    });
}

function buildKey(content: string, audience: string, env: Record<string, string>): string {
  const inherited = Object.entries(process.env)
    .filter(([name, value]) => KEYED_ENV.test(name) && value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify({ content, audience, inherited, env: Object.entries(env).sort(([a], [b]) => (a < b ? -1 : 1)) }),
  );
  hash.update(digestFolder(content));
  for (const input of PROJECT_INPUTS) hash.update(`\0${input}\0${digestFolder(join(PROJECT_ROOT, input))}`);
  return hash.digest('hex').slice(0, 24);
}

/** Digest of a file or folder: every file's relative path and bytes (empty when missing). */
function digestFolder(path: string): string {
  const hash = createHash('sha256');
  if (!existsSync(path)) return hash.digest('hex');
  let files: string[];
  try {
    files = readdirSync(path, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(path, join(e.parentPath, e.name)))
      .sort();
  } catch {
    // A single file.
    return hash.update(readFileSync(path)).digest('hex');
  }
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(path, file)))
      .update('\0');
  return hash.digest('hex');
}

function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder + sep);
}
