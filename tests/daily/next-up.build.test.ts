import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult } from '../helpers/build-site.ts';
import { buildExample } from '../helpers/example-site.ts';

/** The example archive on a pinned day: 30 November 2026. */
let build: BuildResult;
const page = (path: string) => readFileSync(join(build.dist, path), 'utf8');
/** The Next up list of a page as lines of text: "mark date kind title". */
function nextUp(html: string): string[] {
  const list = /<section class="next-up"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
  return [...list.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

describe('Next up on the example archive', () => {
  beforeAll(async () => {
    build = await buildExample();
    expect(build.code, build.stderr).toBe(0);
  });

  it('lists the overdue deadline, the overdue dated task, the upcoming onsite and later deadlines, with marks and prep links', () => {
    const html = page('index.html');
    const items = nextUp(html);
    expect(items.find((i) => i.includes('Deadline') && i.includes('Kestrel'))).toMatch(
      /^overdue 27 Nov 2026 Deadline Last day to answer the offer — /,
    );
    expect(items.find((i) => i.includes('Dry run with Ola'))).toMatch(/^overdue 28 Nov 2026 Task/);
    expect(items.find((i) => i.includes('Fjordline') && i.startsWith('soon'))).toMatch(
      /^soon 3 Dec 2026, 09:30 Interview Interviewing: Onsite in Bergen .*\(5 h\)$/,
    );
    expect(items.find((i) => i.includes('Follow-up') && i.includes('Lumen Lexica'))).toMatch(
      /^overdue 10 Nov 2026 Follow-up Follow up: no answer for 27 days/,
    );
    expect(items.find((i) => i.includes('Deadline') && i.includes('Lumen Lexica'))).toMatch(
      /^today 30 Nov 2026 Deadline/,
    );
    expect(items.find((i) => i.includes('Halcyon') && i.includes('Deadline'))).toMatch(
      /^15 Dec 2026 Deadline Last day to apply — /,
    );
    // Soonest first.
    const days = [...html.matchAll(/<li data-kind="[^"]+"[^>]*>[\s\S]*?<time datetime="([\d-]+)/g)].map((m) => m[1]);
    expect(days.length).toBe(items.length);
    expect([...days].sort()).toEqual(days);
    expect(html).toContain(
      'href="/applications/fjordline-labs-research-scientist-multilingual-evaluation-2026-09-14/prep/"',
    );
  });

  it("shows an application's own items at the top of its page and of its prep sheet", () => {
    const id = 'fjordline-labs-research-scientist-multilingual-evaluation-2026-09-14';
    for (const path of [`applications/${id}/index.html`, `applications/${id}/prep/index.html`]) {
      const items = nextUp(page(path));
      expect(
        items.some((i) => /^soon 3 Dec 2026, 09:30 Interview/.test(i)),
        path,
      ).toBe(true);
      expect(
        items.some((i) => i.includes('Kestrel')),
        path,
      ).toBe(false);
    }
  });

  it('puts the onsite in calendar.ics at its time, with its duration and an alarm the day before', () => {
    const cal = new ICAL.Component(ICAL.parse(page('export/calendar.ics')));
    const onsite = cal
      .getAllSubcomponents('vevent')
      .find(
        (v) =>
          String(v.getFirstPropertyValue('uid')) ===
          'fjordline-labs-research-scientist-multilingual-evaluation-2026-09-14.interviewing.2026-12-03@dossier',
      )!;
    const event = new ICAL.Event(onsite);
    expect([event.startDate.toString(), event.endDate.toString()]).toEqual([
      '2026-12-03T09:30:00',
      '2026-12-03T14:30:00',
    ]);
    expect((onsite.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(
      -86400,
    );
    // The overdue deadline is not in the calendar (it is moot); the overdue follow-up is, on the build day.
    const uids = cal.getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('uid')));
    expect(uids.some((u) => u.includes('deadline.2026-11-27'))).toBe(false);
    const followUp = cal
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
      .find((e) => e.uid === 'lumen-lexica-language-data-program-manager-2026-11-03.follow-up.2026-11-10@dossier')!;
    expect([followUp.startDate.toString(), followUp.summary]).toEqual([
      '2026-11-30',
      'Overdue: Follow up: Language Data Program Manager at Lumen Lexica',
    ]);
    expect(uids.every((u) => u.endsWith('@dossier'))).toBe(true);
  });
  it("marks an application's history steps still to come as upcoming, and only those", () => {
    const html = page('applications/fjordline-labs-research-scientist-multilingual-evaluation-2026-09-14/index.html');
    const history = /<ol class="history">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
    const steps = [...history.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) =>
      m[1]!
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    expect(steps.filter((step) => step.includes('(upcoming)'))).toEqual([expect.stringMatching(/^3 Dec 2026, 09:30 /)]);
    expect(steps.filter((step) => !step.includes('(upcoming)')).length).toBeGreaterThan(1);
  });
  it('shows a posting saved but not sent as saved, not applied', () => {
    const row =
      /<tr[^>]*>(?:(?!<\/tr>)[\s\S])*halcyon-maps-machine-learning-engineer-geospatial(?:(?!<\/tr>)[\s\S])*<\/tr>/.exec(
        page('applications/index.html'),
      )?.[0];
    expect(row?.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toMatch(/saved 10 Nov 2026/);
    const sent =
      /<tr[^>]*>(?:(?!<\/tr>)[\s\S])*kestrel-robotics-research-engineer-speech(?:(?!<\/tr>)[\s\S])*<\/tr>/.exec(
        page('applications/index.html'),
      )?.[0];
    expect(sent).toBeDefined();
    expect(sent).not.toMatch(/saved /);
    expect(page('applications/halcyon-maps-machine-learning-engineer-geospatial-2026-11-10/index.html')).toContain(
      '<dt>CV to send</dt>',
    );
  });
});
