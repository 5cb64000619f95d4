import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, type BuildResult } from '../helpers/build-site.ts';

/**
 * The mentor copy's self-check (issue 17): it must catch a leak with no help
 * from the filter. The owner's build of the canary archive is what a mentor
 * build with redaction switched off would be (every note, every field,
 * every <Private> block, every image): `share:check` must name a leak of
 * each kind there. A mentor build whose shared note reads a private note
 * from disk at build time (no filter can see that) must fail and leave no
 * copy behind: tests/mentor/canary.build.test.ts (it builds the canary
 * archive's mentor copies).
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
