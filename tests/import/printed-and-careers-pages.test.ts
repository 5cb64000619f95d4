import { describe, expect, it } from 'vitest';
import { buildNote } from '../../src/import/build-note.ts';
import { extractEmployment } from '../../src/import/posting-extract.ts';
import { extractSalary } from '../../src/import/salary.ts';
import { addressTown, isPlace, placeIn } from '../../src/import/places.ts';
import { fromPrintedLayout } from '../../src/import/printed-layout.ts';
import { boardNamed } from '../../src/import/source-cues.ts';
import { expectLinear } from '../helpers/linear.ts';
import { defaultContext, offered, unit, written } from './helpers.ts';

describe('a place in an address, as a label or a letterhead writes it', () => {
  it.each([
    [
      'a British postcode after a town the gazetteer lacks',
      'Harbour Yard, 4 Mill Lane, Wetherburn WB3 7QT',
      'Wetherburn',
    ],
    ['a Czech postal code before the town', 'Průmyslová 12, 466 01 Jablonec nad Nisou', 'Jablonec nad Nisou'],
    ['a known city with a full postcode', '12 Rose Street, Glasgow G2 1AB', 'Glasgow'],
    ['a five-digit code before the town', 'Calle Luna 3, 46001 Valencia', 'Valencia'],
    ['a US city, state and ZIP stay whole', 'Tucson, AZ 85719', 'Tucson, AZ 85719'],
    ['a part of a known town', 'Wellington Central, Wellington', 'Wellington Central, Wellington'],
  ])('%s', (_, value, place) => {
    expect(placeIn(value, { anySize: true })).toBe(place);
  });

  it.each([
    ['a street number and a street with its compass point', 'Depot, 1180 Harbor Way NE'],
    ['a street alone after a building', 'Unit 4, 22 Station Road'],
  ])('reads no town from %s', (_, value) => {
    expect(placeIn(value, { anySize: true })).toBeUndefined();
    expect(addressTown(value)).toBeUndefined();
  });

  it('reads no town from a number and a word that is no address', () => {
    expect(addressTown('12345 Shipped')).toBeUndefined();
    expect(addressTown('Warehouse 2, 47110 Lindholm')).toBe('Lindholm');
  });

  it('reads a region abbreviated with its full stop as a place', () => {
    expect(isPlace('Guadalajara, Jal.')).toBe(true);
    expect(isPlace('Guadalajara, everything.')).toBe(false);
  });

  it('writes the town of an address line under a letterhead', () => {
    const text = 'Brusnice Kovo s.r.o.\nNádražní 7, 539 73 Skuteč\n\nSVÁŘEČ\n\nHledáme svářeče do naší dílny.\n';
    expect(offered(text, 'location')).toContain('Skuteč');
  });
});

describe('a PDF laid out in columns, read as the lines meant', () => {
  it('cuts a two-column layout into its parts, and keeps a label with its spaced-out value', () => {
    const left = ['Lamberg Mühle GmbH', 'We are a small mill', 'by the river Lahn.', 'Since 1890.', 'Closing date:'];
    const right = ['STELLENANZEIGE', 'What you will do', '• run the rollers', '• clean the sieves', '31 January 2027'];
    const text = left.map((l, i) => `${l.padEnd(40)}${right[i]}`).join('\n');
    const lines = fromPrintedLayout(text).split('\n');
    expect(lines.slice(0, 6)).toEqual([
      'Lamberg Mühle GmbH',
      'STELLENANZEIGE',
      'We are a small mill',
      'What you will do',
      'by the river Lahn.',
      '• run the rollers',
    ]);
    expect(lines).toContain(`${'Closing date:'.padEnd(40)}31 January 2027`);
  });

  it('leaves a copied page with one wide gap as it is, but for a letterhead of two parts', () => {
    const page = 'XING  Jobs          Suche: Koch Bern\nKoch (m/w/d)\nAnna Brun · 2nd          InMail\n';
    expect(fromPrintedLayout(page)).toBe(page);
    expect(fromPrintedLayout('OSTLAND WATER TRUST          Job Pack: Hydrologist\nText')).toBe(
      'OSTLAND WATER TRUST\nJob Pack: Hydrologist\nText',
    );
  });

  it("leaves out a page's number printed beside a header on every page", () => {
    const header = `${'Ostland Water Trust'.padEnd(50)}Role profile\n${'Ref: OWT-12'.padEnd(50)}Page 1 of 2\n`;
    const text = `${header}\nHydrologist\n\n${header.replace('1 of 2', '2 of 2')}\nMore text\n`;
    const lines = fromPrintedLayout(text).split('\n');
    expect(lines.slice(0, 5)).toEqual(['Ostland Water Trust', 'Role profile', 'Ref: OWT-12', '', 'Hydrologist']);
    expect(lines.filter((l) => /Page \d/.test(l))).toEqual([]);
  });

  it.each([
    ['one long word before a hyphen', (n: number) => `${'a'.repeat(n)}b-`],
    ['lines of columns', (n: number) => `${'x'.padEnd(12)}y\n`.repeat(Math.ceil(n / 14))],
    ['a long run of spaces inside a line', (n: number) => `a${' '.repeat(n)}b\n`.repeat(5)],
  ])('reads %s in time linear in its length', (_, make) => {
    expectLinear(make, 20_000, fromPrintedLayout, 'fromPrintedLayout');
  });

  it('joins a word hyphenated at the end of a line, in lower case and in capitals', () => {
    expect(fromPrintedLayout('we look for a cus-\ntomer advisor\nSENIOR PROJEKT-\nLEITER')).toBe(
      'we look for a customer advisor\nSENIOR PROJEKTLEITER',
    );
  });
});

describe("an employer's careers page pasted with its menu and cookie banner", () => {
  const page = [
    'Skip to main content',
    'Fernhill Robotics',
    'Home',
    'Products',
    'Case studies',
    'About us',
    'Careers',
    'Contact',
    'Investors',
    'Partners',
    'Press',
    'We use cookies to improve your visit. Accept all | Reject | Cookie settings',
    'Careers > Open roles > Software',
    'Robotics Software Engineer',
    'Software · Leeds · Hybrid · Permanent',
    '',
    'Fernhill Robotics builds arms for small bakeries. You will write the motion planner.',
  ].join('\n');

  it('reads the job under the menu and the place beside it, and offers the name over the menu as the employer', () => {
    expect(written(page)).toMatchObject({ position: 'Robotics Software Engineer', location: 'Leeds' });
    expect(offered(page, 'company')).toContain('Fernhill Robotics');
  });
});

describe('a job title over menu words', () => {
  it('is no site name', () => {
    const text = 'Product Designer\nHome\nCareers\n\nWe are hiring a product designer for our app studio in Porto.\n';
    expect(offered(text, 'company')).not.toContain('Product Designer');
  });
});

describe('messages and prose', () => {
  it('offers the job a recruiter is recruiting for, across the quote marks of a reply', () => {
    const text =
      'Hi Sam,\n\nSee below.\n\n> Hello Sam, I am recruiting\n> for a Site Reliability Engineer at a shipping firm.\n';
    expect(offered(text, 'position')).toContain('Site Reliability Engineer');
  });

  it('reads the town of a labelled sentence', () => {
    expect(offered('Role: Welder\nLocation: the job is based in Aarhus. Travel twice a year.', 'location')).toContain(
      'Aarhus',
    );
  });

  it('keeps "In person" under a second location label as the workplace', () => {
    const text = 'Location\nLeeds LS1\n\nJob type: Full-time\nWork Location: In person\n';
    expect(offered(text, 'workplace')).toContain('onsite');
  });

  it('reads an employer introducing itself, and not a subject the title names', () => {
    const text =
      'Firmware Engineer – Power Electronics\n\nHello, we are Kestrel Drives.\n\nYou will work with our power electronics team in Turin.\n';
    expect(offered(text, 'company')).toEqual(['Kestrel Drives']);
    expect(offered(text, 'location')).toContain('Turin');
  });

  it.each([
    ['"no X needed"', 'English is the language of the team, so no Swedish needed.', ['English']],
    ['"isn\'t required"', "You need fluent English; Dutch is a plus but isn't required.", ['English']],
    ['who speaks a language is no requirement', 'Our team speaks Italian, but you need good English.', ['English']],
    ['"the working language" of one team', 'English is the working language of the whole office.', ['English']],
  ])('reads the languages required when %s', (_, line, languages) => {
    expect(offered(`Job: Analyst\n\n${line}\n`, 'languages')).toEqual([languages]);
  });

  it('knows OCC Mundial by its short name at the top, and not in running text', () => {
    expect(offered('OCC  |  Buscar empleos   Empresas   Blog\n\nContador General\n', 'source')).toContain(
      'OCC Mundial',
    );
    expect(boardNamed('OCC')?.name).toBe('OCC Mundial');
    expect(offered('Contador\n\nExperience with OCC reporting rules is a plus.\n', 'source')).toEqual([]);
  });
});

describe("a saved page's facts beside its text, and its structured data read with care", () => {
  const description =
    '<p>Lindholm Omsorg driver et lite sykehjem med 40 plasser. Vi søker en helsefagarbeider til vår avdeling, og vi har et godt arbeidsmiljø med mye samarbeid mellom faggruppene. Du vil jobbe turnus med hver tredje helg.</p><p>Vi tilbyr gode pensjonsordninger, kurs og et hyggelig fellesskap.</p>';
  const page = (jsonLd = '') =>
    `<html lang="nb"><head><title>Helsefagarbeider 60 % – Lindholm Omsorg | Jobbtavla</title>${jsonLd}</head><body>` +
    '<section class="keyinfo"><dl><dt>Arbeidsgiver</dt><dd>Lindholm Omsorg AS</dd><dt>Stillingstittel</dt><dd>Helsefagarbeider</dd>' +
    '<dt>Frist</dt><dd>15.01.2027</dd><dt>Stillingsprosent</dt><dd>60 %</dd><dt>Sted</dt><dd>Molde</dd></dl></section>' +
    `<article>${description}</article>` +
    '<aside class="similar-jobs"><dl><dt>Frist</dt><dd>01.01.2027</dd><dt>Sted</dt><dd>Ålesund</dd></dl></aside></body></html>';

  it("reads a board's key facts beside the main text, and not those of the similar jobs", () => {
    const note = buildNote(unit('jobb.html', page()), defaultContext());
    expect(note.frontmatter).toMatchObject({
      position: 'Helsefagarbeider',
      location: 'Molde',
      deadline: '2027-01-15',
      employment: { type: 'part-time' },
    });
    // Read, not kept: the note's body is the posting's own text.
    expect(note.body).not.toContain('Stillingsprosent');
  });

  it('drops a board that names itself the hiring organisation, and a validThrough that is only the listing’s lifetime', () => {
    const jsonLd =
      '<script type="application/ld+json">{"@type":"JobPosting","title":"Helsefagarbeider","hiringOrganization":{"@type":"Organization","name":"karriere.at"},"datePosted":"2026-12-01","validThrough":"2027-12-01"}</script>';
    const note = buildNote(unit('jobb.html', page(jsonLd)), defaultContext());
    expect(note.frontmatter.company).not.toBe('karriere.at');
    expect(note.frontmatter.deadline).toBe('2027-01-15');
  });

  it('keeps a validThrough that is no whole lifetime after the posting', () => {
    const job = (until: string) =>
      `<html><head><script type="application/ld+json">{"@type":"JobPosting","title":"Cook","datePosted":"2026-12-01","validThrough":"${until}"}</script></head><body><p>${'Cook wanted for a small kitchen. '.repeat(10)}</p></body></html>`;
    expect(buildNote(unit('a.html', job('2027-01-10')), defaultContext()).frontmatter.deadline).toBe('2027-01-10');
    expect(buildNote(unit('b.html', job('2027-12-01')), defaultContext()).frontmatter.deadline).toBeUndefined();
  });
});

describe('pay and closing dates', () => {
  it.each([
    [
      'a US town beside the dollars, and Mexico named as a market',
      'Austin, TX\n$95K/yr - $120K/yr\nCustomers in Mexico too.',
      'USD',
    ],
    ['Mexico alone', 'Monterrey\n$18,000 - $22,000 mensuales', 'MXN'],
  ])('reads the dollar sign as the currency of %s', (_, text, currency) => {
    expect(extractSalary(text.split('\n')[1]!, text)?.currency).toBe(currency);
  });

  it("reads an Austrian collective agreement's minimum as a lower bound only", () => {
    expect(extractSalary('Das Mindestgehalt von € 2.900,– brutto pro Monat wird überzahlt.')).toEqual({
      min: 2900,
      period: 'month',
      currency: 'EUR',
    });
  });

  it.each([
    ['80 %', 'part-time'],
    ['60–80%', 'part-time'],
    ['100%', 'full-time'],
  ])('reads a share of full hours %s as %s', (value, type) => {
    expect(extractEmployment(value)).toEqual({ type });
  });

  it('reads "accepted until" as a closing date', () => {
    expect(offered('Role: Planner\nApplications will be accepted until March 3, 2027.', 'deadline')).toContain(
      '2027-03-03',
    );
  });
});

describe('articles: a thread, a post under its writer’s profile, two writers, a show’s host', () => {
  const article = (name: string, html: string) => buildNote(unit(name, html), defaultContext()).frontmatter;
  const body = `<p>${'Interview loops changed a lot this year, and here is what we saw while hiring. '.repeat(6)}</p>`;

  it('reads a saved Hacker News item: its title without the site, its poster, its time, the site as source', () => {
    const fm = article(
      'hn.html',
      `<html><head><title>Ask HN: How do you prepare for behavioural rounds? | Hacker News</title></head><body><table class="fatitem"><tr class="athing submission"><td class="title"><span class="titleline"><a href="item?id=1">Ask HN: How do you prepare for behavioural rounds?</a></span></td></tr><tr><td class="subtext"><span class="subline">12 points by <a href="user?id=tern_oak" class="hnuser">tern_oak</a> <span class="age" title="2026-10-02T08:00:00 1790000000"><a href="item?id=1">3 days ago</a></span></span></td></tr><tr><td><div class="toptext">${body}</div></td></tr></table></body></html>`,
    );
    expect(fm).toMatchObject({
      title: 'Ask HN: How do you prepare for behavioural rounds?',
      author: 'tern_oak',
      published: '2026-10-02',
      source: 'Hacker News',
    });
  });

  it("names the writer linked by the profile the post's address starts with, and not a section", () => {
    const page = (path: string, link: string) =>
      `<html><head><title>Take-home tasks</title><link rel="canonical" href="https://writes.example/${path}/take-home-tasks-12ab"></head><body><article><header><a href="/${path}">${link}</a></header>${body}</article></body></html>`;
    expect(article('a.html', page('amaraokoye', 'Amara Okoye')).author).toBe('Amara Okoye');
    expect(article('b.html', page('engineering', 'Engineering Blog')).author).toBeUndefined();
  });

  it('names both writers a page lists', () => {
    const fm = article(
      'two.html',
      `<html><head><title>Our loop</title><meta property="article:author" content="Ines Baptista"><meta property="article:author" content="Jonah Whitfield"></head><body><article>${body}</article></body></html>`,
    );
    expect(fm.author).toBe('Ines Baptista and Jonah Whitfield');
  });

  it("names a show's host from its episode's meta line, and drops an emoji after a title", () => {
    const fm = article(
      'ep.html',
      `<html><head><title>Ep. 12: From teaching to UX 🎙️</title></head><body><article><h1>Ep. 12: From teaching to UX 🎙️</h1><p>Published 4 November 2026 · 41 min · Hosted by Mira Castell</p>${body}</article></body></html>`,
    );
    expect(fm).toMatchObject({ author: 'Mira Castell', title: 'Ep. 12: From teaching to UX' });
  });
});

describe('a forum post by the owner of a small business', () => {
  const post = [
    'r/forhire • Posted by u/harbour_owner • 2 days ago',
    '',
    '# [Hiring] Weekend baker (sourdough) – $22/hr',
    '',
    'Hi all! I run Harbour Loaf Bakery, a small bakery by the pier. We need help on weekends.',
    '',
    '- About 12 hours a week',
    '- Please email jobs@harbourloaf.example',
  ].join('\n');

  it("takes the forum's header for chrome, not the job", () => {
    expect(offered(post, 'position')).not.toContain('r/forhire • Posted by u/harbour_owner • 2 days ago');
  });

  it('names the business its owner runs, confirmed by the address it gives', () => {
    expect(written(post).company).toBe('Harbour Loaf Bakery');
  });

  it('never offers a number as the employer', () => {
    expect(offered(post, 'company').every((c) => /\p{L}/u.test(String(c)))).toBe(true);
  });
});
