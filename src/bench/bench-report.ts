import type { DevFigures } from './dev.ts';
import type { FirstQuery } from './first-query.ts';
import { median } from './measure.ts';
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
  const rows = [['', 'Dossier', 'Plain Astro + MDX + Pagefind'], ...reportRows(report)];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(rows[0]!), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.slice(1).map(line)].join('\n');
}
