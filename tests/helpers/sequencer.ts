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
 * The order in which the two workers take test files. `astro build`s take turns (see buildSite),
 * so they are the suite's critical path: one worker should always be building while the other
 * does everything else. Vitest's own order (every `site` file first, longest first, then the unit
 * files) often has both workers waiting on builds, then the unit files run alone at the end.
 *
 * Here two lanes are laid out: the *.build.test.ts files, which are mostly builds, and the unit
 * files followed by the *.browser.test.ts files (a build or two, then a long time in Chromium).
 * Within each kind, longest first; the two lanes are merged by when each file would start, with
 * the durations vitest kept from the last run, so the queue the workers share follows both.
 */
export default class BuildLaneSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const duration = (spec: TestSpecification) =>
      this.ctx.cache.getTestSpecificationResult(spec)?.duration || UNKNOWN_MS[kind(spec)];
    const longestFirst = (specs: TestSpecification[]) => specs.sort((a, b) => duration(b) - duration(a));
    const builds = longestFirst(sorted.filter((s) => kind(s) === 'build'));
    // Unit files first: they never build, so they run beside the first builds; the browser files'
    // own builds then take turns with the build lane's, and their Chromium work overlaps its builds.
    const rest = [
      ...longestFirst(sorted.filter((s) => kind(s) === 'unit')),
      ...longestFirst(sorted.filter((s) => kind(s) === 'browser')),
    ];
    const order: TestSpecification[] = [];
    let buildsAt = 0;
    let restAt = 0;
    while (builds.length || rest.length) {
      if (builds.length && (buildsAt <= restAt || !rest.length)) {
        const spec = builds.shift()!;
        order.push(spec);
        buildsAt += duration(spec);
      } else {
        const spec = rest.shift()!;
        order.push(spec);
        restAt += duration(spec);
      }
    }
    return order;
  }
}
