// Subpath imports: the package's index loads all of date-fns's ~250 modules,
// which takes Node seconds on every `npm run validate`.
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';

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
    if (Number.isNaN(value.getTime())) return { ok: false, message: 'found an invalid date; expected YYYY-MM-DD' };
    const year = value.getUTCFullYear();
    if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, message: outOfRange(value.toISOString().slice(0, 10)) };
    return { ok: true, date: value.toISOString().slice(0, 10) as IsoDate };
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
  const parsed = parse(day, 'yyyy-MM-dd', new Date(2000, 0, 1));
  if (!isValid(parsed) || format(parsed, 'yyyy-MM-dd') !== day) {
    return {
      ok: false,
      message: `found "${value}", which is not a day of the calendar; expected a real date as YYYY-MM-DD`,
    };
  }
  return { ok: true, date: day as IsoDate };
}

const toLocalDate = (day: IsoDate) => parse(day, 'yyyy-MM-dd', new Date(2000, 0, 1));

/** Calendar days from one day to another: negative when `to` comes first. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toLocalDate(to), toLocalDate(from));
}

/** The day `n` days after `day` (before it when `n` is negative). */
export function plusDays(day: IsoDate, n: number): IsoDate {
  return format(addDays(toLocalDate(day), n), 'yyyy-MM-dd') as IsoDate;
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
    shown = format(parse(date, 'yyyy-MM-dd', new Date(2000, 0, 1)), 'd MMM yyyy');
    displayed.set(date, shown);
  }
  return shown;
}

/** Short description of a value for error messages: `"text"`, `42`, `true`, `a list`. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return `"${value}"`;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}
