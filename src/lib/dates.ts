// Subpath imports, and only the light ones. Node 24 reads date-fns's 200 KB package.json again for
// every module it loads from it (~4 ms each): the package's index (~250 modules) costs 2.3 s, `parse`
// (190 modules) 0.9 s and `format` (66, with its locales) 0.2-0.3 s, in every build, its validation
// worker and every CLI run. `parseISO` and `lightFormat` load under ten modules each; month names
// come from the platform's Intl (see `calendarLabel`).
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { isValid } from 'date-fns/isValid';
import { lightFormat } from 'date-fns/lightFormat';
import { parseISO } from 'date-fns/parseISO';

/** A calendar date as `YYYY-MM-DD`; notes carry days, not instants, so no time zone can shift them. */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * The years a date may fall in. A job search happens in this lifetime; a
 * typo such as 9999-12-31 would otherwise stretch every chart and timeline
 * over eight thousand years of empty months.
 */
export const MIN_YEAR = 1970;
export const MAX_YEAR = 2100;

const outOfRange = (found: string) =>
  `found "${found}", outside the years ${MIN_YEAR}–${MAX_YEAR} that Dossier accepts; expected a date as YYYY-MM-DD, e.g. 2024-10-22`;

/**
 * Reads a frontmatter date. YAML hands us either a `Date` (js-yaml, which
 * Astro's loader and the validator use, turns `2024-10-22` into midnight
 * UTC) or the raw string (a quoted date, or an impossible day such as
 * `2024-02-30`, which the validator keeps as written rather than let js-yaml
 * roll it over to March). Returns the day, or a message saying what is wrong.
 */
export function readDate(value: unknown): { ok: true; date: IsoDate } | { ok: false; message: string } {
  if (value instanceof Date) {
    const day = utcDay(value);
    if (day === undefined) return { ok: false, message: 'found an invalid date; expected YYYY-MM-DD' };
    const year = value.getUTCFullYear();
    if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, message: outOfRange(day) };
    return { ok: true, date: day };
  }
  if (typeof value !== 'string') {
    return { ok: false, message: `found ${describe(value)}; expected a date as YYYY-MM-DD, e.g. 2024-10-22` };
  }
  const match = ISO_DAY.exec(value.trim());
  if (!match) {
    return { ok: false, message: `found "${value}"; expected a date as YYYY-MM-DD, e.g. 2024-10-22` };
  }
  if (Number(match[1]) < MIN_YEAR || Number(match[1]) > MAX_YEAR) return { ok: false, message: outOfRange(value) };
  const day = `${match[1]}-${match[2]}-${match[3]}`;
  // date-fns parses strictly: 2024-02-30 is invalid rather than 1 March.
  const parsed = parseISO(day);
  if (!isValid(parsed) || isoDay(parsed) !== day) {
    return {
      ok: false,
      message: `found "${value}", which is not a day of the calendar; expected a real date as YYYY-MM-DD`,
    };
  }
  return { ok: true, date: day as IsoDate };
}

/**
 * A Date's UTC calendar day, as `YYYY-MM-DD`: the day a YAML date names, since js-yaml reads `2024-10-22`
 * as midnight UTC (`isoDay` reads the local day, a day early west of Greenwich). Undefined for an invalid
 * Date, where `toISOString` would throw.
 */
export function utcDay(value: Date): IsoDate | undefined {
  return Number.isNaN(value.getTime()) ? undefined : (value.toISOString().slice(0, 10) as IsoDate);
}

/** A day as local midnight, the date-fns way of holding a calendar day. */
export const toLocalDate = (day: IsoDate | string): Date => parseISO(day);

/** A local date's day as `YYYY-MM-DD`. */
export const isoDay = (date: Date): IsoDate => lightFormat(date, 'yyyy-MM-dd') as IsoDate;

/** English month names as pages write them ("Sep", "September"), read once from Intl. */
const MONTH_NAMES = {
  short: monthNames('short'),
  long: monthNames('long'),
};

function monthNames(month: 'short' | 'long'): string[] {
  const names = new Intl.DateTimeFormat('en-US', { month, timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => names.format(Date.UTC(2000, m, 15)));
}

/**
 * A local date as pages label it: "22 Oct 2024" (`day`, short month), "October 2024" (long month,
 * no day), and the two other mixes.
 */
export function calendarLabel(date: Date, { day, month }: { day: boolean; month: 'short' | 'long' }): string {
  const monthYear = `${MONTH_NAMES[month][date.getMonth()]} ${date.getFullYear()}`;
  return day ? `${date.getDate()} ${monthYear}` : monthYear;
}

/** A month's key (`YYYY-MM`) as a heading writes it: "October 2024". */
export const monthLabel = (key: string): string =>
  calendarLabel(toLocalDate(`${key}-01`), { day: false, month: 'long' });

/** Calendar days from one day to another: negative when `to` comes first. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toLocalDate(to), toLocalDate(from));
}

/** The day `n` days after `day` (before it when `n` is negative). */
export function plusDays(day: IsoDate, n: number): IsoDate {
  return isoDay(addDays(toLocalDate(day), n));
}

/**
 * Dates already written out. A build shows each day many times (lists, tables, timelines of every
 * note) and date-fns parses its patterns on every call: about a second of a 1,000-note build went
 * to formatting the same few hundred days again. One entry per day seen, a few thousand at most.
 */
const displayed = new Map<string, string>();

/** "22 Oct 2024" for pages. */
export function displayDate(date: IsoDate | undefined): string {
  if (!date) return '';
  let shown = displayed.get(date);
  if (shown === undefined) {
    shown = calendarLabel(toLocalDate(date), { day: true, month: 'short' });
    displayed.set(date, shown);
  }
  return shown;
}

/** Short description of a value for error messages: `"text"`, `42`, `true`, `a list`. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return `"${value}"`;
  if (value instanceof Date) return utcDay(value) ?? 'an invalid date';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}
