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
 * Below this much CPU time on the large input the ratio is noise (timer resolution, one garbage
 * collection), and a quadratic scan of the inputs used here would take seconds, not milliseconds.
 */
const MEASURABLE_MS = 20;

/** Runs that may be repeated before a ratio over LIMIT fails: a real quadratic scan fails every time. */
const ATTEMPTS = 3;

function cpuMs(run: () => unknown): number {
  const start = process.threadCpuUsage();
  run();
  const used = process.threadCpuUsage(start);
  return (used.user + used.system) / 1000;
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
    if (b < MEASURABLE_MS) return 1;
    ratio = b / Math.max(a, 0.01);
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
