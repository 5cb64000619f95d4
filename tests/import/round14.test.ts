import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/import/article-extract.ts';
import { buildNote } from '../../src/import/build-note.ts';
import { explainKind } from '../../src/import/detect-kind.ts';
import { issueNumberPattern } from '../../src/import/lexicon.ts';
import { extractWorkplace, ROLE_NOUN } from '../../src/import/posting-extract.ts';
import { extractSalary } from '../../src/import/salary.ts';
import { dateInText } from '../../src/import/loose-date.ts';
import { postingOf } from '../../src/import/html-page.ts';
import { mapColumns, readCellDate, readTrackerRow, type TrackerTable } from '../../src/import/tracker.ts';
import { pairOfLabel, stageOfStatus } from '../../src/import/vocabulary.ts';
import { splitTitleParts } from '../../src/import/propose.ts';
import { defaultContext, offered, unit, written } from './helpers.ts';
import { expectLinear } from '../helpers/linear.ts';
import { isMasthead, isSiteName } from '../../src/import/source-cues.ts';

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

describe("a page's key facts laid out for the eye", () => {
  const page = (body: string, title = 'Stellenangebot') =>
    buildNote(
      unit('job.html', `<html><head><title>${title}</title></head><body>${body}</body></html>`),
      defaultContext(),
    ).frontmatter;
  const text = (words: string) =>
    `<p>${Array.from({ length: 12 }, () => words).join(' ')}</p><h2>Ihre Aufgaben</h2><ul><li>Wartung der Anlagen</li><li>Störungen beheben</li></ul>`;

  it('reads a label and its value side by side as a labelled line', () => {
    const facts = page(
      `<main><h1>Industriemechaniker (m/w/d)</h1>${text('Du hältst unsere Fertigung am Laufen.')}</main><aside><ul class="keyfacts"><li><span class="keyfacts__label">Standort</span><span class="keyfacts__value">Hauptstraße 3, 73430 Aalen</span></li><li><span class="keyfacts__label">Vergütung</span><span class="keyfacts__value">3.400 – 3.900 € brutto / Monat</span></li><li><span>Beschäftigungsart</span><span>Vollzeit, unbefristet</span></li></ul></aside>`,
    );
    expect(facts.location).toBe('Aalen');
    expect(facts.salary).toEqual({ min: 3400, max: 3900, period: 'month', currency: 'EUR' });
    expect(facts.employment).toEqual({ type: 'full-time' });
  });

  it('leaves a link beside a name and a writer beside a date as they are', () => {
    const facts = page(
      `<main><h1>Bakery Shift Lead</h1><div class="company"><p class="name"><a class="website" href="https://bakery.example">Website</a> <strong>Oven &amp; Loaf Ltd</strong></p></div>${text('You run the night shift of the bakery.')}</main>`,
      'Bakery Shift Lead',
    );
    expect(facts.company).not.toMatch(/Website/);
  });

  it('reads a posting laid out as one table, its facts in label rows and its text in wide rows', () => {
    const facts = page(
      `<table class="VacancyTable"><tr><td colspan="2"><h1>Disponent/in 100%</h1></td></tr><tr><td class="Label">Firma</td><td>Aare Transport AG</td></tr><tr><td class="Label">Arbeitsort</td><td>Solothurn</td></tr><tr><td class="Label">Pensum</td><td>100%</td></tr><tr><td class="Label">Lohn</td><td>CHF 80'000 – 90'000 pro Jahr</td></tr><tr><td colspan="2">${text('Sie planen die Touren unserer Fahrer.')}</td></tr></table>`,
      'Stellenangebot - Aare Transport AG',
    );
    expect(facts.company).toBe('Aare Transport AG');
    expect(facts.location).toBe('Solothurn');
    expect(facts.salary).toEqual({ min: 80000, max: 90000, period: 'year', currency: 'CHF' });
  });
});

describe('languages required as Swiss German writes it', () => {
  it.each([
    ['Deutsch und Französisch fliessend in Wort und Schrift (zwingend)', ['German', 'French']],
    ['Sehr gute Deutschkenntnisse in Wort und Schrift', ['German']],
  ])('%j', (line, languages) => {
    expect(offered(`Ihr Profil\n\n- Lehre als Logistiker/in\n- ${line}`, 'languages')).toEqual([languages]);
  });
});

describe('a line of small words, as a masthead is looked for in it', () => {
  // "of" and "the" could be read two ways by the masthead pattern: eight sentences took 30 s, twelve never ended.
  const line = (n: number) => Array.from({ length: n }, () => 'You run the night shift of the bakery.').join(' ');
  it('takes linear time', () => {
    expectLinear(line, 4, (text) => isMasthead(text), 'a masthead looked for in a line of sentences');
  });
  it('still finds a masthead, and only with its capitals', () => {
    expect(isMasthead('The Green Roles Digest · Issue #212 · 6 November 2025')).toBe(true);
    expect(isMasthead('EMPREGO TECH LISBOA · Edição nº 58')).toBe(true);
    expect(isMasthead('from the team of the year · issue 4')).toBe(false);
  });
});

describe("a freelance mission's client", () => {
  const mission = (client: string) =>
    [
      'Data Engineer GCP – refonte de la plateforme (6 mois)',
      'Publiée il y a 2 jours',
      '',
      `Client : ${client}`,
      'Secteur : Retail · 500 à 1 000 salariés',
      '',
      'Le contexte',
      "L'équipe data interne compte quatre personnes et migre vers BigQuery.",
    ].join('\n');
  it('is the employer, also over the card of its sector and size', () => {
    expect(written(mission('Maison Verlaine')).company).toBe('Maison Verlaine');
  });
  it.each(['confidentiel', 'une enseigne lilloise de la distribution'])(
    'is no employer when withheld: %j',
    (client) => {
      expect(offered(mission(client), 'company')).not.toContain(client);
    },
  );
});

describe('a page with an expired JobPosting beside the current one', () => {
  const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
  const posting = (title: string, posted: string, extra: object) => ({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title,
    datePosted: posted,
    hiringOrganization: { '@type': 'Organization', name: 'Larchmont Credit Union' },
    ...extra,
  });
  const stale = posting('Financial Analyst II', '2025-04-08', { validThrough: '2025-05-08' });
  const current = posting('Senior Financial Analyst', '2026-12-01', {
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: 'USD',
      value: { '@type': 'QuantitativeValue', minValue: 78000, maxValue: 92000, unitText: 'YEAR' },
    },
  });
  const note = (heading: string, blocks: object[]) =>
    buildNote(
      unit(
        'job.html',
        `<html><head><title>${heading} job</title>${blocks.map(ld).join('')}</head><body><main><h1>${heading}</h1><p>Join our finance team.</p></main></body></html>`,
      ),
      defaultContext(),
    ).frontmatter;

  it('reads the one posted last, whichever comes first', () => {
    const facts = note('Senior Financial Analyst', [stale, current]);
    expect(facts.position).toBe('Senior Financial Analyst');
    expect(facts.salary).toEqual({ min: 78000, max: 92000, period: 'year', currency: 'USD' });
    expect(facts.deadline).toBeUndefined();
  });

  it('reads the one titled as the page, when that is the older', () => {
    expect(note('Financial Analyst II', [current, stale]).deadline).toBe('2025-05-08');
  });
});

describe('a range written with a capital "To"', () => {
  it.each([
    ['Salary: 8,000 To 11,000 EGP Per Month', { min: 8000, max: 11000, period: 'month', currency: 'EGP' }],
    ['Salary: USD 900 TO 1,200 per month', { min: 900, max: 1200, period: 'month', currency: 'USD' }],
  ])('%j', (text, salary) => {
    expect(extractSalary(text)).toEqual(salary);
  });
});

describe('fixed-term work, stated with its hours', () => {
  it.each([
    [['FULL_TIME', 'TEMPORARY'], { type: 'contract' }],
    [['PART_TIME', 'TEMPORARY'], { type: 'contract' }],
    [['FULL_TIME', 'CONTRACTOR'], undefined],
    [['FULL_TIME'], { type: 'full-time' }],
  ])('employmentType %j is %j', (types, employment) => {
    expect(postingOf({ '@type': 'JobPosting', employmentType: types }).employment).toEqual(employment);
  });
  it('"Contract: Temporary, 2 years" under its label is a contract', () => {
    expect(
      offered('Postdoc in Soft Robotics\n\nContract: Temporary, 2 years\nHours: 38 hours per week', 'employment'),
    ).toContainEqual({
      type: 'contract',
    });
  });
});

describe('a Hungarian posting', () => {
  const text = [
    'Pénzügyi kontroller',
    'Dunamenti Gépgyár Zrt.',
    'Szeged | Teljes munkaidő',
    '',
    'Feltöltve: 2026.11.26.   |   Jelentkezési határidő: 2026. december 18.',
    '',
    'Feladatok',
    '• havi riportok elkészítése',
    '',
    'A cégről',
    'Iparág: Gépgyártás · Székhely: Győr · Határidő: 2027. jan. 8.',
  ].join('\n');
  it('reads its title, its employer by its legal form, and the deadline beside another label', () => {
    const facts = written(text);
    expect(facts.position).toBe('Pénzügyi kontroller');
    expect(facts.company).toBe('Dunamenti Gépgyár Zrt.');
    expect(facts.deadline).toBe('2026-12-18');
  });
  it.each([
    ['2026. december 18.', '2026-12-18'],
    ['2027. jan. 8.', '2027-01-08'],
    ['határidő: 2027. március 3', '2027-03-03'],
  ])('%j is %s', (text, day) => {
    expect(dateInText(text)).toBe(day);
  });
});

describe("a company's page of its engineering values", () => {
  const page = (canonical: string) =>
    buildNote(
      unit(
        'values.html',
        `<html><head><title>How we build | Tallowick</title><link rel="canonical" href="${canonical}"></head><body><main><p class="eyebrow">Engineering at Tallowick</p><h2>1. Teachers' time is the product</h2><p>Every feature is measured by the minutes it saves a teacher on a Sunday evening, and we ship nothing we cannot explain that way.</p><h2>2. Boring technology, on purpose</h2><p>We run on Rails and PostgreSQL, and a new tool needs a written proposal that names what it replaces.</p></main></body></html>`,
      ),
      defaultContext(),
    );
  it('is an article: its address is among the writing, and a numbered heading is no headline', () => {
    const note = page('https://tallowick.example/engineering/values');
    expect(note.kind).toBe('article');
  });
  it('names no role in a numbered heading', () => {
    expect(explainKind("## 1. Teachers' time is the product\n\nWe ship what saves them time.").reason).not.toContain(
      'a headline naming a role',
    );
  });
});

describe("a board's page title: its word for a job, then the job, the employer and the town", () => {
  it.each([
    ['Praca Senior Data Engineer, Sowa Analytics, Kraków - No Fluff Jobs', 'Senior Data Engineer', 'Sowa Analytics'],
    ['Vacancy Warehouse Supervisor, Harbour Foods Ltd, Leeds | Jobsite', 'Warehouse Supervisor', 'Harbour Foods Ltd'],
  ])('%j', (title, position, company) => {
    expect(splitTitleParts(title)).toEqual({ position, company });
  });
  it('is read as before when its last part is no town', () => {
    expect(splitTitleParts('Praca Senior Data Engineer, Python, Spark')).not.toEqual({
      position: 'Senior Data Engineer',
      company: 'Python',
    });
  });
});

describe('a Portuguese sheet with one column for company and job', () => {
  it('reads "Empresa – Função"', () => {
    expect(pairOfLabel('Empresa – Função')).toEqual(['company', 'position']);
  });
});

describe("a job alert's weekly picks and a newspaper's classified ad", () => {
  it('a job alert listing jobs by their gender tags at several employers is a digest', () => {
    const alert = [
      'Von: Jobpost Halle <news@jobpost.example>',
      'Datum: Fr., 4. Dez. 2026 um 06:00',
      'Betreff: Deine Jobs der Woche (KW 49)',
      '',
      'Im Browser ansehen: https://jobpost.example/kw49',
      '',
      '▸ Sachbearbeitung Einkauf (m/w/d) – Saalewerk GmbH, Halle',
      '  Vollzeit · ab 42.000 € im Jahr · Bewerbungsfrist 20.12.2026',
      '▸ Lagerhelfer (m/w/d) – Brückner Logistik KG, Schkopau',
      '  Vollzeit, Schichtdienst',
      '▸ Teamassistenz (m/w/d) – Domplatz Immobilien GmbH, Halle',
      '  2.300 € brutto/Monat',
    ].join('\n');
    expect(explainKind(alert).kind).toBe('article');
  });
  it('a classified ad is a posting', () => {
    const ad = [
      'EVENING STAR · CLASSIFIEDS · Sat., Nov. 28, 2026 · Page 14',
      'HELP WANTED',
      '',
      'WANTED: LINE COOK',
      'w/ 2 yrs exp. in hotel kitchen. Sal. P18,000/mo.',
      'Apply personally Mon-Fri 9am-4pm, bring resume.',
      'CASA LUNA RESTAURANT, Makati City',
    ].join('\n');
    expect(explainKind(ad).kind).toBe('application');
  });
});

describe('job words in Slovak, Czech, Finnish, Hungarian and Ukrainian', () => {
  it.each([
    ['Technik údržby', true],
    ['Vývojář embedded systémů', true],
    ['Yliopistonlehtori', true],
    ['Ohjelmistokehittäjä', true],
    ['Pénzügyi kontroller', true],
    ['Бухгалтер', true],
    ['Kalevan yliopisto', false],
    ['Považské strojárne', false],
  ])('%j names a job: %s', (text, role) => {
    expect(ROLE_NOUN.test(text)).toBe(role);
  });
});

describe("a marketplace's company, as its copyright line writes it", () => {
  it.each([
    ['Upwork® Global Inc.', true],
    ['StepStone Media', true],
    ['Totaljobs Group Ltd', true],
    ['Brightcrate Home Goods Inc.', false],
  ])('%j is a site: %s', (name, site) => {
    expect(isSiteName(name)).toBe(site);
  });
});

describe('pay per level, one band a row', () => {
  it.each([
    [
      '- **Designer** — 4 200–4 900 € / month\n- **Senior Designer** — 5 000–6 100 € / month\n- **Lead Designer** — 6 200–7 300 € / month',
      { min: 4200, max: 7300, period: 'month', currency: 'EUR' },
    ],
    [
      '| Level | Title | Base salary |\n|---|---|---|\n| II | Engineer | €62,000 – €74,000 per year |\n| III | Senior Engineer | €75,000 – €90,000 per year |',
      { min: 62000, max: 90000, period: 'year', currency: 'EUR' },
    ],
    // A band beside a benefit, or in another period, is no band of the same scale.
    [
      '- Salary: €50,000 – €60,000 per year\n- Learning budget of €1,200 per year\n- 28 days of holiday',
      { min: 50000, max: 60000, period: 'year', currency: 'EUR' },
    ],
    [
      '- Salary: €50,000 – €60,000 per year\n- Overtime €30 – €40 per hour',
      { min: 50000, max: 60000, period: 'year', currency: 'EUR' },
    ],
  ])('%j', (text, salary) => {
    expect(extractSalary(text)).toEqual(salary);
  });
});
