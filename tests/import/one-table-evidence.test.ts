import { describe, expect, it } from 'vitest';
import { buildNote } from '../../src/import/build-note.ts';
import { copyrightOwner } from '../../src/import/company-cues.ts';
import { resolve, type Candidate } from '../../src/import/evidence.ts';
import { careersTitleEmployer, proposeFromText } from '../../src/import/propose.ts';
import { isJobAddress, isSiteName } from '../../src/import/source-cues.ts';
import { normalizeCompanyName } from '../../src/lib/companies.ts';
import { ENDS_WITH_LEGAL_FORM, HOLDS_LEGAL_FORM, withoutLegalForm } from '../../src/lib/legal-forms.ts';
import { defaultContext, unit } from './helpers.ts';

const noteOf = (name: string, text: string) => buildNote(unit(name, text), defaultContext());

describe('one table of legal forms, read everywhere', () => {
  it.each([
    ['Spedition Kranichsfeld GmbH & Co. KG', true],
    ['Trattoria Ponte Vecchio srl', true],
    ['Kanzlei Brandhorst & Partner mbB', true],
    ['Vesterhav Shipping A/S', true],
    ['Kovárna Hrubý s.r.o.', true],
    ['MORLAND PUMPS LTD', true],
    ['Ridgeway Partners LLP', true],
    // Two-letter forms only in their own case: "as" and "se" are words.
    ['Senior Engineer as', false],
    ['Office of the Registrar', false],
  ])('%s ends with a legal form: %s', (name, expected) => {
    expect(ENDS_WITH_LEGAL_FORM.test(name)).toBe(expected);
  });

  it.each([
    ['Spedition Kranichsfeld GmbH & Co. KG', 'Spedition Kranichsfeld'],
    ['Trattoria Ponte Vecchio srl', 'Trattoria Ponte Vecchio'],
    ['Biuro Rachunkowe Sowa sp. z o.o.', 'Biuro Rachunkowe Sowa'],
    ['Tallinn Harbour Logistics', 'Tallinn Harbour Logistics'],
  ])('%s without its legal form is %s', (name, bare) => {
    expect(withoutLegalForm(name)).toBe(bare);
  });

  it.each([
    ['Acme Engineering Ltd', true],
    ['Kanzlei Brandhorst & Partner mbB · Münster', true],
    ['we hire as many as we can', false],
  ])('%s holds a legal form: %s', (text, expected) => {
    expect(HOLDS_LEGAL_FORM.test(text)).toBe(expected);
  });

  // The site groups companies by the same table: a form the grouping did not know kept names apart.
  it.each([
    ['Spedition Kranichsfeld GmbH & Co. KG', 'Spedition Kranichsfeld'],
    ['Kanzlei Brandhorst mbB', 'Kanzlei Brandhorst'],
    ['Dunmore Holdings Pty Ltd', 'Dunmore Holdings'],
    ['Team A', 'Team A'],
  ])('%s groups with %s', (a, b) => {
    expect(normalizeCompanyName(a)).toBe(normalizeCompanyName(b));
  });
});

describe('one table of job sites: boards, applicant-tracking systems and careers words', () => {
  it.each([
    ['StepStone', true],
    ['Personio', true],
    ['Recruitee', true],
    ['Karriär', true],
    ['採用情報', true],
    ['Careers', true],
    ['Björkviks Bageri', false],
    ['Lumen Street Bakery', false],
  ])('%s is a site of its own (never an employer): %s', (name, expected) => {
    expect(isSiteName(name)).toBe(expected);
  });

  it.each([
    ['https://acme.recruitee.com/o/head-baker', true],
    ['https://apply.workable.com/acme/j/12AB34/', true],
    ['https://careers.acme.example/jobs/42', true],
    ['https://www.stepstone.de/stellenangebote--Koch-Berlin--123456-inline.html', true],
    // A board's articles and company pages are not postings.
    ['https://www.linkedin.com/jobs/view/4011223344/', true],
    ['https://itviec.com/it-jobs/backend-engineer-kotlin-2211', true],
    ['https://www.linkedin.com/pulse/why-i-left-my-job-ana-ruiz', false],
    ['https://www.linkedin.com/in/ana-ruiz', false],
    ['https://www.reddit.com/r/cscareerquestions/comments/abc/tips/', false],
    ['https://blog.acme.example/2026/10/hello', false],
  ])('%s is a job page: %s', (address, expected) => {
    expect(isJobAddress(address)).toBe(expected);
  });
});

describe('the employer from a page title, a letterhead, a copyright line and an address', () => {
  it.each([
    ['Karriär – Lindholms Glasbruk', 'Lindholms Glasbruk'],
    ['Careers | Ferncastle Robotics', 'Ferncastle Robotics'],
    ['Jobs - Nordlicht Bäckerei', 'Nordlicht Bäckerei'],
    // A job in the title, or no careers word: not this reader's.
    ['Payroll Clerk | Ferncastle Robotics', undefined],
    ['Ferncastle Robotics', undefined],
    ['Careers | Leeds', undefined],
  ])('the title "%s" names %s', (title, expected) => {
    expect(careersTitleEmployer(title)).toBe(expected);
  });

  it.each([
    ['© 2026 Halden Glassworks Ltd. Registered in Scotland no. SC0412.', 'Halden Glassworks Ltd.'],
    ['Copyright © 2025 Lindholms Glasbruk AB', 'Lindholms Glasbruk AB'],
    ['© 2026 Baltic Drydock Services Sp. z o.o. All rights reserved.', 'Baltic Drydock Services Sp. z o.o.'],
    ['Privacy · Cookies', undefined],
  ])('the copyright line "%s" names %s', (line, expected) => {
    expect(copyrightOwner(line)).toBe(expected);
  });

  it.each([
    [
      'an Italian notice',
      'ISTITUTO ORTOPEDICO VALSUGANA\nVia Roma 4, Borgo\n\nAvviso pubblico\n\nL’Istituto Ortopedico Valsugana indice una selezione per un tecnico.',
      'Istituto Ortopedico Valsugana',
    ],
    [
      'a name with a programme after it',
      'KELPIE ANALYTICS — GRADUATE SCHEME 2027\n\nData Analyst (Graduate)\n\nKelpie Analytics builds tools for ferry operators.',
      'Kelpie Analytics',
    ],
  ])('a letterhead written again in the text: %s', (_, text, expected) => {
    const found = proposeFromText(text).filter((c) => c.field === 'company' && c.value === expected);
    expect(new Set(found.map((c) => c.origin))).toEqual(new Set(['top', 'prose']));
  });

  it.each([
    ['a masthead', 'GREEN ROLES WEEKLY · Issue 41 · 3 March 2026\n\nThis week Green Roles Weekly picked five jobs.'],
    ['a headline', 'NOW HIRING\n\nWe are now hiring bakers.'],
  ])('no letterhead: %s', (_, text) => {
    expect(proposeFromText(text).filter((c) => c.field === 'company' && c.evidence.includes('letterhead'))).toEqual([]);
  });

  const c = (value: string, origin: Candidate['origin'], weight: number, read?: string): Candidate => ({
    field: 'company',
    value,
    origin,
    weight,
    evidence: `${origin} ${value}`,
    ...(read ? { read } : {}),
  });
  it.each([
    ['its words run together', 'Fondazione Alpina per le Scienze', 'fondazionealpina'],
    ['its initials', 'Hollandse Delta University of Technology', 'hdu'],
    ['its last words run together', "Communauté d'agglomération Val-de-Gères", 'valdegeres'],
  ])('an address agrees with a name by %s', (_, name, host) => {
    const resolved = resolve([c(name, 'top', 0.6, name), c(host, 'host', 0.3)]);
    expect(resolved.values.company).toBe(name);
  });

  it('an address that agrees with no name leaves the name alone and under review', () => {
    const resolved = resolve([c('Ostmark Tiefbau', 'top', 0.6, 'Ostmark Tiefbau'), c('bauportal', 'host', 0.3)]);
    expect(resolved.values.company).toBeUndefined();
  });
});

describe('a post that says "we\'re hiring … at @name" and links to the job', () => {
  const post = (link: string) =>
    `Ines Brandt @inesb · Nov 2\n\nwe're hiring a backend engineer at @quillmoor 🧵\n\nberlin, hybrid, €80–95k. small team, big tables.\n\napply → ${link}\n\n4 reposts · 19 likes\n`;
  it.each([
    ["the employer's own job link confirms the name", 'https://quillmoor.example/jobs/backend', 'Quillmoor'],
    ["an ATS link under the employer's name confirms it", 'https://jobs.lever.co/quillmoor/5d1c0b2a', 'Quillmoor'],
    [
      "a board's link names no employer",
      'https://www.stepstone.de/stellenangebote--Backend-Berlin--1234567',
      undefined,
    ],
    ['a link to another name confirms nothing', 'https://hirefleet.example/jobs/backend', undefined],
  ])('%s', (_, link, expected) => {
    const company = noteOf('toot.txt', post(link)).frontmatter.company;
    expect(company === 'Unknown company' ? undefined : company).toBe(expected);
  });
});

describe("a saved page's own markup", () => {
  const page = (head: string, body: string) => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

  it.each([
    [
      'a company element named by its test hook',
      page(
        '<title>Forklift Driver - Leeds - Indeed.com</title>',
        '<h1>Forklift Driver</h1><div data-testid="inlineHeader-companyName"><a>Pennine Cold Store</a></div><main><p>Drive forklifts in our chilled warehouse. Full time.</p></main>',
      ),
      'Pennine Cold Store',
    ],
    [
      "a careers title, the site's logo and its copyright line",
      page(
        '<title>Karriär – Lindholms Glasbruk</title>',
        '<header><div class="site-branding"><img alt="Lindholms Glasbruk" src="logo.svg"></div></header><main><h1>Jobba hos oss</h1><h2>Glasblåsare</h2><p>Vi söker en glasblåsare till vår hytta.</p></main><footer>Copyright © 2026 Lindholms Glasbruk AB</footer>',
      ),
      'Lindholms Glasbruk',
    ],
  ])('%s names the employer', (_, html, expected) => {
    expect(noteOf('page.html', html).frontmatter.company).toBe(expected);
  });

  it("a marketplace's logo and copyright, said in the title too, are not the employer", () => {
    const html = page(
      '<title>Logo designer for a bakery | Gigwell</title>',
      '<header><a class="logo"><img alt="Gigwell" src="l.png"></a></header><main><h1>Logo designer for a bakery</h1><p>Budget 200 EUR.</p></main><footer>© 2026 Gigwell Ltd.</footer>',
    );
    expect(noteOf('page.html', html).frontmatter.company).not.toBe('Gigwell');
  });

  it('a byline in the markup gives the author and the date, and a publication named "hiring" stays an article', () => {
    const html = page(
      '<title>Notes on reference checks – The Hiring Ledger</title><meta property="og:site_name" content="The Hiring Ledger"><meta property="og:type" content="article">',
      '<article><h1>Notes on reference checks</h1><p class="byline">By <a rel="author" href="/a/ines">Inés Calderón</a> · <time datetime="2026-09-18">18 September 2026</time></p><p>Most reference checks confirm what the interviews found.</p></article>',
    );
    const note = noteOf('post.html', html);
    expect(note.kind).toBe('article');
    expect(note.frontmatter.author).toBe('Inés Calderón');
    expect(String(note.frontmatter.published)).toMatch(/^2026-09-18/);
  });
});
