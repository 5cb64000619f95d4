import { describe, expect, it } from 'vitest';
import { extractArticle, findBoilerplateStart } from '../../src/import/article-extract.ts';
import { detectKind } from '../../src/import/detect-kind.ts';
import { parseLooseDate } from '../../src/import/loose-date.ts';
import {
  extractCompanyWithEvidence,
  extractEmployment,
  extractJobId,
  extractPosition,
  extractWorkplace,
} from '../../src/import/posting-extract.ts';
import { extractSalary } from '../../src/import/salary.ts';
import { offered } from './helpers.ts';

describe('parseLooseDate', () => {
  it.each([
    ['October 22, 2024', '2024-10-22'],
    ['Oct 22, 2024 6:09 PM', '2024-10-22'],
    ['Mar 4, 2025 9:15 AM', '2025-03-04'],
    ['2024-12-02', '2024-12-02'],
    ['2024-12-02T10:00:00Z', '2024-12-02'],
    ['3 March 2025', '2025-03-03'],
    ['October 22, 2024 → November 1, 2024', '2024-10-22'],
    ['14-Oct-2026', '2026-10-14'],
    ['05-Oct-2026', '2026-10-05'],
    ['14-Oct-26', '2026-10-14'],
    ['14 Oct, 2026', '2026-10-14'],
    ['31-Feb-2026', undefined],
    ['10/11/2024', undefined],
    ['soon', undefined],
    ['February 30, 2024', undefined],
  ])('%s → %s', (input, expected) => {
    expect(parseLooseDate(input)).toBe(expected);
  });
});

describe('extractSalary', () => {
  it.each([
    [
      'The base pay ranges from $51,000/year in our lowest market up to $114,100/year in our highest.',
      { min: 51000, max: 114100, currency: 'USD', period: 'year' },
    ],
    [
      'a competitive base salary ranging from $40,400 – $86,500 per year',
      { min: 40400, max: 86500, currency: 'USD', period: 'year' },
    ],
    ['Pay is €22 – €27 per hour, part-time.', { min: 22, max: 27, currency: 'EUR', period: 'hour' }],
    ['Pay: NOK 260 - 320 per hour, depending on experience.', { min: 260, max: 320, currency: 'NOK', period: 'hour' }],
    ['Salary: 9 000 – 12 000 PLN gross per month.', { min: 9000, max: 12000, currency: 'PLN', period: 'month' }],
    ['Salary: £45k–£55k a year', { min: 45000, max: 55000, currency: 'GBP', period: 'year' }],
    ['Rate: $38/hour', { min: 38, max: 38, currency: 'USD', period: 'hour' }],
    ['salary €3,100 per month', { min: 3100, max: 3100, currency: 'EUR', period: 'month' }],
    ['Compensation of up to CHF 120,000 annually', { max: 120000, currency: 'CHF', period: 'year' }],
    // A lower bound alone is never the whole range.
    ['Salary: from €48,000 depending on experience', { min: 48000, currency: 'EUR', period: 'year' }],
    ['Gehalt ab 3.900 € brutto im Monat', { min: 3900, currency: 'EUR', period: 'month' }],
    ['Compensation starting at $72,000 a year', { min: 72000, currency: 'USD', period: 'year' }],
    ['Зарплата от 180 000 ₽ в месяц', { min: 180000, currency: 'RUB', period: 'month' }],
    // "$" is the dollar or the peso of the country the text names; USD when none is, or the US is too.
    [
      'Sueldo: $18,000 - $22,000 mensuales. Apodaca, Nuevo León.',
      { min: 18000, max: 22000, currency: 'MXN', period: 'month' },
    ],
    [
      'Salary: $77,585 to $88,766 a year. Location: Halifax, Nova Scotia',
      { min: 77585, max: 88766, currency: 'CAD', period: 'year' },
    ],
    ['Salary: $1,200 per month, in our Singapore office', { min: 1200, max: 1200, currency: 'SGD', period: 'month' }],
    ['Pay: $72,000 - $78,000 + super, Fremantle', { min: 72000, max: 78000, currency: 'AUD', period: 'year' }],
    ['Salary: $90,000 a year, Albuquerque, New Mexico', { min: 90000, max: 90000, currency: 'USD', period: 'year' }],
    [
      'Salary $120,000, remote in the United States or Canada',
      { min: 120000, max: 120000, currency: 'USD', period: 'year' },
    ],
    // "US" in capitals as a word of its own is the country; "JOIN US" over a Canadian posting is not.
    [
      'Salary: $175k–$205k. Fully remote, US only, and no hiring in Canada yet.',
      { min: 175000, max: 205000, currency: 'USD', period: 'year' },
    ],
    [
      'JOIN US\nSalary: $77,585 to $88,766 a year, Halifax, Nova Scotia',
      { min: 77585, max: 88766, currency: 'CAD', period: 'year' },
    ],
    // Thousands grouped the Swiss way, and India's lakh grouping.
    ["Lohn: CHF 95'000 – 110'000 pro Jahr", { min: 95000, max: 110000, currency: 'CHF', period: 'year' }],
    ['CTC ₹ 8,00,000 - 12,00,000 per annum', { min: 800000, max: 1200000, currency: 'INR', period: 'year' }],
    // Korea's won in units of 만 (ten thousand), a year's pay by 연봉; "이상" after it is a lower bound.
    ['연봉 4,000만원 ~ 5,000만원', { min: 40000000, max: 50000000, currency: 'KRW', period: 'year' }],
    ['급여: 연봉 4,500만원 이상', { min: 45000000, currency: 'KRW', period: 'year' }],
    // South Africa's rand is an R of its own; a million is "m".
    ['Salary: R 450 000 per annum', { min: 450000, max: 450000, currency: 'ZAR', period: 'year' }],
    ['Remuneration: R450k - R520k CTC', { min: 450000, max: 520000, currency: 'ZAR', period: 'year' }],
    ['Package: R 1.2m CTC', { min: 1200000, max: 1200000, currency: 'ZAR', period: 'year' }],
    // A plus with a benefit after it adds the benefit; the pay is the figure.
    ['Salário: R$ 4.500,00 + VR e VT', { min: 4500, max: 4500, currency: 'BRL', period: 'month' }],
    // India's lakh, however it is spelled, and Hindi's pay and month words.
    ['5-9 Yrs  ₹ 18-24 Lacs P.A.  Bengaluru', { min: 1800000, max: 2400000, currency: 'INR', period: 'year' }],
    ['Salary: ₹ 6.5 Lakh per annum', { min: 650000, max: 650000, currency: 'INR', period: 'year' }],
    ['वेतन: ₹22,000 से ₹28,000 प्रति माह', { min: 22000, max: 28000, currency: 'INR', period: 'month' }],
    // A plus after the figure says "from" too.
    ['Salary €38k+', { min: 38000, currency: 'EUR', period: 'year' }],
    ['Lønn: NOK 520 000+ per år', { min: 520000, currency: 'NOK', period: 'year' }],
    // A range written with "à", a month written "mån".
    ['Rémunération : 42K à 50K € brut annuel', { min: 42000, max: 50000, currency: 'EUR', period: 'year' }],
    ['Lön: 41 000 kr/mån, Göteborg', { min: 41000, max: 41000, currency: 'SEK', period: 'month' }],
    // Where pay is quoted by the month, a figure without a period is a month's.
    ['Wynagrodzenie: 14 000 zł brutto', { min: 14000, max: 14000, currency: 'PLN', period: 'month' }],
    // "kr" by the country the text names, whatever its language.
    [
      'Salary: 46,000 kr per month for this role in our Copenhagen office.',
      { min: 46000, max: 46000, currency: 'DKK', period: 'month' },
    ],
    // Pay without a pay word: a range in thousands, a period the pay words lack, pay before "+ equity".
    ['Remote across EU time zones, €80-95k.', { min: 80000, max: 95000, currency: 'EUR', period: 'year' }],
    [
      'The role: hybrid (3 days in office), €70–85k + equity.',
      { min: 70000, max: 85000, currency: 'EUR', period: 'year' },
    ],
    ['Base is $115k–$135k plus bonus.', { min: 115000, max: 135000, currency: 'USD', period: 'year' }],
    ['Hourly: $35-$55', { min: 35, max: 55, currency: 'USD', period: 'hour' }],
    ['Frühschicht ab 4 Uhr, 15 €/Std.', { min: 15, max: 15, currency: 'EUR', period: 'hour' }],
    ['CDI, 38 000 – 42 000 € bruts annuels.', { min: 38000, max: 42000, currency: 'EUR', period: 'year' }],
    ['ЗП: от 180 000 ₽ на руки', { min: 180000, currency: 'RUB', period: 'month' }],
    ['الراتب: 12,000 - 15,000 درهم شهرياً', { min: 12000, max: 15000, currency: 'AED', period: 'month' }],
    // "3 days/week" in the same line is not the pay's period.
    ['NYC, onsite 3 days/week | $190k–$230k + equity', { min: 190000, max: 230000, currency: 'USD', period: 'year' }],
  ])('%s', (text, expected) => {
    expect(extractSalary(text)).toEqual(expected);
  });

  it.each([
    ['We raised $20-30k from friends and family.'],
    // "annual" is said of much besides pay: it makes no amount a salary.
    ['Our clients make €50k to €5M in annual sales.'],
    ['Equity of €10k–20k on top.'],
    ['The company raised $5 billion last year.'],
    ['Retirement savings: 401(k) with company match.'],
    ['No numbers about pay here.'],
    // An R at a word's end is no rand.
    ['Salary: OVER 50 staff, competitive pay'],
  ])('finds no salary in %s', (text) => {
    expect(extractSalary(text)).toBeUndefined();
  });
});

describe('posting fields', () => {
  it.each([
    ['Company - Brightwater Studios LLC\nJob ID: X1', 'Brightwater Studios LLC'],
    ['**Company**\n\n- Harbor Analytics, Inc.', 'Harbor Analytics, Inc.'],
    ['Quillmark is looking for an Audio Reviewer to help us.', 'Quillmark'],
    ['Why Join Tessellate Cloud Services (TCS) – Building the future', 'Tessellate Cloud Services'],
    ['We build things. You will like it.', undefined],
  ])('company of %j is %j', (text, expected) => {
    expect(extractCompanyWithEvidence(text)?.name).toBe(expected);
  });

  it.each([
    ['Position: Prompt Writer\nMore text', undefined, 'Prompt Writer'],
    ['Quillmark is looking for an AI Content Expert II to help with annotations.', 'Quillmark', 'AI Content Expert II'],
    [
      'Remote Senior Data Linguist – Bilingual (Czech / Slovak) – Team Orca Specialist\nAbout us.',
      undefined,
      'Senior Data Linguist',
    ],
    [
      'Description\n\nWe are looking for a ML Data Associate (ML DA) to undertake labeling.',
      undefined,
      'ML Data Associate',
    ],
    ['Intro line.\nAs a Localization Engineer, you will own the pipeline.', undefined, 'Localization Engineer'],
    ['Nothing that names a role.', undefined, undefined],
  ])('position of %j', (text, company, expected) => {
    expect(extractPosition(text, company)).toBe(expected);
  });

  it.each([
    ['Job ID: A2966509', 'A2966509'],
    ['Req #R-0042 posted today', 'R-0042'],
    ['Requisition ID: 77123.', '77123'],
    ['Job no longer available', undefined],
    ['Job duties for this position include', undefined],
  ])('job ID of %j', (text, expected) => {
    expect(extractJobId(text)).toBe(expected);
  });

  it.each([
    ['This is a fixed term contractual role for 12 months.', { type: 'contract', term: '12 months' }],
    ['A fixed-term contract for six months, then review.', { type: 'contract', term: '6 months' }],
    ['THIS IS PART TIME - Shift options are:', { type: 'part-time' }],
    ['Full-time, permanent.', { type: 'full-time' }],
    ['Summer internship in our Kraków office', { type: 'internship' }],
    ['Internal training platforms and more', undefined],
    ['A permanent position in our Leeds team.', { type: 'full-time' }],
    ['Festanstellung, 40 Stunden pro Woche', { type: 'full-time' }],
    ['Contratto a tempo indeterminato, tempo pieno', { type: 'full-time' }],
    ['Тип занятости: полная занятость', { type: 'full-time' }],
    ['雇用形態：正社員', { type: 'full-time' }],
    ['Deeltijd, 24 uur per week', { type: 'part-time' }],
    ['Contratto a tempo determinato di 12 mesi', { type: 'contract' }],
    ['The permanent collection of the museum', undefined],
    // Both kinds said: the list item that starts with one states the job's.
    ['• lead a team of 8 casual & part time crew\n• Full time, permanent (38 hrs)', { type: 'full-time' }],
    ['Part-time, 20 hours a week. Our full-time staff get a bonus.', { type: 'part-time' }],
  ])('employment of %j', (text, expected) => {
    expect(extractEmployment(text)).toEqual(expected);
  });

  it.each([
    ['Remote Senior Data Linguist\nour fully remote model', 'remote'],
    ['Hybrid Work\nwork in a flexible, hybrid work model', 'hybrid'],
    ['This role is on-site in Gdańsk five days a week.', 'onsite'],
    ['Nothing about where.', undefined],
    // A choice between workplaces says none of them; a slash that joins other words is no choice.
    ['Please post as Company | Role | ONSITE/REMOTE/HYBRID | Salary', undefined],
    ['Location: Leeds (Hybrid / Remote)', undefined],
    ['Full-time/permanent, remote within Spain', 'remote'],
    // Days since the posting went up are no days in the office.
    ['$140k – $180k · Remote only · Posted 3 days ago', 'remote'],
    // "リモート可" allows some remote work; the office days make it hybrid, and it is no remote job on its own.
    ['SREエンジニア／リモート可・フレックス\n※リモートワーク可（週1～2日程度の出社をお願いしています）', 'hybrid'],
    ['経理スタッフ／在宅勤務可', undefined],
    ['フルリモート可・全国どこからでも', 'remote'],
    // Remote work said not to be on offer: at the workplace.
    ['📍 Lyon · CDI · 🏠 Télétravail non autorisé', 'onsite'],
    ['Schichtbetrieb, kein Homeoffice möglich', 'onsite'],
    ['Remote: No\nLocation: Dublin', 'onsite'],
    ['Sin teletrabajo: el puesto es en Zaragoza.', 'onsite'],
    ['Fully remote. No relocation needed.', 'remote'],
  ])('workplace of %j', (text, expected) => {
    expect(extractWorkplace(text)).toBe(expected);
  });

  it.each([
    ['Strong proficiency in English. Candidate must write well.', ['English']],
    ['C1+ or equivalent fluency in English', ['English']],
    ['Native-level fluency in one of: Vietnamese, Polish, or Norwegian.', ['Vietnamese', 'Polish', 'Norwegian']],
    ['Polish your skills with our mentors.', []],
    ['Proficiency in Python and Java', []],
  ])('languages of %j', (text, expected) => {
    expect(offered(text, 'languages')).toEqual(expected.length ? [expected] : []);
  });

  it.each([
    ['Location: Bergen, Norway', 'Bergen, Norway'],
    ['US, WA, Seattle\nDo you want to build?', 'US, WA, Seattle'],
    ['No place.', undefined],
    ['Senior Data Engineer (m/w/d)\nKranich Logistik GmbH · Hamburg · Hybrid (2 Tage Homeoffice)', 'Hamburg'],
    ['Analyst\nNorthwind · São Paulo, Brasil · Remoto', 'São Paulo, Brasil'],
    ['Data Engineer\nAcme · Platform Team · Remote', undefined],
    ['Data Engineer\nAcme · Full-time · Remote', undefined],
  ])('location of %j', (text, expected) => {
    const places = offered(text, 'location');
    if (expected === undefined) expect(places).toEqual([]);
    else expect(places).toContain(expected);
  });
});

describe('articles', () => {
  it.each([
    [
      'Tideline Weekly\nWhy ferries need speech models\nBy Oda Lien\nPublished: March 3, 2025\n\nBody text goes here.',
      {
        title: 'Why ferries need speech models',
        author: 'Oda Lien',
        source: 'Tideline Weekly',
        published: '2025-03-03',
        url: undefined,
        companies: [],
      },
    ],
    [
      'cover.png\nA caption under the picture.\n\nTeaching robots to read maps\n\nYesterday, Quillmark principal research scientist Ana Petrov delivered a talk on maps.',
      {
        title: 'Teaching robots to read maps',
        author: 'Ana Petrov',
        source: undefined,
        published: undefined,
        url: undefined,
        companies: ['Quillmark'],
      },
    ],
    [
      '# A Markdown title\n\nAuthor: Kim Jones\nSource: Field Notes\nURL: https://notes.example/a',
      {
        title: 'A Markdown title',
        author: 'Kim Jones',
        source: 'Field Notes',
        published: undefined,
        url: 'https://notes.example/a',
        companies: [],
      },
    ],
    [
      'Harbour towns hire again\nBy Mina Sato, Business Reporter\nPublished: May 9, 2025\n\nBody text goes here.',
      {
        title: 'Harbour towns hire again',
        author: 'Mina Sato',
        source: undefined,
        published: '2025-05-09',
        url: undefined,
        companies: [],
      },
    ],
    [
      '# Two voices\n\nAuthor: Kim Jones, Lea Berg\n\nBody text goes here.',
      {
        title: 'Two voices',
        author: 'Kim Jones, Lea Berg',
        source: undefined,
        published: undefined,
        url: undefined,
        companies: [],
      },
    ],
    // A newsletter e-mail: its name above the post, the post named by its address, the writer under a
    // subtitle, and a copyright line in the writer's name.
    [
      'View this post on the web at https://fernpost.example/p/why-referrals-still-win\n\nThe Fern Post\n\nWhy referrals still win\n\nA short case for asking friends first.\n\nLotte Brandt\nJun 2, 2025\n\nBody text goes here.\n\n© 2025 Lotte Brandt',
      {
        title: 'Why referrals still win',
        author: 'Lotte Brandt',
        source: 'The Fern Post',
        published: '2025-06-02',
        url: 'https://fernpost.example/p/why-referrals-still-win',
        companies: [],
      },
    ],
    // A newsletter issue saved with its mail header: the subject is the title, the sender printed again as
    // the masthead is the publication (never the author), the web view's address is the url, and the
    // writer is the one who signs off (not an item of the list of jobs above).
    [
      'From: Quill Weekly <news@quill.example>\nTo: me\nDate: Mon, 5 Apr 2027 07:00:00 +0000\nSubject: Quill Weekly #40 - Salary bands, read closely\n\nView this email in your browser: https://quill.example/issues/40\n\nQUILL WEEKLY\nIssue #40 · 5 April 2027\n\nSalary bands, read closely\n\nHello all,\n\nBody text goes here.\n\n- Staff Engineer at Dunfield\n- Product Designer at Aurel\n\nSee you next week.\n\n- Nadia Okafor-Lind\nQuill Weekly',
      {
        title: 'Quill Weekly #40 - Salary bands, read closely',
        author: 'Nadia Okafor-Lind',
        source: 'Quill Weekly',
        published: '2027-04-05',
        url: 'https://quill.example/issues/40',
        companies: [],
      },
    ],
    // A letter forwarded by a friend: the sender is a person, not a publication, and nobody signs off.
    [
      'From: Sam Ortega <sam@mail.example>\nSubject: Fwd: Notes on negotiating\n\nThought you would like this.\n\n- Ask for the band first\n- Jonas Weber\n- Write it down',
      {
        title: 'Notes on negotiating',
        author: undefined,
        source: undefined,
        published: undefined,
        url: undefined,
        companies: [],
      },
    ],
  ])('%#', (text, expected) => {
    expect(extractArticle(text)).toEqual(expected);
  });

  it('finds the trailing boilerplate but not a related-content blurb inside the article', () => {
    const lines = [
      'Title line',
      'First paragraph of the article.',
      'Related content',
      'A blurb about another story.',
      'The article goes on here.',
      'And ends here.',
      'Research areas',
      'Related content',
      'US, WA, Seattle',
      'A job listing paragraph that is long enough to be a paragraph of its own.',
      'GB, London',
      'Another job listing paragraph.',
    ];
    expect(findBoilerplateStart(lines)).toBe(6);
    expect(findBoilerplateStart(lines.slice(0, 6))).toBe(6);
  });

  it("takes a marker among the first lines for the site's navigation, even over text wrapped short", () => {
    const lines = [
      'WORK   ABOUT   JOBS   CONTACT',
      'Jobs',
      'Junior Designer',
      'Leeds · Full-time',
      'We are a studio of nine people working from an old mill near the canal, and we are',
      'looking for a junior designer to join us in the spring.',
    ];
    expect(findBoilerplateStart(lines)).toBe(lines.length);
  });
});

describe('detectKind', () => {
  it.each([
    // A news report about hiring, with an italic byline and quoted people, is an article.
    [
      '# Why every dairy in Gouda is hiring\n\n*By Anneke Visser · 3 March 2026*\n\nCheesemakers across the region are short of hands. Kaasmakerij De Wit is hiring two apprentices.\n\n"We cannot find anyone," says one owner. Wages have risen slowly.',
      [],
      'article',
    ],
    // Labels in Korean make a short post a posting.
    ['[채용] 데이터 엔지니어\n회사: 주식회사 새벽\n근무지: 부산\n마감일: 2026-04-30', [], 'application'],
    [
      'Quillmark is looking for a Writer.\nKey job responsibilities\nBasic Qualifications\nApply now.',
      [],
      'application',
    ],
    [
      'Some thoughts on a talk\nBy Ana Petrov\nThis is an edited version of her keynote. The research shows a lot.',
      [],
      'article',
    ],
    ['', ['Position', 'Stage'], 'application'],
    ['', ['Author', 'URL'], 'article'],
    ['', ['📅 Application Date'], 'application'],
    // A report whose credit line names the writer's job, with its date as one part of a line of parts.
    [
      '# Graduate pay in the Baltics, 2025\n\n**Ridgeway Research** · Briefing · Published 3 April 2025\nWords by Aino Kask, Principal Economist\n\nStarting salaries for graduates rose 6% in Tallinn and 4% in Riga. Hybrid work is now offered in most office roles.',
      [],
      'article',
    ],
  ])('%#: %s', (text, keys, expected) => {
    expect(detectKind(text, keys)).toBe(expected);
  });
});
