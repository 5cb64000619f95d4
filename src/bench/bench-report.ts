import type { DevFigures } from './dev.ts';
import type { FirstQuery } from './first-query.ts';
import { median } from './measure.ts';
import type { Phase } from './phases.ts';
import type { BuildFigure, RebuildFigures, ValidateFigure } from './run.ts';

export interface SiteReport {
  runs: RebuildFigures[];
  output: { distBytes: number; distFiles: number; pages: number; pagefindBytes: number; pagefindFiles: number };
}

export interface BenchReport {
  date: string;
  notes: number;
  seed: number;
  runs: number;
  machine: { cpus: number; cpuModel: string; memoryBytes: number; node: string; heapLimitBytes: number; os: string };
  archive: { applications: number; articles: number; companies: number; bytes: number };
  validate: ValidateFigure[];
  dossier: SiteReport;
  baseline?: SiteReport;
  firstQuery?: FirstQuery;
  /** The editing loop in `astro dev`, one session per run. */
  dev?: DevFigures[];
}

const MB = 1024 * 1024;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const megabytes = (bytes: number) => `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Median, and the range when there is more than one run. */
function spread(values: number[], format: (n: number) => string): string {
  const m = format(median(values));
  return values.length > 1 ? `${m} (${format(Math.min(...values))}–${format(Math.max(...values))})` : m;
}

/** Wall-clock time, then CPU time of the process tree (steadier on a shared machine). */
function buildRow(
  label: string,
  pick: (r: RebuildFigures) => BuildFigure | undefined,
  dossier: SiteReport,
  baseline?: SiteReport,
): string[] {
  const cell = (site?: SiteReport) => {
    const figures = (site?.runs ?? []).map(pick).filter((f): f is BuildFigure => f !== undefined);
    if (figures.length === 0) return site ? 'not measured' : '–';
    const cpu = figures.map((f) => f.cpuMs).filter((v) => v !== undefined);
    return `${spread(
      figures.map((f) => f.ms),
      seconds,
    )}${cpu.length ? ` · CPU ${spread(cpu, seconds)}` : ''}`;
  };
  return [label, cell(dossier), cell(baseline)];
}

/** The figures of a report as rows of label, Dossier, plain site. */
export function reportRows(report: BenchReport): string[][] {
  const { dossier, baseline, firstQuery } = report;
  const peak = (site?: SiteReport) =>
    site
      ? megabytes(
          Math.max(...site.runs.flatMap((r) => [r.cold, r.noChange, r.oneEdit].flatMap((f) => (f ? [f.peakRss] : [])))),
        )
      : '–';
  const peakBy = (site?: SiteReport) => {
    const figures = (site?.runs ?? [])
      .flatMap((r) => [r.cold, r.noChange, r.oneEdit])
      .flatMap((f) => f?.peakRssBy ?? []);
    if (figures.length === 0) return '–';
    return `${megabytes(Math.max(...figures.map((f) => f.astro)))} / ${megabytes(Math.max(...figures.map((f) => f.pagefind)))}`;
  };
  const out = (site: SiteReport | undefined, pick: (o: SiteReport['output']) => string) =>
    site ? pick(site.output) : '–';
  const rows = [
    buildRow('Cold build', (r) => r.cold, dossier, baseline),
    buildRow('Rebuild, no change', (r) => r.noChange, dossier, baseline),
    buildRow('Rebuild, one note edited', (r) => r.oneEdit, dossier, baseline),
    ['Peak RSS (process tree)', peak(dossier), peak(baseline)],
    ['Peak RSS: Astro / Pagefind indexer', peakBy(dossier), peakBy(baseline)],
    ['dist/ size', out(dossier, (o) => megabytes(o.distBytes)), out(baseline, (o) => megabytes(o.distBytes))],
    ['Pages', out(dossier, (o) => String(o.pages)), out(baseline, (o) => String(o.pages))],
    [
      'Pagefind index',
      out(dossier, (o) => `${megabytes(o.pagefindBytes)} (${o.pagefindFiles} files)`),
      out(baseline, (o) => `${megabytes(o.pagefindBytes)} (${o.pagefindFiles} files)`),
    ],
  ];
  if (firstQuery) {
    const { plain, gzip } = firstQuery;
    rows.push([
      `First query "${firstQuery.query}" (${plain.queryFiles.length} requests), gzip host / no compression`,
      `${kilobytes(gzip.queryBytes)} / ${kilobytes(plain.queryBytes)}`,
      '–',
    ]);
    rows.push([
      'Search page before the query, gzip / none',
      `${kilobytes(gzip.pageBytes)} / ${kilobytes(plain.pageBytes)}`,
      '–',
    ]);
    rows.push(['Scripts a note page loads', String(firstQuery.notePageScripts.length), '–']);
  }
  if (report.dev?.length) {
    const ms = (n: number) => `${Math.round(n)} ms`;
    rows.push([
      'npm run dev: ready / first note page',
      `${spread(
        report.dev.map((d) => d.readyMs),
        seconds,
      )} / ${spread(
        report.dev.map((d) => d.firstPageMs),
        seconds,
      )}`,
      '–',
    ]);
    const edits = report.dev.flatMap((d) => d.editMs);
    rows.push([`npm run dev: note saved → page updated (${edits.length} edits)`, spread(edits, ms), '–']);
  }
  const validateCpu = report.validate.map((v) => v.cpuMs).filter((v) => v !== undefined);
  rows.push([
    'npm run validate',
    `${spread(
      report.validate.map((v) => v.ms),
      seconds,
    )}${validateCpu.length ? ` · CPU ${spread(validateCpu, seconds)}` : ''}`,
    '–',
  ]);
  return rows;
}

/** A Markdown table, readable in a terminal and pasteable into the README. */
export function formatTable(report: BenchReport): string {
  return markdownTable([['', 'Dossier', 'Plain Astro + MDX + Pagefind'], ...reportRows(report)]);
}

/** What the issue asks of each figure, by archive size (issue 27); a size without targets shows none. */
export const TARGETS: Record<
  number,
  { coldRatio: number; oneEditRatio: number; firstSearchKb: number; memoryGb: number }
> = {
  1000: { coldRatio: 1.0, oneEditRatio: 0.5, firstSearchKb: 125, memoryGb: 2 },
  10000: { coldRatio: 1.0, oneEditRatio: 0.3, firstSearchKb: 200, memoryGb: 2 },
};

const ratio = (n: number) => `${n.toFixed(2)}×`;
const mark = (met: boolean) => (met ? '✓' : '✗');

/** Median of per-run ratios: each run's figures come from the same minutes, so the load cancels out. */
function sameRunRatio(
  runs: { a?: BuildFigure; b?: BuildFigure }[],
  value: (f: BuildFigure) => number | undefined,
): number | undefined {
  const ratios = runs.flatMap(({ a, b }) => {
    const x = a && value(a);
    const y = b && value(b);
    return x !== undefined && y ? [x / y] : [];
  });
  return ratios.length ? median(ratios) : undefined;
}

/**
 * The table issue 27's "Done when" asks for, for one archive size: each build
 * of Dossier beside the plain site's of the same run (wall and CPU), the
 * same-run ratios the targets are set in, the first search and peak memory,
 * with the load average the builds ran under.
 */
export function summaryRows(report: BenchReport): string[][] {
  const { dossier, baseline, firstQuery } = report;
  const target = TARGETS[report.notes];
  const pairs = (pick: (r: RebuildFigures) => BuildFigure | undefined) =>
    dossier.runs.map((r, i) => ({ a: pick(r), b: baseline && pick(baseline.runs[i] ?? { cold: r.cold }) }));
  const cell = (site: SiteReport | undefined, pick: (r: RebuildFigures) => BuildFigure | undefined) => {
    const figures = (site?.runs ?? []).map(pick).filter((f): f is BuildFigure => f !== undefined);
    if (!figures.length) return site ? 'not measured' : '–';
    const cpu = figures.flatMap((f) => (f.cpuMs === undefined ? [] : [f.cpuMs]));
    return `${seconds(median(figures.map((f) => f.ms)))} · CPU ${cpu.length ? seconds(median(cpu)) : '?'}`;
  };
  const coldWall = sameRunRatio(
    pairs((r) => r.cold),
    (f) => f.ms,
  );
  const coldCpu = sameRunRatio(
    pairs((r) => r.cold),
    (f) => f.cpuMs,
  );
  const ofCold = (
    pick: (r: RebuildFigures) => BuildFigure | undefined,
    value: (f: BuildFigure) => number | undefined,
  ) =>
    sameRunRatio(
      dossier.runs.map((r) => ({ a: pick(r), b: r.cold })),
      value,
    );
  const noChange = ofCold(
    (r) => r.noChange,
    (f) => f.ms,
  );
  const oneEdit = ofCold(
    (r) => r.oneEdit,
    (f) => f.ms,
  );
  const cpuOfCold = (pick: (r: RebuildFigures) => BuildFigure | undefined) => {
    const value = ofCold(pick, (f) => f.cpuMs);
    return value === undefined ? '' : ` (CPU ${ratio(value)})`;
  };
  const rows = [
    [
      'Cold build',
      cell(dossier, (r) => r.cold),
      cell(baseline, (r) => r.cold),
      coldWall === undefined
        ? '–'
        : `${ratio(coldWall)} the plain site in wall time (CPU ${coldCpu === undefined ? '?' : ratio(coldCpu)})`,
      target
        ? `≤ ${target.coldRatio.toFixed(1)}× ${coldWall === undefined ? '' : mark(coldWall <= target.coldRatio)}`
        : '–',
    ],
    [
      'Rebuild, no change',
      cell(dossier, (r) => r.noChange),
      cell(baseline, (r) => r.noChange),
      noChange === undefined ? '–' : `${ratio(noChange)} cold${cpuOfCold((r) => r.noChange)}`,
      '–',
    ],
    [
      'Rebuild, one note edited',
      cell(dossier, (r) => r.oneEdit),
      cell(baseline, (r) => r.oneEdit),
      oneEdit === undefined ? '–' : `${ratio(oneEdit)} cold${cpuOfCold((r) => r.oneEdit)}`,
      target
        ? `≤ ${target.oneEditRatio.toFixed(1)}× ${oneEdit === undefined ? '' : mark(oneEdit <= target.oneEditRatio)}`
        : '–',
    ],
  ];
  if (firstQuery) {
    const kb = firstQuery.gzip.queryBytes / 1024;
    rows.push([
      `First search "${firstQuery.query}", gzip host`,
      `${kilobytes(firstQuery.gzip.queryBytes)} (${firstQuery.gzip.queryFiles.length} requests)`,
      '–',
      describeDownload(firstQuery),
      target ? `≤ ${target.firstSearchKb} KB ${mark(kb <= target.firstSearchKb)}` : '–',
    ]);
  }
  const peaks = (site?: SiteReport) => {
    const all = (site?.runs ?? []).flatMap((r) => [r.cold, r.noChange, r.oneEdit]).flatMap((f) => f?.peakRssBy ?? []);
    return all.length
      ? { astro: Math.max(...all.map((p) => p.astro)), pagefind: Math.max(...all.map((p) => p.pagefind)) }
      : undefined;
  };
  const ours = peaks(dossier);
  const theirs = peaks(baseline);
  const peakCell = (p?: { astro: number; pagefind: number }) =>
    p ? `${megabytes(p.astro)} / ${megabytes(p.pagefind)}` : '–';
  rows.push([
    'Peak memory: Astro / Pagefind',
    peakCell(ours),
    peakCell(theirs),
    'Astro: its Node processes; Pagefind: its indexer',
    target && ours ? `Astro ≤ ${target.memoryGb} GB ${mark(ours.astro <= target.memoryGb * 1024 * MB)}` : '–',
  ]);
  return rows;
}

/** Which parts of Pagefind's bundle the first search fetched, gzipped, in KB. */
function describeDownload(firstQuery: FirstQuery): string {
  const parts: [string, RegExp][] = [
    ['JS', /\.js$/],
    ['WebAssembly', /wasm\./],
    ['entries', /pagefind-entry\.json$/],
    ['bucket list', /dossier-buckets\.json$/],
    ['metadata', /\.pf_meta$/],
    ['word index', /\.pf_index$/],
    ['filters', /\.pf_filter$/],
    ['fragments', /\.pf_fragment$/],
  ];
  return parts
    .flatMap(([name, test]) => {
      const files = firstQuery.gzip.queryFiles.filter((f) => test.test(f.path));
      const bytes = files.reduce((sum, f) => sum + f.bytes, 0);
      return files.length
        ? [`${name} ${(bytes / 1024).toFixed(1)}${files.length > 1 ? ` (${files.length})` : ''}`]
        : [];
    })
    .join(', ');
}

/** The lowest and highest load average (1 min) seen around the builds of a report. */
export function loadRange(report: BenchReport): [number, number] {
  const loads = [report.dossier, report.baseline]
    .flatMap((site) => site?.runs ?? [])
    .flatMap((r) => [r.cold, r.noChange, r.oneEdit])
    .flatMap((f) => f?.load ?? []);
  return loads.length ? [Math.min(...loads), Math.max(...loads)] : [0, 0];
}

/**
 * The cold builds phase by phase (median over runs), Dossier beside the plain
 * site: wall time, and in brackets CPU ÷ wall, the cores a phase kept busy.
 */
export function phaseRows(report: BenchReport, pick: (r: RebuildFigures) => BuildFigure | undefined = (r) => r.cold) {
  const phasesOf = (site?: SiteReport) => (site?.runs ?? []).map(pick).flatMap((f) => (f ? [f.phases] : []));
  const ours = phasesOf(report.dossier);
  const theirs = phasesOf(report.baseline);
  const names = [...new Set([...ours, ...theirs].flatMap((list) => list.map((p) => p.name)))];
  const cell = (runs: Phase[][], name: string) => {
    const found = runs.flatMap((list) => list.filter((p) => p.name === name));
    if (!found.length) return '–';
    const ms = median(found.map((p) => p.ms));
    // A phase beside the others has no CPU of its own: NaN, or null once the report went through JSON.
    if (found.some((p) => p.cpuMs === null || Number.isNaN(p.cpuMs))) return `${seconds(ms)} (beside the phases above)`;
    const cpu = median(found.map((p) => p.cpuMs));
    return `${seconds(ms)} (${ms > 0 ? (cpu / ms).toFixed(2) : '0.00'} cores)`;
  };
  return names.map((name) => [name, cell(ours, name), cell(theirs, name)]);
}

/** Rows as a Markdown table, header first. */
export function markdownTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(rows[0]!), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.slice(1).map(line)].join('\n');
}
