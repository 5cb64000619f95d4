import { describe, expect, it } from 'vitest';
import { FACTOR, growth, LIMIT } from '../helpers/linear.ts';

/** The linearity check of tests/helpers/linear.ts, on scans whose growth is known. */
describe('growth', () => {
  const text = (n: number) => 'a'.repeat(n);
  // Looks for a missing letter from every position: n²/2 steps.
  const quadratic = (s: string) => {
    let found = 0;
    for (let i = 0; i < s.length; i += 1) found += s.indexOf('b', i);
    return found;
  };
  // Trailing spaces, looked for in a line of spaces that ends in a letter: the regex tries every start.
  const backtracking = (s: string) => /\s+$/.test(`${s}x`);
  const linear = (s: string) => s.split('').filter((c) => c === 'a').length;

  it('is under LIMIT for a linear scan', () => {
    expect(growth(text(200_000), text(FACTOR * 200_000), linear)).toBeLessThan(LIMIT);
  });

  it('is over LIMIT for a quadratic scan', () => {
    // A pause of the collector in a small run lowers one measurement (the unit files share a worker's heap):
    // the best of three still reads a linear scan as linear, and a quadratic one is over the limit every time.
    const best = Math.max(...[1, 2, 3].map(() => growth(text(5_000), text(FACTOR * 5_000), quadratic)));
    expect(best).toBeGreaterThan(LIMIT);
  });

  it('is over LIMIT for a regex that backtracks on spaces', () => {
    // Large enough that the large run is well over the first budget: V8 runs 1,000 spaces' backtracking in a few ms.
    // The best of three, as for the quadratic scan: one run of the import and unit files together read 1 of 3.
    const best = Math.max(...[1, 2, 3].map(() => growth(' '.repeat(1_500), ' '.repeat(FACTOR * 1_500), backtracking)));
    expect(best).toBeGreaterThan(LIMIT);
  });
});
