import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, type BuildResult } from '../helpers/build-site.ts';
import { buildExample } from '../helpers/example-site.ts';
import { listFiles } from '../helpers/read-dist.ts';

/**
 * Reproducible output: the example archive built twice gives byte-identical
 * dist/. The second build runs with its clock moved days ahead (see
 * shift-clock.mjs) into another folder, so nothing may depend on the time,
 * the output path or the order in which files happen to be written; a third
 * build reuses the first one's cache, as a user's next build does. Dates
 * that mean "the day of the build" (the shared copy's banner, what is still
 * upcoming) come from SOURCE_DATE_EPOCH, as reproducible-builds.org asks.
 *
 * The second build also renders every note body the old way, as a Vite module
 * (DOSSIER_PRECOMPILE=0), where the first uses the bodies compiled at content
 * sync (src/compile/): the site must not tell them apart either, pages and
 * search index. One fresh build checks both (each would show as a file that
 * differs) instead of two more builds of the example archive per audience;
 * the precompiled path's own cases are in tests/compile/precompile.build.test.ts.
 */
const SHIFTED = `--import=${join(PROJECT_ROOT, 'tests/quality/shift-clock.mjs')}`;

function hashes(dist: string): Map<string, string> {
  return new Map(
    listFiles(dist).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dist, file)))
        .digest('hex'),
    ]),
  );
}

/** Files that differ between two builds (missing, extra or changed). */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const files = [...new Set([...a.keys(), ...b.keys()])].sort();
  return files
    .filter((f) => a.get(f) !== b.get(f))
    .map(
      (f) =>
        `${f}: ${!a.has(f) ? 'only in the second build' : !b.has(f) ? 'only in the first build' : 'different bytes'}`,
    );
}

describe.each(['owner', 'mentor'] as const)('the %s build of the example archive, built again', (audience) => {
  const builds: BuildResult[] = [];
  beforeAll(async () => {
    const shifted = { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${SHIFTED}`.trim() };
    // 1: the run's build of the example archive (made fresh once per run, shared with the files that
    // read it); 2: fresh, never shared, in another folder, the clock days ahead, every note body a Vite
    // module; 3: again on 1's cache, the clock ahead (Astro's incremental build reuses pages).
    builds.push(await buildExample(audience));
    builds.push(await buildExample(audience, { env: { ...shifted, DOSSIER_PRECOMPILE: '0' }, cache: false }));
    builds.push(await buildExample(audience, { env: { DOSSIER_CACHE_DIR: builds[0]!.cacheDir, ...shifted } }));
    for (const build of builds) expect(build.code, build.stderr).toBe(0);
  });

  it('gives byte-identical dist/ folders from two fresh builds, note bodies precompiled or not', () => {
    const first = hashes(builds[0]!.dist);
    expect(first.size).toBeGreaterThan(50);
    expect([...first.keys()].some((f) => f.startsWith('pagefind/fragment/'))).toBe(true);
    expect(differences(first, hashes(builds[1]!.dist))).toEqual([]);
  });

  it('compiles every application body at content sync in the first, none on the full MDX path', () => {
    expect(`${builds[0]!.stdout}\n${builds[0]!.stderr}`).toMatch(
      /applications: \d+ note\(s\) compiled, 0 reused, 0 on the full MDX path/,
    );
  });

  it("gives the same bytes when the build reuses the previous build's cache", () => {
    expect(differences(hashes(builds[0]!.dist), hashes(builds[2]!.dist))).toEqual([]);
  });
});
