import { describe, expect, it } from 'vitest';
import {
  privateLookalikes,
  privateSpans,
  removePrivateBlocks,
  type BodyFormat,
} from '../../src/notes/private-blocks.ts';
import { redactNote } from '../../src/share/redact-note.ts';
import { expectLinear, FACTOR } from '../helpers/linear.ts';

describe('removePrivateBlocks, on the syntax tree', () => {
  // [case, format, body, expected]
  const cases: [string, BodyFormat, string, string][] = [
    ['an inline block (MDX)', 'mdx', 'a <Private>secret</Private> b', 'a  b'],
    ['an inline block (Markdown)', 'md', 'a <Private>secret</Private> b', 'a  b'],
    ['a flow block (MDX)', 'mdx', 'a\n\n<Private>\n- [ ] secret\n</Private>\n\nb', 'a\n\n\n\nb'],
    ['a block with blank lines (Markdown)', 'md', 'a\n\n<Private>\n\nsecret\n\n</Private>\n\nb', 'a\n\n\n\nb'],
    ['nested blocks (MDX)', 'mdx', 'a <Private>x <Private>y</Private> z</Private> b', 'a  b'],
    ['nested blocks (Markdown)', 'md', 'a <Private>x <Private>y</Private> z</Private> b', 'a  b'],
    ['an unclosed block hides the rest (Markdown)', 'md', 'a <Private>secret\n\nmore secret', 'a '],
    ['an unclosed inner block hides the rest (Markdown)', 'md', 'a <Private>x <Private>y</Private> z', 'a '],
    ['attributes', 'mdx', 'a <Private reason="money">secret</Private> b', 'a  b'],
    ['any case (Markdown)', 'md', 'a <private>secret</PRIVATE> b', 'a  b'],
    ['any case (MDX)', 'mdx', 'a <private>secret</private> b', 'a  b'],
    ['a stray closing tag (Markdown)', 'md', 'a </Private> b', 'a </Private> b'],
    ['a self-closing tag hides nothing (Markdown)', 'md', 'a <Private /> b', 'a <Private /> b'],
    [
      'a longer tag name is not a block',
      'mdx',
      'a <PrivateNote>kept</PrivateNote> b',
      'a <PrivateNote>kept</PrivateNote> b',
    ],
    ['two blocks', 'mdx', '<Private>x</Private>a<Private>y</Private>b', 'ab'],
    // A closing tag inside a code span is text: it does not end the block early (issue 11, attack 3).
    ['a closing tag in a code span (MDX)', 'mdx', 'a <Private>x `</Private>` LEAK</Private> b', 'a  b'],
    ['a closing tag in a code span (Markdown)', 'md', 'a <Private>x `</Private>` LEAK</Private> b', 'a  b'],
    [
      'a closing tag in a code block (Markdown)',
      'md',
      '<Private>\n\n```\n</Private>\n```\n\nLEAK\n\n</Private>\n\nb',
      '\n\nb',
    ],
    ['a tag shown as code stays', 'mdx', 'see `<Private>kept</Private>` here', 'see `<Private>kept</Private>` here'],
    [
      'a tag in a fenced block stays (Markdown)',
      'md',
      '```\n<Private>kept</Private>\n```',
      '```\n<Private>kept</Private>\n```',
    ],
    ['non-ASCII text around a block', 'mdx', 'Zażółć 😀 <Private>x</Private> gęślą', 'Zażółć 😀  gęślą'],
  ];
  it.each(cases)('%s', (_, format, body, expected) => {
    expect(removePrivateBlocks(body, format)).toBe(expected);
  });

  it('is linear on a long body of tags', () => {
    // Unclosed opening tags: the first one hides everything after it.
    const body = (n: number) => 'kept '.concat('<private>'.repeat(n), '</private x'.repeat(n));
    expect(removePrivateBlocks(body(50_000), 'md')).toBe('kept ');
    expectLinear(body, 50_000 / FACTOR, (text) => removePrivateBlocks(text, 'md'), 'removePrivateBlocks');
  });
});

describe('redactNote, a shared note as the mentor copy holds it', () => {
  const share = { privateFields: [], publicExtra: ['Mood'] };
  const redact = (source: string) =>
    redactNote(source, { collection: 'applications', format: 'mdx', share, path: '/notes/acme.mdx' });

  it('drops private fields and the extra properties share.publicExtra does not list from the frontmatter', () => {
    const source = [
      '---',
      'company: Acme',
      'salary: { min: 731913, max: 742917 }',
      'contacts:',
      '  - name: Ann Canary',
      'extra:',
      '  Salaries: 90k',
      '  SALARYEXPECTATION: 95k',
      '  Mood: good',
      'share: true',
      '---',
      'Body',
    ].join('\n');
    const { text, problems, withheld } = redact(source);
    expect(problems).toEqual([]);
    expect(withheld).toEqual(['Salaries', 'SALARYEXPECTATION']);
    expect(text).not.toMatch(/731913|742917|Ann Canary|90k|95k/);
    expect(text).toContain('Mood: good');
    expect(text).toContain('company: Acme');
    expect(text.endsWith('Body')).toBe(true);
  });

  // A red team's copy: <Private> in a history note, `source`, outcome feedback and a shared extra
  // property reached the copy's pages and exports, with no warning.
  it('drops the <Private> stretches of frontmatter strings, and a string that was private whole', () => {
    const source = [
      '---',
      'company: Acme',
      'source: "<Private>Grimblewood</Private>"',
      'history:',
      '  - { stage: applied, date: 2026-11-02, note: "Sent it. <Private>Floor is Flumpet 61000</Private> Waiting." }',
      'outcome: { feedback: "Kind words <private>and Snoggle 58000", reason: rejected }',
      'extra:',
      '  Mood: "good <Private> Quinzel"',
      'share: true',
      '---',
      'Body',
    ].join('\n');
    const { text } = redact(source);
    expect(text).not.toMatch(/Grimblewood|Flumpet|61000|Snoggle|58000|Quinzel|private/i);
    expect(text).not.toMatch(/^source:/m);
    expect(text).toContain('note: Sent it. Waiting.');
    expect(text).toContain('feedback: Kind words');
    expect(text).toContain('Mood: good');
  });

  it('leaves out a link definition whose title holds a <Private> tag, with a warning', () => {
    const source =
      '---\ncompany: Acme\nshare: true\n---\nSee [the offer][o].\n\n[o]: https://portal.example/offer "Base <Private>Zibbleflax 98765</Private>"\n';
    const { text, problems } = redact(source);
    expect(text).not.toMatch(/Zibbleflax|98765|portal\.example/);
    expect(problems.map((p) => [p.line, p.severity])).toEqual([[7, 'warning']]);
  });

  it('leaves out expressions and components that read the frontmatter, with a warning on their line', () => {
    const source =
      '---\ncompany: Acme\nshare: true\n---\nPay: {frontmatter.salary.min}\n\n<Card who={frontmatter.contacts[0].name} />\n\n{frontmatter["sal" + "ary"]}\n\nkept\n';
    const { text, problems } = redact(source);
    expect(text).not.toContain('frontmatter');
    expect(text).toContain('kept');
    expect(problems.map((p) => [p.line, p.severity])).toEqual([
      [5, 'warning'],
      [7, 'warning'],
      [9, 'warning'],
    ]);
  });

  it('refuses code that could load any file', () => {
    for (const code of [
      '{await import("../applications/secret.mdx")}',
      'export const all = import.meta.glob("/content/**/*.mdx")',
    ]) {
      const { findings } = redact(`---\nshare: true\n---\n${code}\n`);
      expect(findings.map((f) => f.line)).toEqual([4]);
    }
    expect(
      redact('---\nshare: true\n---\nexport const s = frontmatter.salary\n').problems.map((p) => p.severity),
    ).toEqual(['error']);
  });

  it('lists the images and imports outside <Private> blocks only', () => {
    const source =
      "---\nshare: true\n---\nimport photo from './photo.png';\n\n![a](./shown.png)\n\n<img src={photo.src} />\n\n<Private>\n\n![b](./hidden.png)\n\n</Private>\n\n![c][ref]\n\n[ref]: ./by-ref.svg\n";
    const { images, imports } = redact(source);
    expect(images.map((r) => r.specifier).sort()).toEqual(['./by-ref.svg', './shown.png']);
    expect(imports.map((r) => [r.specifier, r.line])).toEqual([['./photo.png', 4]]);
  });
});

describe('redactNote: a link to a note the copy leaves out keeps its text, not its address', () => {
  const share = { privateFields: [], publicExtra: [] };
  const unsharedNotes = new Set(['debrief-after-panel']);
  const redact = (body: string, format: BodyFormat = 'mdx') =>
    redactNote(`---\ncompany: Acme\nshare: true\n---\n${body}`, {
      collection: 'applications',
      format,
      share,
      path: '/notes/acme.mdx',
      unsharedNotes,
    }).text.split('---\n')[2];
  const cases: [string, BodyFormat, string, string][] = [
    ['a site path', 'mdx', 'Read [my notes](/articles/debrief-after-panel/) first.\n', 'Read my notes first.\n'],
    ['a file path', 'mdx', 'See [the file](../articles/debrief-after-panel.mdx).\n', 'See the file.\n'],
    ['with a host and a part', 'mdx', '[x](https://me.example/articles/debrief-after-panel/#a)\n', 'x\n'],
    ['a reference and its definition', 'mdx', 'See [it][d].\n\n[d]: /articles/debrief-after-panel/\n', 'See it.\n\n\n'],
    ['an <a> in MDX', 'mdx', 'See <a href="/articles/debrief-after-panel/">that</a>.\n', 'See <a>that</a>.\n'],
    ['an <a> in Markdown', 'md', "See <a href='/articles/debrief-after-panel'>that</a>.\n", 'See <a>that</a>.\n'],
    ['a shared note keeps its link', 'mdx', '[ok](/articles/other/)\n', '[ok](/articles/other/)\n'],
  ];
  it.each(cases)('%s', (_, format, body, expected) => {
    expect(redact(body, format)).toBe(expected);
  });
});

describe('redactNote: a YAML alias that repeats a withheld value in a shared field', () => {
  const redact = (yaml: string[]) =>
    redactNote(['---', ...yaml, 'share: true', '---', 'Body'].join('\n'), {
      collection: 'applications',
      format: 'mdx',
      share: { privateFields: [], publicExtra: ['Team'] },
      path: '/notes/acme.mdx',
    });

  it('leaves out the repeated value, names its line, and keeps the rest of the field', () => {
    const { text, data, problems } = redact([
      'company: Acme',
      'position: Analyst',
      'contacts:',
      '  - { name: &hm Wilhelmina Oakes, role: Hiring manager }',
      'extra:',
      '  Pay: &pay "4 100 a month gross"',
      '  Team: &team Payments',
      'jobId: *pay',
      'tags: [fintech, *pay, *team]',
      'history:',
      '  - { stage: applied, date: 2026-10-01, note: *hm }',
    ]);
    expect(text).not.toMatch(/4 100|Wilhelmina/);
    expect(data.jobId).toBeUndefined();
    // A value the copy shares (a listed extra property) may be repeated.
    expect(data.tags).toEqual(['fintech', 'Payments']);
    expect(data.history).toEqual([{ stage: 'applied', date: expect.anything() }]);
    expect(problems.map((p) => p.line)).toEqual([9, 10, 12]);
  });

  it('follows a chain: an anchor on a value that repeats a withheld one is withheld too', () => {
    const { text } = redact([
      'company: Acme',
      'position: Analyst',
      'salary: { min: &floor 611777 }',
      'extra:',
      '  Team: &both [x, *floor]',
      'tags: *both',
    ]);
    expect(text).not.toContain('611777');
  });

  it('refuses a merge key that brings withheld values into the top level', () => {
    const { problems } = redact([
      'company: Acme',
      'position: Analyst',
      'extra:',
      '  Secret: &s { jobId: "X-99" }',
      '<<: *s',
    ]);
    expect(problems.some((p) => p.severity === 'error' && /merges/.test(p.message))).toBe(true);
  });
});

describe('privateLookalikes: a tag the parser reads as text', () => {
  const cases: [string, BodyFormat, string, string[]][] = [
    ['a space after "<"', 'mdx', 'Hi.\n\n< Private >hidden< /Private >\n', ['< Private', '< /Private']],
    ['a space after "</"', 'md', 'Hi </ private> there\n', ['</ private']],
    ['in a Markdown note', 'md', 'Text < PRIVATE >x\n', ['< PRIVATE']],
    ['a line break after "<"', 'md', 'a <\nPrivate>b\n', ['<\nPrivate']],
    ['the real tag is no lookalike', 'mdx', '<Private>x</Private>\n', []],
    ['an escaped tag is shown on purpose', 'mdx', 'Write \\<Private> to hide.\n', []],
    ['in a code span', 'mdx', 'Write `< Private >` to fail.\n', []],
    ['in a fenced block', 'md', '```\n< Private >\n```\n', []],
    ['a word that only starts the same', 'mdx', 'a < privateer\n', []],
  ];
  it.each(cases)('%s', (_, format, body, expected) => {
    expect(privateLookalikes(body, format).map(({ start, end }) => body.slice(start, end))).toEqual(expected);
  });
});

describe('privateSpans: <Private> in a frontmatter string', () => {
  // [case, text, shown, hidden]
  const cases: [string, string, string, string[]][] = [
    ['none', 'Call went well', 'Call went well', []],
    ['a stretch', 'Call. <Private>pay 90k</Private> Next week.', 'Call. Next week.', ['pay 90k']],
    ['any case, with attributes', 'a <PRIVATE reason="x>y">b</private > c', 'a c', ['b']],
    ['two stretches', '<Private>a1</Private> b <Private>c1</Private>', 'b', ['a1', 'c1']],
    ['left open: the rest', 'a <Private>b c', 'a', ['b c']],
    ['a stray closing tag: what precedes', 'a b</Private> c', 'c', ['a b']],
    ['a nested opening tag', '<Private>a <Private>b</Private> c', 'c', ['a <Private>b']],
  ];
  it.each(cases)('%s', (_, text, shown, hidden) => {
    expect(privateSpans(text)).toEqual({ shown, hidden });
  });

  it('is linear in the text', () => {
    expectLinear(
      (n) => '<Private>x '.repeat(n),
      20_000 / FACTOR,
      (text) => privateSpans(text),
      'privateSpans',
    );
  });
});
