import { afterEach, describe, expect, it, vi } from 'vitest';

// The catalog module loads notes through Astro's virtual module; the key itself needs none of it.
vi.mock('astro:content', () => ({ getCollection: async () => [] }));
const { pageCacheKey } = await import('../../src/catalog/index.ts');

const catalog = { audience: 'owner' } as Parameters<typeof pageCacheKey>[0];
const app = { id: 'acme', history: [{ stage: 'interviewing', date: '2025-03-02' }] };
const at = (iso: string) => String(Date.parse(iso) / 1000);

describe('pageCacheKey', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('changes with the build day, so a page showing the day or "(upcoming)" is not reused from yesterday', () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', at('2025-03-01T12:00:00'));
    const before = pageCacheKey(catalog, app);
    vi.stubEnv('SOURCE_DATE_EPOCH', at('2025-03-02T12:00:00'));
    expect(pageCacheKey(catalog, app)).not.toBe(before);
  });

  it('stays the same within one day and for the same items', () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', at('2025-03-01T09:00:00'));
    const morning = pageCacheKey(catalog, app);
    vi.stubEnv('SOURCE_DATE_EPOCH', at('2025-03-01T17:00:00'));
    expect(pageCacheKey(catalog, app)).toBe(morning);
    expect(pageCacheKey(catalog, { ...app, id: 'other' })).not.toBe(morning);
  });
});
