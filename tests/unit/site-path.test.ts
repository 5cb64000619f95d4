import { describe, expect, it } from 'vitest';
import { basePath, basePathProblem } from '../../src/config/base-path.ts';
import { sitePath } from '../../src/config/site-path.ts';

describe('the base path', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['dossier', '/dossier/'],
    ['/dossier', '/dossier/'],
    ['/dossier/', '/dossier/'],
    [' /jobs/2026/ ', '/jobs/2026/'],
    ['//a//b//', '/a/b/'],
  ])('DOSSIER_BASE=%j → %s', (value, expected) => {
    expect(basePath(value === undefined ? {} : { DOSSIER_BASE: value })).toBe(expected);
  });

  it.each([
    ['/my site/', '"my site"'],
    ['/../up/', '".."'],
    ['/a?b/', '"a?b"'],
    ['https://example.org/x/', '"https:"'],
  ])('rejects %j, naming the segment %s, and falls back to /', (value, segment) => {
    expect(basePathProblem(value)).toContain(`the segment ${segment} is not allowed`);
    expect(basePathProblem(value)).toContain(`DOSSIER_BASE is "${value}"`);
    expect(basePath({ DOSSIER_BASE: value })).toBe('/');
  });

  it.each([
    ['/', '/', '/'],
    ['/applications/a/', '/', '/applications/a/'],
    ['/applications/a/', '/dossier/', '/dossier/applications/a/'],
    ['/', '/dossier/', '/dossier/'],
  ])('puts %s under %s', (path, base, expected) => {
    expect(sitePath(path, base)).toBe(expected);
  });
});
