import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/export/csv.ts';
import { calendarEvents, toIcs } from '../../src/export/ics.ts';
import { toJson } from '../../src/export/json.ts';
import {
  CSV_COLUMNS,
  csvColumns,
  exportedFields,
  withFields,
  EXPORTED_AS,
  ROW_COLUMNS,
  contactsText,
  exportRows,
  extraText,
  historyText,
  toCsvRecord,
} from '../../src/export/rows.ts';
import { FIELD_ORDER } from '../../src/schemas/collections.ts';
import { NOW, sampleCatalog } from './sample.ts';

describe('export rows', () => {
  const rows = exportRows(sampleCatalog().applications);

  it('has one row per application, oldest first', () => {
    expect(rows.map((r) => r.id)).toEqual(['closed', 'quiet-private', 'borealis-le']);
  });

  it.each([
    [
      'history',
      historyText([
        { stage: 'applied', date: '2024-10-22', note: '' },
        { stage: 'screening', date: '2024-11-03', note: 'x' },
      ]),
      'applied 2024-10-22 → screening 2024-11-03',
    ],
    ['empty history', historyText([]), ''],
    [
      'contacts',
      contactsText([
        { name: 'A B', role: 'Recruiter', email: 'a@example.com' },
        { name: 'C', role: '', email: '' },
      ]),
      'A B (Recruiter) <a@example.com>; C',
    ],
    [
      'extra',
      extraText({ 'GPT Consult': 'No', n: 3, list: ['a', 'b'], none: null }),
      'GPT Consult: No; n: 3; list: a, b; none: —',
    ],
  ])('flattens %s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('flattens every field of a full note readably', () => {
    expect(toCsvRecord(rows[2]!)).toEqual({
      id: 'borealis-le',
      page: '/applications/borealis-le/',
      company: 'Borealis Cloud, Inc.',
      company_as_written: 'Borealis Cloud, Inc.',
      position: 'Language Engineer I, "Aurora"',
      stage: 'Interviewing',
      role_family: 'Language & AI Data',
      applied: '2024-10-22',
      deadline: '2099-02-01',
      history: 'applied 2024-10-22 → screening 2024-11-03 → interviewing 2099-03-04',
      history_notes:
        '2024-10-22 applied: Referral, submitted the same day; 2024-11-03 screening: Call:\n"Python level?"; 2099-03-04 interviewing: =SUM(A1) is not a formula here; loop of four',
      cv: 'Linguist – long',
      location: 'Kraków, Poland',
      workplace: 'hybrid',
      employment: 'contract, 12 months',
      salary: 'EUR 52,000 – 68,000/year',
      salary_min: '52000',
      salary_max: '68000',
      salary_currency: 'EUR',
      salary_period: 'year',
      job_id: '2781044',
      posting_url: 'https://jobs.example.org/borealis/2781044',
      source: 'referral',
      languages: 'English; Polish',
      tags: 'nlp; big-tech',
      contacts: 'Aoife Brennock (Recruiter) <aoife@example.com>; Tomasz',
      articles: 'scaling',
      outcome_reason: '',
      outcome_feedback: '',
      extra: 'GPT Consult: No; Referral: true; Rounds: 1, 2',
    });
  });

  it("exports how a closed application ended: the reason's label and the feedback", () => {
    const closed = exportRows(sampleCatalog().applications).find((r) => r.id === 'closed')!;
    expect(closed.outcome).toEqual({
      reason: 'Technical round',
      reasonKey: 'technical-round',
      feedback: 'Not enough on the coding bar.',
    });
    expect([toCsvRecord(closed).outcome_reason, toCsvRecord(closed).outcome_feedback]).toEqual([
      'Technical round',
      'Not enough on the coding bar.',
    ]);
  });

  it('leaves out the private notes and fields of a mentor', () => {
    const mentor = exportRows(sampleCatalog('mentor').applications);
    expect(mentor.map((r) => r.id)).toEqual(['closed', 'borealis-le']);
    expect(mentor[1]!.salary).toBeNull();
    expect(mentor[1]!.contacts).toEqual([]);
    expect(toCsv(mentor)).not.toMatch(/Quietcorp|52000|Aoife/);
  });

  // Exports read the sensitivity table: a mentor's file has no column or key of a private field.
  it('has no column or key of a field that is private in the shared copy', () => {
    const rows = exportRows(sampleCatalog('mentor').applications);
    const share = { privateFields: ['cv'], publicExtra: [] };
    const header = parse(toCsv(rows, csvColumns(exportedFields('mentor', share))), { bom: true, to_line: 1 })[0];
    for (const column of ['salary', 'salary_min', 'contacts', 'cv']) expect(header).not.toContain(column);
    expect(header).toContain('history_notes');
    const json = withFields(rows[1]!, exportedFields('mentor', share));
    for (const key of ['salary', 'contacts', 'cv']) expect(json).not.toHaveProperty(key);
    expect(json).toHaveProperty('history');
    // The owner's export has every column.
    expect(csvColumns(exportedFields('owner', share))).toEqual(CSV_COLUMNS);
  });
});

describe('CSV', () => {
  it('has a column for every field of the application schema, or says why not, and no other column', () => {
    expect(Object.keys(EXPORTED_AS).sort()).toEqual([...FIELD_ORDER.applications].sort());
    const fromFields = Object.values(EXPORTED_AS).flatMap((v) => (typeof v === 'string' ? [] : [...v]));
    expect(CSV_COLUMNS.map(([header]) => header).sort()).toEqual([...ROW_COLUMNS, ...fromFields].sort());
  });

  const rows = exportRows(sampleCatalog().applications);
  const csv = toCsv(rows);

  it('starts with a UTF-8 BOM and a header row, and ends lines with CRLF', () => {
    expect(csv.startsWith('\uFEFFid,page,company,')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.map(([h]) => h).join(',')}`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(csv).toContain('"Language Engineer I, ""Aurora"""');
    expect(csv).toContain('"Kraków, Poland"');
  });

  it('parses back with csv-parse to the same records', () => {
    const parsed = parse(csv, { bom: true, columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
    expect(parsed).toEqual(rows.map(toCsvRecord));
  });

  it('defuses cells that start like a formula', () => {
    const formula = exportRows(sampleCatalog().applications).map((r) => ({ ...r, cv: '=HYPERLINK("x")' }));
    const parsed = parse(toCsv(formula), { bom: true, columns: true }) as Record<string, string>[];
    expect(parsed[0]!.cv).toBe(`'=HYPERLINK("x")`);
  });

  it('writes a header only for an empty archive', () => {
    expect(parse(toCsv([]), { bom: true, columns: true })).toEqual([]);
    expect(toCsv([]).split('\r\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('JSON', () => {
  it('holds the same rows, structured', () => {
    const rows = exportRows(sampleCatalog().applications);
    const doc = JSON.parse(toJson(rows, 'owner'));
    expect(doc).toMatchObject({ version: 1, audience: 'owner', count: 3 });
    expect(doc.applications).toEqual(JSON.parse(JSON.stringify(rows)));
    expect(doc.applications[2].history[1]).toEqual({
      stage: 'screening',
      date: '2024-11-03',
      note: 'Call:\n"Python level?"',
    });
    expect(doc.applications[2].salary).toEqual({ min: 52000, max: 68000, currency: 'EUR', period: 'year' });
  });
});

describe('iCalendar', () => {
  // The sample's Quietcorp application was sent on 1 Sep 2024 and never answered: its follow-up is long overdue.
  const events = calendarEvents(sampleCatalog().agenda, NOW).filter((e) => !e.overdue);

  it('lists upcoming steps and deadlines of open applications only', () => {
    expect(events.map((e) => [e.date, e.title])).toEqual([
      ['2099-01-10', 'Deadline: Data Scientist at Quietcorp'],
      ['2099-02-01', 'Deadline: Language Engineer I, "Aurora" at Borealis Cloud, Inc.'],
      ['2099-03-04', 'Interviewing: Language Engineer I, "Aurora" at Borealis Cloud, Inc.'],
    ]);
    expect(calendarEvents([], NOW)).toEqual([]);
  });

  it('links the prep sheet by its full address when the site address is configured', () => {
    const withSite = calendarEvents(sampleCatalog().agenda, NOW, 'https://me.example.org').filter((e) => !e.overdue);
    expect(withSite[2]!.description).toContain('Prep sheet: https://me.example.org/applications/borealis-le/prep/');
    expect(events[2]!.description).toContain('Prep sheet: /applications/borealis-le/prep/');
  });

  it('gives stable ids and a stamp taken from the note, not the clock', () => {
    expect(events.map((e) => e.uid)).toEqual([
      'quiet-private.deadline.2099-01-10@dossier',
      'borealis-le.deadline.2099-02-01@dossier',
      'borealis-le.interviewing.2099-03-04@dossier',
    ]);
    expect(events[2]!.stamp).toBe('2099-03-04');
    expect(toIcs(events, 'Dossier')).toBe(
      toIcs(
        calendarEvents(sampleCatalog().agenda, NOW).filter((e) => !e.overdue),
        'Dossier',
      ),
    );
  });

  const ics = toIcs(events, 'Dossier – upcoming');

  it('is valid iCalendar that ical.js reads back', () => {
    const cal = new ICAL.Component(ICAL.parse(ics));
    expect(cal.name).toBe('vcalendar');
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toBeTruthy();
    const vevents = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(
      vevents.map((e) => [e.uid, e.startDate.toString(), e.endDate.toString(), e.startDate.isDate, e.summary]),
    ).toEqual([
      [
        'quiet-private.deadline.2099-01-10@dossier',
        '2099-01-10',
        '2099-01-11',
        true,
        'Deadline: Data Scientist at Quietcorp',
      ],
      [
        'borealis-le.deadline.2099-02-01@dossier',
        '2099-02-01',
        '2099-02-02',
        true,
        'Deadline: Language Engineer I, "Aurora" at Borealis Cloud, Inc.',
      ],
      [
        'borealis-le.interviewing.2099-03-04@dossier',
        '2099-03-04',
        '2099-03-05',
        true,
        'Interviewing: Language Engineer I, "Aurora" at Borealis Cloud, Inc.',
      ],
    ]);
    expect(vevents[2]!.description).toBe(
      '=SUM(A1) is not a formula here; loop of four\nDossier page: /applications/borealis-le/\nPrep sheet: /applications/borealis-le/prep/',
    );
    const dtstamp = cal.getAllSubcomponents('vevent')[2]!.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(dtstamp.toString()).toBe('2099-03-04T00:00:00Z');
  });

  it('uses CRLF line ends and folds lines at 75 octets', () => {
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics).toMatch(/\r\n /);
  });

  it('folds a long line of multi-byte text at 75 octets without splitting a character', () => {
    const title = `Łódź ${'żółć '.repeat(30)}end`;
    const long = calendarEvents(sampleCatalog().agenda, NOW).map((e) => ({ ...e, title }));
    const text = toIcs(long, 'Dossier');
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const summary = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')[0]!
      .getFirstPropertyValue('summary');
    expect(summary).toBe(title);
  });

  it('writes an empty calendar when nothing is coming up', () => {
    const empty = toIcs([], 'Dossier');
    const cal = new ICAL.Component(ICAL.parse(empty));
    expect(cal.getAllSubcomponents('vevent')).toEqual([]);
    expect(empty.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});
