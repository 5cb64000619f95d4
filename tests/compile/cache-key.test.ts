import { describe, expect, it } from 'vitest';
import { cacheKey } from '../../src/catalog/cache-key.ts';

// A precompiled note's body is stored HTML that Astro's incremental build cannot see: the page key must.
const note = (digest: string) => ({ id: 'a', data: { position: 'Engineer' }, entry: { digest, huge: 'x'.repeat(10) } });
const site = { base: '/' };

describe('page cache keys and note bodies', () => {
  it.each([
    ['the page of the note (an item on its own)', (n: object) => cacheKey(site, n), true],
    ['a page listing the note (an item in a list)', (n: object) => cacheKey(site, [n]), false],
    ['a group page whose subject holds the note', (n: object) => cacheKey(site, { slug: 'acme', note: n }), true],
  ])('a body edit changes the key of %s: %s', (_name, key, changes) => {
    expect(key(note('digest-1')) !== key(note('digest-2'))).toBe(changes);
  });

  it('ignores the rest of the loaded entry', () => {
    expect(cacheKey(site, note('d'))).toBe(cacheKey(site, { ...note('d'), entry: { digest: 'd' } }));
  });
});
