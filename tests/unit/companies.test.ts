import { describe, expect, it } from 'vitest';
import { createCompanyResolver, isInvisibleName, normalizeCompanyName } from '../../src/lib/companies.ts';
import { MAX_SLUG, noteIdFromPath, slugify } from '../../src/lib/slug.ts';

describe('normalizeCompanyName', () => {
  it.each([
    ['Acme', 'acme'],
    ['ACME, Inc.', 'acme'],
    ['Acme Corp', 'acme'],
    ['Amazon Web Services, Inc.', 'amazon web services'],
    ['Amazon.com Services LLC', 'amazon com services'],
    ['Société Générale S.A.', 'societe generale'],
    ['Łódź Data Sp. z o.o.', 'lodz data'],
    ['  Tessel   Labs GmbH ', 'tessel labs'],
    ['Co', 'co'],
  ])('%j → %j', (name, key) => {
    expect(normalizeCompanyName(name)).toBe(key);
  });
});

describe('createCompanyResolver', () => {
  const resolve = createCompanyResolver([
    { id: 'amazon', name: 'Amazon', aliases: ['AWS', 'Amazon Web Services, Inc.', 'Amazon.com Services LLC'] },
  ]);

  it.each(['Amazon', 'AWS', 'aws', 'Amazon Web Services, Inc.', 'Amazon.com Services LLC', 'amazon.com services'])(
    '%j groups under the company note',
    (name) => {
      expect(resolve(name)).toEqual({ key: 'amazon', slug: 'amazon', name: 'Amazon', noteId: 'amazon' });
    },
  );

  it('groups other names by normalized name, shown with the first spelling met', () => {
    const first = resolve('Tessel Labs GmbH');
    expect(first).toEqual({ key: 'tessel labs', slug: 'tessel-labs', name: 'Tessel Labs GmbH' });
    expect(resolve('TESSEL LABS')).toBe(first);
  });
});

describe('names without letters', () => {
  it('keeps "..", "..." and "Untitled" apart: three companies, three pages', () => {
    const resolve = createCompanyResolver([]);
    const [dots, more, untitled] = ['..', '...', 'Untitled'].map(resolve);
    expect(new Set([dots!.key, more!.key, untitled!.key]).size).toBe(3);
    expect(new Set([dots!.slug, more!.slug, untitled!.slug]).size).toBe(3);
    expect(dots!.name).toBe('..');
    expect(resolve(' .. ')).toBe(dots);
  });

  it('knows a name of invisible characters only', () => {
    expect(['\u200B', ' \u200B\u2060 ', '\u3164', '\u00AD', ''].map(isInvisibleName)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['..', 'X', 'Łódź', '😀'].map(isInvisibleName)).toEqual([false, false, false, false]);
  });
});

describe('slugs', () => {
  it.each([
    ['Language Engineer I', 'language-engineer-i'],
    ['Łódź & Kraków', 'lodz-and-krakow'],
    ['Nguyễn Văn Anh', 'nguyen-van-anh'],
    ['C++ / Rust', 'c-rust'],
  ])('slugify(%j) = %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('gives a name without letters or digits a slug of its own, stable from build to build', () => {
    const slugs = ['!!!', '..', '\u200B', 'Untitled'].map(slugify);
    expect(slugs.slice(0, 3)).toEqual([
      expect.stringMatching(/^untitled-[0-9a-f]{8}$/),
      expect.stringMatching(/^untitled-[0-9a-f]{8}$/),
      expect.stringMatching(/^untitled-[0-9a-f]{8}$/),
    ]);
    expect(new Set(slugs).size).toBe(4);
    expect(slugify('..')).toBe(slugs[1]);
  });

  it(`cuts a long slug to ${MAX_SLUG} characters, with a hash that keeps long names apart`, () => {
    const long = slugify(`Acme ${'Very '.repeat(80)}Long Name`);
    const other = slugify(`Acme ${'Very '.repeat(80)}Long Nam`);
    expect(long.length).toBeLessThanOrEqual(MAX_SLUG);
    expect(long).toMatch(/^acme-very-very-.*-[0-9a-f]{8}$/);
    expect(other).not.toBe(long);
    expect(slugify(`Acme ${'Very '.repeat(80)}Long Name`)).toBe(long);
  });

  it.each([
    ['acme-engineer.mdx', 'acme-engineer'],
    ['2024/Acme Engineer.md', '2024-acme-engineer'],
    ['zażółć.mdx', 'zazolc'],
  ])('note id of %j is %j', (path, id) => {
    expect(noteIdFromPath(path)).toBe(id);
  });
});
