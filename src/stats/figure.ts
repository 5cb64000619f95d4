/**
 * A figure on the stats page together with how many applications it rests
 * on. Every figure carries `n` and `few`, so no page can show a percentage
 * of three applications without saying so.
 */

/** Below this many applications a figure is flagged as resting on few data. */
export const FEW_DATA_THRESHOLD = 5;

/** A share: `count` of `n` applications. `value` is null when `n` is 0. */
export interface Rate {
  count: number;
  n: number;
  /** count / n, from 0 to 1; null when there is nothing to divide by. */
  value: number | null;
  /** True when n < 5: the share says little. */
  few: boolean;
}

/** A number of days (a median) over `n` observations; null when there are none. */
export interface Measure {
  value: number | null;
  n: number;
  few: boolean;
}

export const isFew = (n: number): boolean => n < FEW_DATA_THRESHOLD;

export function rate(count: number, n: number): Rate {
  return { count, n, value: n === 0 ? null : count / n, few: isFew(n) };
}

/** The median of the values (the mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function medianMeasure(values: readonly number[]): Measure {
  return { value: median(values), n: values.length, few: isFew(values.length) };
}

/** "40%" or "—" when there is no value. */
export function formatRate(r: Rate): string {
  return r.value === null ? '—' : `${Math.round(r.value * 100)}%`;
}

/** "12 days", "1 day", "4.5 days" or "—". */
export function formatDays(m: Measure): string {
  if (m.value === null) return '—';
  const v = Math.round(m.value * 10) / 10;
  return `${v} ${v === 1 ? 'day' : 'days'}`;
}
