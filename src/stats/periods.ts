import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { lightFormat } from 'date-fns/lightFormat';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import { startOfMonth } from 'date-fns/startOfMonth';
import { sentDate } from '../catalog/facts.ts';
import { calendarLabel, isoDay, toLocalDate } from '../lib/dates.ts';
import type { BuildMoment } from '../config/build-day.ts';
import { isSent, type StatsApplication } from './progress.ts';

/** Applications sent in one week or month. */
export interface PeriodCount {
  /** `2024-W43` or `2024-10`. */
  key: string;
  /** First day of the period, YYYY-MM-DD. */
  start: string;
  /** "21 Oct 2024" (week of) or "Oct 2024". */
  label: string;
  count: number;
}

export interface PeriodSeries {
  periods: PeriodCount[];
  /** Sent applications with no date, which no period can hold. */
  undated: number;
}

type Unit = 'week' | 'month';

const UNITS: Record<
  Unit,
  { start: (d: Date) => Date; next: (d: Date) => Date; key: (d: Date) => string; label: (d: Date) => string }
> = {
  week: {
    start: (d) => startOfISOWeek(d),
    next: (d) => addWeeks(d, 1),
    key: (d) => `${getISOWeekYear(d)}-W${String(getISOWeek(d)).padStart(2, '0')}`,
    label: (d) => calendarLabel(d, { day: true, month: 'short' }),
  },
  month: {
    start: (d) => startOfMonth(d),
    next: (d) => addMonths(d, 1),
    key: (d) => lightFormat(d, 'yyyy-MM'),
    label: (d) => calendarLabel(d, { day: false, month: 'short' }),
  },
};

/**
 * Sent applications per ISO week (weeks start on Monday) or per calendar
 * month, by the day they were sent, from the first to the last such period
 * with the empty ones in between, so a chart shows the gaps.
 */
export function perPeriod(apps: readonly StatsApplication[], unit: Unit, now: BuildMoment): PeriodSeries {
  const u = UNITS[unit];
  const sent = apps.filter(isSent);
  const dates = sent.map((app) => sentDate(app, now)).filter((d) => d !== undefined);
  const counts = new Map<string, number>();
  for (const date of dates) {
    const key = u.key(u.start(toLocalDate(date)));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const periods: PeriodCount[] = [];
  if (dates.length > 0) {
    const sorted = [...dates].sort();
    const last = u.start(toLocalDate(sorted[sorted.length - 1]!));
    for (let d = u.start(toLocalDate(sorted[0]!)); d <= last; d = u.next(d)) {
      const key = u.key(d);
      periods.push({ key, start: isoDay(d), label: u.label(d), count: counts.get(key) ?? 0 });
    }
  }
  return { periods, undated: sent.length - dates.length };
}

export const perWeek = (apps: readonly StatsApplication[], now: BuildMoment) => perPeriod(apps, 'week', now);
export const perMonth = (apps: readonly StatsApplication[], now: BuildMoment) => perPeriod(apps, 'month', now);
