import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildLog, changedSharedBuilds, TMP_ROOT } from './build-site.ts';

/**
 * Vitest globalSetup of the `site` project: one folder per test run (tests/.tmp/run-*) that holds
 * every build of the run, including the builds shared across test files (see buildSite's
 * `cache`). It is removed when the run ends, so a later run never reuses a stale build; set
 * DOSSIER_KEEP_TEST_BUILDS=1 to keep it for a look after a failure.
 */
export default function setup(project: TestProject) {
  mkdirSync(TMP_ROOT, { recursive: true });
  const runDir = mkdtempSync(join(TMP_ROOT, 'run-'));
  project.provide('dossierBuildRun', runDir);
  return () => {
    const builds = buildLog(runDir);
    const made = builds.filter((b) => !b.reused);
    const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;
    if (builds.length) {
      console.info(
        `astro build: ${made.length} builds (${seconds(made.reduce((t, b) => t + b.buildMs, 0))}, waiting for each other ${seconds(made.reduce((t, b) => t + b.waitedMs, 0))}), ` +
          `${builds.length - made.length} shared builds reused`,
      );
    }
    const changed = changedSharedBuilds(runDir);
    if (!process.env.DOSSIER_KEEP_TEST_BUILDS) rmSync(runDir, { recursive: true, force: true });
    if (changed.length)
      throw new Error(
        `A test wrote into a shared build's dist (shared builds are read-only; give that build { cache: false }):\n${changed.join('\n')}`,
      );
  };
}
