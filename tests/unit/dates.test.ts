import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  calendarLabel,
  displayDate,
  isoDay,
  plusDays,
  readDate,
  toLocalDate,
  utcDay,
  type IsoDate,
} from '../../src/lib/dates.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';

const MONTHS: [string, string][] = [
  ['Jan', 'January'],
  ['Feb', 'February'],
  ['Mar', 'March'],
  ['Apr', 'April'],
  ['May', 'May'],
  ['Jun', 'June'],
  ['Jul', 'July'],
  ['Aug', 'August'],
  ['Sep', 'September'],
  ['Oct', 'October'],
  ['Nov', 'November'],
  ['Dec', 'December'],
];

describe('calendarLabel', () => {
  it.each(MONTHS.map(([short, long], m) => ({ m, short, long })))('month $m: $short, $long', ({ m, short, long }) => {
    const date = toLocalDate(`2026-${String(m + 1).padStart(2, '0')}-09`);
    expect(calendarLabel(date, { day: true, month: 'short' })).toBe(`9 ${short} 2026`);
    expect(calendarLabel(date, { day: true, month: 'long' })).toBe(`9 ${long} 2026`);
    expect(calendarLabel(date, { day: false, month: 'short' })).toBe(`${short} 2026`);
    expect(calendarLabel(date, { day: false, month: 'long' })).toBe(`${long} 2026`);
  });

  it('is the local day, whatever the hour', () => {
    expect(calendarLabel(new Date(2026, 11, 31, 23, 59), { day: true, month: 'short' })).toBe('31 Dec 2026');
    expect(calendarLabel(new Date(2027, 0, 1, 0, 0), { day: true, month: 'short' })).toBe('1 Jan 2027');
  });
});

describe('days', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2026-04-31', false],
    ['2026-12-07', true],
    ['2026-12-07T10:00', true],
    ['2026-1-07', false],
    ['20261207', false],
    ['2026-W49', false],
  ])('readDate(%s) accepts it: %s', (input, ok) => {
    expect(readDate(input).ok).toBe(ok);
  });

  it('counts across months and years', () => {
    expect(plusDays('2026-12-30' as IsoDate, 3)).toBe('2027-01-02');
    expect(plusDays('2024-03-01' as IsoDate, -1)).toBe('2024-02-29');
    expect(isoDay(toLocalDate('2026-10-25'))).toBe('2026-10-25');
    expect(displayDate('2026-09-04' as IsoDate)).toBe('4 Sep 2026');
  });
});

describe('utcDay', () => {
  it.each([
    ['day: 2024-10-22', '2024-10-22'],
    ['day: 2024-12-31', '2024-12-31'],
    ['day: 2026-01-01 00:00:00', '2026-01-01'],
    // A moment with its zone is read as an instant: its day is the UTC one, as the schema has always stored it.
    ['day: 2026-03-01T23:30:00-05:00', '2026-03-02'],
  ])('%s is %s in the notes', (yaml, day) => {
    expect(utcDay((load(yaml) as { day: Date }).day)).toBe(day);
  });

  it('is nothing for an invalid date, where toISOString would throw', () => {
    expect(utcDay(new Date(Number.NaN))).toBeUndefined();
  });

  it('is the one place a Date becomes its UTC day', () => {
    const offenders: string[] = [];
    for (const file of readdirSync(join(PROJECT_ROOT, 'src'), { recursive: true, encoding: 'utf8' })) {
      if (!/\.(ts|astro|mjs)$/.test(file) || file === join('lib', 'dates.ts')) continue;
      const text = readFileSync(join(PROJECT_ROOT, 'src', file), 'utf8');
      if (/toISOString\(\)\.slice\(0, ?10\)/.test(text)) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });
});

/**
 * Node 24 reads date-fns's 200 KB package.json again for every module it loads from the package:
 * its index costs 2.3 s, `parse` 0.9 s, `format` 0.3 s, in every build and every CLI run
 * (src/lib/dates.ts). Only the importer's loose-date.ts may load `parse`, for its named-month formats.
 */
describe("date-fns's heavy modules", () => {
  const HEAVY = new Set(['date-fns', 'date-fns/parse', 'date-fns/format', 'date-fns/locale']);
  const ALLOWED = new Map([['src/import/loose-date.ts', new Set(['date-fns/parse'])]]);

  it('are loaded only where the importer needs them', () => {
    const offenders: string[] = [];
    for (const file of readdirSync(join(PROJECT_ROOT, 'src'), { recursive: true, encoding: 'utf8' })) {
      if (!/\.(ts|astro|mjs)$/.test(file)) continue;
      const path = relative(PROJECT_ROOT, join(PROJECT_ROOT, 'src', file));
      const text = readFileSync(join(PROJECT_ROOT, path), 'utf8');
      for (const [, specifier] of text.matchAll(/from '(date-fns[^']*)'/g)) {
        if (HEAVY.has(specifier!) && !ALLOWED.get(path)?.has(specifier!)) offenders.push(`${path}: ${specifier}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
