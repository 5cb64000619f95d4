import { join } from 'node:path';
import { buildSite, PROJECT_ROOT, type BuildOptions, type BuildResult } from './build-site.ts';

/** The example archive every new user sees (content/). */
export const EXAMPLE_CONTENT = join(PROJECT_ROOT, 'content');

/**
 * The moment the tests build the example archive at (noon UTC, 30 November 2026, as SOURCE_DATE_EPOCH):
 * what is upcoming, overdue or stuck never depends on the day the suite runs, and every test file that
 * builds the example archive shares one build per audience (tests/helpers/build-site.ts, `cache`).
 */
export const EXAMPLE_ENV: Readonly<Record<string, string>> = {
  SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 30, 12) / 1000),
};

/** The example archive built for `audience` at EXAMPLE_ENV's moment; `env` adds to it. */
export function buildExample(
  audience: 'owner' | 'mentor' = 'owner',
  opts: Omit<BuildOptions, 'audience'> = {},
): Promise<BuildResult> {
  return buildSite(EXAMPLE_CONTENT, { ...opts, audience, env: { ...EXAMPLE_ENV, ...opts.env } });
}
