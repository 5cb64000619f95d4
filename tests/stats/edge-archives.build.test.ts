import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { readPage } from '../helpers/read-dist.ts';

const ENV = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 22, 12) / 1000) };

/** A content folder written for the test: `files` maps paths under the root to their text. */
function archive(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dossier-edge-'));
  for (const dir of ['applications', 'articles']) mkdirSync(join(root, dir));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
  return root;
}

describe.each([
  ['an empty archive', {}, { sent: '0 applications sent', notice: 'nothing to measure', rows: 0, events: 0 }],
  [
    'a single application',
    {
      'applications/solo.mdx':
        '---\ncompany: Solo Labs\nposition: Data Scientist\nstage: screening\napplied: 2026-10-01\nhistory:\n  - { stage: screening, date: 2026-12-02 }\n---\n',
    },
    { sent: '1 application sent', notice: 'Few data: fewer than 5 applications were sent', rows: 1, events: 1 },
  ],
])('stats, timeline and exports of %s', (_name, files, expected) => {
  let build: BuildResult;
  beforeAll(async () => {
    build = await buildSite(archive(files), { env: ENV });
  });

  it('build, say how little data there is, and export what there is', () => {
    expect(build.code, build.stderr).toBe(0);
    const stats = readPage(build.dist, '/stats/');
    expect(stats).toContain(expected.sent);
    expect(stats).toContain(expected.notice);
    expect(stats).not.toMatch(/NaN|undefined|Infinity/);
    expect(readPage(build.dist, '/timeline/')).not.toMatch(/NaN|undefined|Invalid/);
    const csv = readFileSync(join(build.dist, 'export/applications.csv'), 'utf8');
    expect(parse(csv, { bom: true, columns: true })).toHaveLength(expected.rows);
    expect(JSON.parse(readFileSync(join(build.dist, 'export/applications.json'), 'utf8')).count).toBe(expected.rows);
    const cal = new ICAL.Component(ICAL.parse(readFileSync(join(build.dist, 'export/calendar.ics'), 'utf8')));
    expect(cal.getAllSubcomponents('vevent')).toHaveLength(expected.events);
  });
});
