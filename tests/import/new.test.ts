import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newNote } from '../../src/cli/new.ts';
import { splitNote } from '../../src/lib/frontmatter.ts';
import { extractTasks } from '../../src/lib/tasks.ts';
import { APPLICATION_SECTIONS } from '../../src/edit/template.ts';
import { createApplicationSchema } from '../../src/schemas/application.ts';
import { ArticleSchema } from '../../src/schemas/article.ts';
import { defaultContext, renderBody, useTempDirs } from './helpers.ts';

const now = new Date(2026, 10, 22, 9, 30);
const root = useTempDirs('dossier-new-', 'each');

describe('npm run new', () => {
  it('creates an application dated today with the template, and prints its path', () => {
    const dir = root();
    const result = newNote(
      [
        'application',
        '--company',
        'Orca Ltd',
        '--position',
        'Copy Writer',
        '--stage',
        'Phone Screen',
        '--url',
        'https://orca.example/jobs/7',
      ],
      { root: dir, now },
    );
    const file = join(dir, 'applications/orca-ltd-copy-writer-2026-11-22.mdx');
    expect(result).toEqual({ code: 0, message: file });
    const text = readFileSync(file, 'utf8');
    // The day unquoted: both YAML readers take it for the date it is.
    expect(text.split('---\n')[1]).toBe(
      'company: Orca Ltd\nposition: Copy Writer\nstage: screening\napplied: 2026-11-22\nurl: https://orca.example/jobs/7\n',
    );
    const note = splitNote(text);
    expect(note.data).toEqual({
      company: 'Orca Ltd',
      position: 'Copy Writer',
      stage: 'screening',
      applied: new Date('2026-11-22'),
      url: 'https://orca.example/jobs/7',
    });
    expect(createApplicationSchema(defaultContext().stages).safeParse(note.data).success).toBe(true);
    const headings = [...note.body.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual([...APPLICATION_SECTIONS]);
    // Headings only: no placeholder task (an open action item on the overview) and no empty bullet.
    expect(extractTasks(note.body)).toEqual([]);
    const page = renderBody(note.body);
    expect(page.elements.filter((e) => e !== 'h2')).toEqual([]);
  });

  it('gives a posting saved for later no applied day: the day it was saved is its first history step', () => {
    const dir = root();
    const result = newNote(['application', '--company', 'Orca Ltd', '--position', 'Editor', '--stage', 'Wishlist'], {
      root: dir,
      now,
    });
    expect(result.code).toBe(0);
    const text = readFileSync(join(dir, 'applications/orca-ltd-editor-2026-11-22.mdx'), 'utf8');
    expect(text.split('---\n')[1]).toBe(
      'company: Orca Ltd\nposition: Editor\nstage: wishlist\nhistory:\n  - { stage: wishlist, date: 2026-11-22 }\n',
    );
    const data = createApplicationSchema(defaultContext().stages).parse(splitNote(text).data);
    expect(data.applied).toBeUndefined();
    expect(data.history).toEqual([{ stage: 'wishlist', date: '2026-11-22' }]);
  });

  it('quotes only the text a YAML reader would take for something else', () => {
    const dir = root();
    newNote(['application', '--company', 'Yes', '--position', 'Analyst: data, "core"'], { root: dir, now });
    const text = readFileSync(join(dir, 'applications/yes-analyst-data-core-2026-11-22.mdx'), 'utf8');
    expect(text).toContain('company: "Yes"\nposition: "Analyst: data, \\"core\\""\n');
    expect(splitNote(text).data).toMatchObject({ company: 'Yes', position: 'Analyst: data, "core"' });
  });

  it('defaults the stage to "applied"', () => {
    const dir = root();
    newNote(['application', '--company', 'Orca Ltd', '--position', 'Editor'], { root: dir, now });
    expect(
      splitNote(readFileSync(join(dir, 'applications/orca-ltd-editor-2026-11-22.mdx'), 'utf8')).data,
    ).toMatchObject({ stage: 'applied' });
  });

  it('refuses to overwrite an existing note', () => {
    const dir = root();
    const args = ['application', '--company', 'Orca Ltd', '--position', 'Copy Writer'];
    expect(newNote(args, { root: dir, now }).code).toBe(0);
    const file = join(dir, 'applications/orca-ltd-copy-writer-2026-11-22.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nMy own notes.\n`);
    const again = newNote(args, { root: dir, now });
    expect(again.code).toBe(1);
    expect(again.message).toMatch(/orca-ltd-copy-writer-2026-11-22\.mdx already exists; it was not overwritten/);
    expect(readFileSync(file, 'utf8')).toContain('My own notes.');
  });

  it('names the closest stage when the stage is unknown', () => {
    const result = newNote(
      ['application', '--company', 'Orca Ltd', '--position', 'Copy Writer', '--stage', 'Intervewing'],
      { root: root(), now },
    );
    expect(result.code).toBe(1);
    expect(result.message).toContain('unknown stage "Intervewing" (did you mean "Interviewing"?)');
  });

  it.each([
    [['application', '--company', 'Orca Ltd'], 'an application needs --company and --position'],
    [['article'], 'an article needs --title'],
    [['artcle', '--title', 'x'], 'unknown note kind "artcle" (did you mean "article"?)'],
    [['article', '--title', 'x', '--url', 'javascript:alert(1)'], 'is not a web address'],
    [['application', '--company', 'Orca', '--position', 'Writer', '--colour', 'red'], "Unknown option '--colour'"],
  ])('explains what is wrong with %j', (args, message) => {
    const result = newNote(args, { root: root(), now });
    expect(result.code).toBeGreaterThan(0);
    expect(result.message).toContain(message);
  });

  it('creates an article read today', () => {
    const dir = root();
    const result = newNote(['article', '--title', 'Notes on MASSIVE', '--url', 'https://science.example/massive'], {
      root: dir,
      now,
    });
    expect(result.code).toBe(0);
    const text = readFileSync(join(dir, 'articles/notes-on-massive-2026-11-22.mdx'), 'utf8');
    const note = splitNote(text);
    expect(note.data).toEqual({
      title: 'Notes on MASSIVE',
      url: 'https://science.example/massive',
      read: new Date('2026-11-22'),
    });
    expect(text).toContain('read: 2026-11-22\n');
    expect(ArticleSchema.safeParse(note.data).success).toBe(true);
    expect(renderBody(note.body).elements.filter((e) => e !== 'h2')).toEqual([]);
  });
});
