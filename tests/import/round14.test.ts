import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/import/article-extract.ts';
import { explainKind } from '../../src/import/detect-kind.ts';
import { issueNumberPattern } from '../../src/import/lexicon.ts';
import { extractWorkplace } from '../../src/import/posting-extract.ts';
import { mapColumns, readCellDate, readTrackerRow, type TrackerTable } from '../../src/import/tracker.ts';
import { pairOfLabel, stageOfStatus } from '../../src/import/vocabulary.ts';
import { defaultContext, written } from './helpers.ts';

const ctx = defaultContext();

// Round 14's shapes, in texts written for these tests.

describe("a newsletter issue's word and number, one pattern for every reader", () => {
  const issue = new RegExp(`^(?:${issueNumberPattern()})$`, 'iu');
  it.each([
    ['Issue #112', true],
    ['Ausgabe 47', true],
    ['edição nº 58', true],
    ['Edición n.º 9', true],
    ['numéro n. 12', true],
    ['wydanie nr 3', true],
    ['Issue with the build', false],
    ['Ausgabe', false],
  ])('%j is an issue number: %s', (text, expected) => {
    expect(issue.test(text)).toBe(expected);
  });
});

describe('remote some days, as a Japanese posting says it', () => {
  it.each([
    ['週2日まで在宅勤務可（入社3か月後から）。その他の日はオフィスに出社。', 'hybrid'],
    ['社内SE／リモート週2日OK／年間休日120日', 'hybrid'],
    // Allowed with no days said, it says neither.
    ['経理スタッフ／在宅勤務可', undefined],
  ])('%j is %s', (text, workplace) => {
    expect(extractWorkplace(text)).toBe(workplace);
  });
});

describe("remote said twice, in any of the lexicon's words, is written", () => {
  const head = [
    'Analityk danych',
    'Firma: Wrzos Analytics',
    'Lokalizacja: Poznań',
    '',
    'Twoje zadania',
    '- budowa raportów sprzedażowych',
    '- modele prognoz popytu',
    '- współpraca z zespołem produktu',
    '- przeglądy jakości danych',
    '',
  ].join('\n');
  it('in Polish', () => {
    expect(
      written(`${head}\nPraca zdalna z dowolnego miejsca w Polsce.\n\nZespół pracuje w pełni zdalnie.`).workplace,
    ).toBe('remote');
  });
  it('said once below the first lines, is left for review', () => {
    expect(written(`${head}\nZespół pracuje w pełni zdalnie.`).workplace).toBeUndefined();
  });
});

describe('a header that joins the company and the position', () => {
  it.each([
    ['Cég – Pozíció', ['company', 'position']],
    ['Company / Role', ['company', 'position']],
    ['Empresa e Cargo', ['company', 'position']],
    ['Role @ Company', ['position', 'company']],
    ['Position at company', ['position', 'company']],
    ['Company', undefined],
    ['Status / Stage', undefined],
    ['Company / Location', undefined],
  ])('%j names %j', (header, expected) => {
    expect(pairOfLabel(header)).toEqual(expected);
  });
});

describe('a Hungarian sheet: one column for company and role, days typed without their year', () => {
  const SHEET: TrackerTable = {
    label: 'Állások.csv',
    header: ['Cég – Pozíció', 'Jelentkezve', 'Státusz', 'Megjegyzés'],
    rows: [
      ['Dunamenti Gépgyár Zrt. – Karbantartási mérnök', '20.11.', 'jelentkeztem', ''],
      ['Kővirág Kft. – Adatelemző - junior', '3.12.', 'interjú (1. kör)', 'kedden'],
      ['Sóhajhíd Bt. – Könyvelő', '', 'kiszemelt', ''],
      ['Ezüstfenyő Nyrt. – Beszerző', '1.12.', 'elutasítva', ''],
      ['Hegyalja Borház', '28.11.', 'nincs válasz', ''],
    ],
    notion: false,
  };
  const mapping = mapColumns(SHEET, ctx);
  const rows = SHEET.rows.map((row) => readTrackerRow(mapping, row, ctx));

  it('maps the joined column, the date and the status by their Hungarian headers', () => {
    expect(mapping.map((m) => m.role)).toEqual([
      { to: 'pair', first: 'company' },
      { to: 'field', field: 'applied' },
      { to: 'field', field: 'stage' },
      { to: 'extra' },
    ]);
  });

  it('cuts company from position at the first dash, so a dash in the title stays', () => {
    expect(rows.map((r) => [r.fields.company, r.fields.position])).toEqual([
      ['Dunamenti Gépgyár Zrt.', 'Karbantartási mérnök'],
      ['Kővirág Kft.', 'Adatelemző - junior'],
      ['Sóhajhíd Bt.', 'Könyvelő'],
      ['Ezüstfenyő Nyrt.', 'Beszerző'],
      [undefined, undefined],
    ]);
    // A cell with no mark in it is read as a title is.
    expect(rows[4]!.title).toBe('Hegyalja Borház');
  });

  it('reads the Hungarian statuses', () => {
    expect(rows.map((r) => r.fields.stage)).toEqual(['applied', 'interviewing', 'wishlist', 'rejected', 'no-answer']);
  });
});

describe('a day typed without its year', () => {
  const reference = new Date(Date.UTC(2026, 11, 7));
  it.each([
    ['20.11.', false, '2026-11-20'],
    ['7.12.', false, '2026-12-07'],
    // Later in the year than the import: last year's.
    ['28.12.', false, '2025-12-28'],
    ['Dec 7', false, '2026-12-07'],
    ['Nov 20', false, '2026-11-20'],
    // A deadline is ahead.
    ['15.1.', true, '2027-01-15'],
    ['31.13.', false, undefined],
    ['4.5', false, undefined],
  ])('%j (deadline: %s) is %s', (cell, ahead, expected) => {
    expect(readCellDate(cell, undefined, reference, ahead)).toBe(expected);
  });
});

describe('statuses in Hungarian, Slovak and Czech', () => {
  it.each([
    ['jelentkeztem', 'applied'],
    ['ajánlatot kaptam', 'offer'],
    ['visszaléptem', 'withdrawn'],
    ['odoslané', 'applied'],
    ['pohovor', 'interviewing'],
    ['zamietnuté', 'rejected'],
    ['bez odpovede', 'no-answer'],
  ])('%j is %s', (status, stage) => {
    expect(stageOfStatus(status, ctx)).toBe(stage);
  });
});

describe('a weekly digest of jobs at several employers', () => {
  const digest = [
    'From: Hiring Lantern <letters@lantern.example>',
    'To: me@mail.example',
    'Date: Sun, 6 Dec 2026 08:00:00 +0000',
    'Subject: Five roles for a cold week (Issue #31)',
    '',
    'Hello all,',
    '',
    "I'm back with this week's picks; I read every careers page before a role goes in.",
    '',
    '1) Platform Engineer — Ossory Labs',
    '   Remote, EU · €70k–€85k · Full-time',
    '2) Product Designer — Tamber',
    '   Lisbon, hybrid · €50k–€60k',
    '3) Data Analyst at Weyland Foods',
    '   Leeds · £38k',
    '4) Support Lead — Quiverly',
    '   Remote, US · $70k',
    '',
    'See you next Sunday,',
    'Maren Odegaard',
    'Hiring Lantern · issue #31',
  ].join('\n');

  it('is an article: the issue is read for its picks', () => {
    const kind = explainKind(digest);
    expect(kind.kind).toBe('article');
    expect(kind.reason).toContain('a list of jobs at 4 employers');
  });

  it('is signed under its closing line, and its sender is the masthead in its footer', () => {
    const a = extractArticle(digest);
    expect(a.author).toBe('Maren Odegaard');
    expect(a.source).toBe('Hiring Lantern');
    expect(a.title).toBe('Five roles for a cold week');
  });

  it('one employer with three jobs is still a posting', () => {
    const three = [
      'Subject: Three openings at Ossory Labs',
      '',
      'Hi Sam,',
      '',
      'We are hiring for three roles in our Cork office:',
      '- Platform Engineer — Ossory Labs',
      '- Site Reliability Engineer — Ossory Labs',
      '- Engineering Manager — Ossory Labs',
      '',
      'Salary €70k–€95k depending on the role. Apply by replying to this e-mail.',
    ].join('\n');
    expect(explainKind(three).kind).toBe('application');
  });
});

describe("a podcast episode's page copied as text", () => {
  const page = [
    'Hallway Talk – a show about changing jobs',
    'Episode 41: Reading a salary band without selling yourself short',
    'Published 19 November 2026 · 44 min',
    '',
    'Show notes',
    '',
    'This week we talk to a pay consultant about the new transparency rules.',
    '',
    'Host & production: Ruth Abernathy · Editing: Sam Orr',
  ].join('\n');
  it("takes the episode's line as the title, the show as the source and the host as the author", () => {
    const a = extractArticle(page);
    expect(a.title).toBe('Episode 41: Reading a salary band without selling yourself short');
    expect(a.source).toBe('Hallway Talk – a show about changing jobs');
    expect(a.author).toBe('Ruth Abernathy');
  });
});
