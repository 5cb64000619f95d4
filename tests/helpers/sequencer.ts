import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Guesses for files without a duration from an earlier run, in ms. */
const UNKNOWN_MS = { build: 15_000, browser: 20_000, unit: 2_000 };

type Kind = keyof typeof UNKNOWN_MS;

function kind(spec: TestSpecification): Kind {
  if (spec.moduleId.endsWith('.build.test.ts')) return 'build';
  if (spec.moduleId.endsWith('.browser.test.ts')) return 'browser';
  return 'unit';
}

/**
 * The order in which the two workers take test files: longest first, over both projects (unit and
 * site), with the durations vitest kept from the last run. Builds run side by side (each on its own
 * copy of the project, tests/helpers/build-site.ts), so the suite is bound by the work of all its
 * files on two cores, and starting the long files first keeps both workers busy to the end instead of
 * leaving one long file running alone. Vitest's own order runs every `site` file before the unit files.
 */
export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const duration = (spec: TestSpecification) =>
      this.ctx.cache.getTestSpecificationResult(spec)?.duration || UNKNOWN_MS[kind(spec)];
    return sorted.sort((a, b) => duration(b) - duration(a));
  }
}
