import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSettings } from '../../src/config/settings.ts';
import { bucketCount, bucketOf, chunkSize, isIndexedPage } from '../../src/integrations/search-buckets.ts';
import { pageFile } from '../../src/integrations/search-prerenderer.ts';

describe('the buckets of the search index', () => {
  it.each([
    [0, 1],
    [21, 1],
    [140, 1],
    [1000, 2],
    [2000, 3],
    [4000, 4],
    [10_000, 6],
    [20_000, 9],
    [1_000_000, 16],
  ])('%i note pages: %i bucket(s)', (pages, buckets) => {
    expect(bucketCount(pages)).toBe(buckets);
  });

  it('keeps its count while an archive grows by a note', () => {
    expect(bucketCount(1001)).toBe(bucketCount(1000));
    expect(bucketCount(10_001)).toBe(bucketCount(10_000));
  });

  it.each([
    [1, 2000],
    [2, 3000],
    [4, 4000],
    [6, 5000],
    [9, 6000],
  ])('%i bucket(s): chunks of %i word locations', (buckets, size) => {
    expect(chunkSize(buckets)).toBe(size);
  });

  it('puts a page in the same bucket whatever else the site holds, and spreads pages over all of them', () => {
    const pages = Array.from({ length: 400 }, (_, i) => `applications/note-${i}/index.html`);
    const counts = [0, 0, 0, 0];
    for (const page of pages) counts[bucketOf(page, 4)]!++;
    expect(Math.min(...counts)).toBeGreaterThan(60);
    expect(bucketOf('applications/note-7/index.html', 4)).toBe(bucketOf('applications/note-7/index.html', 4));
  });

  it.each([
    ['/applications/acme-engineer/', '/', 'applications/acme-engineer/index.html', true],
    ['/dossier/articles/on-hiring/', '/dossier/', 'articles/on-hiring/index.html', true],
    ['/applications/acme-engineer/prep/', '/', 'applications/acme-engineer/prep/index.html', false],
    ['/applications/', '/', 'applications/index.html', false],
    ['/companies/acme/', '/', 'companies/acme/index.html', false],
    ['/', '/', 'index.html', false],
  ])('%s under %s is %s (indexed: %s)', (path, base, file, indexed) => {
    expect(pageFile(path, base)).toBe(file);
    expect(isIndexedPage(file)).toBe(indexed);
  });
});

describe('DOSSIER_SEARCH_BUCKETS', () => {
  const content = join(import.meta.dirname, '../fixtures/sites/basic');
  const read = (value: string | undefined) =>
    readSettings({ DOSSIER_CONTENT: content, DOSSIER_SEARCH_BUCKETS: value }).searchBuckets;

  it.each([
    [undefined, undefined],
    ['', undefined],
    ['4', 4],
    [' 12 ', 12],
    ['64', 64],
  ])('%j gives %j', (value, buckets) => {
    expect(read(value)).toBe(buckets);
  });

  it.each(['0', '65', '2.5', 'many', '-1'])('refuses %j, saying what is allowed', (value) => {
    expect(() => read(value)).toThrow(`DOSSIER_SEARCH_BUCKETS is "${value}"; allowed: a whole number from 1 to 64`);
  });
});
