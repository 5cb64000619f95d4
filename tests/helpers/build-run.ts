import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { LAUNCH_OPTIONS } from '../../src/bench/chromium.ts';
import { buildLog, changedSharedBuilds, TMP_ROOT } from './build-site.ts';

/**
 * Vitest globalSetup of the `site` project: one folder per test run (tests/.tmp/run-*) that holds
 * every build of the run, including the builds shared across test files (see buildSite's
 * `cache`). It is removed when the run ends, so a later run never reuses a stale build; set
 * DOSSIER_KEEP_TEST_BUILDS=1 to keep it for a look after a failure.
 *
 * It also starts the run's one Chromium: the browser test files connect to it
 * (tests/helpers/browser.ts `connectBrowser`), each page in a context of its own, instead of each
 * starting a browser. When it cannot start, each file starts its own and says why it cannot.
 */
export default async function setup(project: TestProject) {
  mkdirSync(TMP_ROOT, { recursive: true });
  const runDir = mkdtempSync(join(TMP_ROOT, 'run-'));
  project.provide('dossierBuildRun', runDir);
  let browser: BrowserServer | undefined;
  try {
    browser = await chromium.launchServer(LAUNCH_OPTIONS);
    project.provide('dossierBrowser', browser.wsEndpoint());
  } catch {
    browser = undefined;
  }
  return async () => {
    await browser?.close();
    const builds = buildLog(runDir);
    const made = builds.filter((b) => !b.reused);
    const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;
    if (builds.length) {
      console.info(
        `astro build: ${made.length} builds (${seconds(made.reduce((t, b) => t + b.buildMs, 0))}, waiting for each other ${seconds(made.reduce((t, b) => t + b.waitedMs, 0))}), ` +
          `${builds.length - made.length} shared builds reused`,
      );
      // Where the builds go: the files that made the most, so a new sequence of builds shows up here.
      const perFile = new Map<string, { builds: number; ms: number }>();
      for (const b of made) {
        const entry = perFile.get(b.file) ?? { builds: 0, ms: 0 };
        perFile.set(b.file, { builds: entry.builds + 1, ms: entry.ms + b.buildMs });
      }
      const top = [...perFile].sort(([, a], [, b]) => b.builds - a.builds || b.ms - a.ms).slice(0, 8);
      console.info(`  most builds: ${top.map(([file, t]) => `${file} ${t.builds} (${seconds(t.ms)})`).join(', ')}`);
    }
    const changed = changedSharedBuilds(runDir);
    if (!process.env.DOSSIER_KEEP_TEST_BUILDS) rmSync(runDir, { recursive: true, force: true });
    if (changed.length)
      throw new Error(
        `A test wrote into a shared build's dist (shared builds are read-only; give that build { cache: false }):\n${changed.join('\n')}`,
      );
  };
}
