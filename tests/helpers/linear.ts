import { expect } from 'vitest';

/**
 * Linearity checks that hold on a loaded machine. A scan is linear when its work grows like its
 * input: `FACTOR` times the input, about `FACTOR` times the work; a quadratic scan does `FACTOR²`
 * times the work. Work is this thread's CPU time (`process.threadCpuUsage`), which, unlike the
 * wall clock, does not grow while other processes hold the cores; and only the ratio of two runs
 * is compared, never a time against a bound in seconds.
 */
export const FACTOR = 8;

/** Halfway (geometrically) between linear (FACTOR) and quadratic (FACTOR²): generous either way. */
export const LIMIT = FACTOR ** 1.5;

/**
 * How much CPU time a measurement adds up to, repeating a quick run: below this the ratio is noise
 * (the kernel's accounting in ticks, one garbage collection).
 */
const MEASURABLE_MS = 20;

/** Runs that may be repeated before a ratio over LIMIT fails: a real quadratic scan fails every time. */
const ATTEMPTS = 3;

/** Repetitions of one input at most, for a scan too quick to measure once. */
const MAX_REPS = 10_000;

/**
 * The CPU time of one run, averaged over as many runs as it takes to add up to MEASURABLE_MS: the
 * kernel may count a thread's CPU time in ticks of several milliseconds, so a run of one
 * millisecond can read as 0 (and a ratio against it as 2,000).
 */
function cpuMs(run: () => unknown): number {
  const start = process.threadCpuUsage();
  let reps = 0;
  let total: number;
  do {
    run();
    reps++;
    const used = process.threadCpuUsage(start);
    total = (used.user + used.system) / 1000;
  } while (total < MEASURABLE_MS && reps < MAX_REPS);
  return total / reps;
}

/**
 * How much more CPU time `scan` takes on `large` than on `small` (which should be FACTOR times
 * smaller): about FACTOR for a linear scan, FACTOR² for a quadratic one; 1 when both are too
 * quick to measure.
 */
export function growth<T>(small: T, large: T, scan: (input: T) => unknown): number {
  scan(small); // compiled and warmed up first, so the small run does not pay for it
  let ratio = 1;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const a = cpuMs(() => scan(small));
    const b = cpuMs(() => scan(large));
    // Both too quick to tell apart from the cost of calling them: no growth to speak of.
    if (b < 0.05) return 1;
    ratio = b / Math.max(a, 0.001);
    if (ratio < LIMIT) return ratio;
  }
  return ratio;
}

/** Fails unless `scan` does linear work: inputs from `make(n)` and `make(FACTOR * n)`. */
export function expectLinear<T>(
  make: (n: number) => T,
  n: number,
  scan: (input: T) => unknown,
  what = 'the scan',
): void {
  const ratio = growth(make(n), make(FACTOR * n), scan);
  expect(ratio, `${what}: ${FACTOR}× the input took ${ratio.toFixed(1)}× the CPU time`).toBeLessThan(LIMIT);
}
