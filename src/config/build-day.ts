import { lightFormat } from 'date-fns/lightFormat';
import { isoDay, type IsoDate } from '../lib/dates.ts';

/**
 * The moment a build counts as "now", on the local clock: the day and the
 * time of day (HH:MM). Notes write times as local wall-clock times
 * (`2026-12-03T10:00`), so "now" is compared in the same terms, never as a
 * UTC instant. It separates steps that happened from steps to come (Next up,
 * history, the calendar, statistics, the timeline): src/catalog/facts.ts
 * holds that rule.
 */
export interface BuildMoment {
  /** The day (`YYYY-MM-DD`). */
  day: IsoDate;
  /** The time of day, `HH:MM`. */
  time: string;
}

/**
 * The build moment: `SOURCE_DATE_EPOCH` (seconds since 1970, as every
 * reproducible build reads it) pins it, so a build, or a test, can be made
 * again exactly; otherwise the clock. Read once, in src/config/settings.ts.
 */
export function buildMoment(env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): BuildMoment {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now();
  return { day: isoDay(date), time: lightFormat(date, 'HH:mm') };
}

/** The day a build counts as today: the day of its build moment. */
export function buildDay(env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): IsoDate {
  return buildMoment(env, now).day;
}
