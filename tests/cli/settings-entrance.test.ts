import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { commandSettings } from '../../src/config/settings.ts';

/**
 * The commands read the content root and its configuration through the build's own settings
 * (src/config/settings.ts, commandSettings): a missing root and a broken configuration are said
 * the same way by every command, and never as a stack trace.
 */
const run = promisify(execFile);
const PROJECT = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'dossier-entrance-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const MISSING = join(scratch, 'no-such-folder');
const BROKEN = join(scratch, 'broken');
mkdirSync(join(BROKEN, 'applications'), { recursive: true });
writeFileSync(
  join(BROKEN, 'dossier.config.yaml'),
  'stages:\n  - key: applied\n    label: Applied\n    kind: nonsense\n',
);

async function command(script: string, root: string, args: string[] = []) {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(PROJECT, 'src/cli', script), ...args], {
      cwd: PROJECT,
      env: { ...process.env, DOSSIER_CONTENT: root, NO_COLOR: '1' },
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

// [command, its arguments]: each needs notes to read.
const COMMANDS: [string, string[]][] = [
  ['validate.ts', []],
  ['share-check.ts', ['.']],
  ['debrief.ts', ['acme']],
  ['stage.ts', ['acme', 'offer']],
];

describe.each(COMMANDS)('%s', (script, args) => {
  it('says a missing content folder in the one wording, exit 1', async () => {
    const { code, out } = await command(script, MISSING, args);
    expect(code).toBe(1);
    expect(out).toContain('no-such-folder');
    expect(out).toContain(
      'the content folder does not exist; set DOSSIER_CONTENT to the folder that holds applications/ and articles/, or unset it to use content/',
    );
    expect(out).not.toMatch(/^\s+at /m);
  });

  it('names the configuration file, line and option of a broken configuration, exit 1', async () => {
    const { code, out } = await command(script, BROKEN, args);
    expect(code).toBe(1);
    expect(out).toMatch(/dossier\.config\.yaml:4:11 {2}stages\[0\]\.kind {2}found "nonsense"; allowed: saved, /);
    expect(out).not.toMatch(/^\s+at /m);
  });
});

describe('new.ts', () => {
  // npm run new may create the content root, but reads its configuration as the build does.
  it('names the configuration file, line and option of a broken configuration, exit 1', async () => {
    const { code, out } = await command('new.ts', BROKEN, ['article', '--title', 'On glossaries']);
    expect(code).toBe(1);
    expect(out).toMatch(/dossier\.config\.yaml:4:11 {2}stages\[0\]\.kind {2}found "nonsense"; allowed: saved, /);
    expect(out).not.toMatch(/^\s+at /m);
  });
});

describe('commandSettings', () => {
  it('gives the build settings of a root, and creates nothing', () => {
    const read = commandSettings({ DOSSIER_CONTENT: MISSING });
    expect(read).toMatchObject({ ok: true, settings: { root: MISSING, audience: 'owner' } });
  });

  it('refuses a root that is a file when the command needs one that exists', () => {
    const file = join(scratch, 'a-file');
    writeFileSync(file, '');
    expect(commandSettings({ DOSSIER_CONTENT: file }, { existingRoot: true })).toEqual({
      ok: false,
      root: file,
      lines: [
        `${file}: is a file, not a folder; set DOSSIER_CONTENT to the folder that holds applications/ and articles/, or unset it to use content/`,
      ],
    });
  });
});
