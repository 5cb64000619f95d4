import type { ProcessRun, TimedLine } from './measure.ts';

/** One phase of a build: its wall-clock time and the CPU time the whole process tree spent in it. */
export interface Phase {
  name: string;
  ms: number;
  cpuMs: number;
}

/**
 * Where a phase starts: the first line at or after the previous phase's
 * start that matches `at`. `took` reads a duration the line itself reports
 * (a phase logged when it ends): the phase then starts that long before the line.
 */
interface PhaseStart {
  name: string;
  at: RegExp;
  took?: (line: string) => number | undefined;
}

/**
 * The phases of `astro build`, by the lines Astro and the integrations log.
 * A phase whose line is missing (the plain site validates nothing; only the
 * mentor build stages notes) is left out, and its time goes to the phase before.
 */
const PHASES: PhaseStart[] = [
  {
    name: 'Validation',
    at: /\[dossier\] Validated \d+ note/,
    took: (line) => Number(/\((\d+) ms\)/.exec(line)?.[1]),
  },
  // The rest of the start-up: the other integrations' hooks, Astro's content configuration, mentor staging.
  { name: 'Start-up after validation (mentor: staging)', at: /\[dossier\] Validated \d+ note/ },
  { name: 'Content sync, precompile, types', at: /\[content\] Syncing content/ },
  { name: 'Routes and build info', at: /\[build\] Collecting build info/ },
  { name: 'Vite bundle', at: /\[build\] Building static entrypoints/ },
  { name: 'Rendering', at: /generating static routes/ },
  { name: 'After rendering', at: /✓ Completed in/ },
  { name: 'Search index', at: /\[(?:dossier\] Pages:|pagefind\] Indexing)/ },
  { name: 'After the index (mentor: self-check)', at: /\[dossier\] Pagefind:|\[pagefind\] Indexed/ },
];

/** CPU time at `ms`, interpolated between the samples around it. */
export function cpuAt(timeline: ProcessRun['cpuTimeline'], ms: number): number {
  let before = timeline[0] ?? { ms: 0, cpuMs: 0 };
  for (const sample of timeline) {
    if (sample.ms >= ms) {
      const span = sample.ms - before.ms;
      return span > 0 ? before.cpuMs + ((sample.cpuMs - before.cpuMs) * (ms - before.ms)) / span : sample.cpuMs;
    }
    before = sample;
  }
  return before.cpuMs;
}

/**
 * Splits a build into phases (start-up first, then PHASES in order) with the
 * wall-clock and CPU time of each. CPU ÷ wall says how many cores a phase kept
 * busy: on two cores, a phase near 1.0 leaves one idle.
 */
export function buildPhases(run: Pick<ProcessRun, 'ms' | 'lines' | 'cpuTimeline'>): Phase[] {
  const starts: { name: string; ms: number }[] = [{ name: 'Start-up (Node, Astro, configuration)', ms: 0 }];
  let from = 0;
  for (const phase of PHASES) {
    const index = run.lines.findIndex((line: TimedLine, i) => i >= from && phase.at.test(line.text));
    if (index < 0) continue;
    const line = run.lines[index]!;
    const took = phase.took?.(line.text);
    const ms = took !== undefined && Number.isFinite(took) ? Math.max(line.ms - took, starts.at(-1)!.ms) : line.ms;
    starts.push({ name: phase.name, ms });
    from = index;
  }
  return starts.map((start, i) => {
    const end = starts[i + 1]?.ms ?? run.ms;
    return {
      name: start.name,
      ms: end - start.ms,
      cpuMs: cpuAt(run.cpuTimeline, end) - cpuAt(run.cpuTimeline, start.ms),
    };
  });
}
