import { expect } from 'vitest';

/**
 * Linearity checks that hold on a loaded machine. A scan is linear when its work grows like its
 * input: `FACTOR` times the input, about `FACTOR` times the work; a quadratic scan does `FACTOR²`
 * times the work. Work is this thread's CPU time (`process.threadCpuUsage`), which, unlike the
 * wall clock, does not grow while other processes hold the cores; and only the ratio of two runs
 * is compared, never a time against a bound in seconds.
 */
export const FACTOR = 16;

/**
 * Three quarters of the way (geometrically) from linear (FACTOR, 16) to quadratic (FACTOR², 256): 128.
 * Not halfway, because a linear scan's ratio also carries a step of the machine's own: on this machine
 * (AMD EPYC, 2 cores) every scan tried costs 3 to 5 times more per character once its input, or the
 * array it splits the input into, outgrows the CPU's caches or V8's ordinary heap pages (somewhere
 * between 3,000 and 200,000 characters, by scan), and 8 times the input then costs 25–38 times the
 * CPU, where below and above the step it costs 8. Twice that step still passes; a quadratic scan
 * reads 256 or more and fails by twice the margin.
 */
export const LIMIT = FACTOR ** 1.75;

/**
 * How much CPU time a measurement adds up to, repeating a quick run, at each attempt. Linux may count
 * a thread's CPU time by sampling at its timer tick (every 4 ms on this machine: CONFIG_HZ=250 without
 * precise accounting), so 20 ms is about five samples, and a ratio of two such measurements can be
 * off by half. A ratio over LIMIT is measured again with five times the budget, then again; a real
 * quadratic scan fails every attempt (its large run alone outlasts them).
 */
const BUDGETS_MS = [20, 100, 500];

/** Repetitions of one input at most, for a scan too quick to measure once. */
const MAX_REPS = 10_000;

/**
 * The CPU time of one run, averaged over as many runs as it takes to add up to `budgetMs`: the
 * kernel may count a thread's CPU time in ticks of several milliseconds, so a run of one
 * millisecond can read as 0 (and a ratio against it as 2,000).
 */
function cpuMs(run: () => unknown, budgetMs: number): number {
  const start = process.threadCpuUsage();
  let reps = 0;
  let total: number;
  do {
    run();
    reps++;
    const used = process.threadCpuUsage(start);
    total = (used.user + used.system) / 1000;
  } while (total < budgetMs && reps < MAX_REPS);
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
  for (const budget of BUDGETS_MS) {
    const b = cpuMs(() => scan(large), budget);
    // The small input is measured for at least half as long as one large run: a quadratic scan's large run takes
    // a second, and five ticks of its small one could read it as half as slow as it is, and the ratio as linear.
    const a = cpuMs(() => scan(small), Math.max(budget, b / 2));
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
