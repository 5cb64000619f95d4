import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CollectionName } from '../../src/config/content-root.ts';
import { createStageIndex } from '../../src/lib/stages.ts';
import { fieldSensitivity, redactData, SENSITIVITY, type Sensitivity } from '../../src/notes/sensitivity.ts';
import { collectionTable } from '../../src/schemas/collections.ts';

const share = { privateFields: [], publicExtra: ['Mood'] };

describe('the sensitivity table', () => {
  const table = collectionTable(createStageIndex([]));

  it('has a row for every collection and says who may read every field of its schema', () => {
    expect(Object.keys(SENSITIVITY).sort()).toEqual(Object.keys(table).sort());
    for (const [collection, { schema }] of Object.entries(table))
      expect(Object.keys(SENSITIVITY[collection as CollectionName]).sort(), collection).toEqual(
        Object.keys(schema.shape).sort(),
      );
  });

  it('is the table in README\'s "Sharing with a mentor"', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Sharing with a mentor'));
    const lines = section.slice(section.indexOf('| in the shared copy |')).split('\n');
    const rows = lines.slice(
      2,
      lines.findIndex((line) => !line.startsWith('|')),
    );
    const meaning: Record<string, Sensitivity> = {
      never: 'private',
      'only the properties `share.publicExtra` names': 'by key',
      "shared, with contacts' names replaced by their role": 'text',
      'shared as written': 'shared',
    };
    const header = lines[0]!
      .split('|')
      .slice(2, -1)
      .map((c) => c.trim());
    const fromReadme: Record<string, Record<string, Sensitivity>> = Object.fromEntries(header.map((c) => [c, {}]));
    for (const row of rows) {
      const [label, ...cells] = row
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim());
      expect(Object.keys(meaning), row).toContain(label);
      for (const [i, cell] of cells.entries())
        for (const [, field] of cell.matchAll(/`([^`]+)`/g)) fromReadme[header[i]!]![field!] = meaning[label!]!;
    }
    expect(fromReadme).toEqual(SENSITIVITY);
  });
});

describe('fieldSensitivity and redactData', () => {
  // [collection, field, share.privateFields, sensitivity]
  const cases: [CollectionName, string, string[], Sensitivity | undefined][] = [
    ['applications', 'salary', [], 'private'],
    ['applications', 'contacts', [], 'private'],
    ['applications', 'history', [], 'text'],
    ['applications', 'history', ['history'], 'private'],
    ['applications', 'cv', ['cv'], 'private'],
    ['articles', 'cv', ['cv'], undefined],
    ['articles', 'extra', [], 'by key'],
    ['articles', 'extra', ['extra'], 'private'],
    ['companies', 'website', [], 'shared'],
    ['companies', 'salary', [], undefined],
  ];
  it.each(cases)('%s.%s with privateFields %j is %s', (collection, field, privateFields, expected) => {
    expect(fieldSensitivity(collection, field, { privateFields, publicExtra: [] })).toBe(expected);
  });

  it('drops private fields and unlisted extra properties, and a field no schema has', () => {
    const data = { company: 'Acme', salary: { min: 1 }, stge: 'typo', extra: { Mood: 'calm', Pay: '90k' } };
    expect(redactData('applications', data, share)).toEqual({ company: 'Acme', extra: { Mood: 'calm' } });
  });
});
