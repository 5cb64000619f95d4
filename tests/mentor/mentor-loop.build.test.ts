import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { validateArchive } from '../../src/share/sharing-checks.ts';
import { buildSite, PROJECT_ROOT, type BuildResult } from '../helpers/build-site.ts';
import { buildExample } from '../helpers/example-site.ts';
import { readAllText } from '../helpers/read-dist.ts';

/**
 * The mentor loop on a held-out archive (tests/fixtures/sites/mentor-loop),
 * built for real on a pinned day: Thursday 10 December 2026, noon, in ISO
 * week 2026-w50 (Monday 7 to Sunday 13 December). Every expected line below
 * was worked out by hand from the fixture's notes before the code ran:
 * the weekly review (what moved, what is next, what is stuck, commitments,
 * the funnel and its reading), the feedback files on the notes' pages,
 * prep sheets and the overview, the proof-of-search report and its CSV, and
 * the mentor copy, which has the week built from shared notes only and none
 * of the feedback the owner did not share.
 */
const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/sites/mentor-loop');
const ENV = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 11, 10, 12) / 1000) };

let owner: BuildResult;
let mentor: BuildResult;

const doc = (dist: string, path: string) =>
  parseHTML(readFileSync(join(dist, path.replace(/\/$/, '/index.html').replace(/^\//, '')), 'utf8')).document;
const text = (el: { textContent: string | null } | null | undefined) =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const items = (document: Document, selector: string) => [...document.querySelectorAll(selector)].map(text);
const funnel = (document: Document) =>
  Object.fromEntries(
    [...document.querySelectorAll('table.week-funnel tbody tr')].map((row) => [
      row.getAttribute('data-step'),
      [...row.querySelectorAll('td')].map((td) => Number(text(td))),
    ]),
  );

beforeAll(async () => {
  [owner, mentor] = await Promise.all([
    buildSite(FIXTURE, { env: ENV }),
    buildSite(FIXTURE, { env: ENV, audience: 'mentor' }),
  ]);
  expect(owner.code, owner.stderr).toBe(0);
  expect(mentor.code, mentor.stderr).toBe(0);
}, 600_000);

describe('the weekly review, owner build', () => {
  it('builds a page for each week from the first with anything dated (2026-w40) to the current one, and /week/', () => {
    const weeks = readdirSync(join(owner.dist, 'week'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(weeks).toEqual(Array.from({ length: 11 }, (_, i) => `2026-w${40 + i}`));
    // /week/ is the current week: the same review as its own page.
    for (const path of ['/week/', '/week/2026-w50/'])
      expect(text(doc(owner.dist, path).querySelector('h1')), path).toBe('Week 50, 2026 7 Dec 2026 – 13 Dec 2026');
  });

  it("lists exactly the week's sends, interviews held and other stage changes", () => {
    const page = doc(owner.dist, '/week/2026-w50/');
    expect(items(page, '[data-list="week-sent"] > li')).toEqual(['7 Dec 2026 Speech Annotator at Corvid Audio']);
    expect(items(page, '[data-list="week-interviews"] > li')).toEqual([
      '8 Dec 2026, 14:00 Data Linguist at Ashgrove Systems → Interviewing: Panel with the annotation team',
    ]);
    expect(items(page, '[data-list="week-changes"] > li')).toEqual([
      '9 Dec 2026 Localization Lead at Brackenridge Games → Rejected',
      '10 Dec 2026 Content Designer at Fenwick Press → Screening',
    ]);
  });

  it("lists what is next in the coming 7 days from the catalog's agenda, overdue items too, but not this week's tasks", () => {
    const page = doc(owner.dist, '/week/');
    expect(items(page, '#week-next + ul > li')).toEqual([
      'overdue 27 Nov 2026 Follow-up Follow up: no answer for 20 days — NLP Engineer at Dunmore Health',
      'overdue 4 Dec 2026 Task Read the style guide by 2026-12-04 — Terminologist at Elderberry Legal',
      '14 Dec 2026 Follow-up Follow up: no answer for 7 days — Speech Annotator at Corvid Audio',
      '14 Dec 2026, 10:00 Interview Interviewing: Case study review — Data Linguist at Ashgrove Systems (1 h)',
      '15 Dec 2026 Task Call the recruiter on 2026-12-15 — NLP Engineer at Dunmore Health',
      '16 Dec 2026 Deadline Last day to apply — Terminologist at Elderberry Legal',
    ]);
  });

  it('lists the open applications that have not moved for stuckAfterDays (10), longest first', () => {
    const page = doc(owner.dist, '/week/');
    expect(items(page, '[data-list="week-stuck"] > li')).toEqual([
      'NLP Engineer at Dunmore Health — Applied, last moved 20 Nov 2026 (20 days ago)',
      'Research Assistant at Glenmore University — Offer, last moved 24 Nov 2026 (16 days ago)',
      'Terminologist at Elderberry Legal — Wishlist, last moved 25 Nov 2026 (15 days ago)',
    ]);
  });

  it('counts the tasks dated in the week, done against open, without the open task of a closed application', () => {
    const page = doc(owner.dist, '/week/');
    expect(text(page.querySelector('#week-commitments + p'))).toBe('2 of 3 done.');
    expect(items(page, '[data-list="week-commitments"] > li')).toEqual([
      'Done 7 Dec 2026 Send the writing sample (by 2026-12-07) — Data Linguist at Ashgrove Systems',
      'Done 8 Dec 2026 Send the case study 📅 2026-12-08 — Localization Lead at Brackenridge Games',
      'Open 11 Dec 2026 Prepare two stories about guideline disputes (by 2026-12-11) — Data Linguist at Ashgrove Systems',
    ]);
  });

  it("counts the week's funnel and the whole search's, and gives no reading where no step narrows", () => {
    const page = doc(owner.dist, '/week/');
    expect(funnel(page)).toEqual({
      saved: [1, 12],
      sent: [1, 7],
      answered: [1, 4],
      interview: [1, 2],
      offer: [0, 1],
    });
    expect(page.querySelector('.week-reading')?.getAttribute('data-reading')).toBe('none');
  });

  it('reads a week of five postings saved and none sent as "many saved, few sent"', () => {
    const page = doc(owner.dist, '/week/2026-w48/');
    expect(funnel(page).saved).toEqual([5, 9]);
    expect(funnel(page).sent).toEqual([0, 4]);
    expect(page.querySelector('.week-reading')?.getAttribute('data-reading')).toBe('week-saved-sent');
    expect(text(page.querySelector('.week-reading'))).toBe(
      'Many saved, few sent: 5 postings saved this week and 0 sent. The time goes before sending: tailoring each application.',
    );
  });

  it('gives an earlier week its moves and commitments, but no next and no stuck: they are about now', () => {
    const page = doc(owner.dist, '/week/2026-w49/');
    expect(items(page, '[data-list="week-sent"] > li')).toEqual([
      '30 Nov 2026 QA Linguist at Harbourline',
      '1 Dec 2026 Content Designer at Fenwick Press',
    ]);
    expect(items(page, '[data-list="week-interviews"] > li')).toEqual([]);
    expect(items(page, '[data-list="week-changes"] > li')).toEqual([
      '3 Dec 2026 QA Linguist at Harbourline → Withdrawn',
    ]);
    expect(items(page, '[data-list="week-commitments"] > li')).toEqual([
      'Done 3 Dec 2026 Withdraw politely by 2026-12-03 — QA Linguist at Harbourline',
      'Open overdue 4 Dec 2026 Read the style guide by 2026-12-04 — Terminologist at Elderberry Legal',
    ]);
    expect(page.querySelector('#week-next')).toBeNull();
    expect(page.querySelector('#week-stuck')).toBeNull();
    expect(page.querySelector('a[href="/week/2026-w48/"]')).not.toBeNull();
    expect(page.querySelector('a[href="/week/2026-w50/"]')).not.toBeNull();
  });
});

describe('feedback files, owner build', () => {
  const comments = (path: string) =>
    [...doc(owner.dist, path).querySelectorAll('.feedback-comment')].map((li) => ({
      status: li.getAttribute('data-status'),
      meta: text(li.querySelector('.feedback-meta')),
      text: text(li.querySelector('.feedback-text')),
    }));

  it("shows each comment on its note's page and prep sheet, with its status, newest file first", () => {
    const ashgrove = [
      {
        status: 'open',
        meta: 'Open From Rowan · 9 Dec 2026 (feedback/2026-12-09-rowan.md, line 7)',
        text: 'Bring one concrete example of a guideline you rewrote, and what it changed in the MARIGOLDEN agreement scores.',
      },
      {
        status: 'addressed',
        meta: 'Addressed From Rowan · 9 Dec 2026 (feedback/2026-12-09-rowan.md, line 13)',
        text: 'The writing sample reads well; no changes needed.',
      },
    ];
    expect(comments('/applications/ashgrove-data-linguist/')).toEqual(ashgrove);
    expect(comments('/applications/ashgrove-data-linguist/prep/')).toEqual(ashgrove);
    expect(text(doc(owner.dist, '/applications/ashgrove-data-linguist/').querySelector('#feedback'))).toBe(
      'Feedback (1 open, 1 addressed)',
    );
    expect(comments('/applications/dunmore-nlp-engineer/')).toEqual([
      {
        status: 'open',
        meta: 'Open From Rowan · 9 Dec 2026 (feedback/2026-12-09-rowan.md, line 23)',
        text: 'Follow up by phone rather than by e-mail; they answer calls.',
      },
      {
        status: 'open',
        meta: 'Open 2 Dec 2026 (feedback/2026-12-02-notes.md, line 8)',
        text: 'Ask the ZEPHYRINE question about the relocation clause before anything else.',
      },
    ]);
    // `about:` with a bare file name: the text before the first section is its comment.
    expect(comments('/applications/corvid-speech-annotator/')).toEqual([
      {
        status: 'open',
        meta: 'Open 2 Dec 2026 (feedback/2026-12-02-notes.md, line 2)',
        text: 'Apply before Friday: the posting says they review applications on a rolling basis.',
      },
    ]);
    expect(comments('/articles/reading-annotation-guidelines-as-a-product-spec/')).toEqual([
      {
        status: 'open',
        meta: 'Open From Rowan · 9 Dec 2026 (feedback/2026-12-09-rowan.md, line 19)',
        text: 'The second half of this summary is the useful part: move it up.',
      },
    ]);
    expect(comments('/applications/glenmore-research-assistant/')).toEqual([]);
  });

  it('counts the open comments on the overview, with the notes they are on', () => {
    const page = doc(owner.dist, '/');
    const count = page.querySelector('[data-open-feedback]');
    expect(count?.getAttribute('data-open-feedback')).toBe('5');
    expect(text(count)).toBe('5 open comments on 4 notes, of 6 comments in all.');
    expect(items(page, '#overview-feedback ~ ul > li')).toEqual([
      'Data Linguist at Ashgrove Systems 1 open comment',
      'Reading annotation guidelines as a product spec 1 open comment',
      'NLP Engineer at Dunmore Health 2 open comments',
      'Speech Annotator at Corvid Audio 1 open comment',
    ]);
  });

  it('warns, in validate and in the build alike, about a comment in a shared file on a note that is not shared', () => {
    const line =
      'feedback/2026-12-02-notes.md:8:4  section  warning: is about applications/dunmore-nlp-engineer, which is not shared: the file is shared, but this comment stays out of the mentor copy';
    const report = validateArchive(FIXTURE);
    const prefix = `${FIXTURE.slice(process.cwd().length + 1)}/`;
    expect(report.problems.map((p) => formatProblem(p).replaceAll(prefix, ''))).toEqual([line]);
    expect(owner.stdout + owner.stderr).toContain(line.replace('feedback/', `${prefix}feedback/`));
  });
});

describe('the proof-of-search report, owner build', () => {
  const DECEMBER = [
    ['2026-12-01', 'Fenwick Press', 'Content Designer', '+48 recruiter call', 'Applied', 'Screening'],
    ['2026-12-03', 'Harbourline', 'QA Linguist', 'Job board', 'Withdrawn', 'Withdrawn'],
    ['2026-12-07', 'Corvid Audio', 'Speech Annotator', 'LinkedIn', 'Applied', 'Applied'],
    ['2026-12-08', 'Ashgrove Systems', 'Data Linguist', 'company site', 'Interviewing', 'Interviewing'],
    ['2026-12-09', 'Brackenridge Games', 'Localization Lead', 'Studio careers page', 'Rejected', 'Rejected'],
    ['2026-12-10', 'Fenwick Press', 'Content Designer', '+48 recruiter call', 'Screening', 'Screening'],
  ];

  it("lists a month's sends, interviews and stage changes in the configured columns, as the notes have them", () => {
    const page = doc(owner.dist, '/activity/2026-12/');
    expect(items(page, 'table.activity thead th')).toEqual([
      'Date',
      'Company',
      'Position',
      'How applied',
      'Event',
      'Result',
    ]);
    const rows = [...page.querySelectorAll('table.activity tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.querySelector('time')?.getAttribute('datetime') ?? text(td)),
    );
    expect(rows).toEqual(DECEMBER);
    expect(text(page.querySelector('h1'))).toBe('December 2026');
    expect(text(page.querySelector('h1 + p'))).toBe('2 applications sent, 1 interview, 3 other stage changes.');
  });

  it('builds a page per month from the first move to the build month, and the whole search', () => {
    const months = readdirSync(join(owner.dist, 'activity'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(months).toEqual(['2026-10', '2026-11', '2026-12']);
    const whole = doc(owner.dist, '/activity/');
    expect(items(whole, 'section > h2')).toEqual(['October 2026', 'November 2026', 'December 2026']);
  });

  it('exports every row as CSV with the configured headings, a BOM, and no formula that can run', () => {
    const csv = readFileSync(join(owner.dist, 'export/activity.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFDate,Company,Position,How applied,Event,Result\r\n')).toBe(true);
    const records = parse(csv.replace(/^\uFEFF/, ''), { from_line: 2 }) as string[][];
    const december = records.filter((r) => r[0]!.startsWith('2026-12'));
    // A cell that starts like a formula ("+48 …") gets a leading apostrophe.
    expect(december).toEqual(DECEMBER.map((row) => row.map((cell) => (cell.startsWith('+') ? `'${cell}` : cell))));
    // October: Brackenridge applied and was screened, Glenmore applied.
    expect(records.filter((r) => r[0]!.startsWith('2026-10')).map((r) => `${r[0]} ${r[1]} ${r[4]}`)).toEqual([
      '2026-10-01 Brackenridge Games Applied',
      '2026-10-05 Glenmore University Applied',
      '2026-10-20 Brackenridge Games Screening',
    ]);
  });
});

describe('the mentor copy of the held-out archive', () => {
  it('has the week page built from the shared notes only', () => {
    const page = doc(mentor.dist, '/week/');
    expect(items(page, '[data-list="week-sent"] > li')).toEqual(['7 Dec 2026 Speech Annotator at Corvid Audio']);
    expect(items(page, '[data-list="week-interviews"] > li')).toEqual([
      '8 Dec 2026, 14:00 Data Linguist at Ashgrove Systems → Interviewing: Panel with the annotation team',
    ]);
    expect(items(page, '[data-list="week-changes"] > li')).toEqual([]);
    expect(items(page, '#week-next + ul > li')).toEqual([
      'overdue 4 Dec 2026 Task Read the style guide by 2026-12-04 — Terminologist at Elderberry Legal',
      '14 Dec 2026 Follow-up Follow up: no answer for 7 days — Speech Annotator at Corvid Audio',
      '14 Dec 2026, 10:00 Interview Interviewing: Case study review — Data Linguist at Ashgrove Systems (1 h)',
      '16 Dec 2026 Deadline Last day to apply — Terminologist at Elderberry Legal',
    ]);
    expect(items(page, '[data-list="week-stuck"] > li')).toEqual([
      'Terminologist at Elderberry Legal — Wishlist, last moved 25 Nov 2026 (15 days ago)',
    ]);
    expect(text(page.querySelector('#week-commitments + p'))).toBe('1 of 2 done.');
    expect(funnel(page)).toEqual({
      saved: [1, 6],
      sent: [1, 3],
      answered: [0, 1],
      interview: [1, 1],
      offer: [0, 0],
    });
    const weeks = readdirSync(join(mentor.dist, 'week'), { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(weeks.map((e) => e.name)).toEqual(['2026-w47', '2026-w48', '2026-w49', '2026-w50']);
  });

  it('has no feedback file the owner did not share, and of a shared one only the comments on shared notes', () => {
    const all = readAllText(mentor.dist);
    const leaks = [...all].filter(([, content]) => /MARIGOLDEN|ZEPHYRINE|Rowan|rather than by e-mail/.test(content));
    expect(leaks.map(([file]) => file)).toEqual([]);
    expect([...all.keys()].filter((file) => /feedback|\.md$/.test(file))).toEqual([]);
    // The shared file's comment on a shared note is there, and counted.
    const corvid = doc(mentor.dist, '/applications/corvid-speech-annotator/');
    expect(items(corvid, '.feedback-comment .feedback-text')).toEqual([
      'Apply before Friday: the posting says they review applications on a rolling basis.',
    ]);
    expect(doc(mentor.dist, '/').querySelector('[data-open-feedback]')?.getAttribute('data-open-feedback')).toBe('1');
    expect(doc(mentor.dist, '/applications/ashgrove-data-linguist/').querySelector('.feedback-comment')).toBeNull();
    // The owner's build has them all (else the check above proves nothing).
    const ownerText = [...readAllText(owner.dist).values()].join('\n');
    for (const word of ['MARIGOLDEN', 'ZEPHYRINE', 'Rowan']) expect(ownerText).toContain(word);
  });

  it("shows each shared note's key and a snippet of a feedback section to copy", () => {
    const page = doc(mentor.dist, '/applications/ashgrove-data-linguist/');
    expect(text(page.querySelector('.feedback-key code'))).toBe('applications/ashgrove-data-linguist');
    expect(page.querySelector('button.copy-snippet')?.getAttribute('data-snippet')).toBe(
      '## applications/ashgrove-data-linguist\n\nstatus: open\n\n',
    );
    const article = doc(mentor.dist, '/articles/reading-annotation-guidelines-as-a-product-spec/');
    expect(text(article.querySelector('.feedback-key code'))).toBe(
      'articles/reading-annotation-guidelines-as-a-product-spec',
    );
    // The owner's own build has no key box: it is for the mentor.
    expect(doc(owner.dist, '/applications/ashgrove-data-linguist/').querySelector('.feedback-key')).toBeNull();
  });

  it('has the proof-of-search report when the configuration shares it, from shared notes only', () => {
    const page = doc(mentor.dist, '/activity/2026-12/');
    expect(
      [...page.querySelectorAll('table.activity tbody tr')].map((tr) => text(tr.querySelector('td:nth-child(2)'))),
    ).toEqual(['Harbourline', 'Corvid Audio', 'Ashgrove Systems']);
    expect(existsSync(join(mentor.dist, 'export/activity.csv'))).toBe(true);
  });
});

describe('the example archive', () => {
  let exampleOwner: BuildResult;
  let exampleMentor: BuildResult;
  beforeAll(async () => {
    [exampleOwner, exampleMentor] = await Promise.all([buildExample(), buildExample('mentor')]);
    expect(exampleOwner.code, exampleOwner.stderr).toBe(0);
    expect(exampleMentor.code, exampleMentor.stderr).toBe(0);
  }, 600_000);

  it('shows its feedback file on the notes it names, and counts the open comments', () => {
    const page = doc(
      exampleOwner.dist,
      '/applications/fjordline-labs-research-scientist-multilingual-evaluation-2026-09-14/',
    );
    expect(items(page, '.feedback-comment[data-status="open"] .feedback-meta')).toEqual([
      'Open From Anna · 1 Dec 2026 (feedback/2026-12-01-anna.md, line 8)',
    ]);
    expect(
      items(
        doc(exampleOwner.dist, '/articles/salary-negotiation-first-offer/'),
        '.feedback-comment[data-status="addressed"] .feedback-text',
      ),
    ).toEqual(['A good summary. Bring its three questions to the Kestrel offer call.']);
    expect(doc(exampleOwner.dist, '/').querySelector('[data-open-feedback]')?.getAttribute('data-open-feedback')).toBe(
      '2',
    );
  });

  it('keeps the proof-of-search report and the unshared feedback out of the mentor copy by default', () => {
    expect(existsSync(join(exampleMentor.dist, 'activity'))).toBe(false);
    expect(existsSync(join(exampleMentor.dist, 'export/activity.csv'))).toBe(false);
    const all = [...readAllText(exampleMentor.dist).values()].join('\n');
    expect(all).not.toContain('/activity/');
    expect(all).not.toContain('rater-drift result');
    expect(existsSync(join(exampleMentor.dist, 'week/index.html'))).toBe(true);
  });
});

describe('a feedback file that names a note the archive does not have', () => {
  it('fails the build with the line validate prints, naming the file', async () => {
    const root = join(PROJECT_ROOT, 'tests/fixtures/bad/feedback-unknown-note');
    const build = await buildSite(root);
    expect(build.code).not.toBe(0);
    const prefix = `${root.slice(process.cwd().length + 1)}/`;
    const line = `${prefix}feedback/2026-12-06-anna.md:5:4  section  found "applications/acm", but no note has that key (did you mean "applications/acme"?)`;
    expect(validateArchive(root).problems.map(formatProblem)[0]).toContain(line);
    expect(build.stdout + build.stderr).toContain(line);
    expect(build.stdout + build.stderr).not.toMatch(/\n\s+at /);
  });
});
