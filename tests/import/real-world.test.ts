import { createServer, type Server } from 'node:http';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitNote } from '../../src/lib/frontmatter.ts';
import { extractRequirements } from '../../src/prep/requirements.ts';
import { formatResult, suggestCompanyNotes, type SourceResult } from '../../src/import/report.ts';
import { importAll, runImport } from '../../src/import/run-import.ts';
import { checkNote } from '../../src/validate/check-note.ts';
import { EXPECTED } from '../fixtures/import/real-world/expected.ts';
import { defaultContext, missingLines, useTempDirs } from './helpers.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/import');
const REAL = join(FIXTURES, 'real-world');

const tempDir = useTempDirs('dossier-real-');

type Imported = Extract<SourceResult, { status: 'imported' }>;
const imported = (results: SourceResult[]) => results.filter((r): r is Imported => r.status === 'imported');
/** A fixture's key in EXPECTED: its path under real-world/, with " row N" for a CSV row. */
const keyOf = (label: string) => relative(REAL, resolve(label));

describe('real-world fixtures', () => {
  let root: string;
  let results: SourceResult[];
  const data = (r: Imported) =>
    splitNote(readFileSync(join(root, r.outcome.note), 'utf8')).data as Record<string, unknown>;

  beforeAll(() => {
    root = tempDir();
    results = runImport([REAL], { root, ctx: defaultContext(root) });
  });

  it('refuse no readable source', () => {
    expect(results.filter((r) => r.status !== 'imported')).toEqual([]);
    expect(imported(results).length).toBe(Object.keys(EXPECTED).length);
  });

  it('validate: every note passes the schema and compiles; placeholders are warnings naming file and field', () => {
    const ctx = defaultContext(root);
    for (const r of imported(results)) {
      const bytes = readFileSync(join(root, r.outcome.note));
      const checked = checkNote(ctx, r.kind === 'application' ? 'applications' : 'articles', r.outcome.note, bytes);
      expect(
        checked.problems.filter((p) => p.severity === 'error'),
        r.outcome.note,
      ).toEqual([]);
      const review = (checked.data?.review as string[] | undefined) ?? [];
      expect(checked.problems.filter((p) => p.severity === 'warning').map((p) => p.field)).toEqual(
        expect.arrayContaining(review),
      );
    }
    const agency = imported(results).find((r) => r.label.endsWith('agency-technical-writer.txt'))!;
    const checked = checkNote(ctx, 'applications', agency.outcome.note, readFileSync(join(root, agency.outcome.note)));
    expect(checked.problems).toContainEqual(
      expect.objectContaining({
        file: agency.outcome.note,
        field: 'company',
        severity: 'warning',
        message: expect.stringContaining('needs review'),
      }),
    );
  });

  it('score at least 85% right and at most 5% wrong against the hand-written table', () => {
    let right = 0;
    let wrong = 0;
    let empty = 0;
    const misses: string[] = [];
    for (const r of imported(results)) {
      const expected = EXPECTED[keyOf(r.label)];
      expect(expected, r.label).toBeDefined();
      const got = data(r);
      for (const [field, want] of Object.entries(expected!)) {
        let have: unknown = field === 'kind' ? r.kind : got[field];
        if ((got.review as string[] | undefined)?.includes(field)) have = undefined; // a placeholder is an empty field
        if (field === 'employment' && have) have = (have as { type: string }).type;
        if (have instanceof Date) have = have.toISOString().slice(0, 10);
        const canonical = (v: unknown): unknown =>
          v && typeof v === 'object' && !Array.isArray(v)
            ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
            : Array.isArray(v)
              ? v.map(canonical)
              : v;
        const same = (a: unknown, b: unknown) =>
          typeof a === 'string' && typeof b === 'string' && field === 'location'
            ? b.toLowerCase().includes(a.toLowerCase()) || a.toLowerCase().includes(b.toLowerCase())
            : JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
        if (want === null) {
          if (have === undefined) right++;
          else {
            wrong++;
            misses.push(`${r.label} ${field}: ${JSON.stringify(have)} (expected nothing)`);
          }
        } else if (have === undefined) {
          empty++;
          misses.push(`${r.label} ${field}: empty (expected ${JSON.stringify(want)})`);
        } else if (same(want, have)) right++;
        else {
          wrong++;
          misses.push(`${r.label} ${field}: ${JSON.stringify(have)} (expected ${JSON.stringify(want)})`);
        }
      }
    }
    const total = right + wrong + empty;
    const pct = (n: number) => `${((100 * n) / total).toFixed(1)}%`;
    console.log(
      `real-world fixtures: ${total} fields, ${right} right (${pct(right)}), ${wrong} wrong (${pct(wrong)}), ${empty} empty (${pct(empty)})\n${misses.join('\n')}`,
    );
    expect(right / total).toBeGreaterThanOrEqual(0.85);
    expect(wrong / total).toBeLessThanOrEqual(0.05);
  });

  it("write frontmatter that Astro's loader reads back as written (every import fixture)", () => {
    const all = tempDir();
    const every = runImport([FIXTURES], { root: all, ctx: defaultContext(all) });
    for (const r of imported(every)) {
      const content = readFileSync(join(all, r.outcome.note), 'utf8');
      const loaded = parseFrontmatter(content).frontmatter as Record<string, unknown>;
      // The written data, as the yaml package (1.2, no dates) reads it: what the importer meant.
      const meant = splitNote(content).data as Record<string, unknown>;
      const asWritten = (v: unknown): unknown =>
        v instanceof Date
          ? v.toISOString().slice(0, 10)
          : Array.isArray(v)
            ? v.map(asWritten)
            : v && typeof v === 'object'
              ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, asWritten(x)]))
              : v;
      expect(asWritten(loaded), r.outcome.note).toEqual(asWritten(meant));
      // Only day fields may come back as dates.
      const dates: string[] = [];
      const walk = (v: unknown, path: string) => {
        if (v instanceof Date) dates.push(path);
        else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
        else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => walk(x, path ? `${path}.${k}` : k));
      };
      walk(loaded, '');
      for (const path of dates)
        expect(path, r.outcome.note).toMatch(/^(?:applied|deadline|published|read|history\[\d+\]\.date)$/);
    }
  });

  it('show every line of every text source on its note', () => {
    for (const r of imported(results)) {
      if (!/\.(txt|md)$/.test(r.label)) continue;
      const content = readFileSync(join(root, r.outcome.note), 'utf8');
      let source = readFileSync(resolve(r.label), 'utf8');
      // Front matter is metadata; template tags and inline HTML show as their text.
      source = source
        .replace(/^(?:---|\+\+\+)\n[\s\S]*?\n(?:---|\+\+\+)\n/, '')
        .replace(
          /<br\s*\/?>|<\/?(?:em|cite|a)[^>]*>|!\[[^\]]*\]\(([^)]*)\)|<img[^>]*alt="([^"]*)"[^>]*>/g,
          (_m, _src, alt) => alt ?? '',
        )
        .replace(/\{%\s*(?:end)?highlight[^%]*%\}/g, '');
      expect(missingLines(source.split('\n'), content, defaultContext()), r.label).toEqual([]);
    }
  });

  it('turn section labels into headings the prep sheet reads, in every language', () => {
    for (const name of [
      'pl-tlumacz-lokalizacja.txt',
      'de-werkstudent-linguistik.txt',
      'no-oversetter-bergen.txt',
      'vi-bien-dich-vien.txt',
      'fr-traducteur-juridique.txt',
      'es-linguista-computacional.txt',
      'uk-civil-service-analyst.txt',
      'en-contract-speech.txt',
      'pt-br-analista-dados.md',
    ]) {
      const r = imported(results).find((x) => x.label.endsWith(name))!;
      const body = splitNote(readFileSync(join(root, r.outcome.note), 'utf8')).body;
      const lists = extractRequirements(body);
      expect(lists.length, name).toBeGreaterThan(0);
      expect(lists[0]!.items.length, name).toBeGreaterThanOrEqual(2);
    }
  });

  it('write no placeholder task and no empty bullet', () => {
    for (const r of imported(results)) {
      const body = splitNote(readFileSync(join(root, r.outcome.note), 'utf8')).body;
      expect(body).not.toContain('Next step');
      expect(body).not.toMatch(/^\s*-\s*$/m);
    }
  });

  it('say why a source is an application or an article, which fields were guessed, and the column mapping', () => {
    const blog = imported(results).find((r) => r.label.endsWith('plain-negotiation-article.txt'))!;
    expect(formatResult(blog)).toMatch(
      /article because: a byline \("By Helena Marchetti"\), a date line, a reading time/,
    );
    const plain = imported(results).find((r) => r.label.endsWith('plain-careers-brightleaf.html'))!;
    expect(formatResult(plain)).toMatch(/guessed: .*company/);
    const sheet = imported(results).find((r) => r.label.endsWith('my-sheet-yn.csv row 2'))!;
    expect(formatResult(sheet)).toContain('Applied? → stage flag "applied" (by header)');
    expect(formatResult(sheet)).toContain('Date → applied (by header, day-first dates)');
    expect(suggestCompanyNotes(results).join('\n')).toContain(
      '"Amazon", "Amazon Web Services", "Amazon.com Services LLC"',
    );
  });

  it('change nothing on re-import', () => {
    const again = runImport([REAL], { root, ctx: defaultContext(root) });
    expect(new Set(imported(again).map((r) => r.outcome.action))).toEqual(new Set(['unchanged']));
  });

  it('record where each note came from', () => {
    const row = imported(results).find((r) => r.label.endsWith('teal-export.csv row 3'))!;
    expect(data(row).importedFrom).toBe('teal-export.csv row 3');
    const page = imported(results).find((r) => r.label.endsWith('greenhouse-tessel.html'))!;
    expect(data(page).importedFrom).toBe('greenhouse-tessel.html');
  });
});

describe('--kind and --map', () => {
  it('--kind article makes a posting an article, and says so', () => {
    const root = tempDir();
    const [r] = runImport([join(REAL, 'postings/en-contract-speech.txt')], {
      root,
      ctx: defaultContext(root),
      kind: 'article',
    });
    expect(r).toMatchObject({ status: 'imported', kind: 'article', reason: '--kind article' });
  });

  it('--map names columns the headers do not, and sets the date order', () => {
    const root = tempDir();
    const src = tempDir();
    writeFileSync(
      join(src, 'odd.csv'),
      'Org,What,Where it stands,When,Got a call\nOrca Ltd,Copy Writer,Ghosted,03/04/2025,y\n',
    );
    const results = runImport([join(src, 'odd.csv')], {
      root,
      ctx: defaultContext(root),
      map: { columns: { Org: 'company', What: 'position', 'Got a call': 'screening' }, dates: 'day-first' },
    });
    const [r] = imported(results);
    expect(r!.mapping!.columns).toEqual([
      'Org → company (by map)',
      'What → position (by map)',
      'Where it stands → stage (by content)',
      'When → applied (by content, day-first dates)',
      'Got a call → stage flag "screening" (by map)',
    ]);
    expect(splitNote(readFileSync(join(root, r!.outcome.note), 'utf8')).data).toMatchObject({
      company: 'Orca Ltd',
      position: 'Copy Writer',
      stage: 'no-answer',
      applied: '2025-04-03',
    });
  });
});

describe('URL import', () => {
  let server: Server;
  let base: string;
  let served = readFileSync(join(REAL, 'pages/greenhouse-tessel.html'), 'utf8');
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/job')
        return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(served);
      if (req.url === '/file.pdf')
        return void res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
      if (req.url === '/gone') return void res.writeHead(404).end('no');
      res.writeHead(500).end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('fetches a page and reads it like a saved one, with its address as url and importedFrom', async () => {
    const root = tempDir();
    const [r] = await importAll([`${base}/job`], { root, ctx: defaultContext(root), allowLocal: true });
    expect(r).toMatchObject({ status: 'imported', kind: 'application' });
    const got = splitNote(readFileSync(join(root, (r as Imported).outcome.note), 'utf8')).data;
    expect(got).toMatchObject({
      company: 'Tessel Labs',
      position: 'Speech Data Scientist',
      url: `${base}/job`,
      importedFrom: `${base}/job`,
    });
    // Fetched again after the page changed: the same note is updated, not a second one made.
    served = served.replace('Design evaluation sets', 'Design new evaluation sets');
    const [again] = await importAll([`${base}/job`], { root, ctx: defaultContext(root), allowLocal: true });
    expect(again).toMatchObject({ outcome: { action: 'updated', note: (r as Imported).outcome.note } });
    expect(readdirSync(join(root, 'applications'))).toHaveLength(1);
  });

  it('says clearly when the address is not a web page, not there, or not reachable', async () => {
    const root = tempDir();
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((done) => closed.close(() => done()));
    const results = await importAll([`${base}/file.pdf`, `${base}/gone`, `http://127.0.0.1:${port}/job`], {
      root,
      ctx: defaultContext(root),
      allowLocal: true,
    });
    expect(results.map((r) => (r.status === 'failed' ? r.reason : r.status))).toEqual([
      expect.stringContaining('returned application/pdf, not a web page'),
      expect.stringContaining('answered 404'),
      expect.stringContaining('refused the connection'),
    ]);
  });
});
