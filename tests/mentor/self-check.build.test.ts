import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, scratchDir, type BuildResult } from '../helpers/build-site.ts';
import { readAllText, readPage } from '../helpers/read-dist.ts';

/**
 * The mentor copy's self-check (issue 17): it must catch a leak with no help
 * from the filter. The owner's build of the canary archive is what a mentor
 * build with redaction switched off would be (every note, every field,
 * every <Private> block, every image): `share:check` must name a leak of
 * each kind there. A mentor build whose shared note reads a private note
 * from disk at build time (no filter can see that) must fail and leave no
 * copy behind.
 */
const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/sites/canary');
const run = promisify(execFile);

/** Values the self-check must find but never print. */
const SECRETS = [
  '731913',
  '731,913',
  'Ottoline',
  'canary-priv-contact@example.com',
  'CANARY-PRIV-BLOCK-APP',
  'CANARY-PRIV-APP-BODY',
  'CANARY-PRIV-POSITION',
];

async function shareCheck(folder: string, content: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(PROJECT_ROOT, 'src/cli/share-check.ts'), folder], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DOSSIER_CONTENT: content, DOSSIER_SHARE_MANIFEST: join(folder, '..', 'none.json') },
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, out: (e.stdout ?? '') + (e.stderr ?? '') };
  }
}

describe('the self-check on a copy built without any redaction', () => {
  let owner: BuildResult;
  let check: { code: number; out: string };
  beforeAll(async () => {
    owner = await buildSite(FIXTURE, { audience: 'owner' });
    expect(owner.code, owner.stderr).toBe(0);
    check = await shareCheck(owner.dist, FIXTURE);
  });

  it('fails', () => {
    expect(check.code).toBe(1);
    expect(check.out).toMatch(/Self-check: private values found in \d+ of \d+ files/);
  });

  // [what leaked, a line the report must have: the copy's file, then the note the value comes from]
  const cases: [string, RegExp][] = [
    [
      'an image of an unshared note, by its bytes',
      /_astro\/canary-priv-imported\.[\w-]+\.svg: \S*canary-priv-imported\.svg \([^)]*a file no shared note shows, byte for byte/,
    ],
    [
      'an image of an unshared note, by its name',
      /_astro\/canary-priv-photo\.[\w-]+\.webp: \S*canary-priv-photo\.png \([^)]*the name of a file/,
    ],
    [
      'a private field of a shared note',
      /applications\/lumen-harbor-language-engineer\/index\.html: \S*lumen-harbor-language-engineer\.mdx \((?=[^)]*salary\.min: the salary)(?=[^)]*contacts\[0\]\.name: the name of a contact)/,
    ],
    [
      'an extra property named after a private field',
      /lumen-harbor-language-engineer\/index\.html: \S*lumen-harbor-language-engineer\.mdx \([^)]*extra\.SALARYEXPECTATION: the extra property "SALARYEXPECTATION"/,
    ],
    [
      '<Private> text of a shared note',
      /applications\/quillmere-localization-specialist\/index\.html: \S*quillmere-localization-specialist\.md \([^)]*line \d+: text of a <Private> block/,
    ],
    [
      'the Pagefind index, decompressed',
      /pagefind\/fragment\/[\w.]+: \S*lumen-harbor-language-engineer\.mdx \([^)]*text of a <Private> block/,
    ],
    [
      'an unshared note in the search filters',
      /pagefind\/filter\/[\w.]+: \S*canary-priv-app-slug\.mdx \([^)]*the company of an unshared note/,
    ],
    [
      'an unshared note, by its slug and text',
      /applications\/canary-priv-app-slug\/index\.html: \S*canary-priv-app-slug\.mdx \((?=[^)]*the slug of an unshared note)(?=[^)]*the text of an unshared note)/,
    ],
    ['an unshared note in the exports', /export\/applications\.csv: \S*canary-priv-app-slug\.mdx/],
  ];
  it.each(cases)('names %s', (_, line) => {
    expect(check.out).toMatch(line);
  });

  it('never prints a private value itself', () => {
    // File names may carry a value (that is the leak it reports); the values themselves never appear.
    const withoutPaths = check.out.replace(/\S*\/\S*/g, '');
    for (const secret of SECRETS) expect(withoutPaths, secret).not.toContain(secret);
    expect(check.out).not.toContain('Ottoline');
    expect(check.out).not.toContain('731913');
  });
});

describe('a mentor build whose shared note reads a private note at build time', () => {
  let build: BuildResult;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-selfcheck-'));
    cpSync(FIXTURE, root, { recursive: true });
    // Code in a shared note that reads any file: the copy refuses it before anything is built (the
    // self-check would find what it printed, as the owner's build checked above shows).
    writeFileSync(
      join(root, 'applications/brightwater-data-scientist.mdx'),
      readFileSync(join(root, 'applications/brightwater-data-scientist.mdx'), 'utf8').replace(
        /\n---\n/,
        "\n---\nimport { readFileSync } from 'node:fs';\n\n",
      ) + `\n{readFileSync(process.env.DOSSIER_CONTENT + '/applications/canary-priv-app-slug.mdx', 'utf8')}\n`,
    );
    build = await buildSite(root, { audience: 'mentor' });
  });

  it('fails, names the file, the line and what the code does, and leaves no copy', () => {
    const out = build.stdout + build.stderr;
    expect(build.code).not.toBe(0);
    expect(out).toMatch(
      /brightwater-data-scientist\.mdx:\d+:1 {2}body {2}applications\/brightwater-data-scientist\.mdx: reads files or the system \(node:fs\)/,
    );
    expect(out).toMatch(/brightwater-data-scientist\.mdx:\d+:1 {2}body {2}reaches the system \(process\)/);
    expect(out).not.toMatch(/^\s+at /m);
    expect(existsSync(build.dist) ? readdirSync(build.dist) : []).toEqual([]);
    expect(out.replace(/\S*\/\S*/g, '')).not.toContain('CANARY-PRIV-APP-BODY');
  });
});

describe('two mentor builds: the changes page', () => {
  let first: BuildResult;
  let second: BuildResult;
  let manifest: string;
  beforeAll(async () => {
    const work = mkdtempSync(join(tmpdir(), 'dossier-changes-'));
    const root = join(work, 'content');
    cpSync(FIXTURE, root, { recursive: true });
    manifest = join(root, 'mentor-copy.json');
    // One build cache for both, as a user's, and the search index in buckets (four asked for; those
    // that get no page are not written).
    const env = {
      DOSSIER_SHARE_MANIFEST: '',
      DOSSIER_CACHE_DIR: scratchDir('changes-cache-'),
      DOSSIER_SEARCH_BUCKETS: '4',
    };
    first = await buildSite(root, { audience: 'mentor', env: { ...env, SOURCE_DATE_EPOCH: '1767225600' } });
    expect(first.code, first.stderr).toBe(0);
    const edit = (file: string, from: string | RegExp, to: string) => {
      const path = join(root, file);
      const text = readFileSync(path, 'utf8');
      expect(text).toMatch(from);
      writeFileSync(path, text.replace(from, to));
    };
    // A stage change with its date; an edit of the text; a note shared for the first time; one no longer shared.
    edit(
      'applications/quillmere-localization-specialist.md',
      'stage: screening',
      'stage: interviewing\nhistory:\n  - { stage: interviewing, date: 2026-01-10 }',
    );
    edit('articles/canary-shared-article.mdx', /\n$/, '\nA new paragraph: CANARY-SHARED-NEW-TEXT.\n');
    edit('applications/lumen-harbor-false.mdx', 'share: false', 'share: true');
    edit('applications/brightwater-data-scientist.mdx', 'share: true', 'share: false');
    second = await buildSite(root, { audience: 'mentor', env: { ...env, SOURCE_DATE_EPOCH: '1768435200' } });
    expect(second.code, second.stderr).toBe(0);
  });

  it('says the first copy is the first', () => {
    expect(readPage(first.dist, '/changes/')).toContain('This is the first shared copy');
    expect(readPage(first.dist, '/')).toMatch(/<a href="\/changes\/">What's new<\/a>: this is the first shared copy\./);
  });

  it('lists the stage change with its date, the edit, the newly shared note, and counts the unshared one', () => {
    const page = readPage(second.dist, '/changes/');
    expect(page).toMatch(/Since the copy of <time datetime="2026-01-01">/);
    const section = (id: string) => page.match(new RegExp(`<h2 id="${id}">[\\s\\S]*?</section>`))?.[0] ?? '';
    expect(section('moved')).toMatch(
      /href="\/applications\/quillmere-localization-specialist\/"[\s\S]*Screening → Interviewing, <time datetime="2026-01-10">/,
    );
    expect(section('added')).toContain('href="/applications/lumen-harbor-false/"');
    expect(section('edited')).toContain('href="/articles/canary-shared-article/"');
    expect(section('edited')).not.toContain('quillmere');
    expect(section('removed')).toContain('1 note is no longer in this copy.');
    expect(page).not.toContain('brightwater-data-scientist');
  });

  it('links to the changes from the overview with the date of the previous copy', () => {
    expect(readPage(second.dist, '/')).toMatch(
      /<a href="\/changes\/">What's new since the copy of <time datetime="2026-01-01">1 Jan(uary)? 2026<\/time><\/a>: 4 changes\./,
    );
  });

  // Issue 27: a note unshared leaves every bucket of the index (the one that held it is indexed again).
  it('takes a note no longer shared out of every search bucket', () => {
    const search = (b: BuildResult) => [...readAllText(join(b.dist, 'pagefind')).entries()];
    const holding = (b: BuildResult) => search(b).flatMap(([file, text]) => (/brightwater/i.test(text) ? [file] : []));
    expect(holding(first)).not.toEqual([]);
    expect(search(second).some(([file]) => /^b\d+\//.test(file))).toBe(true);
    expect(holding(second)).toEqual([]);
  });

  it('keeps the manifest in the content root only, without private values', () => {
    const text = readFileSync(manifest, 'utf8');
    expect(text).not.toMatch(/canary-?priv|731\D?913|Ottoline/i);
    // A short history: this copy's record holds only what it shared; the copy before still names
    // the note it shared then, which the mentor saw and which is private now.
    const copies = JSON.parse(text).copies as { built: string; notes: { id: string }[] }[];
    expect(copies.map((c) => c.built)).toEqual(['2026-01-15', '2026-01-01']);
    expect(copies[0]!.notes.map((n) => n.id)).not.toContain('brightwater-data-scientist');
    expect(copies[1]!.notes.map((n) => n.id)).toContain('brightwater-data-scientist');
    expect(
      readdirSync(second.dist, { recursive: true })
        .map(String)
        .filter((f) => f.includes('mentor-copy')),
    ).toEqual([]);
  });
});
