import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/config/load.ts';
import { UserConfigSchema } from '../../src/config/schema.ts';
import { stageSharedNotes, type StageResult } from '../../src/share/stage-notes.ts';
import { listNoteFiles } from '../../src/notes/note-files.ts';

/** Writes files under a fresh folder: path → text. */
function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dossier-stage-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const app = (extra: string, body: string) =>
  `---\ncompany: Acme\nposition: Analyst\nstage: applied\n${extra}---\n${body}`;

describe('stageSharedNotes', () => {
  let work: string;
  let root: string;
  let staged: string;
  let result: StageResult;
  beforeAll(() => {
    work = folder({
      'outside/Widget.astro': '<p>widget</p>\n',
      'content/applications/shared.mdx': app(
        'share: true\nsalary: { min: 731913 }\n',
        "import Widget from '../../outside/Widget.astro';\nimport Other from './other-shared.mdx';\n\n![Shown](./shown.png)\n\n<Private>\n![Hidden](./in-block.png)\n</Private>\n\n<Widget />\n",
      ),
      'content/applications/other-shared.mdx': app('share: true\n', 'Shared too.\n'),
      'content/applications/private.mdx': app('', '![Private](./private-photo.png)\n'),
      'content/applications/shown.png': 'PNG-SHOWN',
      'content/applications/in-block.png': 'PNG-IN-BLOCK',
      'content/applications/private-photo.png': 'PNG-PRIVATE',
      'content/companies/secret-co.mdx':
        '---\nname: Secret Co\naliases: [SC]\nwebsite: https://secret.example\n---\nPrivate company text.\n',
    });
    root = join(work, 'content');
    staged = join(work, 'staged');
    // A file of an earlier build that is no longer shared.
    mkdirSync(join(staged, 'applications'), { recursive: true });
    writeFileSync(join(staged, 'applications/was-shared.mdx'), 'old');
    result = stageSharedNotes(createContext(root, UserConfigSchema.parse({})), listNoteFiles(root), staged);
  });

  const files = () =>
    readdirSync(staged, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(staged.length + 1))
      .sort();

  it('holds the shared notes, the images they show outside <Private>, and company names only', () => {
    expect(result.problems).toEqual([]);
    expect(files()).toEqual([
      'applications/other-shared.mdx',
      'applications/shared.mdx',
      'applications/shown.png',
      'companies/secret-co.mdx',
    ]);
    expect(result.notes.map((n) => n.id).sort()).toEqual(['other-shared', 'shared']);
  });

  it('keeps an unshared company note as its name and aliases, without its text or website', () => {
    const text = readFileSync(join(staged, 'companies/secret-co.mdx'), 'utf8');
    expect(text).toContain('Secret Co');
    expect(text).toContain('share: false');
    expect(text).not.toMatch(/secret\.example|Private company text/);
  });

  it('redacts the staged note and points its imports at what the copy may use', () => {
    const text = readFileSync(join(staged, 'applications/shared.mdx'), 'utf8');
    expect(text).not.toMatch(/731913|in-block|Private/);
    const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
    // A component outside the content root: the original file; another shared note: its staged copy.
    expect(resolve(join(staged, 'applications'), imports[0]!)).toBe(join(work, 'outside/Widget.astro'));
    expect(resolve(join(staged, 'applications'), imports[1]!)).toBe(join(staged, 'applications/other-shared.mdx'));
  });

  // [case, the shared note's body, the message]
  const refused: [string, string, RegExp][] = [
    [
      'an import of an unshared note',
      "import P from './private.mdx';\n\n<P />\n",
      /shared\.mdx:7:1 .*imports "\.\/private\.mdx", which is not a shared note/,
    ],
    [
      'an image outside the content root',
      '![x](../../outside/photo.png)\n',
      /shows "\.\.\/\.\.\/outside\/photo\.png", a file outside the content root/,
    ],
    ['import()', '{await import("./private.mdx")}\n', /import\(\) and import\.meta can load any file/],
    [
      'import.meta.glob',
      'export const all = import.meta.glob("../**/*.mdx");\n',
      /import\(\) and import\.meta can load any file/,
    ],
    [
      'an absolute import into the content root',
      "import P from '{root}/applications/private.mdx';\n",
      /by an absolute path into the content root/,
    ],
  ];
  it.each(refused)('refuses %s, naming the file and line, and stages nothing', (_, body, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-refused-'));
    const content = join(dir, 'content');
    const files = {
      'outside/photo.png': 'PNG',
      'content/applications/shared.mdx': app('share: true\n', body.replace('{root}', content)),
      'content/applications/private.mdx': app('', 'Secret.\n'),
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const out = join(dir, 'staged');
    const run = stageSharedNotes(
      createContext(join(dir, 'content'), UserConfigSchema.parse({})),
      listNoteFiles(join(dir, 'content')),
      out,
    );
    const lines = run.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`);
    expect(lines.join('\n')).toMatch(message);
    expect(run.problems.every((p) => p.severity === 'error')).toBe(true);
    expect(existsSync(out)).toBe(false);
  });
});
