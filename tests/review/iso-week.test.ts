import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/lib/dates.ts';
import { addIsoWeeks, isoWeekOf, readWeekLabel, weeksFromTo } from '../../src/lib/iso-week.ts';

const day = (d: string) => d as IsoDate;

describe('ISO weeks', () => {
  it.each([
    // Monday and Sunday of one week; the weeks around New Year belong to the ISO year of their Thursday.
    ['2026-12-07', '2026-w50', '2026-12-07', '2026-12-13'],
    ['2026-12-13', '2026-w50', '2026-12-07', '2026-12-13'],
    ['2025-12-29', '2026-w01', '2025-12-29', '2026-01-04'],
    ['2026-01-01', '2026-w01', '2025-12-29', '2026-01-04'],
    ['2027-01-01', '2026-w53', '2026-12-28', '2027-01-03'],
    ['2021-01-03', '2020-w53', '2020-12-28', '2021-01-03'],
    ['2024-02-29', '2024-w09', '2024-02-26', '2024-03-03'],
  ])('%s is in %s (%s to %s)', (date, label, start, end) => {
    expect(isoWeekOf(day(date))).toMatchObject({ label, start, end });
  });

  it.each([
    ['2026-w49', '2026-11-30'],
    ['2026-W49', '2026-11-30'],
    ['2026-w53', '2026-12-28'],
    ['2020-w53', '2020-12-28'],
    ['2026-w01', '2025-12-29'],
    ['2027-w53', undefined],
    ['2026-w54', undefined],
    ['2026-w00', undefined],
    ['2026-49', undefined],
    ['2026-w4', undefined],
    ['week 49', undefined],
  ])('reads the label %s as the week starting %s', (label, start) => {
    expect(readWeekLabel(label)?.start).toBe(start);
  });

  it('goes from week to week across a 53-week year, and lists every week between two days', () => {
    expect(addIsoWeeks(isoWeekOf(day('2026-12-28')), 1).label).toBe('2027-w01');
    expect(addIsoWeeks(isoWeekOf(day('2027-01-04')), -1).label).toBe('2026-w53');
    expect(weeksFromTo(day('2026-12-20'), day('2027-01-05')).map((w) => w.label)).toEqual([
      '2026-w51',
      '2026-w52',
      '2026-w53',
      '2027-w01',
    ]);
    expect(weeksFromTo(day('2026-12-10'), day('2026-12-07')).map((w) => w.label)).toEqual(['2026-w50']);
    expect(weeksFromTo(day('2026-12-20'), day('2026-12-07'))).toEqual([]);
  });
});
