/**
 * `npm run bench -- --notes N [--runs R] [--keep] [--baseline all|cold|none] [--seed S] [--query WORD] [--out FILE]`:
 * generates a synthetic archive of N notes, builds it with Dossier and with
 * a plain Astro + MDX + Pagefind site, and reports build and rebuild times,
 * peak memory, output sizes, what a first search downloads and how long
 * `npm run validate` takes. A benchmark, not a test: it prints figures and
 * writes them to `.bench/report-<N>.json`; it fails only when a build fails.
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
import { formatTable, type BenchReport, type SiteReport } from '../bench/bench-report.ts';
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

const USAGE = `Usage: npm run bench -- --notes N [options]

  --notes N         notes in the synthetic archive (default 1000)
  --runs R          repeat every measurement R times and report the median (default 1)
  --baseline MODE   plain-site builds: all (cold and both rebuilds, default), cold, none
  --seed S          seed of the archive (default ${DEFAULT_SEED})
  --query WORD      the first search query measured in Chromium (default "kubernetes")
  --no-browser      skip the Chromium measurement
  --no-dev          skip the editing loop in \`astro dev\` (start-up, save → updated page)
  --out FILE        the JSON report (default .bench/report-<N>.json)
  --keep            keep the archive and the built sites (printed at the end)`;

const { values } = parseArgs({
  options: {
    notes: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '1' },
    baseline: { type: 'string', default: 'all' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    query: { type: 'string', default: 'kubernetes' },
    'no-browser': { type: 'boolean', default: false },
    'no-dev': { type: 'boolean', default: false },
    out: { type: 'string' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
const notes = Number(values.notes);
const runs = Number(values.runs);
const seed = Number(values.seed);
if (
  values.help ||
  !(notes > 0) ||
  !(runs > 0) ||
  !Number.isInteger(seed) ||
  !['all', 'cold', 'none'].includes(values.baseline)
) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 1);
}

const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
const work = benchWorkFolder();
const content = join(work, 'content');
log(`Generating ${notes} notes (seed ${seed}) in ${content}`);
const archive = writeArchive(content, { notes, seed });
const editFile = join(content, 'applications', archive.find((n) => n.collection === 'applications')!.file);

const root = snapshotProject(work);
log(`Building a copy of the project's code in ${root}`);
const dossier = dossierSite(content, work, root);
const baseline = values.baseline === 'none' ? undefined : baselineSite(content, work, root);

try {
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
    log(`Run ${i + 1} of ${runs}`);
    dossierRuns.push(await measureRun(dossier, 'all'));
    if (baseline) baselineRuns.push(await measureRun(baseline, values.baseline));
  }
  const dossierReport: SiteReport = { runs: dossierRuns, output: outputFigures(dossier.dist) };
  const baselineReport: SiteReport | undefined = baseline
    ? { runs: baselineRuns, output: outputFigures(baseline.dist) }
    : undefined;

  const notePath = `/applications/${archive.find((n) => n.collection === 'applications')!.file.replace(/\.mdx$/, '')}/`;
  const dev: DevFigures[] = [];
  if (!values['no-dev']) {
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
  const report: BenchReport = {
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
  const out = values.out ?? join(PROJECT_ROOT, '.bench', `report-${notes}.json`);
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    `\n${notes} notes, ${runs} run(s), ${report.machine.cpus} × ${report.machine.cpuModel}, Node ${process.version}, ${report.date.slice(0, 10)}\n`,
  );
  console.log(formatTable(report));
  console.log(`\nReport: ${out}`);
} finally {
  if (values.keep) console.log(`Kept the archive and the builds in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
