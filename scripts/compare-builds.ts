/**
 * `npm run compare-builds -- <rev-a> [<rev-b>]`: builds the example archive (`content/`) at two git
 * commits, owner (`npm run build`) and mentor (`npm run build:share`), with the build moment pinned,
 * and compares the two outputs file by file. A refactor must leave both byte for byte the same; this
 * is how we check it.
 *
 * Each commit is unpacked with `git archive` into its own folder (the worktree is never switched),
 * with this checkout's `node_modules` linked in, so both sides build with the same packages: the
 * command refuses when a commit's `package-lock.json` differs from this checkout's. Every build gets
 * a fresh cache folder and mentor manifest of its own and none of the caller's `DOSSIER_*` settings,
 * so nothing but the code differs. A commit's two outputs are kept under the work folder and reused
 * the next time (`--fresh` builds again).
 *
 * Exit status: 0 when both outputs are the same, 1 when a file differs, 2 on a usage or build error.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const USAGE = `Usage: npm run compare-builds -- <rev-a> [<rev-b>] [--epoch SECONDS] [--work DIR] [--fresh]

Builds content/ at two commits (rev-b defaults to HEAD), owner and mentor, with
SOURCE_DATE_EPOCH pinned (default 1796990400, 2026-12-11 12:00 UTC) and TZ=UTC, and lists
every file of dist/ and dist-share/ that differs, or exists on one side only.

  --epoch SECONDS  the build moment both builds count as now
  --work DIR       where the commits are unpacked and built (default: <tmp>/dossier-compare-builds)
  --fresh          build again even when an earlier run left this commit's outputs`;

/** The two builds of each commit, and the folder each writes. */
const BUILDS = [
  { script: 'build', out: 'dist' },
  { script: 'build:share', out: 'dist-share' },
] as const;

const repo = resolve(git(['rev-parse', '--show-toplevel'], process.cwd()));

function git(args: string[], cwd = repo): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
}

/** The commit a revision names, or a usage error naming it. */
function commitOf(rev: string): string {
  try {
    return git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  } catch {
    throw new UsageError(`"${rev}" is not a commit of this repository`);
  }
}

class UsageError extends Error {}

/** Unpacks a commit and builds it owner and mentor; returns the folder holding `dist/` and `dist-share/`. */
function buildCommit(commit: string, work: string, epoch: string, fresh: boolean): string {
  const dir = join(work, commit);
  const done = join(dir, 'built');
  if (!fresh && existsSync(done) && readFileSync(done, 'utf8') === epoch) {
    console.log(`${commit.slice(0, 10)}: reusing the builds in ${dir}`);
    return join(dir, 'tree');
  }
  rmSync(dir, { recursive: true, force: true });
  const tree = join(dir, 'tree');
  mkdirSync(tree, { recursive: true });
  const lock = git(['show', `${commit}:package-lock.json`]);
  if (lock !== readFileSync(join(repo, 'package-lock.json'), 'utf8').trim())
    throw new UsageError(
      `${commit.slice(0, 10)} has another package-lock.json than this checkout; its build would not use its own packages`,
    );
  execFileSync('sh', ['-c', `git archive --format=tar ${commit} | tar -x -C "$0"`, tree], { cwd: repo });
  symlinkSync(join(repo, 'node_modules'), join(tree, 'node_modules'), 'dir');
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('DOSSIER_')) env[key] = value;
  Object.assign(env, {
    SOURCE_DATE_EPOCH: epoch,
    TZ: 'UTC',
    ASTRO_TELEMETRY_DISABLED: '1',
    // Kept out of the linked node_modules and of the content root: each build starts from nothing.
    DOSSIER_CACHE_DIR: join(dir, 'cache'),
    DOSSIER_SHARE_MANIFEST: join(dir, 'mentor-copy.json'),
  });
  for (const { script } of BUILDS) {
    console.log(`${commit.slice(0, 10)}: npm run ${script}`);
    const run = spawnSync('npm', ['run', '--silent', script], { cwd: tree, env, encoding: 'utf8' });
    if (run.status !== 0) {
      const log = join(dir, `${script.replace(':', '-')}.log`);
      writeFileSync(log, `${run.stdout ?? ''}${run.stderr ?? ''}`);
      throw new Error(
        `npm run ${script} failed at ${commit.slice(0, 10)} (exit ${run.status}); its output is in ${log}`,
      );
    }
  }
  writeFileSync(done, epoch);
  return tree;
}

/** Every file below a folder, as paths relative to it. */
function filesBelow(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

interface Difference {
  path: string;
  why: 'only in a' | 'only in b' | 'differs';
}

/** The files of one output folder that differ between the two trees. */
function compareFolder(a: string, b: string): { files: number; differences: Difference[] } {
  const inA = filesBelow(a);
  const inB = new Set(filesBelow(b));
  const differences: Difference[] = [];
  for (const path of inA) {
    if (!inB.delete(path)) differences.push({ path, why: 'only in a' });
    else if (digest(join(a, path)) !== digest(join(b, path))) differences.push({ path, why: 'differs' });
  }
  for (const path of inB) differences.push({ path, why: 'only in b' });
  return { files: inA.length, differences };
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      help: { type: 'boolean', short: 'h' },
      epoch: { type: 'string', default: '1796990400' },
      work: { type: 'string', default: join(tmpdir(), 'dossier-compare-builds') },
      fresh: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  if (values.help || positionals.length < 1 || positionals.length > 2) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  if (!/^\d+$/.test(values.epoch)) throw new UsageError(`--epoch is "${values.epoch}"; expected seconds since 1970`);
  const [revA, revB = 'HEAD'] = positionals as [string, string?];
  const commits = [commitOf(revA), commitOf(revB)] as const;
  const work = resolve(values.work);
  const [treeA, treeB] = commits.map((commit) => buildCommit(commit, work, values.epoch, values.fresh));
  let same = true;
  for (const { out } of BUILDS) {
    const { files, differences } = compareFolder(join(treeA!, out), join(treeB!, out));
    if (files === 0) throw new Error(`${out}/ of ${commits[0].slice(0, 10)} is empty`);
    if (differences.length === 0) {
      console.log(`${out}/: ${files} files, byte for byte the same`);
      continue;
    }
    same = false;
    console.log(`${out}/: ${differences.length} of ${files} files differ (a = ${revA}, b = ${revB})`);
    for (const { path, why } of differences) console.log(`  ${why.padEnd(9)}  ${path}`);
  }
  return same ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
