import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, scratchDir, type BuildResult } from '../helpers/build-site.ts';
import { readAllText, readPage } from '../helpers/read-dist.ts';

/**
 * Note bodies compiled at content sync (src/compile/): an edited note must
 * never be served from the cache, a note the string runtime cannot draw must
 * take the old path, and a note that throws must stop the build by name. That
 * the site cannot tell them from the path they replace (every note a Vite
 * module, DOSSIER_PRECOMPILE=0), byte for byte, owner and mentor, is checked
 * with the fresh build of tests/quality/reproducible.build.test.ts.
 */
const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/sites/precompile');
const THROWS = join(PROJECT_ROOT, 'tests/fixtures/sites/precompile-throws');

const output = (build: BuildResult) => `${build.stdout}\n${build.stderr}`;

/** The decompressed text of Pagefind's index fragments. */
const searchIndex = (dist: string) =>
  [...readAllText(dist)]
    .filter(([file]) => file.startsWith('pagefind/fragment/'))
    .map(([, text]) => text)
    .join('\n');

describe('precompiled note bodies', () => {
  it('serve an edited note fresh, page and search entry, render a note with its own import the old way, and survive a cleaned cache', async () => {
    const work = scratchDir('precompile-');
    const archive = join(work, 'archive');
    cpSync(FIXTURE, archive, { recursive: true });
    // One cache and output folder for both builds: the second is an incremental rebuild.
    const options = { outDir: join(work, 'dist'), env: { DOSSIER_CACHE_DIR: join(work, 'cache') } };
    const first = await buildSite(archive, options);
    expect(first.code, output(first)).toBe(0);
    expect(output(first)).toMatch(
      /articles: 0 note\(s\) compiled, 0 reused, 1 on the full MDX path\s+\S*own-import\.mdx \(it imports/,
    );
    expect(readPage(first.dist, '/articles/own-import/')).toContain(
      'The imported phrase is PRECOMPILE-IMPORTED-PHRASE.',
    );
    const page = '/applications/orbit-language-engineer/';
    expect(readPage(first.dist, page)).toContain('PRECOMPILE-ORIGINAL-TEXT');
    expect(readPage(first.dist, page)).toContain('PRECOMPILE-PRIVATE-TEXT');
    expect(searchIndex(first.dist)).toContain('PRECOMPILE-ORIGINAL-TEXT');

    const note = join(archive, 'applications/orbit-language-engineer.mdx');
    writeFileSync(note, readFileSync(note, 'utf8').replace('PRECOMPILE-ORIGINAL-TEXT', 'PRECOMPILE-EDITED-TEXT'));
    const second = await buildSite(archive, options);
    expect(second.code, output(second)).toBe(0);
    // Only the edited note is compiled again; the other one is reused.
    expect(output(second)).toMatch(/applications: 1 note\(s\) compiled, 1 reused, 0 on the full MDX path/);
    expect(output(second)).toMatch(
      /articles: 0 note\(s\) compiled, 0 reused, 1 on the full MDX path\s+\S*own-import\.mdx/,
    );
    const html = readPage(second.dist, page);
    expect(html).toContain('PRECOMPILE-EDITED-TEXT');
    expect(html).not.toContain('PRECOMPILE-ORIGINAL-TEXT');
    expect(searchIndex(second.dist)).toContain('PRECOMPILE-EDITED-TEXT');
    expect(searchIndex(second.dist)).not.toContain('PRECOMPILE-ORIGINAL-TEXT');
    expect(readPage(second.dist, '/articles/own-import/')).toContain('PRECOMPILE-IMPORTED-PHRASE');

    // A cache folder cleaned by hand (the side files gone, the data store kept) is rebuilt, not served empty.
    rmSync(join(work, 'cache/owner/dossier-notes'), { recursive: true });
    const third = await buildSite(archive, options);
    expect(third.code, output(third)).toBe(0);
    expect(output(third)).toMatch(/applications: 2 note\(s\) compiled, 0 reused/);
    expect(readPage(third.dist, page)).toContain('PRECOMPILE-EDITED-TEXT');
  });

  it('fail the build, naming the note, when a note throws while rendering', async () => {
    const build = await buildSite(THROWS, { cache: false });
    expect(build.code).not.toBe(0);
    expect(output(build)).toContain(
      'applications/throws-while-rendering.mdx: the note throws while rendering: PRECOMPILE-BOOM',
    );
    expect(output(build)).not.toMatch(/Stack trace/);
  });
});
