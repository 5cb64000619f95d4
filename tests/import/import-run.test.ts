import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { splitNote } from '../../src/lib/frontmatter.ts';
import { formatResult, type SourceResult } from '../../src/import/report.ts';
import { runImport } from '../../src/import/run-import.ts';
import { MANIFEST_FILE } from '../../src/import/write-note.ts';
import { createApplicationSchema } from '../../src/schemas/application.ts';
import { ArticleSchema } from '../../src/schemas/article.ts';
import { defaultContext, missingLines, useTempDirs } from './helpers.ts';

const PROJECT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(PROJECT, 'tests/fixtures/import');
const NOTION = join(FIXTURES, 'notion-folder');
const PAGE = join(NOTION, 'Job Tracker/Nordwind Labs 0f1e2d3c4b5a69788796a5b4c3d2e1f0.md');
const ALL_CSV = join(NOTION, 'Job Tracker a1b2c3d4e5f60718293a4b5c6d7e8f90_all.csv');
const VIEW_CSV = join(NOTION, 'Job Tracker a1b2c3d4e5f60718293a4b5c6d7e8f90.csv');
const FJORDLINE = join(FIXTURES, 'postings/fjordline-subtitle-translator.txt');
const VISTULA = join(FIXTURES, 'postings/vistula-localization.md');
const TIDEPOOL = join(FIXTURES, 'articles/tidepool-voice-interview.txt');

const tempDir = useTempDirs('dossier-import-', 'each');

function importInto(root: string, paths: string[], opts: { force?: boolean; dryRun?: boolean } = {}) {
  return runImport(paths, { root, ctx: defaultContext(root), ...opts });
}

/** Every file under a folder, relative path → content. */
function tree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      out[join(entry.parentPath, entry.name).slice(root.length + 1)] = readFileSync(
        join(entry.parentPath, entry.name),
        'utf8',
      );
  }
  return out;
}

function notes(root: string): Record<string, string> {
  return Object.fromEntries(Object.entries(tree(root)).filter(([path]) => path.endsWith('.mdx')));
}

function data(content: string): Record<string, unknown> {
  return splitNote(content).data as Record<string, unknown>;
}

/** Every written note passes the schema of its collection. */
function expectValid(root: string) {
  const schema = createApplicationSchema(defaultContext().stages);
  for (const [path, content] of Object.entries(notes(root))) {
    const result = (path.startsWith('applications/') ? schema : ArticleSchema).safeParse(data(content));
    expect(result.success, `${path}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
  }
}

const imported = (results: SourceResult[]) => results.filter((r) => r.status === 'imported');
const actions = (results: SourceResult[]) =>
  results.map((r) => (r.status === 'imported' ? r.outcome.action : r.status));

function zipFolder(dir: string, prefix = ''): Record<string, Uint8Array> {
  const entries: Record<string, Uint8Array> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      entries[`${prefix}${join(entry.parentPath, entry.name).slice(dir.length + 1)}`] = readFileSync(
        join(entry.parentPath, entry.name),
      );
  }
  return entries;
}

describe('a Notion export', () => {
  it('imports the page with its properties and the CSV rows that have no page', () => {
    const root = tempDir();
    const results = importInto(root, [NOTION]);
    expect(results.filter((r) => r.status === 'failed')).toEqual([]);
    expect(results.find((r) => r.label.endsWith(basename(VIEW_CSV)))).toMatchObject({ status: 'skipped' });
    expect(results.find((r) => r.label.endsWith('_all.csv row 2'))).toMatchObject({
      status: 'skipped',
      reason: expect.stringContaining('Nordwind Labs'),
    });
    expect(Object.keys(notes(root)).sort()).toEqual([
      'applications/kestrel-robotics-robot-behaviour-writer-2025-01-15.mdx',
      'applications/lumen-harbor-localization-qa-tester-2024-12-02.mdx',
      'applications/nordwind-labs-speech-data-annotator-2025-03-04.mdx',
    ]);
    const page = data(
      readFileSync(join(root, 'applications/nordwind-labs-speech-data-annotator-2025-03-04.mdx'), 'utf8'),
    );
    expect(page).toEqual({
      company: 'Nordwind Labs',
      position: 'Speech Data Annotator',
      stage: 'screening',
      applied: '2025-03-04',
      cv: 'Annotation Generalist',
      workplace: 'hybrid',
      employment: { type: 'part-time' },
      salary: { min: 22, max: 27, currency: 'EUR', period: 'hour' },
      url: 'https://careers.nordwind.example/jobs/4417',
      contacts: [{ name: 'Ilse Moreno', role: 'Recruiter' }],
      // "Offices in Tromsø and Kiel" in the user's notes is weak evidence of where the job is: left to the user.
      review: ['location'],
      importedFrom: 'Nordwind Labs 0f1e2d3c4b5a69788796a5b4c3d2e1f0.md',
      extra: { Referral: 'Yes', Mood: 'hopeful {but cautious}' },
    });
    const kestrel = data(
      readFileSync(join(root, 'applications/kestrel-robotics-robot-behaviour-writer-2025-01-15.mdx'), 'utf8'),
    );
    expect(kestrel).toMatchObject({
      stage: 'no-answer',
      applied: '2025-01-15',
      cv: 'Creative Writer',
      salary: { min: 38, max: 38, currency: 'USD', period: 'hour' },
      extra: { Notes: 'Asked for a portfolio, sent 3 pieces' },
    });
    const lumen = data(
      readFileSync(join(root, 'applications/lumen-harbor-localization-qa-tester-2024-12-02.mdx'), 'utf8'),
    );
    expect(lumen).toMatchObject({
      stage: 'rejected',
      applied: '2024-12-02',
      salary: { min: 3100, max: 3100, currency: 'EUR', period: 'month' },
    });
    expectValid(root);
  });

  it('keeps the page structure: sections, tasks, nested bullets, the toggle as <details>', () => {
    const root = tempDir();
    importInto(root, [PAGE]);
    const body = splitNote(Object.values(notes(root))[0]!).body.trim();
    expect(body).toContain('## Action items\n\n- [ ] Send the writing sample\n- [x] Ask about the team size');
    expect(body).toContain(
      '- Builds speech models for ferry operators\n    - Offices in Tromsø and Kiel\n        - Kiel is the smaller one',
    );
    expect(body).toMatch(
      /<details>\n<summary>Job Description<\/summary>\n\n\*\*About the role\*\*[\s\S]*- Transcribe recordings in Norwegian and German[\s\S]*<\/details>$/,
    );
    // Active content is text, not markup.
    expect(body).toContain('\\<script>alert("pasted")\\</script>');
    expect(body).toContain('\\[Apply\\]\\(javascript\\:alert\\(1\\)\\)');
  });

  it('gives the same notes from a zip and from a zip of Part-N zips as from the folder', () => {
    const fromFolder = tempDir();
    importInto(fromFolder, [NOTION]);
    const zips = tempDir();
    const zip = join(zips, 'Export-1234.zip');
    writeFileSync(zip, zipSync(zipFolder(NOTION, 'Export/')));
    const fromZip = tempDir();
    expect(actions(importInto(fromZip, [zip])).filter((a) => a === 'failed')).toEqual([]);
    const parts = join(zips, 'Export-parts.zip');
    const all = zipFolder(NOTION);
    const part1 = Object.fromEntries(Object.entries(all).filter(([n]) => n.endsWith('.csv')));
    const part2 = Object.fromEntries(Object.entries(all).filter(([n]) => n.endsWith('.md')));
    writeFileSync(parts, zipSync({ 'Export-Part-1.zip': zipSync(part1), 'Export-Part-2.zip': zipSync(part2) }));
    const fromParts = tempDir();
    const results = importInto(fromParts, [parts]);
    expect(results.find((r) => r.label.includes('Export-Part-2.zip › Job Tracker/Nordwind Labs'))).toMatchObject({
      status: 'imported',
      kind: 'application',
    });
    expect(notes(fromZip)).toEqual(notes(fromFolder));
    expect(notes(fromParts)).toEqual(notes(fromFolder));
  });
});

describe('Notion properties', () => {
  it("keeps a stage it does not know under extra, under the user's name, and says so", () => {
    const root = tempDir();
    const src = tempDir();
    writeFileSync(
      join(src, 'Orca Ltd 00112233445566778899aabbccddeeff.md'),
      '# Orca Ltd\n\nPosition: Copy Writer\n🚦 Stage: Vibing\nApplication Date: sometime in May\n\nNotes here.\n',
    );
    const [result] = importInto(root, [src]);
    expect(result).toMatchObject({ status: 'imported', kind: 'application' });
    if (result?.status !== 'imported') return;
    expect(result.warnings).toEqual([
      expect.stringMatching(
        /^"🚦 Stage: Vibing" is not a stage; the stages are wishlist, applied, .*; kept under extra$/,
      ),
      '"Application Date: sometime in May" is not a date I can read for applied (e.g. "October 22, 2024" or 2024-10-22); kept under extra',
      // A status outside the vocabulary is never guessed: the stage the schema needs waits under review:.
      'the status is not one I know; stage set to wishlist and listed under review:',
    ]);
    const content = readFileSync(join(root, result.outcome.note), 'utf8');
    expect(data(content)).toEqual({
      company: 'Orca Ltd',
      position: 'Copy Writer',
      stage: 'wishlist',
      review: ['stage'],
      importedFrom: 'Orca Ltd 00112233445566778899aabbccddeeff.md',
      extra: { '🚦 Stage': 'Vibing', 'Application Date': 'sometime in May' },
    });
    expect(
      missingLines(
        readFileSync(join(src, 'Orca Ltd 00112233445566778899aabbccddeeff.md'), 'utf8').split('\n'),
        content,
        defaultContext(),
      ),
    ).toEqual([]);
  });

  it('reads a status in the same words as a tracker does (one status vocabulary)', () => {
    const root = tempDir();
    const src = tempDir();
    writeFileSync(
      join(src, 'Orca Ltd 00112233445566778899aabbccddeeff.md'),
      '# Orca Ltd\n\nPosition: Copy Writer\nStatus: Waiting on them\nGehalt: 52.000 € pro Jahr\n\nNotes here.\n',
    );
    const [result] = importInto(root, [src]);
    if (result?.status !== 'imported') throw new Error(JSON.stringify(result));
    expect(data(readFileSync(join(root, result.outcome.note), 'utf8'))).toMatchObject({
      stage: 'applied',
      salary: { min: 52000, max: 52000, currency: 'EUR', period: 'year' },
    });
  });

  it('makes an article of a reading-list page with Author and URL properties', () => {
    const root = tempDir();
    const src = tempDir();
    writeFileSync(
      join(src, 'On glossaries ffeeddccbbaa99887766554433221100.md'),
      '# On glossaries\n\nAuthor: Kim Jones\nURL: https://notes.example/glossaries\nPublished: Feb 1, 2025\nTopic: terminology\n\n- Keep one glossary per client\n',
    );
    const [result] = importInto(root, [src]);
    expect(result).toMatchObject({
      status: 'imported',
      kind: 'article',
      outcome: { note: 'articles/on-glossaries-2025-02-01.mdx' },
    });
    expect(data(readFileSync(join(root, 'articles/on-glossaries-2025-02-01.mdx'), 'utf8'))).toEqual({
      title: 'On glossaries',
      author: 'Kim Jones',
      url: 'https://notes.example/glossaries',
      published: '2025-02-01',
      importedFrom: 'On glossaries ffeeddccbbaa99887766554433221100.md',
      extra: { Topic: 'terminology' },
    });
  });
});

describe('postings and articles', () => {
  it('reads a CRLF text posting', () => {
    const root = tempDir();
    const [result] = importInto(root, [FJORDLINE]);
    expect(result).toMatchObject({
      status: 'imported',
      kind: 'application',
      outcome: { action: 'written', note: 'applications/fjordline-media-as-subtitle-translator.mdx' },
    });
    const content = readFileSync(join(root, 'applications/fjordline-media-as-subtitle-translator.mdx'), 'utf8');
    expect(content).not.toContain('\r');
    expect(data(content)).toEqual({
      company: 'Fjordline Media AS',
      position: 'Subtitle Translator',
      stage: 'wishlist',
      location: 'Bergen, Norway',
      workplace: 'hybrid',
      employment: { type: 'part-time' },
      salary: { min: 260, max: 320, currency: 'NOK', period: 'hour' },
      jobId: 'FJ-2291',
      languages: ['Norwegian', 'English'],
      importedFrom: 'fjordline-subtitle-translator.txt',
    });
    // The posting goes under the template's "Job description"; the template's empty sections are not written.
    expect(splitNote(content).body.trimStart()).toMatch(/^## Job description\n\nFjordline Media AS is looking for/);
    expect(splitNote(content).body).not.toMatch(/^## (?:Action items|Notes on the company)$/m);
  });

  it('reads a Markdown posting with a contract term and monthly pay', () => {
    const root = tempDir();
    importInto(root, [VISTULA]);
    const [content] = Object.values(notes(root));
    // The heading is the one place that names the job, and it reads as a job title (a role noun): written.
    expect(content).not.toMatch(/- position # candidates/);
    expect(data(content!)).toEqual({
      company: 'Vistula Soft Sp. z o.o.',
      position: 'Junior Localization Specialist',
      stage: 'wishlist',
      workplace: 'remote',
      employment: { type: 'contract', term: '6 months' },
      salary: { min: 9000, max: 12000, currency: 'PLN', period: 'month' },
      languages: ['Polish', 'German'],
      importedFrom: 'vistula-localization.md',
    });
    expect(splitNote(content!).body).toContain('### The job');
  });

  it('reads an article and folds its trailing boilerplate into <details>', () => {
    const root = tempDir();
    const [result] = importInto(root, [TIDEPOOL]);
    expect(result).toMatchObject({
      kind: 'article',
      outcome: { note: 'articles/why-small-languages-need-big-listeners-2025-03-03.mdx' },
    });
    const content = readFileSync(join(root, 'articles/why-small-languages-need-big-listeners-2025-03-03.mdx'), 'utf8');
    expect(data(content)).toEqual({
      title: 'Why small languages need big listeners',
      source: 'Tidepool Review',
      author: 'Mara Olsen',
      published: '2025-03-03',
      importedFrom: 'tidepool-voice-interview.txt',
    });
    const body = splitNote(content).body;
    const details = body.indexOf('<details>');
    expect(details).toBeGreaterThan(body.indexOf('{fair pay\\}'));
    expect(body.slice(details)).toContain('Three lessons from building a glossary with volunteers');
    expect(body.slice(details)).toContain('NO, Bergen');
    // The "Related articles" blurb in the middle stays where it was.
    expect(body.indexOf('How a ferry company taught its radio to listen.')).toBeLessThan(details);
  });
});

describe('nothing is lost', () => {
  it.each([PAGE, FJORDLINE, VISTULA, TIDEPOOL])('every line of %s shows on its note', (file) => {
    const root = tempDir();
    importInto(root, [file]);
    const [content] = Object.values(notes(root));
    const lines = readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    expect(missingLines(lines, content!, defaultContext())).toEqual([]);
  });

  it('every cell of every CSV row shows on its note', () => {
    const root = tempDir();
    importInto(root, [ALL_CSV]);
    const written = Object.values(notes(root));
    expect(written).toHaveLength(3);
    const [header, ...rows] = readFileSync(ALL_CSV, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/);
    const columns = header!.split(',');
    for (const row of rows) {
      const name = row.split(',')[0]!;
      const content = written.find((c) => data(c).company === name)!;
      expect(content, name).toBeDefined();
      // Cells as "Column: value" lines; quoted cells hold commas, so read them from the note's source of truth, the CSV.
      const cells = row.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
      const lines = columns.map((column, i) => `${column}: ${cells[i] ?? ''}`);
      expect(missingLines(lines, content, defaultContext())).toEqual([]);
    }
  });
});

describe('re-importing', () => {
  it('changes nothing when the sources are the same', () => {
    const root = tempDir();
    importInto(root, [FIXTURES]);
    const before = tree(root);
    const again = importInto(root, [FIXTURES]);
    // The six sample sources, the three of attacks/ (script links) and the 38 of real-world/.
    expect(imported(again).length).toBe(47);
    expect(new Set(imported(again).map((r) => (r.status === 'imported' ? r.outcome.action : '')))).toEqual(
      new Set(['unchanged']),
    );
    expect(tree(root)).toEqual(before);
    expect(before[MANIFEST_FILE]).toBeDefined();
  });

  it('leaves a note the user edited alone, unless --force', () => {
    const root = tempDir();
    importInto(root, [FJORDLINE]);
    const file = join(root, 'applications/fjordline-media-as-subtitle-translator.mdx');
    const edited = readFileSync(file, 'utf8').replace(
      '## Job description\n',
      '## Notes on the company\n\n- Met them at a meetup\n\n## Job description\n',
    );
    writeFileSync(file, edited);
    const [skipped] = importInto(root, [FJORDLINE]);
    expect(skipped).toMatchObject({
      status: 'imported',
      outcome: { action: 'skipped', reason: expect.stringContaining('--force') },
    });
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(formatResult(skipped!)).toContain(
      'skipped applications/fjordline-media-as-subtitle-translator.mdx (you edited the note',
    );
    const [forced] = importInto(root, [FJORDLINE], { force: true });
    expect(forced).toMatchObject({ outcome: { action: 'updated' } });
    expect(readFileSync(file, 'utf8')).not.toContain('Met them at a meetup');
  });

  it('does not bring back a deleted note without --force', () => {
    const root = tempDir();
    importInto(root, [TIDEPOOL]);
    const [path] = Object.keys(notes(root));
    rmSync(join(root, path!));
    expect(importInto(root, [TIDEPOOL])[0]).toMatchObject({
      outcome: { action: 'skipped', reason: expect.stringContaining('deleted') },
    });
    expect(notes(root)).toEqual({});
    expect(importInto(root, [TIDEPOOL], { force: true })[0]).toMatchObject({
      outcome: { action: 'written', note: path },
    });
  });

  it('gives a second posting for the same job and day its own file', () => {
    const root = tempDir();
    const src = tempDir();
    writeFileSync(join(src, 'a.txt'), 'Company: Orca Ltd\nPosition: Copy Writer\nFirst version of the posting.\n');
    writeFileSync(join(src, 'b.txt'), 'Company: Orca Ltd\nPosition: Copy Writer\nSecond version, reposted.\n');
    importInto(root, [src]);
    expect(Object.keys(notes(root)).sort()).toEqual([
      'applications/orca-ltd-copy-writer-2.mdx',
      'applications/orca-ltd-copy-writer.mdx',
    ]);
    expect(actions(importInto(root, [src]))).toEqual(['unchanged', 'unchanged']);
  });

  it('writes nothing on a dry run', () => {
    const root = tempDir();
    const results = importInto(root, [FIXTURES], { dryRun: true });
    expect(imported(results).length).toBe(47);
    expect(formatResult(imported(results)[0]!, true)).toContain('would be written');
    expect(tree(root)).toEqual({});
  });
});

describe('bad input', () => {
  it('reports each bad source with its reason and imports the others', () => {
    const root = tempDir();
    const src = tempDir();
    writeFileSync(join(src, 'binary.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
    writeFileSync(join(src, 'latin1.txt'), new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    writeFileSync(join(src, 'empty.md'), '');
    writeFileSync(join(src, 'broken.zip'), 'not a zip at all');
    writeFileSync(
      join(src, 'nameless.txt'),
      'We need someone who likes words.\nKey job responsibilities\nWriting, editing.\nApply today.\n',
    );
    mkdirSync(join(src, 'ok'));
    writeFileSync(join(src, 'ok', 'fjordline-subtitle-translator.txt'), readFileSync(FJORDLINE));
    const results = importInto(root, [src, join(src, 'missing.txt')]);
    const failed = Object.fromEntries(
      results
        .filter((r) => r.status === 'failed')
        .map((r) => [basename(r.label), r.status === 'failed' ? r.reason : '']),
    );
    expect(failed).toEqual({
      'binary.txt': expect.stringContaining('binary file'),
      'latin1.txt': expect.stringContaining('not UTF-8'),
      'empty.md': 'the file is empty',
      'broken.zip': expect.stringContaining('not a readable zip file'),
      'missing.txt': 'no such file or folder',
    });
    // A readable source without a company or position is still imported, with placeholders to review.
    expect(Object.keys(notes(root)).sort()).toEqual([
      'applications/fjordline-media-as-subtitle-translator.mdx',
      'applications/nameless.mdx',
    ]);
    expect(data(notes(root)['applications/nameless.mdx']!)).toMatchObject({
      company: 'Unknown company',
      position: 'Unknown position',
      review: ['company', 'position'],
      importedFrom: 'nameless.txt',
    });
    const line = formatResult(results.find((r) => r.label.endsWith('nameless.txt'))!);
    expect(line).toMatch(/written applications\/nameless\.mdx/);
    expect(line).toContain('listed under review:');
  });

  it('exits non-zero from the command line, naming the file, without a stack trace', () => {
    const root = tempDir();
    const src = tempDir();
    writeFileSync(join(src, 'empty.txt'), '\n\n');
    const run = spawnSync(process.execPath, [join(PROJECT, 'src/cli/import.ts'), src, FJORDLINE], {
      env: { ...process.env, DOSSIER_CONTENT: root },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('empty.txt:1:1  -  not imported: the file is empty');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toContain('written applications/fjordline-media-as-subtitle-translator.mdx');
    expect(run.stdout).toContain('1 written, 0 updated, 0 unchanged, 0 skipped, 1 failed.');
  });
});

describe('the nothing-lost check itself', () => {
  it('notices a dropped line, a changed word and a property whose value is not on the page', () => {
    const note =
      '---\ncompany: Orca Ltd\nposition: Writer\nstage: applied\napplied: 2025-01-02\n---\n\nWe write \\{things\\}.\n\n- [ ] call back\n';
    const lines = [
      '# Orca Ltd',
      'Position: Writer',
      'Applied: January 2, 2025',
      'Stage: Applied',
      'We write {things}.',
      '- [ ] call back',
      'A line the note lost.',
      'We write stuff.',
      'Stage: Rejected',
      'Applied: January 3, 2025',
    ];
    expect(missingLines(lines, note, defaultContext())).toEqual([
      'A line the note lost.',
      'We write stuff.',
      'Stage: Rejected',
      'Applied: January 3, 2025',
    ]);
  });
});
