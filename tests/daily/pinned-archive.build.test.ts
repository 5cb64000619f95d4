import { execFile } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateArchive } from '../../src/share/sharing-checks.ts';
import { buildSite, PROJECT_ROOT, scratchDir, type BuildResult } from '../helpers/build-site.ts';

/**
 * A held-out archive on a pinned moment: Sunday 6 December 2026, 14:00 (UTC). Every expectation
 * below was written by hand from the notes in tests/fixtures/sites/daily-pinned/ before the code
 * ran. On the build day, before building, `npm run stage` moves Nordlicht to Offer ("Verbal
 * offer"): a stage change recorded today, which has happened, so it is neither upcoming nor an
 * interview on its page, on the overview, on the board or in the calendar.
 */
const MOMENT = Date.UTC(2026, 11, 6, 14, 0);
const ENV = { SOURCE_DATE_EPOCH: String(MOMENT / 1000), TZ: 'UTC' };
const NORDLICHT = 'nordlicht-mobility-product-analyst-2026-11-02';
const FJORD = 'fjord-analytics-data-scientist-2026-10-05';
const QUIET = 'quiet-harbor-support-engineer-2026-11-15';
const LUMEN = 'lumen-maps-gis-analyst-2026-12-01';
const OLD = 'old-co-analyst-2025-03-01';

let content: string;
let before: string;
let stage: { code: number; stdout: string; stderr: string };
let owner: BuildResult;
let mentor: BuildResult;
const page = (build: BuildResult, path: string) => readFileSync(join(build.dist, path), 'utf8');
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .replace(/ ([:,)])/g, '$1')
    .trim();
/** The Next up list of a page, one line per item. */
const nextUp = (html: string) =>
  [
    ...(/<section class="next-up"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '').matchAll(
      /<li[^>]*>([\s\S]*?)<\/li>/g,
    ),
  ].map((m) => text(m[1]!));
/** The history of an application page, one line per step. */
const history = (html: string) =>
  [...(/<ol class="history">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '').matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) =>
    text(m[1]!),
  );

/** Next up on the owner's overview on the pinned day, soonest first, with marks. */
const OWNER_NEXT_UP = [
  'overdue 22 Nov 2026 Follow-up Follow up: no answer for 21 days — Support Engineer at Quiet Harbor',
  'overdue 4 Dec 2026 Task Send the take-home by 2026-12-04 — Data Scientist at Fjord Analytics',
  'today 6 Dec 2026, 16:30 Interview Interviewing: Team lead — Data Scientist at Fjord Analytics (45 min)',
  'soon 8 Dec 2026 Task Book train on 2026-12-08 — Data Scientist at Fjord Analytics',
  'soon 9 Dec 2026, 10:00 Interview Interviewing: Onsite — Data Scientist at Fjord Analytics (1 h 30 min)',
  '10 Dec 2026 Planned Applied: after the open day — GIS Analyst at Lumen Maps',
  '15 Dec 2026 Deadline Last day to apply — GIS Analyst at Lumen Maps',
  '20 Dec 2026 Deadline Last day to act — Data Scientist at Fjord Analytics',
];

describe('a held-out archive on a pinned day', { timeout: 600_000 }, () => {
  beforeAll(async () => {
    content = join(scratchDir('pinned-'), 'content');
    cpSync(join(PROJECT_ROOT, 'tests/fixtures/sites/daily-pinned'), content, { recursive: true });
    before = readFileSync(join(content, `applications/${NORDLICHT}.mdx`), 'utf8');
    // `npm run stage -- nordlicht offer --note "Verbal offer"`, as the user types it, on the pinned day.
    try {
      const result = await promisify(execFile)(
        process.execPath,
        ['src/cli/stage.ts', 'nordlicht', 'offer', '--note', 'Verbal offer'],
        { cwd: PROJECT_ROOT, env: { ...process.env, ...ENV, DOSSIER_CONTENT: content } },
      );
      stage = { code: 0, ...result };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      stage = { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
    owner = await buildSite(content, { env: ENV });
    mentor = await buildSite(content, { audience: 'mentor', env: ENV });
  });

  it('records the stage change today and keeps every other line of the note', () => {
    expect(stage.code, stage.stderr).toBe(0);
    expect(stage.stdout).toContain('Interviewing → Offer; history step on 2026-12-06: Verbal offer');
    expect(readFileSync(join(content, `applications/${NORDLICHT}.mdx`), 'utf8')).toBe(
      before
        .replace('stage: interviewing\n', 'stage: offer\n')
        .replace(
          '  - { stage: interviewing, date: 2026-11-26, note: Case study }\n',
          '  - { stage: interviewing, date: 2026-11-26, note: Case study }\n  - { stage: offer, date: 2026-12-06, note: Verbal offer }\n',
        ),
    );
    expect(validateArchive(content).errors).toBe(0);
  });

  it('lists Next up on the overview, soonest first, with marks; the offer recorded today is not in it', () => {
    expect(owner.code, owner.stderr).toBe(0);
    expect(nextUp(page(owner, 'index.html'))).toEqual(OWNER_NEXT_UP);
  });

  it('marks history steps: upcoming interviews, a planned step, and nothing on what happened today', () => {
    expect(nextUp(page(owner, `applications/${NORDLICHT}/index.html`))).toEqual([]);
    expect(history(page(owner, `applications/${NORDLICHT}/index.html`))).toEqual([
      '2 Nov 2026 — Applied',
      '12 Nov 2026 — Screening: 25 min call with Miriam, went well',
      '26 Nov 2026 — Interviewing: Case study',
      '6 Dec 2026 — Offer: Verbal offer',
    ]);
    expect(history(page(owner, `applications/${FJORD}/index.html`))).toEqual([
      '5 Oct 2026 — Applied',
      '20 Nov 2026 — Interviewing: First round',
      '6 Dec 2026, 09:00 — Interviewing: Coding exercise',
      '6 Dec 2026, 16:30 — Interviewing (upcoming): Team lead',
      '9 Dec 2026, 10:00 — Interviewing (upcoming): Onsite',
    ]);
    expect(history(page(owner, `applications/${LUMEN}/index.html`))).toEqual([
      '1 Dec 2026 — Wishlist',
      '10 Dec 2026 — Applied (planned): after the open day',
    ]);
    // The prep sheet says the same.
    const prep = text(page(owner, `applications/${NORDLICHT}/prep/index.html`));
    expect(prep).toContain('6 Dec 2026 Offer: Verbal offer');
    expect(prep).not.toMatch(/Offer \((upcoming|planned)\)/);
  });

  it('puts each application on the board with its days in the stage and its next event', () => {
    const html = page(owner, 'board/index.html');
    const cards = Object.fromEntries(
      [...html.matchAll(/<li class="board-card" data-application="([^"]+)">([\s\S]*?)<\/li>/g)].map((m) => [
        m[1],
        // Without the visually hidden title after the next event's day.
        text(m[2]!).replace(/(\d{4}): .*$/, '$1'),
      ]),
    );
    const column = (stage: string) =>
      [
        ...(new RegExp(`data-stage="${stage}"[^>]*>([\\s\\S]*?)</details>`).exec(html)?.[1] ?? '').matchAll(
          /data-application="([^"]+)"/g,
        ),
      ].map((m) => m[1]);
    expect([
      column('wishlist'),
      column('applied'),
      column('interviewing'),
      column('offer'),
      column('rejected'),
    ]).toEqual([[LUMEN], [QUIET], [FJORD], [NORDLICHT], [OLD]]);
    expect(cards).toEqual({
      [LUMEN]: 'Lumen Maps GIS Analyst 5 days in stage Planned 10 Dec 2026',
      [QUIET]: 'Quiet Harbor Support Engineer 21 days in stage overdue Follow-up 22 Nov 2026',
      [FJORD]: 'Fjord Analytics Data Scientist 16 days in stage overdue Task 4 Dec 2026',
      [NORDLICHT]: 'Nordlicht Mobility Product Analyst since today',
      [OLD]: 'Old Co Analyst 626 days in stage',
    });
  });

  it('puts in the calendar what is ahead, and what is overdue on the build day, with alarms', () => {
    const cal = new ICAL.Component(ICAL.parse(page(owner, 'export/calendar.ics')));
    const events = cal.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      const trigger = (v.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger') as ICAL.Duration).toString();
      return [
        e.uid.replace(/\.[0-9a-f]{8}@/, '.#@'),
        e.startDate.toString(),
        e.endDate.toString(),
        e.summary,
        trigger,
        Number(v.getFirstPropertyValue('sequence')),
      ];
    });
    expect(events).toEqual([
      [
        `${FJORD}.interviewing.2026-12-06T16:30@dossier`,
        '2026-12-06T16:30:00',
        '2026-12-06T17:15:00',
        'Interviewing: Data Scientist at Fjord Analytics',
        '-P1D',
        0,
      ],
      [
        `${FJORD}.task.2026-12-04.#@dossier`,
        '2026-12-06',
        '2026-12-07',
        'Overdue: Task: Send the take-home by 2026-12-04 — Data Scientist at Fjord Analytics',
        'PT9H',
        2,
      ],
      [
        `${QUIET}.follow-up.2026-11-22@dossier`,
        '2026-12-06',
        '2026-12-07',
        'Overdue: Follow up: Support Engineer at Quiet Harbor',
        'PT9H',
        14,
      ],
      [
        `${FJORD}.task.2026-12-08.#@dossier`,
        '2026-12-08',
        '2026-12-09',
        'Task: Book train on 2026-12-08 — Data Scientist at Fjord Analytics',
        '-PT15H',
        0,
      ],
      [
        `${FJORD}.interviewing.2026-12-09@dossier`,
        '2026-12-09T10:00:00',
        '2026-12-09T11:30:00',
        'Interviewing: Data Scientist at Fjord Analytics',
        '-P1D',
        0,
      ],
      [
        `${LUMEN}.applied.2026-12-10@dossier`,
        '2026-12-10',
        '2026-12-11',
        'Planned: Applied — GIS Analyst at Lumen Maps',
        '-PT15H',
        0,
      ],
      [
        `${LUMEN}.deadline.2026-12-15@dossier`,
        '2026-12-15',
        '2026-12-16',
        'Deadline: GIS Analyst at Lumen Maps',
        '-PT15H',
        0,
      ],
      [
        `${FJORD}.deadline.2026-12-20@dossier`,
        '2026-12-20',
        '2026-12-21',
        'Deadline: Data Scientist at Fjord Analytics',
        '-PT15H',
        0,
      ],
    ]);
  });

  it('gathers the contacts: one Miriam across two applications, one Tomas', () => {
    const rows = [...page(owner, 'contacts/index.html').matchAll(/<tr>([\s\S]*?)<\/tr>/g)]
      .slice(1)
      .map((m) => text(m[1]!));
    expect(rows).toEqual([
      'Miriam Okafor Recruiter, Referral Nordlicht Mobility, Quiet Harbor 2',
      'Tomas Lind Hiring manager Quiet Harbor 1',
    ]);
    const miriam = page(owner, 'contacts/miriam-okafor/index.html');
    expect(miriam).toContain(`href="/applications/${NORDLICHT}/"`);
    expect(miriam).toContain(`href="/applications/${QUIET}/"`);
    expect(miriam).toContain('href="mailto:miriam@nordlicht.example"');
    // Contacts is in the owner's navigation.
    expect(page(owner, 'index.html')).toMatch(/<nav aria-label="Main">[\s\S]*href="\/contacts\/"[\s\S]*<\/nav>/);
  });

  it('builds the mentor copy: the shared notes alone, the same marks, no contacts', () => {
    expect(mentor.code, mentor.stderr).toBe(0);
    // The owner's agenda without the unshared Quiet Harbor application's follow-up.
    expect(nextUp(page(mentor, 'index.html'))).toEqual(OWNER_NEXT_UP.filter((line) => !line.includes('Quiet Harbor')));
    expect(history(page(mentor, `applications/${NORDLICHT}/index.html`)).at(-1)).toBe(
      '6 Dec 2026 — Offer: Verbal offer',
    );
    const calendar = page(mentor, 'export/calendar.ics');
    expect(calendar).not.toContain(QUIET);
    expect(calendar).not.toContain(NORDLICHT);
    expect(existsSync(join(mentor.dist, 'contacts'))).toBe(false);
    expect(page(mentor, 'index.html')).not.toContain('/contacts/');
  });
});
