import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../../src/share/phrase-matcher.ts';
import { splitPrivate } from '../../src/share/private-values.ts';
import { tokens } from '../../src/share/tokens.ts';

describe('PhraseMatcher', () => {
  const phrases = ['ottoline canarycontact', 'canarycontact', 'salary talk in march', 'talk in', 'ab ab ac'].map(
    (p) => ({ p, tokens: p.split(' ') }),
  );
  const matcher = new PhraseMatcher(phrases);
  // [text, phrases found]
  const cases: [string, string[]][] = [
    ['Recruiter: Ottoline Canarycontact.', ['ottoline canarycontact', 'canarycontact']],
    ['the salary talk in March', ['salary talk in march', 'talk in']],
    ['salary talk in april', ['talk in']],
    ['ab ab ab ac', ['ab ab ac']],
    ['nothing here', []],
    ['', []],
  ];
  it.each(cases)('%j', (text, expected) => {
    expect([...matcher.find(tokens(text))].map((x) => x.p).sort()).toEqual([...expected].sort());
  });

  it('takes one pass over a large text with many phrases', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({ tokens: [`w${i}`, `w${i + 1}`, `w${i + 2}`] }));
    const big = new PhraseMatcher(many);
    const text = Array.from({ length: 500_000 }, (_, i) => `w${i % 30_000}`);
    const started = performance.now();
    expect(big.find(text).size).toBe(20_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('tokens', () => {
  it('reads entities-free text the same in any case, spacing and width', () => {
    expect(tokens('Ottoline-CANARYCONTACT, ｓａｌａｒｙ 731,913 Łódź')).toEqual([
      'ottoline',
      'canarycontact',
      'salary',
      '731',
      '913',
      'łódź',
    ]);
  });
});

describe('splitPrivate, the self-check’s own reading of <Private> blocks', () => {
  // [case, body, private blocks' words, the rest's words]
  const cases: [string, string, string, string][] = [
    ['a block', 'a <Private>secret</Private> b', 'secret', 'a b'],
    ['two blocks', '<Private>x</Private> shared <Private>y</Private>', 'x | y', 'shared'],
    ['nested', 'a <Private>x <Private>y</Private> z</Private> b', 'x y z', 'a b'],
    ['an early closing tag in a code span', 'a <Private>x `</Private>` leak</Private> b', 'x leak', 'a b'],
    ['a stray closing tag after a block', '<Private>x</Private> y </Private> z', 'x y', 'z'],
    ['unclosed', 'a <Private>x', 'x', 'a'],
    ['a tag shown in a fenced block', '```\n<Private>kept</Private>\n```\nb', '', 'private kept private b'],
    ['self-closing hides nothing', 'a <Private /> b', '', 'a private b'],
  ];
  it.each(cases)('%s', (_, body, blocks, rest) => {
    const split = splitPrivate(body);
    expect(split.blocks.map((b) => tokens(b).join(' ')).join(' | ')).toBe(blocks);
    expect(tokens(split.rest).join(' ')).toBe(rest);
  });
});

describe("the self-check's private values from feedback files", () => {
  it('holds the text of an unshared file, and of a shared one the comments on unshared notes only', async () => {
    const { createContext, loadUserConfig } = await import('../../src/config/load.ts');
    const { gatherPrivateValues } = await import('../../src/share/private-values.ts');
    const { join } = await import('node:path');
    const root = join(import.meta.dirname, '../fixtures/sites/mentor-loop');
    const { values } = gatherPrivateValues(createContext(root, loadUserConfig(root)));
    const found = (word: string) =>
      values.filter((v) => v.tokens.includes(word.toLowerCase())).map((v) => `${v.source.split('/').at(-1)} ${v.kind}`);
    // The unshared file: all of it, and its author.
    expect(new Set(found('marigolden'))).toEqual(
      new Set(['2026-12-09-rowan.md the text of an unshared feedback file']),
    );
    expect(found('rowan')).toContain('2026-12-09-rowan.md the author of an unshared feedback file');
    // The shared file: its comment on the unshared note, not the one `about:` a shared note.
    expect(new Set(found('zephyrine'))).toEqual(new Set(['2026-12-02-notes.md a comment on an unshared note']));
    expect(found('rolling')).toEqual([]);
  });
});
