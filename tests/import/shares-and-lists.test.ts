import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/import/article-extract.ts';
import { buildNote } from '../../src/import/build-note.ts';
import { readHtmlPage } from '../../src/import/html-page.ts';
import { placeAtStart } from '../../src/import/places.ts';
import { extractEmployment, extractWorkplace } from '../../src/import/posting-extract.ts';
import { listRows, splitTitleParts, titlePart } from '../../src/import/propose.ts';
import { isSiteName } from '../../src/import/source-cues.ts';
import { readCellDate } from '../../src/import/tracker.ts';
import { stageOfStatus } from '../../src/import/vocabulary.ts';
import { extractSalary } from '../../src/import/salary.ts';
import { expectLinear } from '../helpers/linear.ts';
import { defaultContext, offered, unit, written } from './helpers.ts';

// Round 12's shapes, in postings written for these tests: the text a phone's share sheet puts over a job, a
// careers page that lists its jobs in a table over the one opened, and the terms of a job read as its employer.

describe("a phone's share sheet", () => {
  it('reads the job, the employer, the address and the board from the share line and the link under it', () => {
    const text = [
      'Check out this job at Marlowe Cold Chain: Warehouse Shift Lead',
      'https://www.linkedin.com/jobs/view/4188820417',
      '',
      'Warehouse Shift Lead',
      'Marlowe Cold Chain · Bristol, England, United Kingdom (On-site)',
      '',
      'About the job',
      "We're hiring a Warehouse Shift Lead to run the night crew at our chilled depot near Avonmouth.",
    ].join('\n');
    expect(written(text)).toMatchObject({
      position: 'Warehouse Shift Lead',
      company: 'Marlowe Cold Chain',
      url: 'https://www.linkedin.com/jobs/view/4188820417',
      source: 'LinkedIn',
    });
  });

  it('in another language, where the board named in the lead-in is never the employer', () => {
    const text = [
      'Schau dir diesen Job auf XING an: Disponent (m/w/d) Stückgut',
      'https://www.xing.com/jobs/bremen-disponent-stueckgut-139920114',
      '',
      'Disponent (m/w/d) Stückgut',
      'Weserkai Logistik GmbH',
      'Bremen',
      'Vollzeit',
    ].join('\n');
    const values = written(text);
    expect(values).toMatchObject({ position: 'Disponent (m/w/d) Stückgut', source: 'XING' });
    expect(offered(text, 'company')).not.toContain('XING');
  });

  it("reads a board's headline of job, employer and place", () => {
    const text = [
      "Regarde cette offre d'emploi sur Indeed : Cariste H/F - Entrepôts Saônois - Mâcon (71)",
      'https://fr.indeed.com/m/viewjob?jk=55ab10cd22ef9071',
      '',
      'Lieu du poste : En présentiel',
      'Nous recherchons un cariste pour notre entrepôt de Mâcon.',
    ].join('\n');
    expect(written(text)).toMatchObject({
      position: 'Cariste H/F',
      company: 'Entrepôts Saônois',
      workplace: 'onsite',
      source: 'Indeed',
    });
  });

  it('needs the address alone on the next line: a subject line over a paragraph is no share', () => {
    const text = [
      'Re: your application for the analyst role',
      'Thanks for applying, we will be in touch next week about the next steps and the interview.',
    ].join('\n');
    expect(offered(text, 'url')).toEqual([]);
    expect(offered(text, 'position')).not.toContain('your application for the analyst role');
  });
});

describe('a careers page that lists its jobs', () => {
  const ctx = defaultContext();
  const page = (body: string) =>
    `<!doctype html><html><head><title>Careers | Fernhill Clinics</title></head><body>${body}</body></html>`;

  it('reads a table with a heading row as a list, not as labels, and no row as the opened job', () => {
    const html = page(
      '<main><h2>Open roles</h2><table class="job-list"><thead><tr><th>Job title</th><th>Location</th></tr></thead><tbody>' +
        '<tr><td><a href="/jobs/1">Practice Manager</a></td><td class="job-list-location">Leeds, England</td></tr>' +
        '<tr><td><a href="/jobs/2">Dental Hygienist</a></td><td class="job-list-location">York, England</td></tr>' +
        '<tr><td><a href="/jobs/3">Receptionist (6-month contract)</a></td><td class="job-list-location">Hull, England</td></tr>' +
        '</tbody></table><div class="job-detail"><p>Dental Hygienist. Join our York practice. Full-time, permanent.</p></div></main>',
    );
    const note = buildNote(unit('fernhill.html', html), ctx);
    expect(note.frontmatter.position).not.toBe('Location');
    expect(note.frontmatter.position).not.toBe('Job title');
    // The first row's place is where another job is.
    expect(note.frontmatter.location).not.toBe('Leeds, England');
    // Nor are the terms of a listed job this one's.
    expect(note.frontmatter.employment).toEqual({ type: 'full-time' });
  });

  it('skips a company block that holds only reference numbers', () => {
    const html = page(
      '<main><h1>Site Engineer</h1><div class="employer-info"><p>Board Id: 90011442 · Position Id: FH-0412</p></div><p>Fernhill Clinics builds and runs dental practices.</p></main>',
    );
    expect(readHtmlPage(html).hints.company).toBeUndefined();
  });
});

describe('terms of the job, not its employer or its place', () => {
  it.each([
    ['DevOps Engineer (Kubernetes) - 6 Month Contract - Corvane Systems - Austin, TX', 'Corvane Systems'],
    ['Data Analyst - Remote - Halvard Foods', 'Halvard Foods'],
  ])('in the title "%s" the employer is %s', (title, company) => {
    expect(splitTitleParts(title).company).toBe(company);
  });

  it('reads "Leeds city centre" in a hiring line as the place, not the employer', () => {
    const text = 'Payroll Administrator | Leeds city centre | Hybrid after probation';
    expect(offered(text, 'company')).not.toContain('Leeds city centre');
    expect(offered(text, 'location')).toContain('Leeds city centre');
  });

  it.each([
    ['Processing starters, leavers and contractual changes on time', undefined],
    ['Contract - W2', 'contract'],
    ['a 6-month W2 contract with possible extension', 'contract'],
    ['on a contractual basis for the winter', 'contract'],
  ])('"%s" is employment %s', (text, type) => {
    expect(extractEmployment(text)?.type).toBe(type);
  });

  it('ends a place at a semicolon', () => {
    expect(placeAtStart('Austin, TX; the rest remote.')).toBe('Austin, TX');
  });

  it('reads a monthly salary paid fourteen times a year as monthly', () => {
    expect(
      extractSalary(
        'Für diese Position ist ein Bruttomonatsgehalt ab € 3.600,– (14 x jährlich, Basis Vollzeit) vorgesehen.',
      ),
    ).toMatchObject({ min: 3600, currency: 'EUR', period: 'month' });
  });
});

describe("a web clipper's copy of an article", () => {
  it('takes "Source: <address>" as the address and the clipping day as no publishing day', () => {
    const article = extractArticle(
      [
        'Source: https://blog.tallow-systems.example/2026/10/flaky-tests',
        'Clipped: 2026-12-02',
        '',
        '# What we learned from a year of flaky tests',
        '',
        'By Ines Marchetti',
        'October 14, 2026',
        '',
        'We kept a list of every test that failed and then passed on a retry.',
      ].join('\n'),
    );
    expect(article.url).toBe('https://blog.tallow-systems.example/2026/10/flaky-tests');
    expect(article.source).toBeUndefined();
    expect(article.published).toBe('2026-10-14');
  });
});

describe("a careers page's logo", () => {
  it('names the employer without the tagline after a dash', () => {
    const html =
      '<!doctype html><html><head><title>Chef de chantier (H/F) – CDI – Rouen</title></head><body>' +
      '<header><a class="logo" href="/"><img src="/logo.svg" alt="Batiseine – Rénovation et maçonnerie"></a></header>' +
      '<main><h1>Chef de chantier (H/F)</h1><p>Écrivez à recrutement@batiseine.example.</p></main></body></html>';
    expect(readHtmlPage(html).hints.logo).toBe('Batiseine');
  });
});

describe("a research portal's copy", () => {
  const text = [
    'EURAXESS – Researchers in Motion',
    'Jobs & Funding > Job offers > Postdoctoral Researcher in Soil Microbiology',
    '',
    'Postdoctoral Researcher in Soil Microbiology',
    '',
    'Baltic Institute of Agronomy',
    '',
    'Organisation/Company: Baltic Institute of Agronomy',
    'Country: Lithuania',
    'Type of Contract: Temporary',
    'Job Status: Full-time',
    '',
    'Offer Description',
    'The group studies how cover crops change the microbes of sandy soils.',
  ].join('\n');

  it("skips the portal's name and slogan and its breadcrumb, to the job", () => {
    expect(written(text)).toMatchObject({
      position: 'Postdoctoral Researcher in Soil Microbiology',
      source: 'EURAXESS',
    });
  });

  it('reads a label of two names joined by a slash, and a bare word under the contract label', () => {
    expect(written(text)).toMatchObject({ company: 'Baltic Institute of Agronomy', employment: { type: 'contract' } });
  });
});

describe('a thread or a video copied as text', () => {
  it("reads a Reddit post's address, subreddit header and writer, and its title under them", () => {
    const article = extractArticle(
      [
        'https://www.reddit.com/r/ExperiencedDevs/comments/1k2j3h4/how_do_you_answer_the_why_are_you_leaving/',
        '',
        'r/ExperiencedDevs',
        'Posted by u/quiet_mallard_77',
        '',
        'How do you answer "why are you leaving" when the honest answer is a bad manager?',
        '',
        'Eight years in, third interview loop this month, and I keep stumbling on this one.',
      ].join('\n'),
    );
    expect(article).toMatchObject({
      title: 'How do you answer "why are you leaving" when the honest answer is a bad manager?',
      author: 'u/quiet_mallard_77',
      url: 'https://www.reddit.com/r/ExperiencedDevs/comments/1k2j3h4/how_do_you_answer_the_why_are_you_leaving/',
    });
  });

  it("names a video's channel from its subscriber count and its day from a meta line in another language", () => {
    const article = extractArticle(
      [
        'Négocier son salaire en 10 minutes',
        'Carrière Claire',
        '48 k abonnés',
        '12 034 vues · 3 déc. 2026',
        'https://www.youtube.com/watch?v=Zx81kLmQ2aa',
        '',
        'Dans cette vidéo, je montre comment préparer la discussion sur le salaire.',
      ].join('\n'),
    );
    expect(article).toMatchObject({
      author: 'Carrière Claire',
      published: '2026-12-03',
      url: 'https://www.youtube.com/watch?v=Zx81kLmQ2aa',
    });
  });
});

describe('pay and place on the lines a page prints them', () => {
  it('reads pay under a label that names perks too', () => {
    expect(
      extractSalary('**Pay & perks:** $31 – $36 per hour depending on experience, 30% staff discount, free parking.'),
    ).toMatchObject({ min: 31, max: 36, currency: 'USD', period: 'hour' });
  });

  it("reads the place from a first line of parts, a page's meta line over the posting", () => {
    const text = [
      'Customer Care  ·  Knoxville, Tennessee',
      '',
      'Ridgeback Outfitters sells climbing gear from two stores and a busy online shop.',
      'We are looking for someone to answer the phones and the chat.',
    ].join('\n');
    expect(offered(text, 'location')).toContain('Knoxville, Tennessee');
  });
});

describe('a social post that says it is hiring', () => {
  it('takes no adverb for the job and the whole name after "at"', () => {
    const text =
      "Please boost! We're hiring again at Larkspur Grid Systems: we need a Firmware Test Engineer to build our rigs.";
    expect(offered(text, 'position')).not.toContain('Again');
    expect(offered(text, 'company')).toContain('Larkspur Grid Systems');
  });

  it('reads "We\'re hiring!" as no name of an employer', () => {
    const text = "kettleandkiln\n2d\nWe're hiring! ☕\n\nOur café by the canal needs two baristas for weekends.";
    expect(offered(text, 'company')).not.toContain('hiring');
  });
});

describe('a Greek post on a social page', () => {
  const text = [
    'Φούρνος Αγία Σοφία',
    '5 Δεκεμβρίου στις 09:15 · 🌍',
    '',
    '📢 ΖΗΤΕΙΤΑΙ ΑΡΤΟΠΟΙΟΣ 📢',
    '',
    'Ο φούρνος μας στη Θεσσαλονίκη αναζητά αρτοποιό για πλήρη απασχόληση.',
    '• Μικτές αποδοχές από 1.100 € μηνιαίως + επίδομα νυχτερινής εργασίας',
    '• Καλή γνώση της ελληνικής γλώσσας',
    'Στείλε το βιογραφικό σου έως την Τρίτη 22 Δεκεμβρίου 2026 με θέμα «ΑΡΤ-12/26».',
  ].join('\n');

  it('reads its pay, its kind of work, its required language and its closing day', () => {
    expect(written(text)).toMatchObject({
      salary: { min: 1100, max: 1100, currency: 'EUR', period: 'month' },
      employment: { type: 'full-time' },
      languages: ['Greek'],
      deadline: '2026-12-22',
    });
  });

  it("takes the page's name over the time it posted for no job", () => {
    expect(offered(text, 'position')).not.toContain('Φούρνος Αγία Σοφία');
  });
});

describe('remote work refused, and an employer with a legal form in a title', () => {
  it.each([
    ['This is a site-based role; there is no remote or work-from-home option.', 'onsite'],
    ['Homeoffice ist in dieser Abteilung leider nicht möglich.', 'onsite'],
    ['We are a remote-first company, fully remote across Europe.', 'remote'],
  ])('"%s" is %s', (text, workplace) => {
    expect(extractWorkplace(text)).toBe(workplace);
  });

  it('keeps the closing dot of a legal form in a title part', () => {
    expect(splitTitleParts('Analista Contable Sr - Molinos del Plata S.A. - Rosario - Bumeran').company).toBe(
      'Molinos del Plata S.A.',
    );
  });
});

describe("a board's page: its pay line and its owner", () => {
  it('reads a line that opens with a range and its period as pay, whatever benefits follow', () => {
    expect(
      extractSalary(
        '£31,500 – £34,000 per annum depending on experience · 37.5 hours per week · 6% employer pension contribution.',
      ),
    ).toMatchObject({ min: 31500, max: 34000, currency: 'GBP', period: 'year' });
  });

  it.each([
    ['Totaljobs Group', true],
    ['StepStone Media', true],
    ['Kirkgate Homes', false],
  ])("'%s' is the site's own name: %s", (name, site) => {
    expect(isSiteName(name)).toBe(site);
  });
});

describe("a tracker's statuses and dates", () => {
  const ctx = defaultContext();
  it.each([
    ['Aplicat', 'applied'],
    ['withdrew (took other offer)', 'withdrawn'],
    ['Interessant – nog solliciteren', 'wishlist'],
    ['Tweede ronde', 'interviewing'],
    ['second round with the team lead', 'interviewing'],
  ])('"%s" is %s', (status, stage) => {
    expect(stageOfStatus(status, ctx)).toBe(stage);
  });

  it('reads a dotted date day-first in a column that mixes its formats', () => {
    expect(readCellDate('03.12.2026')).toBe('2026-12-03');
    expect(readCellDate('03/12/2026')).toBeUndefined();
  });
});

describe("a board's place after the job in a title", () => {
  it.each([
    ['Account Executive Job in Shah Alam, Selangor', 'Account Executive'],
    ['Auxiliar de bodega en Bogotá, D.C.', 'Auxiliar de bodega'],
    ['Ingeniero en Sistemas', 'Ingeniero en Sistemas'],
    ['Professeur en Mathématiques', 'Professeur en Mathématiques'],
  ])('"%s" names the job "%s"', (part, job) => {
    expect(titlePart(part)).toBe(job);
  });
});

describe('the new readers on hostile input', () => {
  it('finds the rows of a list, not of a table of labels, and reads many tables in time linear in their length', () => {
    const lines = [
      '| Job title | Location |',
      '|---|---|',
      '| Nurse | Leeds |',
      '',
      '| | |',
      '|---|---|',
      '| Place | York |',
    ];
    expect([...listRows(lines)]).toEqual(['| Nurse | Leeds |']);
    const make = (n: number) => '| Job | Place |\n|---|---|\n'.repeat(n);
    expectLinear(make, 200, (text) => listRows(text.split('\n')), 'listRows');
  });

  it('reads a long share lead-in and a long title part in time linear in their length', () => {
    const share = (n: number) => `${'a '.repeat(n)}: ${'b '.repeat(n)}\nhttps://x.example/${'c'.repeat(n)}`;
    expectLinear(share, 200, (text) => offered(text, 'position'), 'share line');
    const title = (n: number) => `${'Analyst en '.repeat(n)}Madrid`;
    expectLinear(title, 200, (text) => titlePart(text), 'titlePart');
  });
});
