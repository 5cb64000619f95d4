import { defineConfig } from 'vitest/config';
import BuildLaneSequencer from './tests/helpers/sequencer.ts';

/**
 * Two projects in one pool of two workers (this machine has 2 cores; vitest's default would be
 * one worker, every file in turn): unit tests, and the tests that build a site with `astro build`
 * or drive Chromium. Files of both kinds run side by side, so one core can run a build while the
 * other runs unit tests or a browser. What makes that safe lives in tests/helpers/build-site.ts:
 * `astro build`s take turns (they share the project's .astro/ folder), and a fixture built the
 * same way by several files is built once per run and shared (tests/helpers/build-run.ts).
 * The two projects need the same maxWorkers to share the pool (vitest runs projects with
 * different maxWorkers one after the other); the sequencer (tests/helpers/sequencer.ts) keeps one worker on builds.
 */
const WORKERS = 2;

export default defineConfig({
  test: {
    sequence: { sequencer: BuildLaneSequencer },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.build.test.ts', 'tests/**/*.browser.test.ts', '**/node_modules/**'],
          maxWorkers: WORKERS,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/**/*.build.test.ts', 'tests/**/*.browser.test.ts'],
          // One folder of builds per run, removed at its end: builds of the same fixture are shared across files.
          globalSetup: ['tests/helpers/build-run.ts'],
          maxWorkers: WORKERS,
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
