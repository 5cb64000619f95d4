import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, scratchDir, type BuildResult } from '../helpers/build-site.ts';
import { listFiles, readAllText, readPage } from '../helpers/read-dist.ts';

/**
 * The privacy canary of the mentor build. The fixture's private notes,
 * `<Private>` blocks and private fields each carry a unique string; after a
 * mentor build none of them may occur in any file of the output (pages,
 * CSS, JS, robots.txt and Pagefind's gzip-compressed index, decompressed),
 * while every shared note's string is on its page and in the search index.
 * The owner build of the same fixture must still hold all of them, or the
 * canary would prove nothing.
 */
const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/sites/canary');
const SHARED_DEFAULT_FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/sites/share-default-shared');

/** Everything the mentor must never see. Each one is in the owner build. */
const PRIVATE_STRINGS = [
  // <Private> blocks inside the shared application (MDX): block, nested, inline, with an attribute, in a heading, around a task.
  'CANARY-PRIV-BLOCK-APP',
  'CANARY-PRIV-NESTED',
  'CANARY-PRIV-AFTER-NESTED',
  'CANARY-PRIV-INLINE',
  'CANARY-PRIV-WITH-ATTRIBUTE',
  'CANARY-PRIV-HEADING',
  'CANARY-PRIV-TASK',
  // Private fields of the shared application: salary and contacts, and extra properties named after them.
  '731,913',
  '742,917',
  'Canarycontact',
  'canary-priv-contact@example.com',
  'CANARY-PRIV-CONTACT-ROLE',
  'CANARY-PRIV-EXTRA-SALARY',
  'CANARY-PRIV-EXTRA-SALARY-LOWER',
  // The private application (no `share`): every field, its body, its company, its role family, its file name.
  'canary-priv-app-slug',
  'CANARY-PRIV-APP-BODY',
  'CANARY-PRIV-APP-TASK',
  'CANARY-PRIV-POSITION',
  'CANARY-PRIV-LOCATION',
  'CANARY-PRIV-TAG',
  'CANARY-PRIV-HISTORY',
  'CANARY-PRIV-EXTRA',
  '655,321',
  'Gloomwick',
  'CANARYPRIVCOMPANY',
  'CANARYPRIVFAMILY',
  // An application marked `share: false` at a company that also has shared notes.
  'CANARY-PRIV-FALSE-POSITION',
  'CANARY-PRIV-FALSE-BODY',
  // A private article that the shared application lists and that names the shared company.
  'canary-priv-article-slug',
  'CANARY-PRIV-ARTICLE-TITLE',
  'CANARY-PRIV-ARTICLE-AUTHOR',
  'CANARY-PRIV-ARTICLE-BODY',
  // A <Private> block in a shared article.
  'CANARY-PRIV-ARTICLE-BLOCK',
  // A shared company note's <Private> block; a private company note that a shared application's company resolves to.
  'CANARY-PRIV-COMPANY-BLOCK',
  'CANARY-PRIV-COMPANY-BODY',
  'CANARYPRIVALIAS',
  'canary-priv-website',
  // <Private> in a plain Markdown (.md) note, where it is raw HTML rather than a component.
  'CANARY-PRIV-MARKDOWN-INLINE',
  'CANARY-PRIV-MARKDOWN-BLOCK',
  'CANARY-PRIV-MARKDOWN-PARAGRAPH',
  // Attacks of issue 11: a closing tag inside a code span must not end a block early (MDX and Markdown);
  // extra properties named after a private field in other spellings.
  'CANARY-PRIV-AFTER-CODESPAN',
  'CANARY-PRIV-MD-AFTER-CODESPAN',
  'CANARY-PRIV-EXTRA-SALARIES',
  'CANARY-PRIV-EXTRA-SALARYEXPECTATION',
  // Assets: images shown by unshared notes (MDX and Markdown), an SVG an unshared note imports, and an
  // image inside a shared note's <Private> block. PNGs are re-encoded, so their names are the canary;
  // the SVGs are copied as they are, so their text is.
  'CANARY-PRIV-SVG-IMPORTED',
  'canary-priv-photo',
  'canary-priv-md-photo',
  'canary-priv-in-block',
  'canary-priv-imported',
  'canary-priv-ref-chart',
  // An unshared Markdown note.
  'CANARY-PRIV-MD-BODY',
  'CANARY-PRIV-MD-POSITION',
];

/**
 * Private values a shared note's MDX reads from its own frontmatter (`{frontmatter.salary.min}`,
 * `{frontmatter.contacts[0].name}`): the owner's page prints them unformatted.
 */
const FRONTMATTER_EXPRESSION_VALUES = ['731913', 'Ottoline Canarycontact', 'canary-priv-contact@example.com'];

/** Shared notes' strings, the page that shows each, and whether Pagefind indexes that page (company pages are not indexed). */
const SHARED_STRINGS: { text: string; page: string; indexed: boolean }[] = [
  { text: 'CANARY-SHARED-APP-BODY', page: '/applications/lumen-harbor-language-engineer/', indexed: true },
  { text: 'CANARY-SHARED-AFTER-INLINE', page: '/applications/lumen-harbor-language-engineer/', indexed: true },
  { text: 'CANARY-SHARED-TASK', page: '/applications/lumen-harbor-language-engineer/', indexed: true },
  { text: 'CANARY-SHARED-EXTRA', page: '/applications/lumen-harbor-language-engineer/', indexed: true },
  { text: 'CANARY-SHARED-HISTORY', page: '/applications/lumen-harbor-language-engineer/', indexed: false },
  { text: 'CANARY-SHARED-BRIGHTWATER-BODY', page: '/applications/brightwater-data-scientist/', indexed: true },
  { text: 'CANARY-SHARED-MARKDOWN-BODY', page: '/applications/quillmere-localization-specialist/', indexed: true },
  { text: 'CANARY-SHARED-MARKDOWN-TASK', page: '/applications/quillmere-localization-specialist/', indexed: true },
  { text: 'CANARY-SHARED-ARTICLE-BODY', page: '/articles/canary-shared-article/', indexed: true },
  { text: 'CANARY-SHARED-COMPANY-BODY', page: '/companies/lumen-harbor/', indexed: false },
  { text: 'CANARY-SHARED-AFTER-CODESPAN', page: '/applications/lumen-harbor-language-engineer/', indexed: true },
  { text: 'CANARY-SHARED-MD-AFTER-CODESPAN', page: '/applications/quillmere-localization-specialist/', indexed: true },
];

// 2026-01-01T00:00:00Z: pins the banner's build date.
const EPOCH = '1767225600';

/** The files that hold a string, case-insensitively (a slug or heading id is the string lower-cased). */
function filesWith(files: Map<string, string>, needle: string): string[] {
  const lower = needle.toLowerCase();
  return [...files].filter(([, text]) => text.toLowerCase().includes(lower)).map(([file]) => file);
}

/** Site-internal links and sources of every page that lead nowhere in this build. */
function deadLinks(dist: string): string[] {
  const dead = new Set<string>();
  for (const page of listFiles(dist).filter((f) => f.endsWith('.html'))) {
    for (const [, url] of readFileSync(join(dist, page), 'utf8').matchAll(
      /\b(?:href|src|action)="(\/(?!\/)[^"#?]*)/g,
    )) {
      const path = decodeURI(url!);
      if (!existsSync(join(dist, path.endsWith('/') ? `${path}index.html` : path))) dead.add(`${page} → ${path}`);
    }
  }
  return [...dead];
}

/**
 * The mentor builds of a copy of the canary archive, as a user makes them: one content folder, cache,
 * output folder (holding files of an earlier build at first) and manifest (in the content root, as by
 * default). The first build is the one most checks below read; two lines of edits then each build a
 * second time on the state the first left, restored in between with the same paths and file times,
 * so each second build reuses the first one's cache as a user's next build would. Every output is
 * copied aside when its build ends, so checks of one build never read another's. The index is in
 * four search buckets (those that get no page are not written), so a note no longer shared is seen
 * leaving every bucket.
 */
interface Sequence {
  work: string;
  content: string;
  first: BuildResult;
}
const STATE = ['content', 'cache', 'dist-share'];
let sequence: Promise<Sequence> | undefined;

function mentorSequence(): Promise<Sequence> {
  sequence ??= (async () => {
    const work = scratchDir('canary-');
    const content = join(work, 'content');
    cpSync(FIXTURE, content, { recursive: true });
    // Files of an earlier build in the output folder, which must not survive.
    const out = join(work, 'dist-share');
    mkdirSync(join(out, 'applications/old-private-note'), { recursive: true });
    writeFileSync(join(out, 'applications/old-private-note/index.html'), '<p>CANARY-PRIV-STALE-PAGE</p>');
    writeFileSync(join(out, 'stale.txt'), 'CANARY-PRIV-STALE-FILE');
    const first = await mentorBuild(work, 'first', EPOCH);
    for (const name of STATE)
      cpSync(join(work, name), join(work, 'before-edits', name), { recursive: true, preserveTimestamps: true });
    return { work, content, first };
  })();
  return sequence;
}

/** A mentor build of the sequence's content into its output folder, the output then kept as `<work>/<name>`. */
async function mentorBuild(work: string, name: string, epoch: string): Promise<BuildResult> {
  const build = await buildSite(join(work, 'content'), {
    audience: 'mentor',
    outDir: join(work, 'dist-share'),
    env: {
      SOURCE_DATE_EPOCH: epoch,
      DOSSIER_CACHE_DIR: join(work, 'cache'),
      DOSSIER_SHARE_MANIFEST: '',
      DOSSIER_SEARCH_BUCKETS: '4',
    },
  });
  cpSync(join(work, 'dist-share'), join(work, name), { recursive: true });
  return { ...build, dist: join(work, name) };
}

/** The sequence's second build after `edit`, on the state its first build left. */
async function secondBuild(name: string, epoch: string, edit: (content: string) => void): Promise<BuildResult> {
  const { work, content } = await mentorSequence();
  for (const part of STATE) {
    rmSync(join(work, part), { recursive: true, force: true });
    cpSync(join(work, 'before-edits', part), join(work, part), { recursive: true, preserveTimestamps: true });
  }
  edit(content);
  return mentorBuild(work, name, epoch);
}

/** Pagefind's index fragments of a build, in every bucket, decompressed. */
const isFragment = (file: string) => /^pagefind\/(?:b\d+\/)?fragment\//.test(file);

describe('the mentor build of the canary archive', () => {
  let mentor: BuildResult;
  let owner: BuildResult;
  let mentorFiles: Map<string, string>;
  let ownerFiles: Map<string, string>;

  beforeAll(async () => {
    mentor = (await mentorSequence()).first;
    owner = await buildSite(FIXTURE, { audience: 'owner' });
    // Without both builds every check below would be vacuous.
    expect(mentor.code, mentor.stdout + mentor.stderr).toBe(0);
    expect(owner.code, owner.stdout + owner.stderr).toBe(0);
    mentorFiles = readAllText(mentor.dist);
    ownerFiles = readAllText(owner.dist);
  });

  it('holds every private string in the owner build, so the canary is alive', () => {
    const names = [...ownerFiles.keys()].join('\n');
    const missing = PRIVATE_STRINGS.filter(
      (s) => filesWith(ownerFiles, s).length === 0 && !names.toLowerCase().includes(s.toLowerCase()),
    );
    expect(missing).toEqual([]);
    const page = readPage(owner.dist, '/applications/lumen-harbor-language-engineer/');
    for (const value of FRONTMATTER_EXPRESSION_VALUES) expect(page, value).toContain(value);
  });

  it('ships no file of an unshared note and no image of a <Private> block, by name or by content', () => {
    expect(listFiles(mentor.dist).filter((f) => /canary-?priv/i.test(f))).toEqual([]);
    expect(listFiles(owner.dist).filter((f) => /canary-?priv/i.test(f)).length).toBeGreaterThanOrEqual(4);
    // The shared note's own image is there: assets of shared notes still work.
    expect(listFiles(mentor.dist).filter((f) => f.startsWith('_astro/lumen-office'))).not.toEqual([]);
    // Images written as references (`![x][id]`, `[id]: ./file`) are emitted like inline ones, and the one
    // inside a <Private> block only in the owner's site, though its definition is outside the block.
    for (const build of [owner, mentor])
      expect(readPage(build.dist, '/applications/lumen-harbor-language-engineer/')).toMatch(
        /<img src="\/_astro\/lumen-plan\.[\w-]+\.svg"[^>]*alt="The floor plan"/,
      );
    expect(listFiles(owner.dist).filter((f) => f.startsWith('_astro/canary-priv-ref-chart'))).not.toEqual([]);
    expect(filesWith(mentorFiles, 'CANARY-SHARED-SVG')).not.toEqual([]);
  });

  it("does not print a private field that a shared note's MDX reads from its frontmatter", () => {
    const page = readPage(mentor.dist, '/applications/lumen-harbor-language-engineer/');
    expect(page).toContain('Pay from the frontmatter');
    for (const value of FRONTMATTER_EXPRESSION_VALUES) expect(filesWith(mentorFiles, value), value).toEqual([]);
    expect(mentor.stdout + mentor.stderr).toMatch(
      /lumen-harbor-language-engineer\.mdx:\d+:1 {2}body {2}warning: left out of the mentor copy: this expression reads the frontmatter/,
    );
  });

  it('leaves no private string in any file of the mentor build, Pagefind index decompressed', () => {
    expect(mentorFiles.size).toBeGreaterThan(20);
    expect([...mentorFiles.keys()].some(isFragment)).toBe(true);
    const leaks = PRIVATE_STRINGS.flatMap((s) => filesWith(mentorFiles, s).map((file) => `${s} in ${file}`));
    expect(leaks).toEqual([]);
    // Salaries in any spelling, and any canary string the list above forgot.
    const unformatted = [...mentorFiles]
      .filter(([, text]) => /731\D?913|742\D?917|655\D?321|canary-?priv/i.test(text))
      .map(([file]) => file);
    expect(unformatted).toEqual([]);
  });

  it('shows every shared note on its page and finds it in the decompressed search index', () => {
    const fragments = [...mentorFiles]
      .filter(([file]) => isFragment(file))
      .map(([, text]) => text)
      .join('\n');
    for (const { text, page, indexed } of SHARED_STRINGS) {
      expect(readPage(mentor.dist, page), `${text} on ${page}`).toContain(text);
      if (indexed) expect(fragments, `${text} in the index`).toContain(text);
    }
  });

  it('empties the output folder before building', () => {
    expect(existsSync(join(mentor.dist, 'stale.txt'))).toBe(false);
    expect(existsSync(join(mentor.dist, 'applications/old-private-note'))).toBe(false);
  });

  it('has pages only for shared notes and for companies and role families that shared notes name', () => {
    const pages = listFiles(mentor.dist).filter((f) =>
      /^(applications|articles|companies|roles)\/[^/]+\/index\.html$/.test(f),
    );
    expect(pages).toEqual([
      'applications/brightwater-data-scientist/index.html',
      'applications/lumen-harbor-language-engineer/index.html',
      'applications/quillmere-localization-specialist/index.html',
      'articles/canary-shared-article/index.html',
      'companies/brightwater/index.html',
      'companies/lumen-harbor/index.html',
      'companies/quillmere/index.html',
      'roles/data-science/index.html',
      'roles/language-and-ai-data/index.html',
    ]);
    expect(existsSync(join(owner.dist, 'companies/gloomwick-canaryprivcompany/index.html'))).toBe(true);
  });

  it('counts only shared notes', () => {
    expect(readPage(mentor.dist, '/')).toContain('3 applications at 3 companies, 1 article.');
    expect(readPage(mentor.dist, '/stages/offer/')).toContain('No applications.');
    const lumen = readPage(mentor.dist, '/applications/lumen-harbor-language-engineer/');
    // Its sibling at the same company is private, and so is one of its two articles.
    expect(lumen).toMatch(
      /Other applications at Lumen Harbor<\/h2><p class="muted">No other application at Lumen Harbor in this shared copy\.<\/p>/,
    );
    expect([...lumen.matchAll(/href="\/articles\/([^/]+)\/"/g)].map((m) => m[1])).toEqual(['canary-shared-article']);
  });

  it('shows a company note only when the note itself is shared', () => {
    const lumen = readPage(mentor.dist, '/companies/lumen-harbor/');
    expect(lumen).toContain('Lumen Harbour Ltd');
    expect(lumen).toContain('href="https://lumen-harbor.example"');
    const brightwater = readPage(mentor.dist, '/companies/brightwater/');
    expect(brightwater).toContain('href="/applications/brightwater-data-scientist/"');
    expect(brightwater).not.toContain('class="prose"');
    expect(brightwater).not.toContain('Also known as');
  });

  it('links only to pages that exist in the build', () => {
    expect(deadLinks(mentor.dist)).toEqual([]);
    expect(deadLinks(owner.dist)).toEqual([]);
  });

  it('asks search engines to stay away, sends no Referer and says it is a shared copy, with its build date', () => {
    expect(mentorFiles.get('robots.txt')).toBe('User-agent: *\nDisallow: /\n');
    expect(ownerFiles.get('robots.txt')).not.toContain('Disallow: /');
    for (const page of listFiles(mentor.dist).filter((f) => f.endsWith('.html'))) {
      const html = mentorFiles.get(page)!;
      expect(html, page).toContain('<meta name="robots" content="noindex, nofollow">');
      expect(html, page).toContain('<meta name="referrer" content="no-referrer">');
      expect(html, page).toMatch(/shared copy/i);
      // Pages of the site's layout (print sheets have their own) carry the banner with the build date.
      if (html.includes('<header class="site">')) {
        expect(html, page).toMatch(
          /A shared copy of a job-search archive, built on <time datetime="2026-01-01">1 January 2026<\/time>/,
        );
      }
    }
    expect(mentorFiles.get('index.html')).toContain('A shared copy of a job-search archive, built on');
    const ownerIndex = ownerFiles.get('index.html')!;
    expect(ownerIndex).not.toContain('noindex');
    expect(ownerIndex).not.toContain('no-referrer');
    expect(ownerIndex).not.toContain('shared copy');
  });
});

describe('a mentor build with share.default: shared and share.noindex: false', () => {
  let build: BuildResult;
  let files: Map<string, string>;
  beforeAll(async () => {
    build = await buildSite(SHARED_DEFAULT_FIXTURE, { audience: 'mentor' });
    expect(build.code, build.stdout + build.stderr).toBe(0);
    files = readAllText(build.dist);
  });

  it('shares every note except those marked share: false', () => {
    const notes = listFiles(build.dist).filter((f) => /^(applications|articles)\/[^/]+\/index\.html$/.test(f));
    expect(notes).toEqual([
      'applications/marlow-true/index.html',
      'applications/marlow-unmarked/index.html',
      'articles/unmarked-article/index.html',
    ]);
    for (const text of ['SHAREDDEFAULT-UNMARKED-BODY', 'SHAREDDEFAULT-TRUE-BODY', 'SHAREDDEFAULT-ARTICLE-BODY']) {
      expect(
        filesWith(files, text).some((f) => f.startsWith('pagefind/fragment/')),
        text,
      ).toBe(true);
    }
  });

  it('still leaves out <Private> blocks, private fields and the notes marked false', () => {
    const leaks = ['SHAREDDEFAULT-PRIV', 'SHAREDDEFAULTPRIVCO', 'Fernhollow', '604,211', '604211'].flatMap((s) =>
      filesWith(files, s).map((f) => `${s} in ${f}`),
    );
    expect(leaks).toEqual([]);
  });

  it('lets search engines in when configured to', () => {
    expect(files.get('robots.txt')).toBe('User-agent: *\nAllow: /\n');
    expect(files.get('index.html')).not.toContain('noindex');
    expect(files.get('index.html')).toContain('A shared copy of a job-search archive');
  });
});

describe('a second mentor build into the same folder and cache, after notes were made private', () => {
  // Incremental builds reuse pages from the cache: a page whose note, or a note it lists, has become
  // private since must not come back from there.
  const NEWLY_PRIVATE = [
    'CANARY-SHARED-ARTICLE-BODY',
    'Shared reading on harbour linguistics',
    'CANARY-SHARED-COMPANY-BODY',
    'Lumen Harbour Ltd',
    'CANARY-SHARED-BRIGHTWATER-BODY',
    'brightwater-data-scientist',
    'CANARY-SHARED-MARKDOWN-BODY',
  ];
  let firstFiles: Map<string, string>;
  let second: BuildResult;
  beforeAll(async () => {
    const { first } = await mentorSequence();
    expect(first.code, first.stdout + first.stderr).toBe(0);
    firstFiles = readAllText(first.dist);
    second = await secondBuild('made-private', EPOCH, (root) => {
      const edit = (file: string, from: string, to: string) => {
        const path = join(root, file);
        const text = readFileSync(path, 'utf8');
        expect(text, file).toContain(from);
        writeFileSync(path, text.replace(from, to));
      };
      edit('articles/canary-shared-article.mdx', 'share: true', 'share: false');
      edit('companies/lumen-harbor.mdx', 'share: true', 'share: false');
      edit('applications/brightwater-data-scientist.mdx', 'share: true', 'share: false');
      edit(
        'applications/quillmere-localization-specialist.md',
        'A plain Markdown note: CANARY-SHARED-MARKDOWN-BODY.',
        '<Private>A plain Markdown note: CANARY-SHARED-MARKDOWN-BODY.</Private>',
      );
    });
    expect(second.code, second.stdout + second.stderr).toBe(0);
  });

  it('showed the notes while they were shared', () => {
    expect(NEWLY_PRIVATE.filter((s) => filesWith(firstFiles, s).length === 0)).toEqual([]);
  });

  it('leaves them out of every file once they are private', () => {
    const files = readAllText(second.dist);
    expect(NEWLY_PRIVATE.flatMap((s) => filesWith(files, s).map((f) => `${s} in ${f}`))).toEqual([]);
    expect(filesWith(files, 'CANARY-SHARED-APP-BODY').length).toBeGreaterThan(0);
    expect(deadLinks(second.dist)).toEqual([]);
  });
});

describe('two mentor builds: the changes page', () => {
  let first: BuildResult;
  let second: BuildResult;
  let manifest: string;
  beforeAll(async () => {
    const sequence = await mentorSequence();
    first = sequence.first;
    manifest = join(sequence.content, 'mentor-copy.json');
    expect(first.code, first.stderr).toBe(0);
    // Two weeks later: a stage change with its date; an edit of the text; a note shared for the first
    // time; one no longer shared.
    second = await secondBuild('changed', '1768435200', (root) => {
      const edit = (file: string, from: string | RegExp, to: string) => {
        const path = join(root, file);
        const text = readFileSync(path, 'utf8');
        expect(text).toMatch(from);
        writeFileSync(path, text.replace(from, to));
      };
      edit(
        'applications/quillmere-localization-specialist.md',
        'stage: screening',
        'stage: interviewing\nhistory:\n  - { stage: interviewing, date: 2026-01-10 }',
      );
      edit('articles/canary-shared-article.mdx', /\n$/, '\nA new paragraph: CANARY-SHARED-NEW-TEXT.\n');
      edit('applications/lumen-harbor-false.mdx', 'share: false', 'share: true');
      edit('applications/brightwater-data-scientist.mdx', 'share: true', 'share: false');
    });
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

/**
 * Notes the mentor build refuses before it builds anything, each in a build of the canary archive of
 * its own: a `share` that is not a boolean stops validation before the copy's code is read, so one
 * build of both would not show the second.
 */
describe('a note whose share is not a boolean', () => {
  it('fails the build naming the file and the field', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-share-yes-'));
    cpSync(FIXTURE, root, { recursive: true });
    writeFileSync(
      join(root, 'applications/quoted-share.mdx'),
      '---\ncompany: Lumen Harbor\nposition: Analyst\nstage: applied\nshare: "yes"\n---\n\nBody\n',
    );
    const build = await buildSite(root, { audience: 'mentor' });
    expect(build.code).not.toBe(0);
    const output = build.stdout + build.stderr;
    expect(output).toMatch(/quoted-share\.mdx:5:\d+ {2}share {2}found "yes"; expected true or false/);
    expect(output).not.toMatch(/^\s+at /m);
    expect(existsSync(join(build.dist, 'index.html'))).toBe(false);
  });
});

// Code in a shared note that reads any file: the copy refuses it before anything is built (the
// self-check would find what it printed, as tests/mentor/self-check.build.test.ts shows on the
// owner's build).
describe('a mentor build whose shared note reads a private note at build time', () => {
  let build: BuildResult;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-selfcheck-'));
    cpSync(FIXTURE, root, { recursive: true });
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
