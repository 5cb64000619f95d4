import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build-site.ts';

const run = promisify(execFile);

/** `npm run validate` as the user runs it: the script on Node's type stripping, from the project folder. */
async function validate(content: string, args: string[] = []) {
  const env = { ...process.env, DOSSIER_CONTENT: content, NO_COLOR: '1' };
  try {
    const { stdout, stderr } = await run(process.execPath, ['src/cli/validate.ts', ...args], {
      cwd: PROJECT_ROOT,
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

const bad = (name: string) => `tests/fixtures/bad/${name}`;

// Each run starts Node; a busy machine can take seconds.
describe('npm run validate', () => {
  it('prints every problem of a note, then a summary, and exits 1 on errors', async () => {
    const result = await validate(bad('many-problems'));
    expect(result.code).toBe(1);
    const file = 'tests/fixtures/bad/many-problems/applications/acme.mdx';
    expect(result.stdout.split('\n')).toEqual([
      `${file}:2:1  position  is missing; this field is required`,
      expect.stringMatching(
        new RegExp(`^${file}:3:8  stage  found "Intervew" \\(did you mean "Interview"\\?\\); allowed: wishlist`),
      ),
      `${file}:4:10  applied  found "2024-13-01", which is not a day of the calendar; expected a real date as YYYY-MM-DD`,
      `${file}:5:8  share  found "yes"; expected true or false (without quotes)`,
      `${file}:8:1  body  unknown component <Widget>; a note may use <Private> without an import, or import a component from a file; for a literal "<", write \\<`,
      `tests/fixtures/bad/many-problems/applications/globex.mdx:12:1  body  shows the image "./org-chart.png", but there is no such file (looked for tests/fixtures/bad/many-problems/applications/org-chart.png); the path is relative to the note, and an image in public/ is written from the site's root ("/logo.png")`,
      '',
      '2 notes checked in tests/fixtures/bad/many-problems: 6 errors, 0 warnings.',
      '',
    ]);
    expect(result.stderr).toBe('');
  });

  it('exits 0 when there are only warnings, and marks them as warnings', async () => {
    const result = await validate(bad('warning-no-date'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'tests/fixtures/bad/warning-no-date/applications/acme.mdx:2:1  applied  warning: is missing',
    );
    expect(result.stdout).toContain('1 note checked in tests/fixtures/bad/warning-no-date: 0 errors, 1 warning.');
  });

  it('exits 0 on good input', async () => {
    const result = await validate('tests/fixtures/good/archive');
    expect(result).toMatchObject({
      code: 0,
      stdout: '9 notes checked in tests/fixtures/good/archive: 0 errors, 0 warnings.\n',
    });
  });

  it('passes the example archive in content/', async () => {
    const result = await validate('content', ['--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.notes).toBeGreaterThan(10);
    expect(report.errors).toBe(0);
  });

  it('prints a machine-readable report with --json', async () => {
    const result = await validate(bad('duplicate-url'), ['--json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toEqual({
      root: join(PROJECT_ROOT, 'tests/fixtures/bad/duplicate-url'),
      notes: 2,
      errors: 1,
      warnings: 0,
      problems: [
        {
          file: 'tests/fixtures/bad/duplicate-url/applications/acme-engineer.mdx',
          line: 1,
          column: 1,
          field: '-',
          message:
            'gets the same URL /applications/acme-engineer/ as tests/fixtures/bad/duplicate-url/applications/Acme Engineer.mdx; rename one of the two files',
          severity: 'error',
        },
      ],
    });
  });

  it('gives the same output, in the same order, on every run', async () => {
    const first = await validate('tests/fixtures/bad/company-alias-twice');
    const second = await validate('tests/fixtures/bad/company-alias-twice');
    expect(second.stdout).toBe(first.stdout);
  });

  it('reports a missing content folder and an unknown option without a stack trace', async () => {
    const missing = await validate('tests/fixtures/no-such-folder');
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('tests/fixtures/no-such-folder:1:1  -  the content folder does not exist');
    const option = await validate('tests/fixtures/good/archive', ['--jsno']);
    expect(option.code).toBe(1);
    expect(option.stderr).toContain('validate: unknown option --jsno');
    for (const out of [missing.stdout + missing.stderr, option.stdout + option.stderr])
      expect(out).not.toMatch(/^\s+at /m);
  });
});
