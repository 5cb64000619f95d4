// Subpath imports, as in dates.ts: the package's index costs seconds of load.
import { addDays } from 'date-fns/addDays';
import { addWeeks } from 'date-fns/addWeeks';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeeksInYear } from 'date-fns/getISOWeeksInYear';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { setISOWeek } from 'date-fns/setISOWeek';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import { isoDay, toLocalDate, type IsoDate } from './dates.ts';

/** An ISO week as the site names it in addresses: `2026-w49` (the ISO week-numbering year, `w`, two digits). */
export type WeekLabel = string & { readonly __brand: 'WeekLabel' };

/**
 * An ISO 8601 week: it starts on a Monday, and week 1 is the week with the
 * year's first Thursday, so 29 December 2025 is in `2026-w01` and 1 January
 * 2027 in `2026-w53`.
 */
export interface IsoWeek {
  label: WeekLabel;
  /** The ISO week-numbering year, which differs from the calendar year around New Year. */
  year: number;
  /** 1 to 52 or 53. */
  week: number;
  /** Monday. */
  start: IsoDate;
  /** Sunday. */
  end: IsoDate;
}

function weekOfMonday(monday: Date): IsoWeek {
  const year = getISOWeekYear(monday);
  const week = getISOWeek(monday);
  return {
    label: `${year}-w${String(week).padStart(2, '0')}` as WeekLabel,
    year,
    week,
    start: isoDay(monday),
    end: isoDay(addDays(monday, 6)),
  };
}

/** The ISO week a day falls in. */
export function isoWeekOf(date: IsoDate): IsoWeek {
  return weekOfMonday(startOfISOWeek(toLocalDate(date)));
}

/** The week `n` weeks after `week` (before it when `n` is negative). */
export function addIsoWeeks(week: IsoWeek, n: number): IsoWeek {
  return weekOfMonday(addWeeks(toLocalDate(week.start), n));
}

/**
 * The week a label names (`2026-w49`, also `2026-W49`), or undefined when it
 * names none: a week number the year does not have (`2026-w54`; `2027-w53`,
 * since 2027 has 52 ISO weeks) is no week.
 */
export function readWeekLabel(text: string): IsoWeek | undefined {
  const match = /^(\d{4})-[wW](\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, week] = [Number(match[1]), Number(match[2])];
  // The 4th of January is always in week 1 of its ISO year.
  const jan4 = new Date(year, 0, 4);
  if (week < 1 || week > getISOWeeksInYear(jan4)) return undefined;
  return weekOfMonday(startOfISOWeek(setISOWeek(jan4, week)));
}

/** Every week from the one holding `first` to the one holding `last`, oldest first; none when `last` comes first. */
export function weeksFromTo(first: IsoDate, last: IsoDate): IsoWeek[] {
  const weeks: IsoWeek[] = [];
  const end = isoWeekOf(last).start;
  for (let week = isoWeekOf(first); week.start <= end; week = addIsoWeeks(week, 1)) weeks.push(week);
  return weeks;
}
