import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, scratchDir, type BuildResult } from '../helpers/build-site.ts';
import { validateFolder } from '../helpers/validate.ts';

const CASE = 'tests/fixtures/bad/many-problems';

describe('astro build on bad content', () => {
  let build: BuildResult;
  let validateLines: string[];
  beforeAll(async () => {
    build = await buildSite(join(PROJECT_ROOT, CASE), { cache: false });
    validateLines = validateFolder(join(PROJECT_ROOT, CASE)).lines.filter((line) => line.startsWith(`${CASE}/`));
  });

  it('exits non-zero and builds nothing', () => {
    expect(build.code).not.toBe(0);
    expect(existsSync(join(build.dist, 'index.html'))).toBe(false);
  });

  it('prints the same path:line:column  field  message lines as npm run validate', () => {
    expect(validateLines).toHaveLength(6);
    // A missing image stops Astro's bundler; validate names it first, at the line that gives its path.
    expect(validateLines).toContain(
      `${CASE}/applications/globex.mdx:12:1  body  shows the image "./org-chart.png", but there is no such file (looked for ${CASE}/applications/org-chart.png); the path is relative to the note, and an image in public/ is written from the site's root ("/logo.png")`,
    );
    const output = build.stdout + build.stderr;
    for (const line of validateLines) expect(output).toContain(line);
  });

  it('prints no stack trace', () => {
    expect(build.stdout + build.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('astro build --outDir', () => {
  it('is refused with a message naming DOSSIER_OUT_DIR, before anything is built', async () => {
    // The search index, the pruning and the mentor copy's self-check read the folder from the settings.
    // A folder no earlier run can have left behind.
    const elsewhere = join(scratchDir('out-dir-'), 'elsewhere');
    const build = await buildSite(join(PROJECT_ROOT, 'tests/fixtures/good/archive'), { args: ['--outDir', elsewhere] });
    expect(build.code).not.toBe(0);
    expect(build.stdout + build.stderr).toMatch(/was given on the command line \(--outDir\).*DOSSIER_OUT_DIR/);
    expect(build.stdout + build.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(elsewhere)).toBe(false);
  });
});
