import { defineConfig } from 'vitest/config';
import LongestFirstSequencer from './tests/helpers/sequencer.ts';

/**
 * Projects in one pool of two workers (this machine has 2 cores; vitest's default would be
 * one worker, every file in turn): unit tests (`unit`, and `unit-isolated` for the few that mock a
 * module), and the tests that build a site with `astro build` or drive Chromium (`site`). Files of both kinds run side by side. What makes that safe lives in
 * tests/helpers/build-site.ts: each `astro build` runs on its own copy of the project (Astro writes
 * generated modules into its root's .astro/ folder), at most two at once, and a fixture built the
 * same way by several files is built once per run and shared (tests/helpers/build-run.ts).
 * The projects need the same maxWorkers to share the pool (vitest runs projects with
 * different maxWorkers one after the other); the sequencer (tests/helpers/sequencer.ts) starts the
 * longest files first.
 */
const WORKERS = 2;

/**
 * Timeouts only catch a hang; they never judge speed. This machine is shared, and under load
 * (a second suite beside this one, other builds) a test takes ten times what it takes calm, and a
 * build first waits its turn behind the others (tests/helpers/build-site.ts). So they are minutes,
 * set here once rather than file by file, and tests wait for events and states, not durations.
 */
const UNIT_TIMEOUT_MS = 300_000;
const SITE_TIMEOUT_MS = 900_000;
/** `expect.poll`'s wait for a state (a page's search results): vitest's default of 1 s is a duration. */
const POLL_TIMEOUT_MS = 120_000;

/**
 * Unit files that replace a module (`vi.mock`) or load modules afresh (`vi.resetModules`): a replacement
 * holds only in a file's own module graph, so these run isolated. A new file that mocks goes here
 * (tests/unit/suite-config.test.ts checks).
 */
export const MOCKING = [
  'tests/unit/page-cache-key.test.ts',
  'tests/validate/many-notes.test.ts',
  'tests/validate/note-cache.test.ts',
];

/** What the unit projects share: the pool of workers and the timeouts. */
const UNIT = {
  maxWorkers: WORKERS,
  testTimeout: UNIT_TIMEOUT_MS,
  hookTimeout: UNIT_TIMEOUT_MS,
  expect: { poll: { timeout: POLL_TIMEOUT_MS } },
};

export default defineConfig({
  test: {
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.build.test.ts', 'tests/**/*.browser.test.ts', ...MOCKING, '**/node_modules/**'],
          // The unit files share their worker's modules: loading src/ (the importer's dictionaries, chrono,
          // zod schemas) once per worker instead of once per file halves the unit tests' time (184 s to 92 s
          // alone, calm). The files that replace a module (MOCKING) run isolated, below.
          isolate: false,
          ...UNIT,
        },
      },
      { test: { name: 'unit-isolated', include: MOCKING, ...UNIT } },
      {
        test: {
          name: 'site',
          include: ['tests/**/*.build.test.ts', 'tests/**/*.browser.test.ts'],
          // One folder of builds per run, removed at its end: builds of the same fixture are shared across files.
          globalSetup: ['tests/helpers/build-run.ts'],
          maxWorkers: WORKERS,
          testTimeout: SITE_TIMEOUT_MS,
          hookTimeout: SITE_TIMEOUT_MS,
          expect: { poll: { timeout: POLL_TIMEOUT_MS } },
        },
      },
    ],
  },
});
