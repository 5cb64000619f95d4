import { describe, expect, it } from 'vitest';
import { buildPhases, cpuAt } from '../../src/bench/phases.ts';

/** A build's log: each line at the second it arrived. */
const lines = (...rows: [number, string][]) => rows.map(([s, text]) => ({ ms: s * 1000, text }));

describe("a build's phases", () => {
  it.each([
    [0, 0],
    [1000, 500],
    [2500, 1750],
    [9999, 4000],
  ])('interpolates CPU time between samples: at %i ms, %i ms of CPU', (ms, cpu) => {
    const timeline = [
      { ms: 0, cpuMs: 0 },
      { ms: 2000, cpuMs: 1000 },
      { ms: 3000, cpuMs: 2500 },
      { ms: 4000, cpuMs: 4000 },
    ];
    expect(cpuAt(timeline, ms)).toBe(cpu);
  });

  it("splits Dossier's mentor build at its lines, validation starting where its own duration says", () => {
    // Two cores busy throughout except rendering (one core, 10–20 s).
    const timeline = [
      { ms: 0, cpuMs: 0 },
      { ms: 10_000, cpuMs: 20_000 },
      { ms: 20_000, cpuMs: 30_000 },
      { ms: 25_000, cpuMs: 40_000 },
    ];
    const phases = buildPhases({
      ms: 25_000,
      cpuTimeline: timeline,
      lines: lines(
        [3, '05:16:29 [dossier] Validated 1000 note(s): 1000 checked, 0 reused (2000 ms).'],
        [4, '05:16:31 [content] Syncing content'],
        [6, '05:16:36 [build] Collecting build info...'],
        [6, '05:16:36 [build] ✓ Completed in 11.50s.'],
        [8, '05:16:37 [build] Building static entrypoints...'],
        [10, ' generating static routes '],
        [20, '✓ Completed in 12.36s.'],
        [20, '05:16:48 [dossier] Pages: 2126 rendered, 0 reused from the last build.'],
        [
          24,
          '05:16:56 [dossier] Pagefind: 1000 page(s) in 1 bucket(s); 1 indexed (1000 page(s), 1000 parsed ahead), 0 unchanged since the last build (8066 ms).',
        ],
      ),
    });
    expect(phases.map((p) => [p.name, p.ms / 1000, p.cpuMs / 1000])).toEqual([
      ['Start-up (Node, Astro, configuration)', 1, 2],
      ['Validation', 2, 4],
      ['Start-up after validation (mentor: staging)', 1, 2],
      ['Content sync, precompile, types', 2, 4],
      ['Routes and build info', 2, 4],
      ['Vite bundle', 2, 4],
      ['Rendering', 10, 10],
      ['After rendering', 0, 0],
      ['Search index', 4, 8],
      ['After the index (mentor: self-check)', 1, 2],
    ]);
  });

  it("leaves out the phases the plain site has no line for, and finds its index by the fixture's lines", () => {
    const phases = buildPhases({
      ms: 10_000,
      cpuTimeline: [
        { ms: 0, cpuMs: 0 },
        { ms: 10_000, cpuMs: 10_000 },
      ],
      lines: lines(
        [2, '[content] Syncing content'],
        [3, '[build] Collecting build info...'],
        [4, '[build] Building static entrypoints...'],
        [6, ' generating static routes '],
        [8, '✓ Completed in 2.00s.'],
        [8, '[pagefind] Indexing'],
        [9.5, '[pagefind] Indexed'],
      ),
    });
    expect(phases.map((p) => [p.name, p.ms / 1000])).toEqual([
      ['Start-up (Node, Astro, configuration)', 2],
      ['Content sync, precompile, types', 1],
      ['Routes and build info', 1],
      ['Vite bundle', 2],
      ['Rendering', 2],
      ['After rendering', 0],
      ['Search index', 1.5],
      ['After the index (mentor: self-check)', 0.5],
    ]);
  });
});

describe('validation beside the content sync', () => {
  it('is reported on its own, after the phases, and leaves the sequence as it is', () => {
    const phases = buildPhases({
      ms: 10_000,
      cpuTimeline: [
        { ms: 0, cpuMs: 0 },
        { ms: 10_000, cpuMs: 15_000 },
      ],
      lines: lines(
        [2, '[content] Syncing content'],
        [4, '[dossier] Validated 1000 note(s): 1000 checked, 0 reused (1500 ms).'],
        [5, '[build] Collecting build info...'],
        [5, '[build] Building static entrypoints...'],
        [6, ' generating static routes '],
        [9, '✓ Completed in 3.00s.'],
      ),
    });
    expect(phases.map((p) => [p.name, p.ms / 1000])).toEqual([
      ['Start-up (Node, Astro, configuration)', 2],
      ['Content sync, precompile, types', 3],
      ['Routes and build info', 0],
      ['Vite bundle', 1],
      ['Rendering', 3],
      ['After rendering', 1],
      ['Validation, beside the content sync', 1.5],
    ]);
    expect(phases.at(-1)!.cpuMs).toBeNaN();
  });
});
