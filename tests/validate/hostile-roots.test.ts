import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { validateArchive } from '../../src/share/sharing-checks.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';

/**
 * Content roots that cannot live in tests/fixtures/bad/ (symbolic links, a
 * loop, a file for a folder, bodies that crash the MDX compiler): each test
 * makes its own in a temporary folder. Validate runs first in every build,
 * so what it refuses here the build refuses with the same lines.
 */
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A valid application; each file its own position, so no two notes are the same application. */
const note = (path: string) =>
  `---\ncompany: Acme\nposition: Engineer for ${path}\nstage: applied\napplied: 2024-10-22\n---\n\n`;

function root(notes: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-hostile-'));
  made.push(dir);
  for (const [path, body] of Object.entries(notes)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), note(path) + body);
  }
  return dir;
}

/** Problems as printed, with paths relative to the root. */
function lines(dir: string): string[] {
  const prefix = `${relative(process.cwd(), dir)}/`;
  return validateArchive(dir).problems.map((p) =>
    formatProblem(p)
      .replaceAll(prefix, '')
      .replaceAll(dir + '/', ''),
  );
}

describe('symbolic links: validate and build see the same notes', () => {
  it('refuses a linked note, naming the link and its target', () => {
    const outside = root({ 'applications/real.mdx': 'Real.' });
    const dir = root({ 'applications/acme.mdx': 'Notes.' });
    symlinkSync(join(outside, 'applications/real.mdx'), join(dir, 'applications/linked.mdx'));
    const found = lines(dir);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^applications\/linked\.mdx:1:1 {2}- {2}is a symbolic link to the file .*real\.mdx; Dossier reads only the notes themselves, not links to them/,
    );
  });

  it('refuses a linked folder of notes', () => {
    const outside = root({ 'applications/real.mdx': 'Real.' });
    const dir = root({ 'applications/acme.mdx': 'Notes.' });
    symlinkSync(join(outside, 'applications'), join(dir, 'applications/more'));
    expect(lines(dir)).toEqual([
      expect.stringMatching(
        /^applications\/more:1:1 {2}- {2}is a symbolic link to the folder .*; Dossier reads only the notes themselves/,
      ),
    ]);
  });

  it('reports a symlink loop once, as a loop', () => {
    const dir = root({ 'applications/acme.mdx': 'Notes.' });
    symlinkSync('..', join(dir, 'applications/loop'));
    symlinkSync('self', join(dir, 'applications/self'));
    const found = lines(dir);
    expect(found).toEqual([
      expect.stringMatching(
        /^applications\/loop:1:1 {2}- {2}is a symlink loop: the symbolic link leads back to .*, a folder that holds it; remove it$/,
      ),
      'applications/self:1:1  -  is a symlink loop: the symbolic link leads back to itself; remove it',
    ]);
  });

  it('ignores a link to a file that is not a note', () => {
    const dir = root({ 'applications/acme.mdx': 'Notes.' });
    writeFileSync(join(dir, 'photo.png'), '');
    symlinkSync(join(dir, 'photo.png'), join(dir, 'applications/photo.png'));
    expect(lines(dir)).toEqual([]);
  });
});

describe('the content root', () => {
  it('must be a folder: a file is an error, not an empty site', () => {
    const dir = root();
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'not a folder');
    const report = validateArchive(file);
    expect(report.errors).toBe(1);
    expect(formatProblem(report.problems[0]!)).toMatch(
      /notes\.txt:1:1 {2}- {2}is a file, not a folder; set DOSSIER_CONTENT to the folder that holds applications\/ and articles\//,
    );
  });
});

const run = promisify(execFile);

/** `npm run validate` as the user runs it, with its exit code and the signal that killed it, if any. */
async function validateCli(content: string) {
  try {
    const { stdout } = await run(process.execPath, ['src/cli/validate.ts'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DOSSIER_CONTENT: content, NO_COLOR: '1' },
    });
    return { code: 0, signal: null, stdout };
  } catch (error) {
    const e = error as { code?: number; signal?: string | null; stdout?: string };
    return { code: e.code ?? -1, signal: e.signal ?? null, stdout: e.stdout ?? '' };
  }
}

describe('npm run validate on bodies that crash the MDX compiler', () => {
  it('exits 1 with a message per note, never with signal 11', async () => {
    const dir = root({
      'applications/dashes.mdx': `${'- '.repeat(5000)}x\n`,
      'applications/parentheses.mdx': `{${'('.repeat(7000)}1${')'.repeat(7000)}}\n`,
      'applications/emphasis.mdx': `${'*'.repeat(20_000)}x${'*'.repeat(20_000)}\n`,
      'applications/tags.mdx': `x ${'<a>'.repeat(20_000)}${'</a>'.repeat(20_000)}\n`,
      'applications/arrows.mdx': `{${'a=>'.repeat(20_000)}1}\n`,
      'applications/quotes.md': `${'> '.repeat(20_000)}x\n`,
    });
    const result = await validateCli(dir);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(1);
    for (const name of ['arrows.mdx', 'dashes.mdx', 'emphasis.mdx', 'parentheses.mdx', 'quotes.md', 'tags.mdx']) {
      expect(result.stdout).toMatch(
        new RegExp(
          `applications/${name.replace('.', '\\.')}:8:\\d+ {2}body {2}(an MDX expression|\\S+ .*nest deeper than 100 levels)`,
        ),
      );
    }
    expect(result.stdout).toMatch(/6 notes checked in .*: 6 errors/);
  });

  it('fails on a content root that is a file', async () => {
    const dir = root();
    writeFileSync(join(dir, 'file'), '');
    const result = await validateCli(join(dir, 'file'));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/file:1:1 {2}- {2}is a file, not a folder/);
  });
});
