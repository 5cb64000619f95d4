import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { createContext } from '../../src/config/load.ts';
import { UserConfigSchema } from '../../src/config/schema.ts';
import { gatherPrivateValues } from '../../src/share/private-values.ts';
import { redactNote } from '../../src/share/redact-note.ts';
import { checkCopy } from '../../src/share/self-check.ts';

/**
 * Red-team attacks on the redaction of one shared note (src/share/redact-note.ts,
 * src/notes/private-blocks.ts), found by hand and kept here; each was a leak or a crash when
 * found. The builds of the same attacks are in tests/mentor/redteam.build.test.ts.
 */
const FRONTMATTER = '---\ncompany: Redco\nposition: Analyst\nstage: applied\napplied: 2025-01-01\nshare: true\n---\n';
const SHARE = { privateFields: [], publicExtra: ['Budget'] };

/** The prepared note's body (after the frontmatter) and its frontmatter. */
function redact(body: string, format: 'md' | 'mdx', frontmatter = FRONTMATTER) {
  const { text, problems } = redactNote(frontmatter + body, {
    collection: 'applications',
    format,
    share: SHARE,
    path: '/notes/redco.mdx',
  });
  const close = text.indexOf('\n---\n', 3);
  return { yaml: text.slice(4, close + 1), body: text.slice(close + 5), problems };
}

describe('red team: <Private> blocks in unusual places', () => {
  // The `.md` parser gives an HTML node's value without its container's prefixes ("> ", a list
  // item's indentation); markdownRanges adds offsets inside that value to the node's start offset
  // in the file, so in a blockquote or list item the cut ends early by the prefixes' length, and the
  // last words of the block are published. The self-check misses them when they are not a whole window.
  it('removes a multi-line block inside a blockquote of a .md note entirely', () => {
    const lines = Array.from({ length: 8 }, (_, i) => `> Private line ${i + 1} of the call`);
    const body = `Intro.\n\n> <Private>\n${lines.join('\n')}\n> The budget is RT-PRIV-QUOTE-TAIL\n> </Private>\n\nAfter.\n`;
    const { body: out } = redact(body, 'md');
    expect(out).not.toMatch(/TAIL|budget|Private line/);
  });

  it('removes a multi-line block inside an indented list item of a .md note entirely', () => {
    const lines = Array.from({ length: 10 }, (_, i) => `   > Private line ${i + 1} of the call notes`);
    const body = `1. Call notes\n\n   > <Private>\n${lines.join('\n')}\n   > well below my ask RT-PRIV-LIST-TAIL\n   > </Private>\n\n2. Next\n`;
    const { body: out } = redact(body, 'md');
    expect(out).not.toMatch(/TAIL|below my ask|Private line/);
  });

  // An image's alt text is a string in the syntax tree, not nodes, so neither the MDX walk nor the
  // Markdown HTML scan sees a <Private> written in it; the build prints it into alt="…" and Pagefind.
  it('leaves out a <Private> block in an image description (.md)', () => {
    const { body: out } = redact('![Badge of <Private>RT-PRIV-ALT-MD</Private>](./badge.svg)\n', 'md');
    expect(out).not.toContain('RT-PRIV-ALT-MD');
  });

  it('leaves out a <Private> block in an image description (.mdx)', () => {
    const { body: out } = redact('![Portrait of <Private>RT-PRIV-ALT-MDX</Private>](./badge.svg)\n', 'mdx');
    expect(out).not.toContain('RT-PRIV-ALT-MDX');
  });

  // An HTML comment is not markup: a `</Private>` inside one does not close the block (the
  // self-check's own reading agrees), but the Markdown tag scan reads tags inside comment nodes too.
  it('does not end a .md block at a </Private> inside an HTML comment', () => {
    const { body: out } = redact('<Private>hidden <!-- </Private> --> RT-PRIV-AFTER-COMMENT</Private> end.\n', 'md');
    expect(out).not.toContain('RT-PRIV-AFTER-COMMENT');
  });

  // A tag is taken as self-closing when the character before its first ">" is "/", so a "/>" inside
  // a quoted (or an unquoted URL) attribute value turns a .md block into a `<Private />` that hides
  // nothing. The self-check's splitPrivate reads it the same way and counts the text as public.
  it('hides a .md block whose attribute value holds "/>"', () => {
    const { body: out } = redact('A <Private title="ask HR/>payroll">RT-PRIV-SLASH-ATTR</Private> b.\n', 'md');
    expect(out).not.toContain('RT-PRIV-SLASH-ATTR');
  });

  it('removes blocks in tables, footnotes, link text, headings, <details>, setext headings, CRLF and tabs', () => {
    const mdx = redact(
      '| a | b |\n| --- | --- |\n| x | <Private>P1</Private> |\n\nA[^f] [l <Private>P2</Private>](https://x.example)\n\n[^f]: n <Private>P3</Private>\n\n## H <Private>P4</Private>\n\n<details>\n<summary>s</summary>\n<Private>P5</Private>\n</details>\n',
      'mdx',
    ).body;
    const md = redact(
      '<details>\n<summary>s</summary>\n<Private>P6</Private>\n</details>\n\nT <Private>P7</Private>\n===\n\n| a | b |\n| --- | --- |\n| x | <Private>P8</Private> |\n\n-\t<Private>P9</Private>\n\n## H <PRIVATE>P10</PRIVATE>\n',
      'md',
    ).body;
    const crlf = redact(
      'Intro.\r\n\r\n<Private>\r\nP11\r\n</Private>\r\n\r\n- i <Private>P12</Private>\r\n',
      'md',
    ).body;
    for (const out of [mdx, md, crlf]) expect(out).not.toMatch(/P\d/);
    expect(mdx).toContain('<details>');
    expect(md).toContain('===');
  });
});

describe('red team: private fields through YAML features', () => {
  // js-yaml (Astro's loader and the validator's data) applies merge keys; `yaml` (the redactor and the
  // self-check) keeps `<<` as an ordinary key. So the prepared note keeps the salary, Astro reads it into
  // the entry and the MDX `frontmatter` export, and the self-check does not know it is private.
  it('drops a private field that a YAML merge key (<<) brings in', () => {
    const frontmatter = FRONTMATTER.replace(
      'share: true\n',
      'share: true\n<<: { salary: { min: 918273, currency: EUR }, contacts: [{ name: Zebulon Mergecontact }] }\n',
    );
    const { yaml } = redact('Body.\n', 'mdx', frontmatter);
    expect(yaml).not.toMatch(/918273|Zebulon/);
  });

  // Removing `salary` removes the anchor that `extra.Budget: *floor` points at; stringifying the
  // document then throws "Unresolved alias", which validate and both builds report as a bug in
  // Dossier's checks, against the content folder rather than the note. The note itself is valid.
  it('redacts a shared note whose public field is an alias of an anchor inside a private field', () => {
    const frontmatter = FRONTMATTER.replace(
      'share: true\n',
      'share: true\nsalary: { min: &floor 817263, currency: EUR }\nextra:\n  Budget: *floor\n',
    );
    const { yaml, problems } = redact('Body.\n', 'mdx', frontmatter);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect((parseYaml(yaml) as { salary?: unknown }).salary).toBeUndefined();
  });

  // A complex key: js-yaml reads `? [salary]` as the key "salary", `yaml` as a sequence node whose
  // `.value` is undefined, so the redactor keeps the pair and Astro reads a salary from the prepared note.
  it('drops a private field written as a complex key (? [salary])', () => {
    const frontmatter = FRONTMATTER.replace('share: true\n', 'share: true\n? [salary]\n: { min: 918273 }\n');
    const { yaml } = redact('Body.\n', 'mdx', frontmatter);
    expect(yaml).not.toContain('918273');
  });

  // The fuzzy "mentions a private field" rule, meant for `extra` names, was applied to the top-level
  // schema fields too: `privateFields: [age]` (to hide an extra "Age") dropped `stage` and `languages`,
  // `[tags]` dropped `stage`. The prepared note then failed its schema in the mentor build (a stack trace),
  // while validate's requiredPrivateFields, which compares exact names, said nothing.
  it('keeps schema fields that merely contain a private field name (age, tags)', () => {
    const frontmatter = FRONTMATTER.replace('share: true\n', 'share: true\nlanguages: [English]\nextra:\n  Age: 45\n');
    for (const fields of [['age'], ['tags']]) {
      const { text } = redactNote(frontmatter + 'Body.\n', {
        collection: 'applications',
        format: 'mdx',
        share: { privateFields: fields, publicExtra: [] },
        path: '/notes/redco.mdx',
      });
      const data = parseYaml(text.split('---\n')[1]!) as Record<string, unknown>;
      expect(data.stage, fields[0]).toBe('applied');
    }
  });

  it('drops private fields however the key is written (quoted, explicit ? key, tagged)', () => {
    const frontmatter = FRONTMATTER.replace(
      'share: true\n',
      'share: true\n"salary": { min: 918273 }\n? contacts\n: [{ name: Zebulon Quotedcontact }]\nextra:\n  !!str Salary wish: RT-PRIV-TAGGED-KEY\n',
    );
    const { yaml } = redact('Body.\n', 'mdx', frontmatter);
    expect(yaml).not.toMatch(/918273|Zebulon|RT-PRIV/);
  });
});

describe('red team: the self-check on part of a <Private> sentence', () => {
  // The self-check once cut each sentence into windows of eight words at fixed places (0, 8, 16…),
  // so a leaked run of seven words that straddled two windows held no whole window and was missed.
  // Windows now overlap: any six consecutive words of a <Private> block are found.
  it('finds a leaked run of seven words from the middle of a private sentence', () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-redteam-'));
    mkdirSync(join(root, 'applications'));
    const sentence =
      'the hiring manager admitted that the whole platform team was quietly laid off in march before the reorg';
    writeFileSync(
      join(root, 'applications/acme.mdx'),
      `${FRONTMATTER}\nShared text.\n\n<Private>${sentence}</Private>\n`,
    );
    // Outside the content root, or the copy's own files count as the owner's files.
    const copy = mkdtempSync(join(tmpdir(), 'dossier-redteam-copy-'));
    // Words 4 to 10: "admitted that the whole platform team was".
    const leaked = sentence.split(' ').slice(4, 11).join(' ');
    writeFileSync(join(copy, 'index.html'), `<p>${leaked}</p>`);
    const ctx = createContext(root, UserConfigSchema.parse({}));
    expect(checkCopy(copy, gatherPrivateValues(ctx)).leaks).not.toEqual([]);
  });
  // An attribute in single quotes (or `x = 'y'` in an inline script) once crashed the check: its
  // pattern's second group was read as the first. Its value is now scanned like any other.
  it('reads an attribute value in single quotes', () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-redteam-'));
    mkdirSync(join(root, 'applications'));
    const sentence = 'the recruiter said the offer will be withdrawn unless I sign by friday noon';
    writeFileSync(
      join(root, 'applications/acme.mdx'),
      `${FRONTMATTER}\nShared text.\n\n<Private>${sentence}</Private>\n`,
    );
    const copy = mkdtempSync(join(tmpdir(), 'dossier-redteam-copy-'));
    writeFileSync(
      join(copy, 'index.html'),
      `<script>const theme = 'dark';</script><a title='${sentence}' href="/">x</a>`,
    );
    const ctx = createContext(root, UserConfigSchema.parse({}));
    expect(checkCopy(copy, gatherPrivateValues(ctx)).leaks).not.toEqual([]);
  });
});
