import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_COLUMNS, UserConfigSchema } from '../../src/config/schema.ts';
import { activityCsv, activityMonths, activityRows, type ActivityMove } from '../../src/export/activity.ts';
import type { IsoDate } from '../../src/lib/dates.ts';

const move = (date: string, label: string, data: Partial<ActivityMove['app']['data']> = {}): ActivityMove => ({
  date,
  label,
  app: {
    id: 'acme',
    url: '/applications/acme/',
    data: { position: 'Linguist', contacts: [], ...data },
    company: { name: 'Acme' },
    stage: { label: 'Rejected' },
  },
});

describe('the proof-of-search report', () => {
  it('has a month for every month from the first move to the build day, empty ones too, across a year', () => {
    const months = activityMonths(
      [move('2026-11-20', 'Applied'), move('2027-01-05', 'Rejected')],
      '2027-02-10' as IsoDate,
    );
    expect(months.map((m) => `${m.key} ${m.label} ${m.moves.length}`)).toEqual([
      '2026-11 November 2026 1',
      '2026-12 December 2026 0',
      '2027-01 January 2027 1',
      '2027-02 February 2027 0',
    ]);
    expect(activityMonths([], '2026-12-10' as IsoDate).map((m) => m.key)).toEqual(['2026-12']);
  });

  it('writes the configured columns, in their order, and never a formula', () => {
    const rows = activityRows([
      move('2026-11-20', 'Applied', {
        source: '=HYPERLINK("http://x")',
        location: '@Kraków',
        jobId: '-12',
        url: 'https://jobs.example.com/1',
        contacts: [{ name: 'Ann Example', role: 'Recruiter' }, { name: 'Bo' }],
      }),
    ]);
    const csv = activityCsv(rows, ['date', 'source', 'location', 'jobId', 'contact', 'result', 'note']);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parse(csv.slice(1))).toEqual([
      ['Date', 'How applied', 'Location', 'Job ID', 'Contact', 'Result', 'Note'],
      ['2026-11-20', `'=HYPERLINK("http://x")`, "'@Kraków", "'-12", 'Ann Example (Recruiter); Bo', 'Rejected', ''],
    ]);
  });

  it('defaults to date, event, company, position, source and result, and refuses an unknown or repeated column', () => {
    expect(UserConfigSchema.parse({}).activity).toEqual({
      columns: ['date', 'event', 'company', 'position', 'source', 'result'],
      share: false,
    });
    expect(UserConfigSchema.safeParse({ activity: { columns: ['date', 'salary'] } }).success).toBe(false);
    expect(UserConfigSchema.safeParse({ activity: { columns: ['date', 'date'] } }).success).toBe(false);
    expect(UserConfigSchema.safeParse({ activity: { colums: ['date'] } }).success).toBe(false);
    expect(ACTIVITY_COLUMNS).toHaveLength(11);
  });
});
