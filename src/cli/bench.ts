/**
 * `npm run bench [-- --quick] [--notes N,M] [--runs R] [--keep] [--baseline all|cold|none] [--seed S] [--query WORD]`:
 * for each archive size (1,000 and 10,000 notes unless told), generates a
 * synthetic archive, builds it with Dossier and with a plain Astro + MDX +
 * Pagefind site, the two taking turns, and reports cold and rebuild times
 * (wall and CPU) side by side with their same-run ratios, each build's phases,
 * peak memory, what a first search downloads and how long `npm run validate`
 * takes. A benchmark, not a test: it prints figures and writes them to
 * `.bench/report-<N>.json`; it fails only when a build fails.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { measureDevLoop, type DevFigures } from '../bench/dev.ts';
import { measureFirstQuery } from '../bench/first-query.ts';
import { DEFAULT_SEED, writeArchive } from '../bench/generate.ts';
import { folderSize } from '../bench/measure.ts';
import {
  formatTable,
  loadRange,
  markdownTable,
  phaseRows,
  summaryRows,
  type BenchReport,
  type SiteReport,
} from '../bench/bench-report.ts';
import {
  baselineSite,
  benchWorkFolder,
  coldAndRebuilds,
  describe,
  dossierSite,
  outputFigures,
  PROJECT_ROOT,
  snapshotProject,
  timedBuild,
  timedValidate,
  type SiteSetup,
} from '../bench/run.ts';

const USAGE = `Usage: npm run bench [-- options]

  --quick           1,000 notes only, one run, no dev-server loop (a few minutes)
  --notes N[,M…]    archive sizes, each benched in turn (default 1000,10000)
  --runs R          repeat every measurement R times and report medians (default 1)
  --baseline MODE   plain-site builds: all (cold and both rebuilds, default), cold, none
  --seed S          seed of the archive (default ${DEFAULT_SEED})
  --query WORD      the first search query measured in Chromium (default "kubernetes")
  --no-browser      skip the Chromium measurement
  --no-dev          skip the editing loop in \`astro dev\` (measured at the smallest size only)
  --keep            keep the archives and the built sites (printed at the end)`;

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    notes: { type: 'string', default: '1000,10000' },
    runs: { type: 'string', default: '1' },
    baseline: { type: 'string', default: 'all' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    query: { type: 'string', default: 'kubernetes' },
    'no-browser': { type: 'boolean', default: false },
    'no-dev': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
const sizes = values.quick ? [1000] : values.notes.split(',').map(Number);
const runs = values.quick ? 1 : Number(values.runs);
const seed = Number(values.seed);
if (
  values.help ||
  !sizes.every((n) => Number.isInteger(n) && n > 0) ||
  !(runs > 0) ||
  !Number.isInteger(seed) ||
  !['all', 'cold', 'none'].includes(values.baseline)
) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 1);
}

const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

/** Generates an archive of `notes` notes and measures everything on it. */
async function benchArchive(notes: number, measureDev: boolean): Promise<BenchReport> {
  const work = benchWorkFolder();
  try {
    const content = join(work, 'content');
    log(`Generating ${notes} notes (seed ${seed}) in ${content}`);
    const archive = writeArchive(content, { notes, seed });
    const editFile = join(content, 'applications', archive.find((n) => n.collection === 'applications')!.file);

    const root = snapshotProject(work);
    log(`Building a copy of the project's code in ${root}`);
    const dossier = dossierSite(content, work, root);
    const baseline = values.baseline === 'none' ? undefined : baselineSite(content, work, root);

    const validate = [];
    for (let i = 0; i < runs; i++) {
      const v = await timedValidate(content, root);
      log(
        `  npm run validate ${(v.ms / 1000).toFixed(1)} s (${v.notes} notes, ${v.errors} errors, ${v.warnings} warnings)`,
      );
      if (v.errors > 0)
        throw new Error(`the synthetic archive has ${v.errors} validation error(s); the generator is broken`);
      validate.push(v);
    }
    // One run of a site: cold build and both rebuilds, or only the cold build.
    const measureRun = async (site: SiteSetup, mode: string) => {
      if (mode === 'all') return coldAndRebuilds(site, editFile, log);
      rmSync(site.dist, { recursive: true, force: true });
      rmSync(site.cache, { recursive: true, force: true });
      const cold = await timedBuild(site);
      log(`  ${site.name} cold build ${describe(cold)}`);
      return { cold };
    };
    // The two sites take turns run by run, so a change of the machine's load hits both alike.
    const dossierRuns = [];
    const baselineRuns = [];
    for (let i = 0; i < runs; i++) {
      log(`${notes} notes: run ${i + 1} of ${runs}`);
      dossierRuns.push(await measureRun(dossier, 'all'));
      if (baseline) baselineRuns.push(await measureRun(baseline, values.baseline));
    }
    const dossierReport: SiteReport = { runs: dossierRuns, output: outputFigures(dossier.dist) };
    const baselineReport: SiteReport | undefined = baseline
      ? { runs: baselineRuns, output: outputFigures(baseline.dist) }
      : undefined;

    const notePath = `/applications/${archive.find((n) => n.collection === 'applications')!.file.replace(/\.mdx$/, '')}/`;
    const dev: DevFigures[] = [];
    if (measureDev) {
      for (let i = 0; i < runs; i++) {
        log(`Measuring the editing loop in astro dev (${i + 1} of ${runs})`);
        const cache = join(work, 'dev-cache');
        rmSync(cache, { recursive: true, force: true });
        const figures = await measureDevLoop({ root, content, cache, noteFile: editFile, notePath, log });
        log(
          `  dev: ready after ${(figures.readyMs / 1000).toFixed(1)} s, first note page after ${(figures.firstPageMs / 1000).toFixed(1)} s`,
        );
        dev.push(figures);
      }
    }

    let firstQuery;
    if (!values['no-browser']) {
      log('Measuring a first search in Chromium');
      firstQuery = await measureFirstQuery(dossier.dist, values.query, notePath);
    }

    const cpu = cpus();
    return {
      date: new Date().toISOString(),
      notes,
      seed,
      runs,
      machine: {
        cpus: cpu.length,
        cpuModel: cpu[0]?.model ?? 'unknown',
        memoryBytes: totalmem(),
        node: process.version,
        heapLimitBytes: getHeapStatistics().heap_size_limit,
        os: `${platform()} ${release()}`,
      },
      archive: {
        applications: archive.filter((n) => n.collection === 'applications').length,
        articles: archive.filter((n) => n.collection === 'articles').length,
        companies: new Set(archive.map((n) => n.company).filter(Boolean)).size,
        bytes: folderSize(content).bytes,
      },
      validate,
      dossier: dossierReport,
      baseline: baselineReport,
      firstQuery,
      dev: dev.length ? dev : undefined,
    };
  } finally {
    if (values.keep) console.log(`Kept the archive and the builds in ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

const reports: BenchReport[] = [];
const smallest = Math.min(...sizes);
for (const notes of sizes) {
  const report = await benchArchive(notes, !values['no-dev'] && !values.quick && notes === smallest);
  const out = join(PROJECT_ROOT, '.bench', `report-${notes}.json`);
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  reports.push(report);
  console.log(`\n${notes} notes: every figure (JSON: ${out})\n`);
  console.log(formatTable(report));
  console.log(`\n${notes} notes: the cold build phase by phase, wall time (CPU ÷ wall = cores kept busy)\n`);
  console.log(markdownTable([['Phase', 'Dossier', 'Plain Astro + MDX + Pagefind'], ...phaseRows(report)]));
}

const machine = reports[0]!.machine;
console.log(
  `\nSummary: ${runs} run(s) per size, ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, ${reports[0]!.date.slice(0, 10)}; medians, ratios of builds of the same run\n`,
);
for (const report of reports) {
  const [low, high] = loadRange(report);
  console.log(
    markdownTable([
      [
        `${report.notes.toLocaleString('en')} notes, load ${low.toFixed(1)}–${high.toFixed(1)}`,
        'Dossier: wall · CPU',
        'Plain site: wall · CPU',
        'Ratio',
        'Target',
      ],
      ...summaryRows(report),
    ]),
  );
  console.log('');
}
