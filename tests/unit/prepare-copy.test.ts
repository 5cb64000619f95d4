import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/config/load.ts';
import { UserConfigSchema, type UserConfigInput } from '../../src/config/schema.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { listNoteFiles } from '../../src/notes/note-files.ts';
import {
  prepareCopy,
  preparedNotesFolder,
  preparedNotesRoot,
  writePreparedCopy,
  type PreparedCopy,
} from '../../src/share/prepare-copy.ts';

/** Writes files under a fresh folder: path → text. */
function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dossier-prepare-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const app = (extra: string, body: string) =>
  `---\ncompany: Acme\nposition: Analyst\nstage: applied\n${extra}---\n${body}`;

/** The copy of a content root, and its problems as report lines (paths from the content root). */
function prepare(root: string, config: UserConfigInput = {}) {
  const copy = prepareCopy(createContext(root, UserConfigSchema.parse(config)), listNoteFiles(root));
  const lines = copy.problems.map((p) => formatProblem(p).replace(/^\S*dossier-prepare-\w+\/content\//, ''));
  return { copy, lines };
}

/** The files the copy takes besides the notes, sorted, from an archive of which the copy refuses nothing. */
function copiedFiles(work: string): string[] {
  const { copy, lines } = prepare(join(work, 'content'));
  expect(lines).toEqual([]);
  return [...copy.copies.keys()].sort();
}

describe('prepareCopy', () => {
  let work: string;
  let root: string;
  let prepared: PreparedCopy;
  let out: string;
  beforeAll(() => {
    work = folder({
      'content/applications/shared.mdx': app(
        'share: true\nsalary: { min: 731913 }\n',
        "import Other from './other-shared.mdx';\n\n![Shown](./shown.png)\n\n<Private>\n![Hidden](./in-block.png)\n</Private>\n\n<Other />\n",
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
    out = preparedNotesFolder(join(work, 'cache'));
    // A file of an earlier build that is no longer shared.
    mkdirSync(join(out, 'applications'), { recursive: true });
    writeFileSync(join(out, 'applications/was-shared.mdx'), 'old');
    prepared = prepareCopy(createContext(root, UserConfigSchema.parse({})), listNoteFiles(root));
    writePreparedCopy(prepared, out);
  });

  const files = () =>
    readdirSync(out, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(out.length + 1))
      .sort();

  it('holds the shared notes, the images they show outside <Private>, and company names only', () => {
    expect(prepared.problems).toEqual([]);
    expect(files()).toEqual([
      'applications/other-shared.mdx',
      'applications/shared.mdx',
      'applications/shown.png',
      'companies/secret-co.mdx',
    ]);
    expect(prepared.notes.map((n) => n.id).sort()).toEqual(['other-shared', 'shared']);
  });

  it('keeps an unshared company note as its name and aliases, without its text or website', () => {
    const text = readFileSync(join(out, 'companies/secret-co.mdx'), 'utf8');
    expect(text).toContain('Secret Co');
    expect(text).toContain('share: false');
    expect(text).not.toMatch(/secret\.example|Private company text/);
  });

  it('redacts the prepared note, whose imports find their files beside it', () => {
    const text = readFileSync(join(out, 'applications/shared.mdx'), 'utf8');
    expect(text).not.toMatch(/731913|in-block|Private/);
    expect(text).toContain("import Other from './other-shared.mdx';");
  });

  it('is read by a build only in the process that prepared it', () => {
    expect(preparedNotesRoot(join(work, 'cache'))).toBe(out);
  });
});

describe('preparedNotesRoot', () => {
  it('fails closed when no copy was prepared in this process', () => {
    const cache = mkdtempSync(join(tmpdir(), 'dossier-cache-'));
    mkdirSync(join(cache, 'shared-notes'));
    writeFileSync(join(cache, 'shared-notes.prepared.json'), JSON.stringify({ pid: process.pid + 1 }));
    expect(() => preparedNotesRoot(cache)).toThrow(
      'none were prepared in this process; build it with npm run build:share',
    );
  });
});

describe('code a shared note imports', () => {
  // Issue 21, leak 2: a shared note imported a component kept in the content root, and that
  // component read every application with import.meta.glob; validation checked only the note.
  // [case, files besides the shared note, the shared note's body, the report line]
  const refused: [string, Record<string, string>, string, string][] = [
    [
      'a component that reads other notes',
      {
        'lib/RecentActivity.astro':
          "---\nconst all = Object.values(import.meta.glob('../applications/*.mdx', { eager: true }));\n---\n<ul>{all.map((n) => <li>{n.frontmatter.company}</li>)}</ul>\n",
      },
      "import Recent from '../lib/RecentActivity.astro';\n\n<Recent />\n",
      'applications/a.mdx:7:1  body  applications/a.mdx → lib/RecentActivity.astro:2: reads other notes (import.meta.glob)',
    ],
    [
      'a script two levels down',
      {
        'lib/Card.astro': "---\nimport { latest } from './notes.ts';\n---\n<p>{latest}</p>\n",
        'lib/notes.ts': "import { readFileSync } from 'node:fs';\nexport const latest = readFileSync('x', 'utf8');\n",
      },
      "import Card from '../lib/Card.astro';\n\n<Card />\n",
      'applications/a.mdx:7:1  body  applications/a.mdx → lib/Card.astro:2 → lib/notes.ts:1: reads files or the system (node:fs)',
    ],
    [
      'getCollection',
      {
        'lib/List.astro':
          "---\nimport { getCollection } from 'astro:content';\nconst all = await getCollection('applications');\n---\n",
      },
      "import List from '../lib/List.astro';\n\n<List />\n",
      'applications/a.mdx:7:1  body  applications/a.mdx → lib/List.astro:2: reads other notes (astro:content)',
    ],
    [
      'a re-export of an unshared note',
      { 'applications/helper.js': "export { default } from './private.mdx';\n" },
      "import Secret from './helper.js';\n\n<Secret />\n",
      'applications/a.mdx:7:1  body  applications/a.mdx → applications/helper.js:1: reads the unshared note applications/private.mdx; share it too, or remove the import',
    ],
    [
      'a data file',
      { 'applications/data.json': '{ "pay": 1 }' },
      "import data from './data.json';\n\n{data.pay}\n",
      'applications/a.mdx:7:1  body  applications/a.mdx: reads applications/data.json, which is no image, stylesheet, component or note',
    ],
    [
      'a file outside the content root',
      { '../outside/Widget.astro': '<p>widget</p>\n' },
      "import Widget from '../../outside/Widget.astro';\n\n<Widget />\n",
      'applications/a.mdx:7:1  body  applications/a.mdx: reaches',
    ],
    [
      'a package',
      {},
      "import slug from '@sindresorhus/slugify';\n\n{slug('x')}\n",
      'applications/a.mdx:7:1  body  applications/a.mdx: runs the package "@sindresorhus/slugify", whose code Dossier does not check',
    ],
    [
      'import() in the note',
      {},
      '{await import("./private.mdx")}\n',
      'applications/a.mdx:7:1  body  loads files (import())',
    ],
    [
      'import.meta.glob in the note',
      {},
      'export const all = import.meta.glob("../**/*.mdx");\n',
      'applications/a.mdx:7:1  body  reads other notes (import.meta.glob)',
    ],
    [
      'an image outside the content root',
      { '../outside/photo.png': 'PNG' },
      '![x](../../outside/photo.png)\n',
      'applications/a.mdx:7:1  body  shows "../../outside/photo.png", a file outside the content root',
    ],
  ];
  it.each(refused)('refuses %s, naming the chain, and writes nothing', (_, others, body, line) => {
    const files: Record<string, string> = {
      'content/applications/a.mdx': app('share: true\n', body),
      'content/applications/private.mdx': app('', 'Secret.\n'),
    };
    for (const [path, text] of Object.entries(others))
      files[path.startsWith('../') ? path.slice(3) : `content/${path}`] = text;
    const work = folder(files);
    const { copy, lines } = prepare(join(work, 'content'));
    expect(lines.join('\n')).toContain(line);
    expect(copy.problems.every((p) => p.severity === 'error')).toBe(true);
  });

  it('refuses a symbolic link read as text', () => {
    const work = folder({
      'content/applications/a.mdx': app(
        'share: true\n',
        "import raw from './notes-export.svg';\n\n<img src={raw.src} />\n",
      ),
      'content/applications/private.mdx': app('', 'Secret.\n'),
    });
    symlinkSync('private.mdx', join(work, 'content/applications/notes-export.svg'));
    expect(prepare(join(work, 'content')).lines.join('\n')).toContain(
      'applications/a.mdx:7:1  body  applications/a.mdx: reaches applications/notes-export.svg, a symbolic link',
    );
  });

  it('refuses a Markdown image that is a symbolic link (to an unshared note, here)', () => {
    const work = folder({
      'content/applications/a.mdx': app('share: true\n', '![Badge](./badge.svg)\n'),
      'content/applications/private.mdx': app('', 'Secret.\n'),
    });
    symlinkSync('private.mdx', join(work, 'content/applications/badge.svg'));
    const { copy, lines } = prepare(join(work, 'content'));
    expect(lines.join('\n')).toContain('applications/a.mdx:7:1  body  shows "./badge.svg", a symbolic link');
    expect([...copy.copies.keys()]).toEqual([]);
  });

  it('reads url(bg.png) in a stylesheet as url(./bg.png)', () => {
    const work = folder({
      'content/applications/a.mdx': app('share: true\n', "import './look.css';\n\nText.\n"),
      'content/applications/look.css': '.prose { background: url(bg.png) } @import url(more.css);\n',
      'content/applications/more.css': 'p { color: red }\n',
      'content/applications/bg.png': 'PNG',
    });
    expect(copiedFiles(work)).toEqual(['applications/bg.png', 'applications/look.css', 'applications/more.css']);
  });

  it('takes an innocent component, its stylesheet and the images they name into the copy', () => {
    const work = folder({
      'content/applications/a.mdx': app(
        'share: true\n',
        "import Callout from '../lib/Callout.astro';\nimport './look.css';\n\n<Callout title=\"Note\">Text</Callout>\n",
      ),
      'content/lib/Callout.astro':
        "---\nimport icon from './icon.svg';\nconst { title } = Astro.props;\n---\n<aside><img src={icon.src} alt='' /><strong>{title}</strong><slot /></aside>\n<style>aside { background: url(./paper.png) }</style>\n",
      'content/lib/icon.svg': '<svg/>',
      'content/lib/paper.png': 'PNG',
      'content/applications/look.css': "@import './more.css';\n.prose { background: url(./bg.png) }\n",
      'content/applications/more.css': 'p { color: red }\n',
      'content/applications/bg.png': 'PNG',
    });
    expect(copiedFiles(work)).toEqual([
      'applications/bg.png',
      'applications/look.css',
      'applications/more.css',
      'lib/Callout.astro',
      'lib/icon.svg',
      'lib/paper.png',
    ]);
  });
});

describe('assets by use', () => {
  // Issue 21, leak 3: an image imported at the top of a note but shown only inside <Private> was
  // copied into _astro/, since the import line is outside the block.
  it.each([
    ['<img src={offer.src}>', "<img src={offer.src} alt='' />"],
    ['<Image src={offer}>', "<Image src={offer} alt='' />"],
  ])('drops an import whose image only a <Private> block shows (%s)', (_, tag) => {
    const work = folder({
      'content/applications/a.mdx': app(
        'share: true\n',
        `import offer from '../img/offer.png';\nimport { Image } from 'astro:assets';\n\nShared text.\n\n<Private>\n${tag}\n</Private>\n`,
      ),
      'content/img/offer.png': 'PNG-OFFER',
    });
    const { copy, lines } = prepare(join(work, 'content'));
    expect(lines).toEqual([]);
    const text = copy.texts.get('applications/a.mdx')!;
    expect(text).not.toContain('offer');
    expect(text).not.toContain("from 'astro:assets'");
    expect([...copy.copies.keys()]).toEqual([]);
  });

  it('keeps the import when the shared text shows the image too', () => {
    const work = folder({
      'content/applications/a.mdx': app(
        'share: true\n',
        "import offer from '../img/offer.png';\n\n<img src={offer.src} alt='' />\n",
      ),
      'content/img/offer.png': 'PNG-OFFER',
    });
    const { copy } = prepare(join(work, 'content'));
    expect(copy.texts.get('applications/a.mdx')).toContain("import offer from '../img/offer.png';");
    expect([...copy.copies.keys()]).toEqual(['img/offer.png']);
  });
});

describe("contacts' names in the prepared notes", () => {
  it('are replaced in free text (history, source, cv, shared extra, body), not in names of things', () => {
    const work = folder({
      'content/applications/a.mdx': `---
company: Tomasz Labs
position: Analyst
stage: applied
source: Referral from Tomasz
cv: CV for Tomasz's team
contacts:
  - { name: Tomasz Wielgosz, role: Referrer (Language Engineer II) }
history:
  - { stage: applied, date: 2026-11-02, note: Tomasz sent it on }
extra:
  Mood: Tomasz is upbeat
share: true
---
Thanks to Tomasz Wielgosz. ![Tomasz at the meetup](./photo.png)
`,
      'content/applications/photo.png': 'PNG',
    });
    const { copy, lines } = prepare(join(work, 'content'), { share: { publicExtra: ['Mood'] } });
    expect(lines).toEqual([]);
    const text = copy.texts.get('applications/a.mdx')!;
    expect(text).toContain('company: Tomasz Labs');
    expect(text).toContain('source: Referral from the referrer');
    expect(text).toContain("cv: CV for the referrer's team");
    expect(text).toContain('note: The referrer sent it on');
    expect(text).toContain('Mood: The referrer is upbeat');
    expect(text).toContain('Thanks to the referrer. ![The referrer at the meetup](./photo.png)');
    expect(text).not.toContain('Wielgosz');
  });

  it('stay as written with share.replaceContactNames: false', () => {
    const work = folder({
      'content/applications/a.mdx': app(
        'contacts:\n  - { name: Jonna, role: Recruiter }\nshare: true\n',
        'Call with Jonna.\n',
      ),
    });
    const { copy } = prepare(join(work, 'content'), { share: { replaceContactNames: false } });
    expect(copy.texts.get('applications/a.mdx')).toContain('Call with Jonna.');
  });
});

describe('feedback files in the prepared copy', () => {
  const notes = {
    'content/applications/shown.mdx': app(
      'contacts:\n  - { name: Wilhelmina Okafor, role: Hiring manager }\nshare: true\n',
      'Shared.\n',
    ),
    'content/applications/kept.mdx': app('', 'Private.\n'),
  };

  it("hold only shared files, only their comments on shared notes, with contacts' names replaced as in a note", () => {
    const work = folder({
      ...notes,
      'content/feedback/2026-12-06-mentor.md': `---
from: Wilhelmina
share: true
---

## applications/shown

Ask Wilhelmina Okafor about the team's roadmap.

## applications/kept

A comment on a private note.
`,
      'content/feedback/2026-12-07-other.md': '## applications/shown\n\nNot shared at all.\n',
    });
    const { copy, lines } = prepare(join(work, 'content'));
    expect(lines).toEqual([]);
    expect([...copy.texts.keys()].filter((k) => k.startsWith('feedback/'))).toEqual(['feedback/2026-12-06-mentor.md']);
    expect(copy.texts.get('feedback/2026-12-06-mentor.md')).toBe(
      "---\nfrom: The hiring manager\ndate: 2026-12-06\nshare: true\n---\n\n## applications/shown\n\nstatus: open\n\nAsk the hiring manager about the team's roadmap.\n",
    );
  });

  // privacy3 feedback-private-block: the tags were dropped and the owner's text shipped.
  it("leave out a comment's <Private> blocks, found on the syntax tree, and a comment that was all private", () => {
    const work = folder({
      ...notes,
      'content/feedback/2026-12-01-anna.md': `---
share: true
---

## applications/shown

Lead with the rater-drift result.

<Private>My floor is Krumpet 70000.</Private>

Keep it to two slides. \`<Private>\` in code is text.

<Private>
Unclosed: hidden to the end of the comment.

## articles/none

Not a note.

## applications/shown

<Private>All of this one.</Private>
`,
    });
    const { copy } = prepare(join(work, 'content'));
    expect(copy.texts.get('feedback/2026-12-01-anna.md')).toBe(
      '---\ndate: 2026-12-01\nshare: true\n---\n\n## applications/shown\n\nstatus: open\n\nLead with the rater-drift result.\n\n\n\nKeep it to two slides. `<Private>` in code is text.\n',
    );
  });

  it("hide a <Private> stretch of the author's line, as in a note's frontmatter", () => {
    const work = folder({
      ...notes,
      'content/feedback/2026-12-02-anna.md':
        '---\nfrom: Anna <Private>(my old manager at Quillon)</Private>\nshare: true\n---\n\n## applications/shown\n\nGood.\n',
    });
    const text = prepare(join(work, 'content')).copy.texts.get('feedback/2026-12-02-anna.md');
    expect(text).toContain('from: Anna\n');
    expect(text).not.toMatch(/Quillon|manager/);
  });

  it('hold a file without front matter when sharing is the default', () => {
    const work = folder({ ...notes, 'content/feedback/note.md': '## applications/shown\n\nShared by default.\n' });
    const { copy } = prepare(join(work, 'content'), { share: { default: 'shared' } });
    expect(copy.texts.get('feedback/note.md')).toContain('Shared by default.');
  });
});

describe('what validate says about the sharing options', () => {
  const archive = () =>
    join(
      folder({
        'content/applications/a.mdx': app('share: true\nextra:\n  Compensation: 90k\n  GPT Consult: "No"\n', 'Text.\n'),
        'content/applications/b.mdx': app('share: true\nextra:\n  Compensation: 95k\n', 'Text.\n'),
      }),
      'content',
    );

  it('says once which extra properties of shared notes the copy leaves out', () => {
    const { lines, copy } = prepare(archive(), { share: { publicExtra: ['GPT Consult'] } });
    expect(lines).toEqual([
      'dossier.config.yaml:1:1  share.publicExtra  warning: the mentor copy leaves out these extra properties of shared notes: "Compensation" (2 notes). They are private unless share.publicExtra lists their key; list the ones a mentor may read',
    ]);
    expect(copy.texts.get('applications/a.mdx')).not.toContain('90k');
    expect(copy.texts.get('applications/a.mdx')).toContain('GPT Consult');
  });

  it('warns about a publicExtra key no shared note has, with the spelling it probably meant', () => {
    const { lines } = prepare(archive(), { share: { publicExtra: ['Compensation', 'gpt consult'] } });
    expect(lines.at(-1)).toBe(
      'dossier.config.yaml:1:1  share.publicExtra[1]  warning: no shared note has the extra property "gpt consult" (did you mean "GPT Consult"?); keys are matched as the notes write them',
    );
  });

  it('refuses a private field that is no field of a note', () => {
    const { lines } = prepare(archive(), {
      share: { privateFields: ['salery'], publicExtra: ['Compensation', 'GPT Consult'] },
    });
    expect(lines[0]).toMatch(
      /^dossier\.config\.yaml:1:1 {2}share\.privateFields\[0\] {2}found "salery", which is no field of a note \(did you mean "salary"\?\); allowed: /,
    );
  });
});

describe('writePreparedCopy', () => {
  it('writes nothing that was not prepared, and removes what an earlier build left', () => {
    const work = folder({ 'content/applications/a.mdx': app('share: true\n', 'Text.\n') });
    const out = join(work, 'prepared');
    mkdirSync(join(out, 'articles'), { recursive: true });
    writeFileSync(join(out, 'articles/old.mdx'), 'old');
    writePreparedCopy(prepare(join(work, 'content')).copy, out);
    expect(existsSync(join(out, 'articles/old.mdx'))).toBe(false);
    expect(existsSync(join(out, 'applications/a.mdx'))).toBe(true);
  });
});
