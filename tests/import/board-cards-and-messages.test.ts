import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/import/article-extract.ts';
import { buildNote } from '../../src/import/build-note.ts';
import { agencyClient, extractEmployment, extractWorkplace } from '../../src/import/posting-extract.ts';
import { placeIn } from '../../src/import/places.ts';
import { dayIn } from '../../src/import/text-dates.ts';
import { extractSalary } from '../../src/import/salary.ts';
import { expectLinear } from '../helpers/linear.ts';
import { defaultContext, offered, unit, written } from './helpers.ts';

// Round 11's shapes, in postings written for these tests: a board's company card over the job, a menu copied a
// line each, a government site's banner, a job over an institution, a recruiter's client and pronouns.

describe("a board's copy, read past its chrome", () => {
  it('reads the employer from the company card and the job under it, past an initials logo', () => {
    const text = [
      'wellfound',
      'Discover',
      'Jobs',
      'Applied',
      'Messages',
      '',
      'Back to search results',
      '',
      'PK',
      'Paddock Kinetics',
      'Actively Hiring',
      'Sensors that tell a farmer which field drains worst',
      '11-50 Employees · Hardware · Agriculture',
      '',
      'Firmware Engineer (Embedded C)',
      '$120k – $150k • 0.2% – 0.5%',
      'Denver • Onsite • Posted 3 days ago',
      '',
      'About the job',
      'We build soil sensors and the radio that carries their readings. You will write the firmware.',
    ].join('\n');
    expect(written(text)).toMatchObject({ company: 'Paddock Kinetics', position: 'Firmware Engineer (Embedded C)' });
  });

  it('skips a menu of words boards use, a search bar with a location and a rating, to the header under them', () => {
    const text = [
      'Glassdoor',
      'Community',
      'Jobs',
      'Companies',
      'Salaries',
      '',
      'Search jobs: dental nurse   Location: Leeds',
      '',
      'Kirkgate Dental Practice',
      '4.2 ★',
      'Dental Nurse',
      'Leeds',
      '£12.50 - £14.00 Per Hour (Employer provided)',
      '',
      'Kirkgate Dental Practice is a family practice near the market with six surgeries.',
    ].join('\n');
    expect(written(text)).toMatchObject({
      company: 'Kirkgate Dental Practice',
      position: 'Dental Nurse',
      location: 'Leeds',
      source: 'Glassdoor',
    });
  });

  it('takes a menu word under a bare label for no value ("Unternehmen" over "Gehaltsrechner")', () => {
    const text = [
      'karriere.at',
      'Jobs',
      'Unternehmen',
      'Gehaltsrechner',
      'Ratgeber',
      'Für Arbeitgeber',
      '',
      'Lohnverrechner:in (Teilzeit)',
      'Almblick Hotels GmbH',
      'Zell am See',
      '',
      'Almblick Hotels führt drei Häuser im Pinzgau.',
    ].join('\n');
    const values = written(text);
    expect(values.company).toBe('Almblick Hotels GmbH');
    expect(values.position).toBe('Lohnverrechner:in (Teilzeit)');
    expect(values.employment).toEqual({ type: 'part-time' });
  });

  it("reads a government board's job over its department, past the site's banner", () => {
    const text = [
      'An official website of the United States government',
      'USAJOBS',
      'Search   Help   Sign In',
      '',
      'Back to results',
      '',
      'Park Ranger (Interpretation)',
      'Department of the Interior',
      'National Park Service',
      '',
      'Overview',
      'Location',
      '2 vacancies in the following location:',
      'Moab, UT',
      'Remote job',
      'No',
      'Telework eligible',
      'No',
    ].join('\n');
    expect(written(text)).toMatchObject({
      company: 'Department of the Interior',
      position: 'Park Ranger (Interpretation)',
      location: 'Moab, UT',
      workplace: 'onsite',
      source: 'USAJOBS',
    });
  });
});

describe('a job named in running text', () => {
  it.each([
    [
      "we're looking for, with the hours before the title",
      "That's why we're looking for a part-time Payroll Clerk who enjoys numbers.",
      'Payroll Clerk',
    ],
    [
      'a bracket the sentence leaves open',
      "We're looking for a Staff Accountant (around 20 hours a week, with a flexible start.",
      'Staff Accountant',
    ],
  ])('%s', (_, sentence, position) => {
    const text = `Loafline – careers\n\nLoafline makes delivery software for bakeries.\n\n${sentence}\n\nWrite to jobs@loafline.example.`;
    expect(offered(text, 'position')).toContain(position);
  });

  it('never takes a pronoun for the employer, and reads a recruiter client named after "working on exclusively with"', () => {
    const text = [
      'Subject: Senior Estimator – Salford',
      '',
      "I'm working on a role exclusively with Pennine Civils Ltd, a contractor in the North West.",
      '',
      'They are looking for a Senior Estimator to lead tenders on rail and highways work.',
      '',
      '- £52,000 – £58,000 basic depending on experience',
      '- Based at their office at Salford Quays – four days in the office, one day from home',
    ].join('\n');
    expect(agencyClient(text)).toBe('Pennine Civils Ltd');
    const values = written(text);
    expect(values.company).not.toBe('They');
    expect(values).toMatchObject({
      salary: { min: 52000, max: 58000, currency: 'GBP', period: 'year' },
      workplace: 'hybrid',
    });
    // "a contractor in the North West" is what the client is, not the kind of job.
    expect(values.employment).toBeUndefined();
    expect(offered(text, 'location')).toContain('Salford Quays');
  });
});

describe('pay and workplace wording', () => {
  it.each([
    ['a range of whole figures with a currency on each end', '£58,000 – £65,000', { min: 58000, max: 65000 }],
    ['a figure called basic', '£45,000 basic plus car allowance', { min: 45000, max: 45000 }],
  ])('reads %s as pay', (_, line, bounds) => {
    expect(extractSalary(line)).toMatchObject({ ...bounds, currency: 'GBP' });
  });

  it("reads no pay from a company's turnover", () => {
    expect(extractSalary('A contractor with £120,000 – £180,000m turnover')).toBeUndefined();
    expect(extractSalary('Turnover grew from £1,200,000 – £1,800,000 bn')).toBeUndefined();
  });

  it('reads a day from home as hybrid', () => {
    expect(extractWorkplace('Four days on site, one day from home.')).toBe('hybrid');
  });

  it('reads a long run of figures in time linear in its length', () => {
    const make = (n: number) => `Salary £1${',000'.repeat(n)} – £2${',000'.repeat(n)} basic`;
    expectLinear(make, 2_000, (text) => extractSalary(text), 'extractSalary');
  });
});

describe('saved pages', () => {
  const ctx = defaultContext();
  const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

  it('imports a video page as something read, with the channel named in microdata as its author', () => {
    const html = page(
      '<title>How to answer "tell me about yourself" - YouTube</title><meta property="og:site_name" content="YouTube"><meta property="og:type" content="video.other"><meta property="og:title" content="How to answer &quot;tell me about yourself&quot;"><meta itemprop="datePublished" content="2026-10-02T09:00:00-07:00">',
      '<div id="watch"><span itemprop="author" itemscope><link itemprop="name" content="Interview Corner"></span><h1>How to answer "tell me about yourself"</h1><p>In this video: the job you want, the salary you ask for and how to apply the answer to any interview.</p></div>',
    );
    const note = buildNote(unit('video.html', html), ctx);
    expect(note.kind).toBe('article');
    expect(note.frontmatter).toMatchObject({ author: 'Interview Corner', source: 'YouTube' });
  });

  it("drops a code host's name before the title and names the repository's owner as its author", () => {
    const html = page(
      '<title>GitHub - kamaujoy/behavioural-answers: STAR answers for product interviews</title><meta property="og:site_name" content="GitHub"><meta property="og:title" content="GitHub - kamaujoy/behavioural-answers: STAR answers for product interviews"><meta property="og:url" content="https://github.com/kamaujoy/behavioural-answers">',
      '<main><article><h2>Behavioural answers</h2><p>Twenty answers in the STAR shape, each with what went wrong first.</p></article></main>',
    );
    const note = buildNote(unit('repo.html', html), ctx);
    expect(note.kind).toBe('article');
    expect(note.frontmatter).toMatchObject({
      title: 'kamaujoy/behavioural-answers: STAR answers for product interviews',
      author: 'kamaujoy',
    });
  });

  it('reads a lower heading as a title without its marks', () => {
    expect(extractArticle('## Behavioural answers\n\nTwenty answers in the STAR shape.\n').title).toBe(
      'Behavioural answers',
    );
  });

  it("reads a board's header details and skips a company block's own heading", () => {
    const html = page(
      '<title>Oferta de trabajo Mozo/a de almacén en Alzira - Frutas Ribera S.L. | InfoJobs</title>',
      `<header><a href="/">InfoJobs</a></header>
       <main>
         <div class="offer-header">
           <h1>Mozo/a de almacén</h1>
           <ul class="offer-detailsList"><li>Alzira, Valencia/València (España)</li><li>Presencial</li><li>Salario: 17.500€ - 19.000€ Bruto/año</li></ul>
         </div>
         <section class="offer-description"><h2>Descripción</h2><p>Preparación de pedidos de cítricos para exportación, carga de camiones y control de stock en nuestro almacén.</p><p>Turno de mañana de lunes a viernes.</p></section>
         <section class="offer-company"><h2>Sobre la empresa</h2><p>Frutas Ribera S.L. · Agricultura · 51-200 empleados</p></section>
       </main>`,
    );
    const note = buildNote(unit('infojobs.html', html), ctx);
    expect(note.frontmatter).toMatchObject({
      company: 'Frutas Ribera S.L.',
      position: 'Mozo/a de almacén',
      location: 'Alzira',
      salary: { min: 17500, max: 19000, currency: 'EUR', period: 'year' },
    });
  });
});

describe("a public board's copy and a posting of several jobs", () => {
  it("reads a student job under the board's page word and its way back, with its hours label", () => {
    const text = [
      'Bundesagentur für Arbeit',
      'Jobsuche',
      'Stellenangebot',
      '',
      'Zurück zur Ergebnisliste',
      '',
      'Werkstudent (m/w/d) Einkauf',
      'Hollmann Pumpen GmbH',
      '',
      'Arbeitsort',
      '32052 Herford, Nordrhein-Westfalen, Deutschland',
      'Arbeitszeit',
      'Teilzeit - flexibel',
      '',
      'Hollmann Pumpen baut Kreiselpumpen für Brauereien und Molkereien.',
    ].join('\n');
    expect(written(text)).toMatchObject({
      company: 'Hollmann Pumpen GmbH',
      position: 'Werkstudent (m/w/d) Einkauf',
      employment: { type: 'part-time' },
    });
  });

  it('takes the first of numbered jobs, and no numbered section', () => {
    const jobs = [
      'LAVORA CON NOI',
      '',
      'Officine Brenta S.r.l. – stabilimento di Padova',
      '',
      'Per il reparto produzione:',
      '',
      '1) SALDATORE TIG',
      '- saldatura di strutture in acciaio inox',
      '',
      '2) MAGAZZINIERE',
      '- carico e scarico merci',
    ].join('\n');
    expect(written(jobs).position).toBe('Saldatore tig');
    const sections = ['Data Analyst', '', '1. ABOUT US', 'We make maps.', '', '2. THE TEAM', 'Five people.'].join('\n');
    expect(offered(sections, 'position')).not.toContain('About us');
  });

  it('reads an employer over its address and a register number without taking the number for the job', () => {
    const text = [
      'FERMA VERDE S.R.L.                                   ANUNȚ DE ANGAJARE',
      'Str. Morilor nr. 3, Arad, jud. Arad                  Nr. înreg. 118/02.12.2026',
      '',
      'Căutăm un operator de producție pentru linia de ambalare.',
    ].join('\n');
    expect(offered(text, 'position')).not.toContain('Nr. înreg. 118/02.12.2026');
  });

  it('cuts how long a contract runs off the title and reads IR35 as contract work, with its term', () => {
    const text = [
      '# Contract Platform Engineer (AWS) — 6 months',
      '',
      '**Tidewater Energy** · Bristol · Outside IR35 · £500–£550 per day',
      '',
      '*Posted by the platform team, 1 December 2026*',
      '',
      "Hi, I'm Priya and I lead the platform team at Tidewater. We supply electricity to 120,000 homes, and we're",
      'moving our billing platform to AWS. We need an extra pair of hands for the second half of that move.',
      '',
      'You would join a team of six; the rest of Tidewater sits two floors up.',
    ].join('\n');
    expect(written(text)).toMatchObject({
      position: 'Contract Platform Engineer (AWS)',
      employment: { type: 'contract', term: '6 months' },
    });
  });

  it('reads the pay before "plus" and the benefits after it', () => {
    expect(
      extractSalary('Pay is $18.00 - $21.00 per hour DOE, plus a monthly tip share, health insurance after 30 days.'),
    ).toMatchObject({ min: 18, max: 21, currency: 'USD', period: 'hour' });
  });

  it.each([
    ['an in-person role', 'This is an in-person role at our warehouse in Reno.', 'onsite'],
    ['a role said to be on site', 'The role is fully on-site at our lab.', 'onsite'],
  ])('reads %s', (_, sentence, workplace) => {
    // Below the first lines, where workplace words could be about anything.
    const duties = ['Prepare samples.', 'Run the assays.', 'Log results.', 'Clean the benches.', 'Order reagents.'];
    duties.push('Check the fridges.', 'Calibrate the pipettes.', 'Train new starters.', 'File the reports.');
    const text = ['Lab Technician', '', ...duties.flatMap((d) => [d, '']), sentence].join('\n');
    expect(written(text).workplace).toBe(workplace);
  });

  it('reads "Tage pro Woche mobil" as hybrid', () => {
    expect(extractWorkplace('Sie arbeiten bis zu drei Tage pro Woche mobil.')).toBe('hybrid');
  });
});

describe('pages of tracking systems and boards, their facts where they put them', () => {
  const ctx = defaultContext();
  const page = (title: string, body: string) =>
    `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;

  it('reads key facts in a <dl> whose terms are wrapped in <div>s, beside the main text', () => {
    const html = page(
      'Maintenance Scheduler – Larkfield Homes',
      `<main><article><h1>Maintenance Scheduler</h1><p>Larkfield Homes lets 5,000 homes in Sheffield. Our schedulers decide who goes where, and when, every day of the week.</p><p>You will plan the repairs of our team of 30 operatives and talk to tenants when visits move.</p></article></main>
       <aside class="sidebar"><dl class="key-facts">
         <div><dt>Salary</dt><dd>£27,100 – £29,800 per annum</dd></div>
         <div><dt>Hours</dt><dd>Full time, 37 hours per week</dd></div>
         <div><dt>Closing date</dt><dd>Friday 18th December 2026</dd></div>
       </dl></aside>`,
    );
    expect(buildNote(unit('larkfield.html', html), ctx).frontmatter).toMatchObject({
      salary: { min: 27100, max: 29800, currency: 'GBP', period: 'year' },
      employment: { type: 'full-time' },
      deadline: '2026-12-18',
    });
  });

  it('reads a tracking system\'s attributes and a board\'s summary list, and the job before "job in <place>"', () => {
    const attributes = page(
      'Kiln Operator - Copperleaf Pottery',
      `<main><h1>Kiln Operator</h1><div title="Location" class="job-attribute">Asheville, NC</div><div title="Type" class="job-attribute">Full Time</div>
       <div class="description"><p>Copperleaf Pottery fires about 2,000 pieces a week in two gas kilns and one electric kiln.</p><p>You will load, fire and unload the kilns and keep the firing log.</p></div></main>`,
    );
    expect(buildNote(unit('kiln.html', attributes), ctx).frontmatter).toMatchObject({
      location: 'Asheville, NC',
      employment: { type: 'full-time' },
    });
    const summary = page(
      'Tax Senior job in Leeds - Brightwater & Co LLP - Totaljobs',
      `<main><div class="job-ad-header"><h1>Tax Senior</h1><div class="company"><a href="/c">Brightwater & Co LLP</a></div>
       <ul class="job-ad-summary"><li class="location">Leeds (LS1)</li><li class="job-type">Permanent</li><li class="hours">Full Time</li></ul></div>
       <div class="job-description"><p>Brightwater & Co is a firm of 60 in Leeds. You will prepare returns for owner-managed businesses.</p><p>Training towards CTA is paid.</p></div></main>`,
    );
    expect(buildNote(unit('totaljobs.html', summary), ctx).frontmatter).toMatchObject({
      position: 'Tax Senior',
      employment: { type: 'full-time' },
    });
  });

  it("reads Taleo's country-region-town location and its posting end date", () => {
    const html = page(
      'Stellenbeschreibung - Aktuar (m/w/d)',
      `<main><h1>Aktuar (m/w/d) Schaden</h1><table class="jobdetailtable">
         <tr><th>Primärer Standort</th><td>Deutschland-Bayern-Nürnberg</td></tr>
         <tr><th>Organisation</th><td>Frankenland Versicherung AG</td></tr>
         <tr><th>Ablaufdatum der Stellenausschreibung</th><td>20.12.2026, 23:59:00</td></tr>
       </table><h2>Ihre Aufgaben</h2><p>Sie kalkulieren Tarife für die Kfz- und Haftpflichtversicherung und begleiten sie bis zur Einführung.</p></main>`,
    );
    expect(buildNote(unit('taleo.html', html), ctx).frontmatter).toMatchObject({
      location: 'Nürnberg',
      deadline: '2026-12-20',
    });
  });
});

describe('remote boards, Nordic spellings, Dutch postings and imprints', () => {
  it("reads a remote board's name before its menu, and a remote job's region", () => {
    const text = [
      '[Remote OK](https://remoteok.com/) 🌏 · Post a job · Hire remote talent · Log in',
      '',
      '# Technical Writer',
      '',
      '**Ledgerleaf** · 🌏 Worldwide · 💰 $80k - $100k · ⏰ Full-time',
      '',
      'Ledgerleaf is a small API company. Ledgerleaf needs someone to make its docs less dry.',
    ].join('\n');
    expect(written(text)).toMatchObject({ source: 'Remote OK', location: 'Worldwide', company: 'Ledgerleaf' });
  });

  it.each([
    ['Aarhus', 'Aarhus'],
    ['Koeln', 'Koeln'],
  ])('knows %s, a town written without its letter å, ö', (name, place) => {
    expect(placeIn(name)).toBe(place);
  });

  it('reads a header whose employer carries a slashed legal form, and a home-office day as hybrid', () => {
    const text = [
      'Logistics Planner',
      'Nordhavn Winches A/S',
      'Aarhus',
      '',
      'Nordhavn Winches builds deck winches. Your desk is at our harbour office, with one home-office day a week.',
    ].join('\n');
    expect(written(text)).toMatchObject({
      company: 'Nordhavn Winches A/S',
      location: 'Aarhus',
      workplace: 'hybrid',
    });
  });

  it('reads Dutch language skills, not the ones "een pré"', () => {
    expect(written('Ontwikkelaar\n\n- Je spreekt en schrijft goed Nederlands\n').languages).toEqual(['Dutch']);
    expect(written('Ontwikkelaar\n\n- Je spreekt goed Engels. Duits is een pré.\n').languages).toEqual(['English']);
  });

  it("reads the employer from its imprint, never hours from a details line, and a home page's slashed trail", () => {
    const text = [
      '[Home](/) / [Werken bij](/werken-bij) / Monteur',
      '',
      'MONTEUR ZONNEPANELEN',
      'Zwolle · 40 uur · mbo 3',
      '',
      'Ben jij de monteur die een dak op gaat zonder te twijfelen?',
      '',
      'Solliciteer via het formulier op onze website.',
      '',
      'Zonnig Dak B.V. · Industrieweg 12 · 8011 AB Zwolle · KvK 12345678',
    ].join('\n');
    const values = written(text);
    expect(values.company).toBe('Zonnig Dak B.V.');
    expect(offered(text, 'company')).not.toContain('40 uur');
  });
});

describe('remote statements, Korean pay and internships', () => {
  it('reads "Fully remote within the UK" as remote work', () => {
    const duties = ['Answer calls.', 'Write up bugs.', 'Update the help centre.', 'Train new bakeries.'];
    duties.push('Test releases.', 'Tidy the macros.', 'Read the logs.', 'Call back.');
    const text = ['Support Specialist', '', ...duties.flatMap((d) => [d, '']), '– Fully remote within the UK.'].join(
      '\n',
    );
    expect(written(text).workplace).toBe('remote');
  });

  it.each([
    [
      '월 before the figure',
      '- 급여: 월 250만 원 (세전)',
      { min: 2500000, max: 2500000, currency: 'KRW', period: 'month' },
    ],
  ])('reads %s as a month', (_, line, pay) => {
    expect(extractSalary(line)).toEqual(pay);
  });

  it.each([
    ['Korean', '근무 형태: 체험형 인턴 (3개월)'],
    ['Indonesian', 'Program magang 6 bulan di Jakarta'],
  ])('reads an internship in %s', (_, line) => {
    expect(extractEmployment(line)).toEqual({ type: 'internship' });
  });
});

describe('faults the held-out half of round 11 showed', () => {
  it('takes no menu item for a label in a menu copied a line each, and keeps a list of bare labels', () => {
    const menu = ['jobs.ch', 'Jobs finden', 'Unternehmen', 'Lohnrechner', 'Karriere-Tipps', '', 'Elektriker EFZ'].join(
      '\n',
    );
    expect(offered(menu, 'company')).not.toContain('Lohnrechner');
    const fields = ['Company', 'Acme Robotics', 'Location', 'Berlin', 'Type', 'Full-time', '', 'We build robots.'].join(
      '\n',
    );
    expect(offered(fields, 'company')).toContain('Acme Robotics');
  });

  it('never takes a count of jobs for the job', () => {
    expect(written("# We're hiring three engineers in Bristol\n\nNorthwick sells tickets.\n").position).toBeUndefined();
  });

  it("reads a board's category over its job as a trail, the job its last crumb", () => {
    const text = [
      '[We Work Remotely](https://weworkremotely.com) · Categories · Remote Companies · Post a Job · Log In',
      '',
      '**Customer Support** › Technical Support Engineer',
      '',
      '# Technical Support Engineer',
      '',
      'Pebbleworks makes invoicing software. Pebbleworks needs an engineer who likes customers.',
    ].join('\n');
    expect(offered(text, 'position')).not.toContain('Customer Support › Technical Support Engineer');
  });
});

describe("a tracking system's company block and a heading by its class", () => {
  const ctx = defaultContext();
  it("names the employer by its logo's alt text when the block holds only links that say where they go, and reads a job's h2", () => {
    const html = `<!doctype html><html><head><title>Tester automatyzujący (Mid) - Brzask Logistics - Comeet</title></head><body>
      <div class="company-header"><img src="/logo.png" alt="Brzask Logistics"><a href="/jobs">Wszystkie oferty</a> <a href="https://brzask.example">Strona firmy</a></div>
      <div class="position-container"><h2 class="positionName">Tester automatyzujący (Mid)</h2>
      <div class="description"><p>Brzask Logistics planuje trasy dla 400 ciężarówek. Szukamy testera, który napisze testy do naszej aplikacji dla kierowców.</p><p>Praca w Warszawie.</p></div></div></body></html>`;
    expect(buildNote(unit('comeet.html', html), ctx).frontmatter).toMatchObject({
      company: 'Brzask Logistics',
      position: 'Tester automatyzujący (Mid)',
    });
  });
});

describe('a search engine’s job panel, lists of towns and an employer with its town', () => {
  it("reads a search engine's job panel past the engine's name and the words searched for, and its first source", () => {
    const text = [
      'Google',
      'contable valencia',
      'Todo   Empleos   Imágenes   Noticias   Más',
      '',
      'Empleos',
      'Contable sénior',
      'Frutas Albufera S.L.',
      'Valencia, España • a través de InfoJobs',
      'Hace 2 días   Jornada completa   30.000–34.000 € al año',
      '',
      'Empleos similares',
      'Auxiliar contable – Hortícola Turia S.L. – Paterna – a través de LinkedIn',
    ].join('\n');
    expect(buildNote(unit('panel.txt', text), defaultContext()).frontmatter).toMatchObject({
      company: 'Frutas Albufera S.L.',
      position: 'Contable sénior',
      source: 'InfoJobs',
    });
  });

  it('takes no location from a list of the towns an employer works in', () => {
    const text = 'Repartimos 9.000 envíos al día en Valencia, Sevilla y Zaragoza para tiendas online.';
    expect(offered(`Coordinador/a\n\n${text}\n`, 'location')).toEqual([]);
  });

  it("reads a page's company element without the town after it", () => {
    const html = `<!doctype html><html><head><title>Svejser - Nørholm Stål A/S - Jobindex</title></head><body><main>
      <h1>Svejser</h1><p class="jobad-company">Nørholm Stål A/S, Odense SØ</p>
      <div class="jobad-text"><p>Nørholm Stål A/S svejser rammer til landbrugsmaskiner. Vi søger en svejser til dagholdet.</p><p>Du har erfaring med MIG/MAG.</p></div></main></body></html>`;
    expect(buildNote(unit('jobindex.html', html), defaultContext()).frontmatter).toMatchObject({
      company: 'Nørholm Stål A/S',
    });
  });
});

describe("a startup board's menu and its job's details under the company card", () => {
  it('skips menu items no word list knows, and reads the place and workplace under the job', () => {
    const text = [
      'Otta',
      'Jobs',
      'Companies',
      'Shortlist',
      'Matches',
      'Profile',
      '',
      '← Back to matches',
      '',
      'Larchmont Energy',
      'Larchmont Energy helps landlords fit heat pumps',
      'Series A · 45 employees · ClimateTech',
      '',
      'Data Analyst, Operations',
      'Manchester · Hybrid',
      '£42,000 – £50,000',
    ].join('\n');
    expect(written(text)).toMatchObject({
      company: 'Larchmont Energy',
      position: 'Data Analyst, Operations',
      location: 'Manchester',
      workplace: 'hybrid',
    });
  });
});

describe("a remote board's details line", () => {
  it('reads a pinned place among the parts of a line, without "Only"', () => {
    const text = [
      'Support Engineer',
      '',
      'Posted Nov 24 · 📍 Americas Only · ⏰ Full-Time',
      '',
      'Help our customers.',
    ].join('\n');
    expect(offered(text, 'location')).toContain('Americas');
  });
});

describe("the UK government's board and spans of time", () => {
  it('reads a GOV.UK Find a job copy past its banner, with the board as the source', () => {
    const text = [
      'Skip to main content',
      'GOV.UK',
      'Find a job',
      'Sign in',
      '',
      'BETA This is a new service – your feedback will help us to improve it.',
      '',
      'Back to search results',
      '',
      'Tenancy Support Officer',
      '',
      'Closing date: 18 December 2026',
      'Location: Leeds, West Yorkshire',
      'Company: Aire Valley Homes',
      'Salary: £26,100 to £28,300 per year',
    ].join('\n');
    expect(buildNote(unit('govuk.txt', text), defaultContext()).frontmatter).toMatchObject({
      position: 'Tenancy Support Officer',
      company: 'Aire Valley Homes',
      source: 'Find a job',
    });
  });

  it('takes no span of time from now for a date ("de 30 minutes", "in 3 days")', () => {
    expect(
      dayIn('Répondez avant le 15/12. Un premier échange de 30 minutes avec notre CTO.', { language: 'fra' }),
    ).toBeUndefined();
    expect(dayIn('Applications close in 3 days.', { language: 'eng' })).toBeUndefined();
  });
});
