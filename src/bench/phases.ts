import type { ProcessRun, TimedLine } from './measure.ts';

/** One phase of a build: its wall-clock time and the CPU time the whole process tree spent in it. */
export interface Phase {
  name: string;
  ms: number;
  cpuMs: number;
}

/** Where a phase starts: the first line at or after the previous phase's start that matches `at`. */
interface PhaseStart {
  name: string;
  at: RegExp;
}

/**
 * The phases of `astro build`, in order, by the lines Astro and the
 * integrations log. A phase whose line is missing is left out, and its time
 * goes to the phase before.
 */
const PHASES: PhaseStart[] = [
  { name: 'Content sync, precompile, types', at: /\[content\] Syncing content/ },
  { name: 'Routes and build info', at: /\[build\] Collecting build info/ },
  { name: 'Vite bundle', at: /\[build\] Building static entrypoints/ },
  { name: 'Rendering', at: /generating static routes/ },
  { name: 'After rendering', at: /✓ Completed in/ },
  { name: 'Search index', at: /\[(?:dossier\] Pages:|pagefind\] Indexing)/ },
  { name: 'After the index (mentor: self-check)', at: /\[dossier\] Pagefind:|\[pagefind\] Indexed/ },
];

/** Dossier's validation: a phase of its own before the content sync (mentor builds), or beside it (owner builds). */
const VALIDATED = /\[dossier\] Validated \d+ note.*\((\d+) ms\)/;

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
 * busy: on two cores, a phase near 1.0 leaves one idle. Validation that ran
 * beside the content sync comes last, with its own duration and no CPU of its
 * own (NaN): the phases around it hold that.
 */
export function buildPhases(run: Pick<ProcessRun, 'ms' | 'lines' | 'cpuTimeline'>): Phase[] {
  const starts: { name: string; ms: number }[] = [{ name: 'Start-up (Node, Astro, configuration)', ms: 0 }];
  const validated = run.lines.findIndex((line: TimedLine) => VALIDATED.test(line.text));
  const synced = run.lines.findIndex((line: TimedLine) => PHASES[0]!.at.test(line.text));
  const took = validated < 0 ? 0 : Number(VALIDATED.exec(run.lines[validated]!.text)![1]);
  const before = validated >= 0 && (synced < 0 || validated < synced);
  if (before) {
    const line = run.lines[validated]!;
    starts.push({ name: 'Validation', ms: Math.max(line.ms - took, 0) });
    // The rest of the start-up: the other integrations' hooks, Astro's content configuration, mentor staging.
    starts.push({ name: 'Start-up after validation (mentor: staging)', ms: line.ms });
  }
  let from = before ? validated : 0;
  for (const phase of PHASES) {
    const index = run.lines.findIndex((line: TimedLine, i) => i >= from && phase.at.test(line.text));
    if (index < 0) continue;
    starts.push({ name: phase.name, ms: run.lines[index]!.ms });
    from = index;
  }
  const phases = starts.map((start, i) => {
    const end = starts[i + 1]?.ms ?? run.ms;
    return {
      name: start.name,
      ms: end - start.ms,
      cpuMs: cpuAt(run.cpuTimeline, end) - cpuAt(run.cpuTimeline, start.ms),
    };
  });
  if (validated >= 0 && !before) phases.push({ name: 'Validation, beside the content sync', ms: took, cpuMs: NaN });
  return phases;
}
