import { describe, expect, it, vi } from 'vitest';

// The catalog module loads notes through Astro's virtual module; the key itself needs none of it.
vi.mock('astro:content', () => ({ getCollection: async () => [] }));
// Settings are read once per build; here each case sets the day the build counts as today.
const current = { day: '2025-03-01' };
vi.mock('../../src/config/settings.ts', () => ({
  settings: () => ({ config: { title: 'T' }, base: '/', day: current.day }),
}));
const { pageCacheKey } = await import('../../src/catalog/index.ts');

const catalog = { audience: 'owner' } as Parameters<typeof pageCacheKey>[0];
const app = { id: 'acme', history: [{ stage: 'interviewing', date: '2025-03-02' }] };

describe('pageCacheKey', () => {
  it('changes with the build day, so a page showing the day or "(upcoming)" is not reused from yesterday', () => {
    current.day = '2025-03-01';
    const before = pageCacheKey(catalog, app);
    current.day = '2025-03-02';
    expect(pageCacheKey(catalog, app)).not.toBe(before);
  });

  it('stays the same for the same day and items, and changes with the items', () => {
    current.day = '2025-03-01';
    const first = pageCacheKey(catalog, app);
    expect(pageCacheKey(catalog, app)).toBe(first);
    expect(pageCacheKey(catalog, { ...app, id: 'other' })).not.toBe(first);
  });
});
