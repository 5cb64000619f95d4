/**
 * Micro-benchmark of Dossier's own Markdown plugins and formatters: the cost
 * per note of each, measured as the compile time with the plugin minus the
 * compile time without it, over generated notes (and the example archive).
 * `node src/bench/plugins.ts [notes] [runs]` prints ms/note per plugin, the
 * median of the runs, and a digest of the output so a rewrite can be checked
 * to give the same bytes.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { mdxToJs, type HastPluginList, type MdxToJsResult } from 'satteri';
import { collapseJobDescription } from '../markdown/collapse-job-description.ts';
import { taskListLabels } from '../markdown/task-list-labels.ts';
import { formatSalary } from '../lib/format.ts';
import { bodyOf, generateNotes } from './generate.ts';
import { median } from './measure.ts';

type Plugins = { hastPlugins?: HastPluginList };

/** The bodies benchmarked: the example archive's notes and `count` generated ones. */
export function benchBodies(count: number, root = resolve(import.meta.dirname, '../../content')): string[] {
  const bodies = generateNotes({ notes: count }).map((n) => bodyOf(n.text));
  for (const dir of ['applications', 'articles']) {
    for (const name of readdirSync(join(root, dir)).sort())
      if (name.endsWith('.mdx')) bodies.push(bodyOf(readFileSync(join(root, dir, name), 'utf8')));
  }
  return bodies;
}

/** Milliseconds per body of one compile pass with `options`, and a digest of every output. */
function pass(bodies: readonly string[], options: Plugins): { ms: number; digest: string } {
  const hash = createHash('sha256');
  const started = performance.now();
  for (const body of bodies) hash.update((mdxToJs(body, options) as MdxToJsResult).code);
  return { ms: (performance.now() - started) / bodies.length, digest: hash.digest('hex').slice(0, 16) };
}

export interface PluginFigures {
  notes: number;
  runs: number;
  /** Median ms/note of a compile with no plugin. */
  bare: number;
  /** Median extra ms/note each plugin adds, and the digest of the output with it. */
  plugins: Record<string, { ms: number; digest: string }>;
  /** Median ms per 1,000 formatSalary calls. */
  salaryPerThousand: number;
}

export function benchPlugins(count: number, runs: number): PluginFigures {
  const bodies = benchBodies(count);
  const variants: Record<string, Plugins> = {
    collapseJobDescription: { hastPlugins: [collapseJobDescription(1200)] },
    taskListLabels: { hastPlugins: [taskListLabels] },
  };
  const bare: number[] = [];
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  const digests: Record<string, string> = {};
  pass(bodies, {}); // warm-up: the first pass loads the native module and JITs
  for (let run = 0; run < runs; run++) {
    bare.push(pass(bodies, {}).ms);
    for (const [name, options] of Object.entries(variants)) {
      const result = pass(bodies, options);
      times[name]!.push(result.ms);
      digests[name] = result.digest;
    }
  }
  const salaries = Array.from({ length: 10_000 }, (_, i) => ({
    min: 40_000 + i,
    max: 90_000 + i * 3,
    currency: ['EUR', 'USD', 'GBP'][i % 3],
    period: 'year',
  }));
  const salaryTimes: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    for (const s of salaries) formatSalary(s);
    salaryTimes.push(((performance.now() - started) / salaries.length) * 1000);
  }
  const base = median(bare);
  return {
    notes: bodies.length,
    runs,
    bare: base,
    plugins: Object.fromEntries(
      Object.entries(times).map(([name, t]) => [name, { ms: median(t) - base, digest: digests[name]! }]),
    ),
    salaryPerThousand: median(salaryTimes),
  };
}

if (import.meta.main) {
  const [count = '1000', runs = '5'] = process.argv.slice(2);
  const figures = benchPlugins(Number(count), Number(runs));
  console.log(
    `${figures.notes} notes, median of ${figures.runs} runs; a bare compile: ${figures.bare.toFixed(3)} ms/note`,
  );
  for (const [name, f] of Object.entries(figures.plugins))
    console.log(`${name}: +${f.ms.toFixed(3)} ms/note (output ${f.digest})`);
  console.log(`formatSalary: ${figures.salaryPerThousand.toFixed(3)} ms per 1,000 calls`);
}
