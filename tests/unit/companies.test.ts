import { describe, expect, it } from 'vitest';
import { createCompanyResolver, normalizeCompanyName } from '../../src/lib/companies.ts';
import { noteIdFromPath, slugify } from '../../src/lib/slug.ts';

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
  const resolve = createCompanyResolver([{ id: 'amazon', name: 'Amazon', aliases: ['AWS', 'Amazon Web Services, Inc.', 'Amazon.com Services LLC'] }]);

  it.each(['Amazon', 'AWS', 'aws', 'Amazon Web Services, Inc.', 'Amazon.com Services LLC', 'amazon.com services'])('%j groups under the company note', (name) => {
    expect(resolve(name)).toEqual({ key: 'amazon', slug: 'amazon', name: 'Amazon', noteId: 'amazon' });
  });

  it('groups other names by normalized name, shown with the first spelling met', () => {
    const first = resolve('Tessel Labs GmbH');
    expect(first).toEqual({ key: 'tessel labs', slug: 'tessel-labs', name: 'Tessel Labs GmbH' });
    expect(resolve('TESSEL LABS')).toBe(first);
  });
});

describe('slugs', () => {
  it.each([
    ['Language Engineer I', 'language-engineer-i'],
    ['Łódź & Kraków', 'lodz-and-krakow'],
    ['Nguyễn Văn Anh', 'nguyen-van-anh'],
    ['C++ / Rust', 'c-rust'],
    ['!!!', 'untitled'],
  ])('slugify(%j) = %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it.each([
    ['acme-engineer.mdx', 'acme-engineer'],
    ['2024/Acme Engineer.md', '2024-acme-engineer'],
    ['zażółć.mdx', 'zazolc'],
  ])('note id of %j is %j', (path, id) => {
    expect(noteIdFromPath(path)).toBe(id);
  });
});
