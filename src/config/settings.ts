import { join, resolve } from 'node:path';
import { readDate, type IsoDate } from '../lib/dates.ts';
import { buildMoment, type BuildMoment } from './build-day.ts';
import { contentRoot, contentRootProblem } from './content-root.ts';
import { loadContext, type DossierContext } from './load.ts';
import { formatProblem, ProblemsError } from '../lib/problems.ts';
import { basePath, basePathProblem } from './base-path.ts';

/**
 * Who a build is for. `owner` sees everything; `mentor` (the shared copy)
 * sees only what the user marked shareable (src/notes/audience.ts decides
 * what that is; src/share/ builds the copy from it).
 */
export type Audience = 'owner' | 'mentor';

/**
 * The audience of this build from `DOSSIER_AUDIENCE` (`npm run build:share`
 * sets `mentor`). Any value other than the two names is refused rather than
 * treated as the owner, so a typo cannot publish everything.
 */
export function audienceFromEnv(env: NodeJS.ProcessEnv = process.env): Audience {
  const value = env.DOSSIER_AUDIENCE?.trim();
  if (value === undefined || value === '' || value === 'owner') return 'owner';
  if (value === 'mentor') return 'mentor';
  throw new Error(`DOSSIER_AUDIENCE is "${value}"; allowed: owner, mentor`);
}

/**
 * Everything a build or command reads from its environment and from
 * `dossier.config.yaml`, read once: the rest of the code receives these
 * values (or gets them from the catalog) and never reads `process.env` or the
 * configuration file itself, so no two places can disagree about them.
 */
export interface Settings extends DossierContext {
  /** Who this build is for (`DOSSIER_AUDIENCE`). */
  audience: Audience;
  /** The URL path the site is served under, `/` or e.g. `/dossier/` (`DOSSIER_BASE`). */
  base: string;
  /** The day the build counts as today: `now.day` (`SOURCE_DATE_EPOCH` pins it). */
  day: IsoDate;
  /**
   * The moment the build counts as now, on the local clock (`SOURCE_DATE_EPOCH` pins it): what is
   * upcoming and what happened is decided against it, by src/catalog/facts.ts only.
   */
  now: BuildMoment;
  /** Where the site is written (`DOSSIER_OUT_DIR`; `dist/`, or `dist-share/` for a mentor). */
  outDir: string;
  /** Astro's cache folder for this audience (`DOSSIER_CACHE_DIR`, default `node_modules/.astro/`). */
  cacheDir: string;
  /** The mentor copy's record of what it shared (`DOSSIER_SHARE_MANIFEST`, default `mentor-copy.json` in the content root). */
  manifest: string;
  /**
   * Whether note bodies are compiled once at content sync and pages show the stored HTML
   * (src/compile/); `DOSSIER_PRECOMPILE=0` makes every note a Vite module, as before.
   */
  precompile: boolean;
  /** Whether the build lists every page it writes, as Astro does (`DOSSIER_LIST_PAGES=1`, or `astro build --verbose`). */
  listPages: boolean;
  /**
   * How many buckets the search index is split into (`DOSSIER_SEARCH_BUCKETS`); unset, the build
   * picks it from the number of notes (src/integrations/pagefind-index.ts). An edit re-indexes one
   * bucket, and a first search fetches a little of each: more buckets index an edit faster and make
   * the first search larger.
   */
  searchBuckets: number | undefined;
  /**
   * The day of the earlier mentor copy `/changes/` compares with (`npm run build:share -- --since 2026-11-20`,
   * or `DOSSIER_SHARE_SINCE`); unset, it compares with the copy before this one.
   */
  shareSince?: IsoDate;
}

/** `DOSSIER_SEARCH_BUCKETS`: unset, or a whole number from 1 to 64. */
function searchBuckets(env: NodeJS.ProcessEnv): number | undefined {
  const value = env.DOSSIER_SEARCH_BUCKETS?.trim();
  if (!value) return undefined;
  if (!/^[1-9]\d?$/.test(value) || Number(value) > 64)
    throw new Error(
      `DOSSIER_SEARCH_BUCKETS is "${value}"; allowed: a whole number from 1 to 64, or nothing to let the build choose`,
    );
  return Number(value);
}

/**
 * `--since DAY` (or `--since=DAY`) on the command line, else `DOSSIER_SHARE_SINCE`. Astro's own
 * command line passes flags it does not know through, so `npm run build:share -- --since …` reaches here.
 */
export function shareSinceFrom(env: NodeJS.ProcessEnv, argv: readonly string[]): IsoDate | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--since') value = argv[i + 1] ?? '';
    else if (argv[i]!.startsWith('--since=')) value = argv[i]!.slice('--since='.length);
  }
  const given = value !== undefined;
  value = (value ?? env.DOSSIER_SHARE_SINCE)?.trim();
  if (value === undefined || (value === '' && !given)) return undefined;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? readDate(value) : undefined;
  if (!day?.ok)
    throw new Error(
      `--since (or DOSSIER_SHARE_SINCE) is "${value}"; expected the day of an earlier copy, such as 2026-11-20`,
    );
  return day.date;
}

/**
 * Reads the settings from an environment. A broken configuration file throws
 * a ProblemsError naming the file, line and option; a bad `DOSSIER_AUDIENCE`
 * throws an Error saying what is allowed.
 */
export function readSettings(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Settings {
  const root = contentRoot(env, cwd);
  const audience = audienceFromEnv(env);
  const baseProblem = basePathProblem(env.DOSSIER_BASE ?? '');
  if (baseProblem) throw new Error(baseProblem);
  // One reading of the clock: the day and the moment cannot fall on two sides of midnight.
  const now = buildMoment(env);
  return {
    // Through loadContext's per-root cache: validation asks for the same root's context, and the
    // configuration file is parsed once per process.
    ...loadContext(root),
    audience,
    base: basePath(env),
    day: now.day,
    now,
    outDir: resolve(cwd, env.DOSSIER_OUT_DIR ?? (audience === 'mentor' ? 'dist-share' : 'dist')),
    cacheDir: join(resolve(cwd, env.DOSSIER_CACHE_DIR ?? 'node_modules/.astro'), audience),
    manifest: env.DOSSIER_SHARE_MANIFEST?.trim() || join(root, 'mentor-copy.json'),
    precompile: env.DOSSIER_PRECOMPILE?.trim() !== '0',
    listPages: env.DOSSIER_LIST_PAGES?.trim() === '1' || process.argv.includes('--verbose'),
    searchBuckets: searchBuckets(env),
    ...(audience === 'mentor' && { shareSince: shareSinceFrom(env, process.argv.slice(2)) }),
  };
}

let current: Settings | undefined;

/** The settings of this process, read on first use. */
export function settings(): Settings {
  current ??= readSettings();
  return current;
}

/**
 * The settings, or the lines that say why they cannot be read (a file, line and option, or a
 * variable) with the content root they were read for.
 */
export type SettingsResult = { ok: true; settings: Settings } | { ok: false; root: string; lines: string[] };

/**
 * The entrance for the commands (`validate`, `import`, `share:check`, `new`, `stage`, `debrief`): the same settings
 * as a build, from the same environment, so a command and the build never disagree about the
 * content root or its configuration. A bad setting comes back as lines to print, never as a throw.
 * With `existingRoot`, a content root that is missing or a file is one of those lines too (the one
 * wording, from contentRootProblem); without it a command may create the root (`import`).
 */
export function commandSettings(
  env: NodeJS.ProcessEnv = process.env,
  opts: { existingRoot?: boolean; cwd?: string } = {},
): SettingsResult {
  const root = contentRoot(env, opts.cwd);
  const problem = opts.existingRoot ? contentRootProblem(root) : undefined;
  if (problem) return { ok: false, root, lines: [`${root}: ${problem}`] };
  try {
    return { ok: true, settings: readSettings(env, opts.cwd) };
  } catch (error) {
    if (error instanceof ProblemsError) return { ok: false, root, lines: error.problems.map(formatProblem) };
    return { ok: false, root, lines: [error instanceof Error ? error.message : String(error)] };
  }
}

/**
 * The settings for `astro.config.mjs`, where a thrown error would end in a
 * stack trace: a bad setting is printed once, as the file, line and option
 * (or the variable) and what is allowed, and the process exits with 1.
 */
export function settingsOrExit(): Settings {
  if (current) return current;
  const result = commandSettings();
  if (!result.ok) {
    for (const line of result.lines) console.error(line);
    process.exit(1);
  }
  current = result.settings;
  return current;
}
