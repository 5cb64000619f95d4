import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, type BuildResult } from '../helpers/build-site.ts';
import { listFiles, readAllText, readPage } from '../helpers/read-dist.ts';

const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/sites/campaign');
/** Pins "today" to 22 Nov 2026, so upcoming events and stats are the same on every run. */
const ENV = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 22, 12) / 1000) };
const IDS = [
  'borealis-data-associate',
  'borealis-language-engineer',
  'halcyon-wishlist',
  'kestrel-research-engineer',
  'mirrorvale-private',
  'northwind-data-scientist',
];
const SHARED_IDS = IDS.filter((id) => id !== 'mirrorvale-private');

const read = (dist: string, path: string) => readFileSync(join(dist, path), 'utf8');
const csvRecords = (dist: string) =>
  parse(read(dist, 'export/applications.csv'), { bom: true, columns: true }) as Record<string, string>[];
const calendar = (dist: string) =>
  new ICAL.Component(ICAL.parse(read(dist, 'export/calendar.ics')))
    .getAllSubcomponents('vevent')
    .map((v) => new ICAL.Event(v));

/**
 * Pages this issue adds: none may ship JavaScript, but the site layout's one inline script that sets
 * the theme before the first paint (ThemeScript.astro, issue 15).
 */
const noScript = (html: string, themeScript = false) => {
  const rest = themeScript ? html.replace(/<script id="theme-init">[\s\S]*?<\/script>/, '') : html;
  expect(rest).not.toMatch(/<script/i);
  expect(rest).not.toMatch(/\.m?js["'?#)]/);
};

describe('the campaign fixture, owner build', () => {
  let build: BuildResult;
  beforeAll(async () => {
    build = await buildSite(FIXTURE, { env: ENV });
  });

  it('builds every new page and export', () => {
    expect(build.code, build.stderr).toBe(0);
    const files = listFiles(build.dist);
    expect(files).toEqual(
      expect.arrayContaining([
        'stats/index.html',
        'timeline/index.html',
        'export/applications.csv',
        'export/applications.json',
        'export/calendar.ics',
      ]),
    );
    for (const id of IDS) expect(files).toContain(`applications/${id}/prep/index.html`);
  });

  it('ships no JavaScript on stats, timeline and prep pages, but the theme script on the first two', () => {
    for (const path of ['/stats/', '/timeline/']) noScript(readPage(build.dist, path), true);
    for (const id of IDS) noScript(readPage(build.dist, `/applications/${id}/prep/`), true);
  });

  it('puts the requirement checklist, my sections, siblings and article key points on the prep sheet', () => {
    const page = readPage(build.dist, '/applications/borealis-language-engineer/prep/');
    expect(page).toContain('Basic Qualifications');
    expect(page).toContain('Preferred Qualifications');
    expect(page).toMatch(
      /<li[^>]*><span class="prep-box" aria-hidden="true"[^>]*><\/span><span[^>]*>Experience with Python and regular expressions \(zephyrquartz\)<\/span><\/li>/,
    );
    expect(page).toContain('lanternmoss');
    expect(page).toContain('Aoife is fast and friendly');
    expect(page).toContain('Revise the six stories in STAR format');
    expect(page).not.toContain('Ask Tomasz');
    expect(page).toContain('href="/applications/borealis-data-associate/"');
    expect(page).toContain('Not selected after the written test');
    expect(page).toContain('href="/articles/borealis-eval/"');
    expect(page).toContain('Human ratings beat automatic metrics for locale quality (quillbright).');
    expect(page).toContain('<strong>regression</strong>');
    expect(page).not.toContain('Not a key point');
    // A line may break after the "@" (<wbr>), which copies and reads as the address.
    expect(page).toMatch(/aoife@(?:<wbr[^>]*>)?example\.com/);
    // Print-first: no site header, navigation or search form.
    expect(page).not.toMatch(/<header class="site"|aria-label="Main"|site-search|<footer class="site"/);
  });

  it('finds a requirement list under a heading, and shows a short job description when there is none', () => {
    expect(readPage(build.dist, '/applications/kestrel-research-engineer/prep/')).toContain('PyTorch experience');
    expect(readPage(build.dist, '/applications/northwind-data-scientist/prep/')).toContain(
      'Python and SQL are must-haves.',
    );
  });

  it('links the prep sheet from the application page and lists screening and interviewing ones on the overview', () => {
    expect(readPage(build.dist, '/applications/northwind-data-scientist/')).toContain(
      'href="/applications/northwind-data-scientist/prep/"',
    );
    const overview = readPage(build.dist, '/');
    // The Prep list (Next up above it links the prep sheet of every dated item, a wishlist deadline too).
    const prep = overview.slice(overview.indexOf('<h2>Prep</h2>'), overview.indexOf('<h2>Open action items</h2>'));
    expect(prep.length).toBeGreaterThan(0);
    for (const id of ['borealis-language-engineer', 'kestrel-research-engineer', 'mirrorvale-private'])
      expect(prep).toContain(`href="/applications/${id}/prep/"`);
    for (const id of ['northwind-data-scientist', 'halcyon-wishlist', 'borealis-data-associate'])
      expect(prep).not.toContain(`href="/applications/${id}/prep/"`);
    expect(overview).toContain('href="/stats/"');
    expect(overview).toContain('href="/export/calendar.ics"');
  });

  it('shows the funnel, rates and time charts with text alternatives', () => {
    const page = readPage(build.dist, '/stats/');
    expect(page).toContain('5 applications sent, 1 saved but not sent');
    expect(page).not.toContain('Few data: fewer than 5 applications were sent');
    const svgs = page.match(/<svg [^>]*role="img" aria-labelledby="[^"]+"/g) ?? [];
    expect(svgs.length).toBeGreaterThanOrEqual(5);
    expect(page).toContain(
      'Funnel: applications that got at least this far: Applied 5 (100%); Screening 3 (60%); Interviewing 1 (20%); Offer 0 (0%); Accepted 0 (0%).',
    );
    expect(page).toMatch(/<th scope="row">Applied<\/th><td>12 days \(n = 3\)<\/td>/);
    // 12 days median to first answer over 3 applications: flagged.
    expect(page).toMatch(
      /12 days<\/span><span class="muted"> · from 3 applications<\/span> <span class="few-data">few data: n = 3<\/span>/,
    );
    expect(page).toContain('href="/roles/language-and-ai-data/"');
    expect(page).toContain('href="/companies/borealis-cloud/"');
  });

  it('lists every dated event on the timeline, by month, with links', () => {
    const page = readPage(build.dist, '/timeline/');
    for (const month of ['June 2024', 'October 2024', 'November 2024', 'March 2099']) expect(page).toContain(month);
    expect(page).toContain('href="/articles/borealis-eval/"');
    expect(page).toContain('Referral submitted the same day');
    expect(page.indexOf('June 2024')).toBeLessThan(page.indexOf('October 2024'));
  });

  it('exports a CSV that parses back to one row per application', () => {
    const csv = read(build.dist, 'export/applications.csv');
    expect(csv.startsWith('\uFEFFid,')).toBe(true);
    const rows = csvRecords(build.dist);
    expect(rows.map((r) => r.id).sort()).toEqual(IDS);
    expect(rows.find((r) => r.id === 'borealis-language-engineer')).toMatchObject({
      company: 'Borealis Cloud',
      stage: 'Interviewing',
      history: 'applied 2024-10-22 → screening 2024-11-03 → interviewing 2099-03-04',
      salary: 'EUR 52,000 – 68,000/year',
      contacts: 'Aoife Brennock (Recruiter) <aoife@example.com>',
      languages: 'English; Polish',
      extra: 'GPT Consult: No',
    });
  });

  it('exports the same rows as JSON', () => {
    const doc = JSON.parse(read(build.dist, 'export/applications.json'));
    expect(doc.audience).toBe('owner');
    expect(doc.applications.map((r: { id: string }) => r.id)).toEqual(csvRecords(build.dist).map((r) => r.id));
    const le = doc.applications.find((r: { id: string }) => r.id === 'borealis-language-engineer');
    expect(le.salary).toEqual({ min: 52000, max: 68000, currency: 'EUR', period: 'year' });
    expect(le.history).toHaveLength(3);
  });

  it('exports upcoming interviews and deadlines as iCalendar', () => {
    const ics = read(build.dist, 'export/calendar.ics');
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(calendar(build.dist).map((e) => [e.uid, e.startDate.toString(), e.summary])).toEqual([
      [
        'borealis-language-engineer.deadline.2099-02-01@dossier',
        '2099-02-01',
        'Deadline: Language Engineer I at Borealis Cloud',
      ],
      [
        'borealis-language-engineer.interviewing.2099-03-04@dossier',
        '2099-03-04',
        'Interviewing: Language Engineer I at Borealis Cloud',
      ],
      [
        'mirrorvale-private.screening.2099-04-04@dossier',
        '2099-04-04',
        // Issue 22: only a step at an interview-kind stage is an interview; a screening (kind answered) to come is planned.
        'Planned: Screening — Quantum Sommelier at Mirrorvale Secretco',
      ],
      [
        'halcyon-wishlist.deadline.2099-12-15@dossier',
        '2099-12-15',
        'Deadline: Machine Learning Engineer at Halcyon Maps',
      ],
    ]);
  });
});

describe('the campaign fixture, mentor build', () => {
  let build: BuildResult;
  beforeAll(async () => {
    build = await buildSite(FIXTURE, { audience: 'mentor', env: ENV });
  });

  it('builds', () => {
    expect(build.code, build.stderr).toBe(0);
  });

  it('exports only shared notes and no private field', () => {
    expect(
      csvRecords(build.dist)
        .map((r) => r.id)
        .sort(),
    ).toEqual(SHARED_IDS);
    for (const file of ['export/applications.csv', 'export/applications.json', 'export/calendar.ics']) {
      const text = read(build.dist, file);
      expect(text).not.toMatch(/Mirrorvale|Quantum Sommelier|99001|99,001|52000|52,000|Aoife|aoife@/);
    }
    // No column of a private field at all (the sensitivity table, src/notes/sensitivity.ts).
    const le = csvRecords(build.dist).find((r) => r.id === 'borealis-language-engineer')!;
    expect(le).not.toHaveProperty('salary');
    expect(le).not.toHaveProperty('contacts');
    expect(le).toHaveProperty('history_notes');
    expect(JSON.parse(read(build.dist, 'export/applications.json')).audience).toBe('mentor');
    expect(calendar(build.dist).map((e) => e.uid)).not.toContain('mirrorvale-private.screening.2099-04-04@dossier');
  });

  it('keeps private notes, blocks and fields off prep sheets, stats and the timeline', () => {
    const files = listFiles(build.dist);
    expect(files).not.toContain('applications/mirrorvale-private/prep/index.html');
    const le = readPage(build.dist, '/applications/borealis-language-engineer/prep/');
    expect(le).not.toMatch(/Secret reading|velvetcipher|Aoife Brennock|aoife@|52,000/);
    expect(le).toContain('quillbright');
    expect(readPage(build.dist, '/applications/kestrel-research-engineer/prep/')).not.toContain('cobaltmirage');
    const stats = readPage(build.dist, '/stats/');
    expect(stats).toContain('4 applications sent');
    expect(stats).toContain('Few data: fewer than 5 applications were sent');
    expect(readPage(build.dist, '/timeline/')).not.toMatch(/Mirrorvale|Secret reading/);
    for (const [file, text] of readAllText(build.dist)) {
      expect(text.includes('Mirrorvale') || text.includes('velvetcipher') || text.includes('cobaltmirage'), file).toBe(
        false,
      );
    }
  });
});
