import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const GOOD = 'tests/fixtures/good/archive';
const BAD = 'tests/fixtures/bad';

let dir: string;
let root: string;
let store: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-note-cache-'));
  root = join(dir, 'content');
  store = join(dir, 'cache', 'checks.bin');
  cpSync(GOOD, root, { recursive: true });
  // Bad notes beside the good ones: a schema error, an MDX error, invalid UTF-8, and one that imports a file.
  cpSync(join(BAD, 'unknown-stage/applications/acme.mdx'), join(root, 'applications/bad-stage.mdx'));
  cpSync(join(BAD, 'mdx-unknown-component/applications/acme.mdx'), join(root, 'applications/bad-component.mdx'));
  cpSync(join(BAD, 'invalid-utf8/applications/cafe.mdx'), join(root, 'applications/cafe.mdx'));
  cpSync(join(BAD, 'mdx-import-missing/applications/acme.mdx'), join(root, 'applications/imports.mdx'));
  vi.resetModules();
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Validates the archive, with the note cache or without, in fresh modules: the
 * configuration is read once per process, and a changed one must be read again.
 */
async function validate(cached: boolean) {
  vi.resetModules();
  const { validateArchive } = await import('../../src/share/sharing-checks.ts');
  const { NoteCheckCache, validatorSalt } = await import('../../src/validate/note-cache.ts');
  let config = '';
  try {
    config = readFileSync(join(root, 'dossier.config.yaml'), 'utf8');
  } catch {
    // No configuration: the defaults.
  }
  const cache = cached ? new NoteCheckCache(store, validatorSalt(config, {})) : undefined;
  const report = validateArchive(root, { cache });
  cache?.save();
  return { problems: report.problems, errors: report.errors, warnings: report.warnings, reused: cache?.reused };
}

/** What a report says, without the cache's own count. */
const verdict = ({ problems, errors, warnings }: Awaited<ReturnType<typeof validate>>) => ({
  problems,
  errors,
  warnings,
});

describe('the per-note validation cache', () => {
  it('gives the same report cold, warm and uncached, and reuses every note without imports', async () => {
    const plain = await validate(false);
    expect(plain.errors).toBeGreaterThanOrEqual(4);
    const cold = await validate(true);
    const warm = await validate(true);
    expect(verdict(cold)).toEqual(verdict(plain));
    expect(verdict(warm)).toEqual(verdict(plain));
    expect(cold.reused).toBe(0);
    // 13 notes; the one that imports a file is checked every time.
    expect(warm.reused).toBe(12);
  });

  it('re-checks an edited note and finds what the edit broke', async () => {
    await validate(true);
    const note = join(root, 'applications/acme-labels.mdx');
    writeFileSync(note, readFileSync(note, 'utf8').replace('stage: Offer received', 'stage: Ofer'));
    const warm = await validate(true);
    expect(warm.reused).toBe(11);
    expect(verdict(warm)).toEqual(verdict(await validate(false)));
    expect(warm.problems.some((p) => p.file.endsWith('acme-labels.mdx') && p.field === 'stage')).toBe(true);
  });

  it('runs the checks across notes over reused notes, with positions from the note', async () => {
    await validate(true);
    // The article an application links to goes away; the application itself is unchanged and reused.
    rmSync(join(root, 'articles/scaling-speech.mdx'));
    const warm = await validate(true);
    const plain = await validate(false);
    expect(verdict(warm)).toEqual(verdict(plain));
    const link = warm.problems.find((p) => p.field.startsWith('articles[') && /scaling-speech/.test(p.message));
    expect(link, JSON.stringify(warm.problems, null, 1)).toBeDefined();
    expect(link!.line).toBeGreaterThan(1);
  });

  it('reuses nothing once the configuration changes, and judges by the new one', async () => {
    await validate(true);
    writeFileSync(join(root, 'dossier.config.yaml'), 'stages:\n  - { key: applied, label: Applied }\n');
    const warm = await validate(true);
    expect(warm.reused).toBe(0);
    const plain = await validate(false);
    expect(verdict(warm)).toEqual(verdict(plain));
    // The notes' stages are unknown to the new configuration.
    expect(warm.problems.some((p) => p.file.endsWith('acme-labels.mdx') && p.field === 'stage')).toBe(true);
  });

  it('re-checks a note that imports a file every time: the file may go away while the note stays', async () => {
    writeFileSync(join(root, 'applications/chart.astro'), '<svg />\n');
    const before = await validate(true);
    expect(before.problems.filter((p) => /chart\.astro/.test(p.message))).toEqual([]);
    rmSync(join(root, 'applications/chart.astro'));
    const after = await validate(true);
    expect(after.problems.some((p) => p.file.endsWith('imports.mdx') && /chart\.astro/.test(p.message))).toBe(true);
  });
});
