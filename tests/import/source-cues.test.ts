import { describe, expect, it } from 'vitest';
import { resolve, type Candidate } from '../../src/import/evidence.ts';
import { fromAddress } from '../../src/import/propose.ts';
import { boardOfHost, platformOf, proposeSource } from '../../src/import/source-cues.ts';

/** The `source` the resolver writes from what proposeSource offers for a text (and a page's name and title). */
function sourceOf(text: string, page: { siteName?: string; titles?: string[] } = {}): unknown {
  const out: Candidate[] = [];
  proposeSource(
    text,
    (field, value, origin, evidence, weight, read) =>
      out.push({ field, value, origin, evidence, weight, ...(read ? { read } : {}) }),
    page,
  );
  return resolve(out).values.source;
}

describe('where a posting was found', () => {
  it.each([
    // A job alert forwarded by e-mail: the sender's address.
    ['From: LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>\nSubject: 3 new jobs for you', 'LinkedIn'],
    ['---------- Forwarded message ---------\nVon: Jobagent <agent@mail.stepstone.at>\nBetreff: Koch', 'StepStone'],
    // A job link to a board anywhere in the text.
    ['Bewerben: https://www.stepstone.de/stellenangebote--Koch-m-w-d-Graz--12345678-inline.html', 'StepStone'],
    ['Link: https://uk.indeed.com/viewjob?jk=0a1b2c3d4e5f6789', 'Indeed'],
    // A line that says so, in several languages; the board named in the table or, after an open cue, by itself.
    ['Posted on Idealist, 3 May', 'Idealist'],
    ['Gezien op Werkzoeken.nl', 'Werkzoeken.nl'],
    ['Annuncio pubblicato su Subito il 02/03/2026.', 'Subito'],
    ['Opublikowano na: Pracuj.pl', 'Pracuj.pl'],
    ['Visto en InfoJobs', 'InfoJobs'],
    ['Found on Green Jobs Weekly.', 'Green Jobs Weekly'],
    ['Saw this via Otta, looks good', 'Otta'],
    ['Tell them you saw it on Hacker News!', 'Hacker News'],
    // A credit line, a masthead, a thread, a subreddit.
    ['Inzerát vložen 3. 12. 2026 · Jobs.cz', 'Jobs.cz'],
    ['*From* **The Remote Roles Letter** · Issue #31 · 4 May 2026\n\nRole of the week', 'The Remote Roles Letter'],
    ['Ask HN: Who is hiring? (March 2026)\n\nAcme | Engineer | Remote', 'Hacker News'],
    ['**r/forhire** • Posted by u/kiln_owner • 2 days ago', 'Reddit'],
    // LinkedIn's layout: two of its marks, or a connection's degree after a name.
    ['Data Analyst\nAcme · Leeds\nEasy Apply\n\nMeet the hiring team\nJo Bell', 'LinkedIn'],
    ['Ana Ruiz · 2nd\nTalent Partner at Acme\n\nHi! Are you open to a new role?', 'LinkedIn'],
  ])('%j → %s', (text, source) => {
    expect(sourceOf(text)).toBe(source);
  });

  it.each([
    ['Posted on Monday, 3 March'],
    ['Posted on 12 March 2026'],
    ['Apply via our website'],
    ['Via Roma 12, 20121 Milano'],
    ['Follow us on LinkedIn: https://www.linkedin.com/company/acme'],
    ['Apply at https://boards.greenhouse.io/acme/jobs/4012345'],
    ['Found on our careers page'],
    ['Easy Apply'],
    ['We post our jobs on Indeed and in the local paper.'],
  ])('%j names no board', (text) => {
    expect(sourceOf(text)).toBeUndefined();
  });

  it.each([
    [{ siteName: 'Indeed', titles: ['Cook - Leeds - Indeed.com'] }, 'Indeed'],
    [{ titles: ['Mitarbeiter Buchhaltung (m/w/d) | JOIN'] }, 'JOIN'],
    [{ siteName: 'Bayt.com' }, 'Bayt'],
    [{ siteName: 'Orrin Wind', titles: ['Field Technician | Orrin Wind'] }, undefined],
  ])('a page named %j → %s', (page, source) => {
    expect(sourceOf('', page)).toBe(source);
  });
});

describe('boards by address', () => {
  it.each([
    ['uk.indeed.com', 'Indeed'],
    ['www.reed.co.uk', 'Reed'],
    ['www.jobs.cz', 'Jobs.cz'],
    ['jobs.example', undefined],
    ['career.habr.com', 'Хабр Карьера'],
    ['habr.com', undefined],
    ['news.ycombinator.com', 'Hacker News'],
    ['www.ycombinator.com', undefined],
    ['boards.greenhouse.io', undefined],
    ['www.finn.no', 'FINN.no'],
    ['127.0.0.1', undefined],
  ])('%s → %s', (host, board) => {
    expect(boardOfHost(host)?.name).toBe(board);
  });

  it.each([
    ['https://medium.com/@lena/what-i-learned-1a2b3c', 'Medium'],
    ['https://medium.com/p/1a2b3c4d', 'Medium'],
    ['https://medium.com/some-magazine/a-post-1a2b3c', undefined],
    ['https://dev.to/lena/my-first-offer-4k2j', 'DEV Community'],
    ['https://lena.example/blog/offers', undefined],
  ])('an article at %s is published by %s', (url, platform) => {
    expect(platformOf(url)).toBe(platform);
  });
});

describe("a board's employer page in the posting's address", () => {
  /** What the address offers: the board and, weakly, the employer. */
  const offered = (url: string) => {
    const out: Record<string, unknown> = {};
    fromAddress(url, (field, value, _o, _e, weight) => (out[field] = field === 'company' ? [value, weight] : value));
    return out;
  };
  it.each([
    [
      'https://join.com/companies/holzwerk-sennfeld/15401187-buchhaltung',
      { source: 'JOIN', company: ['holzwerk sennfeld', 0.3] },
    ],
    ['https://uk.indeed.com/cmp/Brackenfield-Foods/jobs', { source: 'Indeed', company: ['Brackenfield Foods', 0.3] }],
    ['https://www.green-japan.com/company/98812/job/301447', { source: 'Green' }],
    ['https://www.linkedin.com/jobs/view/4190872311/', { source: 'LinkedIn' }],
  ])('%s', (url, want) => {
    expect(offered(url)).toEqual(want);
  });
});

describe('the chat or social network a post was copied from', () => {
  it.each([
    ['[14/11/26, 09:12:40] Priya: Hiring a receptionist at our clinic in Pune, DM me', 'WhatsApp'],
    ['14/11/2026, 09:12 - João: Vaga para recepcionista em Recife', 'WhatsApp'],
    ['‎Forwarded many times\nDriver needed, Nairobi, apply by Friday', 'WhatsApp'],
    ['Vagas Tech PT\n9 120 inscritos\n\nDesenvolvedor backend, remoto', 'Telegram'],
    ['#hiring  |  Rust Guild\n\n**Mo Ansari**  9:05 AM\nWe are hiring a Rust engineer in Lisbon.', 'Slack'],
    ['Lena — Today at 09:12\nWe are hiring a level designer (remote, EU).', 'Discord'],
    ['Kofi Mensah @kofi@scholar.social\nOur lab in Accra is hiring a postdoc.', 'Mastodon'],
    ['Ana @ana-lima.bsky.social\nHiring a product designer in Porto.', 'Bluesky'],
  ])('%j is from %s', (text, platform) => {
    expect(sourceOf(text)).toBe(platform);
  });

  it.each([
    ['Contact anna@acme.example for details.'],
    ['Meeting notes, 14/11/2026\nAgenda: hiring plan'],
    ['#1 tip for interviews: prepare stories'],
  ])('%j names none', (text) => {
    expect(sourceOf(text)).toBeUndefined();
  });
});
