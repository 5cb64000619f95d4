import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { folderSize, loadAverage, runMeasured, type ProcessRun } from './measure.ts';
import { buildPhases, type Phase } from './phases.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
/** The plain site the bench compares with, inside the project. */
/** The plain Astro + MDX + Pagefind site the benchmark compares with: a test fixture, not application code. */
export const BASELINE_DIR = 'tests/fixtures/bench-baseline';
const ASTRO_BIN = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');

/** One build as the bench records it. */
export interface BuildFigure {
  ms: number;
  /** CPU time (user + system) of the build's process tree, when measurable. */
  cpuMs?: number;
  peakRss: number;
  /** Peaks of Astro's processes and of Pagefind's indexer, each on its own (see ProcessRun). */
  peakRssBy?: { astro: number; pagefind: number };
  /** Load averages (1 min) before and after, to judge how noisy the figure is. */
  load: [number, number];
  /** Astro's own timestamped milestones (content sync, bundling, rendering, Pagefind), to see where the time goes. */
  milestones: string[];
  /** Pages Astro's incremental build reused instead of rendering. */
  reusedPages: number;
  /** Wall-clock and CPU time of each phase of the build (./phases.ts). */
  phases: Phase[];
}

const MILESTONE =
  /\[(?:content|types|vite|build|dossier[\w-]*|pagefind)\].*(?:Sync|Generated|built in|Completed in|indexed|page\(s\) built|Pagefind|cached|restored|Pruned|Validated|Pages:|compiled)/;

/** The folders one site's builds use. */
export interface SiteSetup {
  name: 'dossier' | 'baseline';
  dist: string;
  cache: string;
  /** Runs `astro build` for this site. */
  build(): Promise<ProcessRun>;
}

/** Environment of a child: no inherited NODE_OPTIONS, so nobody raises the heap limit behind the bench's back. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...extra,
  };
  delete env.NODE_OPTIONS;
  return env;
}

/**
 * The folder a bench run works in: under the project's .bench/ (ignored by
 * git), so that Astro's prerender bundle, written inside outDir, resolves
 * its imports from the project's node_modules.
 */
export function benchWorkFolder(): string {
  mkdirSync(join(PROJECT_ROOT, '.bench'), { recursive: true });
  return mkdtempSync(join(PROJECT_ROOT, '.bench', 'run-'));
}

/** What a build reads from the project folder, besides node_modules. */
const PROJECT_FILES = [
  'src',
  'public',
  BASELINE_DIR,
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];

/**
 * A copy of the project's code for this run, with node_modules linked in.
 * Astro keeps build state in <root>/.astro/ (the content-module map, the
 * prerender bundle when outDir is elsewhere), so two builds of one project
 * folder at once (a test and the bench) overwrite each other's and fail;
 * a copy also keeps the code fixed while a long run goes on, whatever
 * anyone edits meanwhile.
 */
export function snapshotProject(work: string): string {
  const root = join(work, 'project');
  for (const name of PROJECT_FILES) {
    if (!existsSync(join(PROJECT_ROOT, name))) continue;
    cpSync(join(PROJECT_ROOT, name), join(root, name), {
      recursive: true,
      filter: (path) => !/[\\/](?:\.astro|node_modules)$/.test(path),
    });
  }
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

export function dossierSite(content: string, work: string, root: string): SiteSetup {
  const dist = join(work, 'dossier-dist');
  const cache = join(work, 'dossier-cache');
  const env = childEnv({
    DOSSIER_CONTENT: content,
    DOSSIER_OUT_DIR: dist,
    DOSSIER_CACHE_DIR: cache,
    DOSSIER_AUDIENCE: 'owner',
  });
  return {
    name: 'dossier',
    dist,
    cache,
    build: () => runMeasured(process.execPath, [ASTRO_BIN, 'build', '--root', root], { cwd: work, env }),
  };
}

export function baselineSite(content: string, work: string, root: string): SiteSetup {
  const dist = join(work, 'baseline-dist');
  const cache = join(work, 'baseline-cache');
  const env = childEnv({ BENCH_CONTENT: content, BENCH_OUT_DIR: dist, BENCH_CACHE_DIR: cache });
  return {
    name: 'baseline',
    dist,
    cache,
    build: () =>
      runMeasured(process.execPath, [ASTRO_BIN, 'build', '--root', join(root, BASELINE_DIR)], { cwd: work, env }),
  };
}

/** Builds once and fails loudly, with the end of Astro's output, when the build fails. */
export async function timedBuild(site: SiteSetup): Promise<BuildFigure> {
  const before = loadAverage()[0];
  const run = await site.build();
  if (run.code !== 0) {
    throw new Error(`${site.name} build failed (exit ${run.code}):\n${run.output.split('\n').slice(-40).join('\n')}`);
  }
  const milestones = run.output
    .split('\n')
    .filter((line) => MILESTONE.test(line))
    .map((line) => line.trim());
  // Dossier prints its count (it leaves out Astro's line per page); the plain site lists its pages.
  const counted = /Pages: \d+ rendered, (\d+) reused/.exec(run.output)?.[1];
  const reusedPages = counted ? Number(counted) : (run.output.match(/\((?:cached|restored)\)/g)?.length ?? 0);
  return {
    ms: run.ms,
    cpuMs: run.cpuMs,
    peakRss: run.peakRss,
    peakRssBy: run.peakRssBy,
    load: [before, loadAverage()[0]],
    milestones,
    reusedPages,
    phases: buildPhases(run),
  };
}

/** One line for the progress log: wall time, CPU time, peak memory, load. */
export function describe(b: BuildFigure): string {
  const cpu = b.cpuMs === undefined ? '' : `, ${(b.cpuMs / 1000).toFixed(1)} s CPU`;
  return `${(b.ms / 1000).toFixed(1)} s${cpu}, ${Math.round(b.peakRss / 1048576)} MB, load ${b.load[0].toFixed(1)}→${b.load[1].toFixed(1)}${b.reusedPages ? `, ${b.reusedPages} pages reused` : ''}`;
}

export interface RebuildFigures {
  cold: BuildFigure;
  /** Absent when only the cold build was measured (`--baseline cold`). */
  noChange?: BuildFigure;
  oneEdit?: BuildFigure;
}

/**
 * Cold build (no output, no cache), then a rebuild with nothing changed,
 * then a rebuild after editing the body of one note, which is restored
 * afterwards so every run starts from the same archive.
 */
export async function coldAndRebuilds(
  site: SiteSetup,
  editFile: string,
  log: (line: string) => void,
): Promise<RebuildFigures> {
  rmSync(site.dist, { recursive: true, force: true });
  rmSync(site.cache, { recursive: true, force: true });
  const cold = await timedBuild(site);
  log(`  ${site.name} cold build ${describe(cold)}`);
  const noChange = await timedBuild(site);
  log(`  ${site.name} no-change rebuild ${describe(noChange)}`);
  const original = readFileSync(editFile, 'utf8');
  try {
    writeFileSync(editFile, editNote(original));
    const oneEdit = await timedBuild(site);
    log(`  ${site.name} one-note-edit rebuild ${describe(oneEdit)}`);
    return { cold, noChange, oneEdit };
  } finally {
    writeFileSync(editFile, original);
  }
}

/** A typical edit: a sentence added to the user's notes on the company, frontmatter untouched. */
export function editNote(text: string): string {
  return text.replace(
    '## Notes on the company\n\n',
    '## Notes on the company\n\nCalled the recruiter again today; the team is hiring a second engineer in spring.\n\n',
  );
}

/** What the output of a build holds. */
export function outputFigures(dist: string) {
  const all = folderSize(dist);
  const pages = folderSize(dist, (p) => p.endsWith('.html')).files;
  const pagefindDir = join(dist, 'pagefind');
  const pagefind = existsSync(pagefindDir) ? folderSize(pagefindDir) : { bytes: 0, files: 0 };
  return {
    distBytes: all.bytes,
    distFiles: all.files,
    pages,
    pagefindBytes: pagefind.bytes,
    pagefindFiles: pagefind.files,
  };
}

/** One timed `npm run validate`: its time and peak memory, what it found, and the load it ran under. */
export interface ValidateFigure {
  ms: number;
  cpuMs?: number;
  peakRss: number;
  notes: number;
  errors: number;
  warnings: number;
  load: number;
}

/** Times `npm run validate -- --json` (its script, without npm's own start-up) in a fresh process. */
export async function timedValidate(content: string, root: string): Promise<ValidateFigure> {
  const load = loadAverage()[0];
  const run = await runMeasured(process.execPath, [join(root, 'src/cli/validate.ts'), '--json'], {
    cwd: root,
    env: childEnv({ DOSSIER_CONTENT: content }),
  });
  const json = JSON.parse(run.output.slice(run.output.indexOf('{'), run.output.lastIndexOf('}') + 1)) as {
    notes: number;
    errors: number;
    warnings: number;
  };
  return {
    ms: run.ms,
    cpuMs: run.cpuMs,
    peakRss: run.peakRss,
    notes: json.notes,
    errors: json.errors,
    warnings: json.warnings,
    load,
  };
}
