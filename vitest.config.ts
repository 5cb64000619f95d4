import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests run in parallel; tests that build a site with
// `astro build` or drive Chromium run one file at a time, to fit 2 cores.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.build.test.ts', 'tests/**/*.browser.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/**/*.build.test.ts', 'tests/**/*.browser.test.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
