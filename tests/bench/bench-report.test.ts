import { describe, expect, it } from 'vitest';
import { phaseRows, reportRows, summaryRows, type BenchReport, type SiteReport } from '../../src/bench/bench-report.ts';
import type { BuildFigure } from '../../src/bench/run.ts';

const figure = (seconds: number, rssMb: number): BuildFigure => ({
  ms: seconds * 1000,
  cpuMs: seconds * 1100,
  peakRss: rssMb * 1024 * 1024,
  // Pagefind's indexer peaks at a fifth of the tree, Astro at the rest.
  peakRssBy: { astro: rssMb * 0.8 * 1024 * 1024, pagefind: rssMb * 0.2 * 1024 * 1024 },
  load: [1, 1],
  milestones: [],
  reusedPages: 0,
  phases: [],
});
const output: SiteReport['output'] = {
  distBytes: 20 * 1024 * 1024,
  distFiles: 10,
  pages: 5,
  pagefindBytes: 1024 * 1024,
  pagefindFiles: 3,
};
const report = (baseline?: SiteReport): BenchReport => ({
  date: '2026-11-22',
  notes: 10,
  seed: 1,
  runs: 2,
  machine: { cpus: 2, cpuModel: 'test', memoryBytes: 1, node: 'v24', heapLimitBytes: 1, os: 'linux' },
  archive: { applications: 9, articles: 1, companies: 2, bytes: 1 },
  validate: [{ ms: 2000, peakRss: 1, notes: 10, errors: 0, warnings: 0, load: 1 }],
  dossier: {
    runs: [
      { cold: figure(40, 900), noChange: figure(10, 950), oneEdit: figure(12, 800) },
      { cold: figure(50, 700), noChange: figure(20, 600), oneEdit: figure(14, 1000) },
    ],
    output,
  },
  baseline,
});
const row = (r: BenchReport, label: string) =>
  reportRows(r)
    .find((cells) => cells[0] === label)!
    .slice(1);

describe('the bench table', () => {
  it.each([
    ['Cold build', '45.0 s (40.0 s–50.0 s) · CPU 49.5 s (44.0 s–55.0 s)'],
    ['Rebuild, no change', '15.0 s (10.0 s–20.0 s) · CPU 16.5 s (11.0 s–22.0 s)'],
    ['Peak RSS (process tree)', '1000 MB'],
    ['Peak RSS: Astro / Pagefind indexer', '800 MB / 200 MB'],
  ])('%s: medians with ranges, the highest peak', (label, dossier) => {
    expect(row(report(), label)[0]).toBe(dossier);
  });

  it('says "not measured" for rebuilds of a site built cold only, never repeating the cold figure', () => {
    const coldOnly = report({ runs: [{ cold: figure(30, 500) }], output });
    expect(row(coldOnly, 'Cold build')[1]).toBe('30.0 s · CPU 33.0 s');
    expect(row(coldOnly, 'Rebuild, no change')[1]).toBe('not measured');
    expect(row(coldOnly, 'Rebuild, one note edited')[1]).toBe('not measured');
    expect(row(coldOnly, 'Peak RSS (process tree)')[1]).toBe('500 MB');
    expect(row(report(), 'Rebuild, no change')[1]).toBe('–');
  });

  it('reports the dev server: start-up and each save to the updated page', () => {
    const withDev: BenchReport = {
      ...report(),
      dev: [
        { readyMs: 3000, firstPageMs: 9000, editMs: [400, 600, 500] },
        { readyMs: 5000, firstPageMs: 11000, editMs: [700, 300, 800] },
      ],
    };
    expect(row(withDev, 'npm run dev: ready / first note page')[0]).toBe('4.0 s (3.0 s–5.0 s) / 10.0 s (9.0 s–11.0 s)');
    expect(row(withDev, 'npm run dev: note saved → page updated (6 edits)')[0]).toBe('550 ms (300 ms–800 ms)');
    expect(reportRows(report()).some((cells) => cells[0]!.startsWith('npm run dev'))).toBe(false);
  });
});

describe("the summary of issue 27's targets", () => {
  const baseline: SiteReport = {
    runs: [
      { cold: figure(50, 1000), noChange: figure(45, 1000), oneEdit: figure(46, 1000) },
      { cold: figure(40, 1000), noChange: figure(38, 1000), oneEdit: figure(39, 1000) },
    ],
    output,
  };
  const summary = (notes: number) =>
    Object.fromEntries(summaryRows({ ...report(baseline), notes }).map(([label, ...cells]) => [label, cells]));

  it('sets each cold build against the plain site of the same run, and each rebuild against its own cold build', () => {
    const rows = summary(1000);
    // Runs: 40 ÷ 50 and 50 ÷ 40; edits 12 ÷ 40 and 14 ÷ 50.
    expect(rows['Cold build']![2]).toBe('1.02× the plain site in wall time (CPU 1.02×)');
    expect(rows['Cold build']![3]).toBe('≤ 1.0× ✗');
    expect(rows['Rebuild, one note edited']![2]).toBe('0.29× cold (CPU 0.29×)');
    expect(rows['Rebuild, one note edited']![3]).toBe('≤ 0.5× ✓');
    expect(rows['Rebuild, no change']![2]).toBe('0.33× cold (CPU 0.33×)');
  });

  it('holds each size to its own targets, and a size without targets to none', () => {
    expect(summary(10_000)['Rebuild, one note edited']![3]).toBe('≤ 0.3× ✓');
    expect(summary(10_000)['Peak memory: Astro / Pagefind']![3]).toBe('Astro ≤ 2 GB ✓');
    expect(summary(50)['Cold build']![3]).toBe('–');
  });
});

describe('the cold build phase by phase', () => {
  const phased = (phases: BuildFigure['phases']) => ({ ...figure(10, 500), phases });
  const withPhases: BenchReport = {
    ...report(),
    dossier: {
      runs: [
        {
          cold: phased([
            { name: 'Rendering', ms: 4000, cpuMs: 6000 },
            { name: 'Validation, beside the content sync', ms: 1500, cpuMs: NaN },
          ]),
        },
      ],
      output,
    },
  };

  // A report is written as JSON and read back to print its table: NaN comes back as null.
  it.each([
    ['as measured', withPhases],
    ['read back from its JSON', JSON.parse(JSON.stringify(withPhases)) as BenchReport],
  ])('gives a phase beside the others its time and no cores, %s', (_, r) => {
    expect(phaseRows(r)).toEqual([
      ['Rendering', '4.0 s (1.50 cores)', '–'],
      ['Validation, beside the content sync', '1.5 s (beside the phases above)', '–'],
    ]);
  });
});
