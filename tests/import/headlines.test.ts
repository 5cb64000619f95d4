import { describe, expect, it } from 'vitest';
import { buildNote, PLACEHOLDER } from '../../src/import/build-note.ts';
import { explainKind } from '../../src/import/detect-kind.ts';
import { resolve } from '../../src/import/evidence.ts';
import { readHtmlPage } from '../../src/import/html-page.ts';
import { mapProperties } from '../../src/import/notion-properties.ts';
import { extractEmployment, extractWorkplace } from '../../src/import/posting-extract.ts';
import { readMarkdownSource } from '../../src/import/markdown-source.ts';
import { proposeFromText, tidyCandidate } from '../../src/import/propose.ts';
import { defaultContext } from './helpers.ts';

/** What the text readers write (not only offer) for a pasted posting. */
const written = (text: string) => {
  const { values } = resolve(proposeFromText(text).flatMap((c) => tidyCandidate(c) ?? []));
  return { company: values.company, position: values.position, location: values.location, url: values.url };
};

describe('a headline names the job on its own when it reads as one', () => {
  it.each([
    [
      'a role noun in a heading over a labelled employer',
      '# Junior Localization Specialist (Remote)\n\nCompany: Vistula Soft Sp. z o.o.\n\nWe localize accounting software.',
      { position: 'Junior Localization Specialist', company: 'Vistula Soft Sp. z o.o.' },
    ],
    [
      'a title without a role noun of the lexicon over a block of labelled fields',
      'Coordinador/a de Almacén\n\nEmpresa: Transportes Ebro S.L.\nUbicación: Zaragoza\nJornada: completa\n\nBuscamos a alguien organizado.',
      { position: 'Coordinador/a de Almacén', company: 'Transportes Ebro S.L.', location: 'Zaragoza' },
    ],
    [
      'a job beside a registered name, job word or not, the name ending in a dot',
      'Agente Commerciale Senior – Vetreria Murano S.r.l.\nSede di lavoro: Venezia\n\nCerchiamo un agente.',
      { position: 'Agente Commerciale Senior', company: 'Vetreria Murano S.r.l.' },
    ],
    [
      'a generic first line (Romanian) over the job',
      'Anunț de angajare\n\nOperator CNC\n\nFabrica Someș SRL angajează operatori pentru tura de zi.',
      { position: 'Operator CNC' },
    ],
    [
      'a first line that is a hiring sentence, the job without a job word',
      'Atelier Brocéliande recrute un(e) tapissier confirmé(e)\n\nNotre atelier de Rennes restaure des sièges anciens.',
      { company: 'Atelier Brocéliande', position: 'tapissier confirmé(e)' },
    ],
    [
      "the same with a lower-case legal form in the employer's name",
      'Osteria Borgo Antico srl cerca PIZZAIOLO/A\nSede di lavoro: Lucca\n\nSiamo una osteria nel centro storico.',
      { position: 'PIZZAIOLO/A' },
    ],
    [
      'a title with its town after a comma',
      'Staff Nurse for the day ward, Karlstad\n\nVårdhuset Linden AB is looking for a nurse for its ward in Karlstad.\nApply by 2026-12-20.',
      { position: 'Staff Nurse for the day ward', location: 'Karlstad' },
    ],
  ])('%s', (_, text, want) => {
    expect(written(text)).toMatchObject(want);
  });

  it.each([
    // A tagline is no title: the job stays for review.
    ['Making cold chains visible.\nFrostline is a start-up in Helsinki.\nWe need someone for our sensors.'],
    // One short line over prose (no labelled fields, no role noun) is not enough to name a job.
    ['Kaffeklubben\n\nVi har möte på torsdag om nya rutiner i köket.'],
    // A hiring sentence further down, without a job word, names no job: only a headline does.
    ['Rennes, 12 mai\n\nAtelier Brocéliande recrute un(e) tapissier confirmé(e) pour son atelier.'],
  ])('%j names no job', (text) => {
    expect(written(text).position).toBeUndefined();
  });
});

it('reads no town from a title whose last part is a team named like one (Mobile, Alabama), said nowhere else', () => {
  const text = 'Product Designer, Mobile\nSkovlund Health\nAarhus, Denmark (Hybrid)\n\nWe make the app Danes use.';
  expect(written(text).location).toBe('Aarhus, Denmark');
});

describe('a post copied from a forum thread', () => {
  it('reads the hiring line under the thread title and the comment header', () => {
    const text = [
      'Ask HN: Who is hiring? (January 2027)',
      '',
      'quaysoft_cto 3 hours ago | parent | next [–]',
      '',
      'Quaysoft | Backend Engineer (Rust) | REMOTE (EU time zones, UTC to UTC+2) | Full-time | €80k–€95k',
      '',
      'We build booking software for small marinas.',
      '',
      'Apply: https://quaysoft.example/jobs/backend or write to jobs@quaysoft.example',
    ].join('\n');
    expect(written(text)).toEqual({
      company: 'Quaysoft',
      position: 'Backend Engineer (Rust)',
      location: 'EU',
      url: 'https://quaysoft.example/jobs/backend',
    });
  });

  it('does not take a posting\'s own "Posted 5 days ago" for a comment header', () => {
    const text =
      'Harbour Freight Tools\n\nDispatch Planner\n\nBoston · Full time\n\nPosted 5 days ago\n\nHarbour Freight Tools runs depots.';
    expect(written(text).position).toBe('Dispatch Planner');
  });
});

describe("a web clipper's front matter", () => {
  it('takes `source:` with an address as the url, for a posting and for an article', () => {
    const md = readMarkdownSource(
      '---\ntitle: "Data Analyst - Pebble & Pine"\nsource: "https://jobs.lever.co/pebble/1234"\ncreated: 2026-11-28\n---\nBody\n',
    );
    const ctx = defaultContext('/tmp/dossier-headlines');
    expect(mapProperties('application', md.properties, ctx).fields).toMatchObject({
      url: 'https://jobs.lever.co/pebble/1234',
    });
    expect(mapProperties('application', md.properties, ctx).fields.source).toBeUndefined();
    expect(mapProperties('article', md.properties, ctx).fields).toMatchObject({
      url: 'https://jobs.lever.co/pebble/1234',
    });
    // A source that names a place is still the source.
    expect(mapProperties('application', [{ key: 'source', value: 'LinkedIn' }], ctx).fields).toEqual({
      source: 'LinkedIn',
    });
  });
});

describe('what a source is, from the signs it gives', () => {
  const newsletter = [
    'From: Remote Weekly <hello@remoteweekly.example>',
    'Subject: Remote Weekly #58 - async stand-ups',
    '',
    'View this email in your browser: https://remoteweekly.example/archive/58',
    '',
    'REMOTE WEEKLY',
    'Issue #58 · 23 March 2027',
    '',
    'Hey friends,',
    '',
    'This week I asked four teams how their stand-ups went once they wrote them down. I expected chaos. I found that I was wrong, and I want to tell you why I changed my mind about it.',
    '',
    'Two of the teams dropped the meeting altogether and post a short note each morning instead. The other two kept a weekly call for the things that need a conversation. None of them went back.',
    '',
    "What they share is dull: they wrote down what a good update looks like, and they read each other's notes before lunch. If you are interviewing with a remote team, ask to see one week of their written updates.",
    '',
    'One more thing I learned: the teams that kept their updates short were the ones that kept them at all. I tried it myself for a month and I can tell you it is harder than it sounds; my own notes grew longer every week until a colleague asked me to stop.',
    '',
    'JOBS I LIKE',
    '* Senior Android Engineer at Quillby (Remote, EU) - €75k-€90k',
  ].join('\n');
  const blogPosting = [
    'Velloway connects small shops with couriers. Salary €68,000–€82,000, remote within Germany.',
    '',
    'I am the CTO and I started this company in 2022 with two friends; I write this post myself because I think job boards say too little about what the work is.',
    '',
    'How to apply: send a note to jobs@velloway.example.',
  ].join('\n');
  it.each([
    ['a newsletter issue saved as an e-mail', newsletter, ['From', 'Subject'], {}, 'article'],
    [
      "a blog post whose front matter's title says it is hiring",
      blogPosting,
      ['title', 'Published', 'author'],
      { frontMatter: true, page: { title: "We're hiring: Backend Engineer (Elixir)" } },
      'application',
    ],
  ] as const)('%s', (_, text, keys, opts, kind) => {
    expect(explainKind(text, [...keys], opts).kind).toBe(kind);
  });

  it('a news page that states its publication time is an article, however much it says about hiring', () => {
    const text = [
      'Port employers chase 4,000 workers',
      '',
      "Employers in and around the port have more than 4,000 open vacancies, according to figures published on Wednesday by the regional employers' association. That is almost twice as many as two years ago.",
      '',
      'The shortages are sharpest for crane operators and planners. "We used to get forty applications for a planner\'s job. Now we get four," said Marieke Bos, HR director at a terminal operator that is looking for twelve planners.',
      '',
      'To compete, several firms have raised pay: new crane operators now start at €3,650 a month, up from €3,300 last year.',
    ].join('\n');
    const page = {
      ogArticle: true,
      title: 'Port employers chase 4,000 workers | Maasstad Daily',
      siteName: 'Maasstad Daily',
    };
    expect(explainKind(text, [], { page }).kind).toBe('application');
    expect(explainKind(text, [], { page: { ...page, newsTime: true } }).kind).toBe('article');
  });
});

describe("a board's page copied as text, its chrome above the posting", () => {
  it.each([
    [
      'a menu, a breadcrumb whose last crumb is the title, a pay line',
      [
        'Tyopaikat.example  |  Avoimet työpaikat  |  Kirjaudu',
        'Etusivu › Työpaikat › Oulu › Laborantti, elintarvikelaboratorio',
        'Laborantti, elintarvikelaboratorio',
        'Pohjolan Maito Oy',
        'Oulu',
        '3 100–3 600 € / kk',
        'Haemme laboranttia laboratorioomme.',
      ],
      {
        position: 'Laborantti, elintarvikelaboratorio',
        salary: { min: 3100, max: 3600, currency: 'EUR', period: 'month' },
      },
    ],
    [
      'a back link, a legal form before the name, a pay line with Rp and bulan',
      [
        'Kembali ke hasil pencarian',
        'Back to search results',
        'Staf Gudang',
        'PT Laut Biru Sejahtera',
        'Makassar, Sulawesi Selatan, Indonesia',
        'Rp 4.200.000 - 5.000.000 / bulan',
        'Penuh Waktu · Kerja di kantor',
        'PT Laut Biru Sejahtera adalah distributor makanan beku.',
      ],
      {
        company: 'PT Laut Biru Sejahtera',
        position: 'Staf Gudang',
        salary: { min: 4200000, max: 5000000, currency: 'IDR', period: 'month' },
      },
    ],
    [
      'a breadcrumb that files the job under its town, the town said nowhere else near the top',
      [
        'Соискателям   Работодателям   Помощь   Войти',
        'Вакансии > Екатеринбург > Бухгалтер',
        'Бухгалтер по расчёту заработной платы',
        'от 90 000 ₽ на руки',
        'Мы — сеть аптек, нам 12 лет.',
      ],
      { location: 'Екатеринбург' },
    ],
    [
      "a board's header with the posting date under it; Dutch 'en' is 'and', not 'in'",
      [
        'Home > Vacatures > Techniek',
        'Monteur koudetechniek (F-gassen)',
        'Koelservice Oost B.V.  ·  Deventer',
        'Geplaatst op 3 mei 2027',
        '€ 2.800 - € 3.600 per maand',
        'Onze klanten zitten tussen Zutphen en Apeldoorn.',
      ],
      { company: 'Koelservice Oost B.V.', position: 'Monteur koudetechniek (F-gassen)', location: 'Deventer' },
    ],
    [
      "a board's rating after the employer's name",
      [
        'Auxiliar Contable',
        'Papelera del Norte, S.A. de C.V.   ★ 3.9 (12 evaluaciones)',
        'Monterrey, Nuevo León',
        'Empresa regiomontana con 40 años en el mercado.',
      ],
      { company: 'Papelera del Norte, S.A. de C.V.', position: 'Auxiliar Contable' },
    ],
    [
      "a government site's domain in capitals above the board's name",
      ['GOV.UK', 'Civil Service Jobs', 'Policy Adviser', 'Department for Rural Affairs', 'Leeds · Full-time'],
      { source: 'Civil Service Jobs', position: 'Policy Adviser' },
    ],
    [
      'a line of details ending in a pay range with an en dash',
      ['Junior Designer', 'Leeds · Full-time · £24,000 – £27,000', 'We are a studio of nine people.'],
      { salary: { min: 24000, max: 27000, currency: 'GBP', period: 'year' } },
    ],
    [
      'a pay line in pesos under the title, the country said further down',
      [
        'Auxiliar de Almacén',
        'Logística Sierra Madre, S.A. de C.V.',
        'Apodaca, Nuevo León',
        '$12,500.00 - $14,000.00 (Mensual)',
        'Empresa mexicana de distribución busca auxiliar de almacén.',
      ],
      { salary: { min: 12500, max: 14000, currency: 'MXN', period: 'month' } },
    ],
    [
      "a board's labels on lines of their own, without a colon",
      [
        'Lagerarbetare till dagskift',
        'Sörgårds Logistik AB',
        'Omfattning',
        'Heltid',
        'Kommun',
        'Växjö',
        'Om jobbet',
        'Vi söker lagerarbetare till vårt lager i Växjö.',
      ],
      { location: 'Växjö', employment: 'full-time' },
    ],
  ])('%s', (_, lines, want) => {
    const text = lines.join('\n');
    const { values } = resolve(proposeFromText(text).flatMap((c) => tidyCandidate(c) ?? []));
    const employment = values.employment as { type?: string } | string | undefined;
    expect({
      ...values,
      employment: typeof employment === 'object' ? employment.type : employment,
    }).toMatchObject(want);
  });

  it.each([
    ['hh.ru — Работа найдётся для каждого\nСоискателям   Работодателям   Войти\nАналитик данных\nООО «Сокол»', 'hh.ru'],
    // A board's name with its slogan; a board's national site.
    [
      'Green - IT/Web業界の求人・転職サイト\n求人を探す　企業を探す　ログイン\nデータエンジニア\n株式会社ミナト',
      'Green',
    ],
    [
      'Computrabajo México      Empleos   Empresas   Ingresar\nAuxiliar Contable\nPapelera del Norte, S.A. de C.V.',
      'Computrabajo',
    ],
    ['Glints  Lowongan Kerja  Perusahaan  Masuk | Daftar\nStaf Gudang\nPT Laut Biru', 'Glints'],
    ['USAJOBS\nHydrologist\nOffice of Mapping', 'USAJOBS'],
  ])('names the board whose chrome heads the copy: %j', (text, board) => {
    const { values } = resolve(proposeFromText(text).flatMap((c) => tidyCandidate(c) ?? []));
    expect(values.source).toBe(board);
  });

  it('keeps a first line that is a hiring line, not a menu', () => {
    const text = 'Quaysoft | Backend Engineer | Salzburg | ONSITE | Full time | €42k+\n\nWe build booking software.';
    expect(written(text)).toMatchObject({ company: 'Quaysoft', position: 'Backend Engineer' });
  });
});

describe('pages and postings that said one thing and were read as another', () => {
  it("takes no company from a heading whose class styles the company's font (Teamtailor)", () => {
    const page = readHtmlPage(
      '<html><head><title>Senior Legal Counsel - Fjärrvik</title></head><body><h1 class="font-company-header">Senior Legal Counsel</h1><p class="company-name">Fjärrvik</p></body></html>',
    );
    expect(page.hints.h1).toBe('Senior Legal Counsel');
    expect(page.hints.company).toBe('Fjärrvik');
    const bare = readHtmlPage('<html><body><h1 class="font-company-header">Senior Legal Counsel</h1></body></html>');
    expect(bare.hints.company).toBeUndefined();
  });

  it.each([
    ['Hybrid Remote', 'hybrid'],
    ['Remote (hybrid, two days in Malmö)', 'hybrid'],
    ['Fully Remote', 'remote'],
  ])('workplace of %j is %j', (text, want) => {
    expect(extractWorkplace(text)).toBe(want);
  });

  it("an agency's posting for a client it does not name has no employer, not the agency", () => {
    const text = [
      'Payroll Manager - Leading Fintech - Leeds | Brindle Recruitment',
      '',
      'Payroll Manager',
      'Location: Leeds',
      'Salary: £55,000 - £60,000',
      '',
      'Brindle Recruitment is delighted to be partnering with a fintech business. Our client pays 2,000 small firms.',
    ].join('\n');
    const unit = { label: 'payroll-manager.txt', name: 'payroll-manager.txt', format: 'page' as const, text };
    const note = buildNote(unit, defaultContext('/tmp/dossier-headlines'));
    expect(note.frontmatter).toMatchObject({ position: 'Payroll Manager', company: 'Unknown company' });
    expect(note.frontmatter.review).toContain('company');
  });
});

describe('languages a posting asks for, in more of the ways postings say it', () => {
  /** The languages the text readers write. */
  const languages = (text: string) =>
    resolve(proposeFromText(text).flatMap((c) => tidyCandidate(c) ?? [])).values.languages;
  it.each([
    ["- You're comfortable presenting your work in English. Danish is a plus.", ['English']],
    ["- English: we work in English. Dutch isn't needed.", ['English']],
    [
      '- sujuvaa suomen kielen taitoa sekä hyvää englannin kielen taitoa\n- ruotsin kielen taito katsotaan eduksi',
      ['Finnish', 'English'],
    ],
    ['- kan kommunicera på svenska i tal och skrift', ['Swedish']],
    ['• Английский — не ниже Intermediate', ['English']],
    ['- Mampu berbahasa Inggris secara pasif merupakan nilai tambah', undefined],
  ])('%j', (text, want) => {
    expect(languages(text)).toEqual(want);
  });
});

describe("the one lexicon's words for the kind of work and where, read by the posting extractors", () => {
  it.each([
    ['Penuh Waktu · Kerja di kantor', 'full-time', 'onsite'],
    ['Πλήρης απασχόληση, τηλεργασία', 'full-time', 'remote'],
    ['Teljes munkaidő, hibrid', 'full-time', 'hybrid'],
    ['Normă întreagă, la birou', 'full-time', 'onsite'],
    ['Työaika: Kokoaikatyö. Hybridityö', 'full-time', 'hybrid'],
    ['Lavoro in sede, tempo pieno', 'full-time', 'onsite'],
    ['een vast contract en twee dagen per week thuiswerken', 'full-time', 'hybrid'],
  ])('%j', (text, employment, workplace) => {
    expect(extractEmployment(text)?.type).toBe(employment);
    expect(extractWorkplace(text)).toBe(workplace);
  });
});

describe("pay that is not the employer's", () => {
  it("reads no pay from a site's estimate, nor from a board's list of similar jobs", () => {
    const text = [
      'Elektroniker (m/w/d)',
      'Rheinbrück Anlagenbau GmbH',
      'Köln · Vollzeit',
      '',
      'Ihre Aufgaben: Wartung unserer Anlagen im Schichtbetrieb.',
      '',
      'JobPortal-Gehaltsschätzung für diesen Job: 3.400 € – 4.100 € / Monat',
      '',
      'Ähnliche Jobs in Köln',
      'Mechatroniker (m/w/d) · Domstadt Technik GmbH · Köln · 3.600 € – 4.200 €',
      'Elektriker (m/w/d) · Kölner Gebäudedienst · Köln · ab 18,50 €/Std.',
    ].join('\n');
    const unit = { label: 'elektroniker.txt', name: 'elektroniker.txt', format: 'page' as const, text };
    const note = buildNote(unit, defaultContext('/tmp/dossier-headlines'));
    expect(note.frontmatter.salary).toBeUndefined();
    expect(note.frontmatter).toMatchObject({ company: 'Rheinbrück Anlagenbau GmbH', location: 'Köln' });
  });
});

describe('the jobs a board lists under the posting are not its facts', () => {
  it.each([
    ['Ces entreprises recrutent aussi', '**Brasserie Vauban** — Serveur · Lille · CDD'],
    ['These companies are also hiring', 'Harbour Kitchen — Line Cook · Leeds · Fixed-term contract'],
    ['Diese Unternehmen suchen auch', 'Café Adler — Servicekraft · Köln · befristet'],
    ['Estas empresas también contratan', 'Mesón Ría — Camarero · Vigo · contrato temporal'],
  ])('a permanent job over "%s" stays full-time', (heading, other) => {
    const text = [
      'Cuisinier (H/F)',
      'Le Relais Fleuri',
      '',
      'Nous recherchons un cuisinier pour notre restaurant.',
      '',
      '## Profil',
      '- Deux ans d’expérience en cuisine',
      '',
      'Contrat en CDI à temps plein, 39 heures par semaine.',
      '',
      'Postuler : envoyez votre CV.',
      '',
      `### ${heading}`,
      '',
      other,
    ].join('\n');
    const note = buildNote({ label: 'p.txt', name: 'p.txt', format: 'page', text, origin: 'p.txt' }, defaultContext());
    expect(note.frontmatter.employment).toEqual({ type: 'full-time' });
  });
});

describe("an agency's posting: the client it names is the employer, the agency never is", () => {
  const posting = (agency: string, intro: string) =>
    [
      'Accounts Assistant',
      agency,
      '',
      'Leeds · £13 - £15 per hour · Temporary',
      '',
      intro,
      '',
      '## Your new role',
      '- Processing supplier invoices',
      '- Bank reconciliations',
      '',
      'This is a temporary assignment for an initial 3 months.',
      '',
      'Apply now to find out more.',
    ].join('\n');
  const note = (agency: string, intro: string) =>
    buildNote(
      { label: 'p.txt', name: 'p.txt', format: 'page', text: posting(agency, intro), origin: 'p.txt' },
      defaultContext(),
    ).frontmatter;

  it.each([
    [
      'Hays Accountancy & Finance',
      'Hays are delighted to be partnering with Aire Valley Housing Association, who are looking for an Accounts Assistant.',
      'Aire Valley Housing Association',
    ],
    [
      'Northpoint Recruitment',
      'We are recruiting on behalf of our client, Kelda Foods, a family-run bakery in Leeds.',
      'Kelda Foods',
    ],
    // No client named: no employer, rather than the agency.
    [
      'Randstad',
      'Our client, a growing manufacturer in Leeds, is looking for an Accounts Assistant.',
      PLACEHOLDER.company,
    ],
    ['Adecco', 'Für unseren Kunden suchen wir eine Buchhaltungskraft.', PLACEHOLDER.company],
  ])('%s: %j', (agency, intro, company) => {
    const fm = note(agency, intro);
    expect(fm.company).toBe(company);
    expect(fm.employment).toMatchObject({ type: 'contract' });
  });
});

describe('a labelled line whose label has an article', () => {
  it.each([
    ['The role: Head of Logistics', 'Head of Logistics'],
    ['The position: Senior Buyer', 'Senior Buyer'],
  ])('%j', (line, position) => {
    const text = `Hi Sam,\n\nI am working on a search you may like.\n\n${line}\n- Leading a team of 30\n\nBest, Jo`;
    expect(
      proposeFromText(text).some((c) => c.field === 'position' && c.value === position && c.origin === 'label'),
    ).toBe(true);
  });
});
