/**
 * The largest of `values`, or `floor` when that is larger or there are none.
 * A loop, not `Math.max(...values)`: spreading passes every value as an
 * argument, and a few hundred thousand of them (the weeks between 1970 and a
 * mistyped year) overflow the call stack.
 */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const value of values) if (value > max) max = value;
  return max;
}
