import { format } from 'date-fns/format';
import type { IsoDate } from '../lib/dates.ts';

/**
 * The day a build counts as "today": it separates steps that happened from
 * steps to come (stats, timeline, calendar). `SOURCE_DATE_EPOCH` pins it, as
 * it pins the build date elsewhere, so a build can be reproduced exactly.
 */
export function buildDay(env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): IsoDate {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now();
  return format(date, 'yyyy-MM-dd') as IsoDate;
}
