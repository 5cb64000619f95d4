import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { buildNote } from '../../src/import/build-note.ts';
import { boundNesting, MAX_NESTING, MAX_OPEN_RUNS } from '../../src/import/nesting.ts';
import { runImport } from '../../src/import/run-import.ts';
import type { SourceUnit } from '../../src/import/types.ts';
import { splitNote } from '../../src/lib/frontmatter.ts';
import { expectLinear, FACTOR } from '../helpers/linear.ts';
import { LINK_ATTACKS, liveScriptUrls, urlsOf } from './attack-vectors.ts';
import { defaultContext, renderBody, useTempDirs } from './helpers.ts';

const PROJECT = resolve(import.meta.dirname, '../..');
const ATTACKS = join(PROJECT, 'tests/fixtures/import/attacks');

const tempDir = useTempDirs('dossier-import-safety-', 'each');

function notesIn(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.mdx'))
      out[join(entry.parentPath, entry.name).slice(root.length + 1)] = readFileSync(
        join(entry.parentPath, entry.name),
        'utf8',
      );
  }
  return out;
}

const bodyOf = (content: string) => splitNote(content).body;

/** The same attack as each kind of source the importer reads. */
function asSources(markdown: string): SourceUnit[] {
  const posting = `Company: Quillmark Labs\nPosition: Data Linguist\n\n${markdown}\n`;
  const toggle = markdown
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
  return [
    { label: 'posting.md', name: 'posting.md', format: 'page', text: posting },
    { label: 'posting.txt', name: 'posting.txt', format: 'page', text: posting },
    {
      label: 'notion page',
      name: 'Quillmark 00112233445566778899aabbccddeeff.md',
      format: 'page',
      text: `# Quillmark\n\nPosition: Data Linguist\nStage: Applied\n\n${markdown}\n`,
    },
    {
      label: 'notion toggle',
      name: 'Quillmark 00112233445566778899aabbccddeeff.md',
      format: 'page',
      text: `# Quillmark\n\nPosition: Data Linguist\nStage: Applied\n\n- Job Description\n    \n    About the job.\n    \n${toggle}\n`,
    },
  ];
}

describe('script links in imported sources', () => {
  it.each(LINK_ATTACKS)('%s: no live script link, the text still shows', (_name, markdown) => {
    for (const unit of asSources(markdown)) {
      const body = buildNote(unit, defaultContext()).body;
      expect(liveScriptUrls(body), `${unit.label}:\n${body}`).toEqual([]);
      // Neutralized, not deleted: what the attacker wrote is on the page as text (a pointy destination
      // stays a link, to the harmless relative address "<javascript:alert(1)>", once its "<" is escaped for MDX).
      const shown = /alert\(1\)|msgbox\(1\)|PHNjcmlwdD5/.exec(markdown)![0];
      if (!markdown.includes('](<')) expect(renderBody(body).text, unit.label).toContain(shown);
    }
  });

  it('keeps web and mail links working next to the neutralized ones', () => {
    const unit = asSources(
      '[site](https://ok.example/a) [x](javascript:alert(1)) [mail](mailto:a@ok.example) [rel](../notes/) ![pic](https://ok.example/p.png)',
    )[0]!;
    const urls = urlsOf(buildNote(unit, defaultContext()).body);
    expect(urls).toEqual([
      { url: 'https://ok.example/a', safe: true },
      { url: 'mailto:a@ok.example', safe: true },
      { url: '../notes/', safe: true },
      { url: 'https://ok.example/p.png', safe: true },
    ]);
  });

  it('imports the attack fixtures (a Markdown and a text posting, a Notion page) with 0 live script links', () => {
    const root = tempDir();
    const results = runImport([ATTACKS], { root, ctx: defaultContext(root) });
    expect(results.filter((r) => r.status !== 'imported')).toEqual([]);
    const notes = notesIn(root);
    expect(Object.keys(notes)).toHaveLength(3);
    const all = Object.values(notes).flatMap((content) => urlsOf(bodyOf(content)));
    expect(all.filter((u) => !u.safe)).toEqual([]);
    expect(all.map((u) => u.url).sort()).toEqual([
      'https://fjordline.example/apply',
      'https://orbit.example/jobs/3',
      'https://quillmark.example/jobs/7',
      'mailto:jobs@quillmark.example',
    ]);
    for (const content of Object.values(notes)) expect(bodyOf(content)).not.toMatch(/\]\((?:&#106;|javascript)/);
  });
});

/** Compiles a note with MDX in a child process: a crash of the compiler (signal 11) must not take the test run with it. */
function compileInChild(file: string) {
  const script = `import { readFileSync } from 'node:fs'; import { mdxToJs } from 'satteri'; mdxToJs(readFileSync(${JSON.stringify(file)}, 'utf8'));`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: PROJECT,
    encoding: 'utf8',
    timeout: 300_000, // only a bound on a hang
  });
}

/** How deep lists and quotes nest in a body, as MDX parses it. */
function blockDepth(mdx: string): number {
  let max = 0;
  const stack: [{ type: string; children?: unknown[] }, number][] = [[mdxToMdast(mdx) as never, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    const here = node.type === 'list' || node.type === 'blockquote' ? depth + 1 : depth;
    max = Math.max(max, here);
    for (const child of (node.children ?? []) as { type: string }[]) stack.push([child, here]);
  }
  return max;
}

/** Most unescaped brackets open at once, as the build's nesting check counts them (over the whole body). */
function openBrackets(body: string): number {
  let open = 0;
  let max = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') i++;
    else if (c === '(' || c === '[' || c === '{') max = Math.max(max, ++open);
    else if (c === ')' || c === ']' || c === '}') open = Math.max(0, open - 1);
  }
  return max;
}

describe('sources that would nest deeper than MDX can compile', () => {
  const deep = {
    'a line of "- " 5,000 times': `${'- '.repeat(5000)}x`,
    'a line of "> " 5,000 times': `${'> '.repeat(5000)}x`,
    'a line of "1. " 5,000 times': `${'1. '.repeat(5000)}x`,
    '7,000 nested parentheses': `${'('.repeat(7000)}x${')'.repeat(7000)}`,
    '7,000 nested brackets': `${'['.repeat(7000)}x${']'.repeat(7000)}`,
    'emphasis nested 20,000 deep': `${'*a '.repeat(20000)}x${' b*'.repeat(20000)}`,
    'a list indented 2,000 levels': Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n'),
  };

  it.each(Object.entries(deep))('%s: every kind of source is written as a note that compiles', (_name, text) => {
    const root = tempDir();
    const src = tempDir();
    const posting = `Company: Quillmark Labs\nPosition: Data Linguist\n\n${text}\n`;
    writeFileSync(join(src, 'posting.txt'), posting);
    writeFileSync(join(src, 'posting.md'), `${posting}\n<!-- md -->\n`);
    writeFileSync(
      join(src, 'Quillmark 00112233445566778899aabbccddeeff.md'),
      `# Quillmark\n\nPosition: Data Linguist\nStage: Applied\n\n${text}\n`,
    );
    const results = runImport([src], { root, ctx: defaultContext(root) });
    expect(results.map((r) => r.status)).toEqual(['imported', 'imported', 'imported']);
    for (const [path, content] of Object.entries(notesIn(root))) {
      expect(blockDepth(bodyOf(content)), path).toBeLessThanOrEqual(MAX_NESTING + 1);
      // Escaped past the bound, so the build's nesting check does not refuse the note.
      expect(openBrackets(bodyOf(content)), path).toBeLessThanOrEqual(MAX_OPEN_RUNS);
      const run = compileInChild(join(root, path));
      expect({ path, status: run.status, signal: run.signal, stderr: run.stderr.slice(0, 300) }).toEqual({
        path,
        status: 0,
        signal: null,
        stderr: '',
      });
    }
  });

  it('escapes brackets past the bound where they are text, and shows them the same', () => {
    const body = buildNote(
      asSources(`${'('.repeat(80)}x${')'.repeat(80)} and \`${'['.repeat(3)}\``)[1]!,
      defaultContext(),
    ).body;
    expect(body).toContain(`${'('.repeat(MAX_OPEN_RUNS)}${'\\('.repeat(30)}x`);
    expect(renderBody(body).text).toContain(`${'('.repeat(80)}x${')'.repeat(80)} and [[[`);
  });

  it('flattens deep Markdown nesting and keeps shallow nesting as it is', () => {
    const shallow = '- a\n  - b\n    - c\n\n> q\n> > r';
    expect(boundNesting(shallow)).toBe(shallow);
    expect(blockDepth(boundNesting(`${'- '.repeat(50)}x`))).toBe(MAX_NESTING);
    expect(boundNesting(`${'- '.repeat(25)}x`)).toBe(`${'- '.repeat(20)}\\${'- '.repeat(5)}x`);
    expect(boundNesting('```\n' + '- '.repeat(50) + '\n```')).toBe('```\n' + '- '.repeat(50) + '\n```');
  });
});

describe('a 5 MB posting on one line', () => {
  it('imports in time linear in its length, with its fields, as a note that compiles', () => {
    // Title Case words without a stop made the old extractor take megabytes for the company's name and
    // compile it into a regex: "Invalid regular expression: … Regular expression too large".
    const posting = (length: number) => {
      let text =
        'We are looking for a Data Linguist to work with us in Berlin. Join Acme Analytics And Build Speech Tools With Us';
      while (text.length < length) text += ' And Help Us Grow Our Berlin Team Of Linguists';
      // Named after the job, as people name their files: the second place that confirms the one sentence.
      const file = join(tempDir(), 'data-linguist.txt');
      writeFileSync(file, `${text}\n`);
      return file;
    };
    const importInto = (file: string, root = tempDir()) => runImport([file], { root, ctx: defaultContext(root) });
    const root = tempDir();
    const results = importInto(posting(5_000_000), root);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ status: 'imported', kind: 'application' });
    expectLinear(posting, 5_000_000 / FACTOR, (file) => importInto(file), 'importing a posting on one line');
    const [path, content] = Object.entries(notesIn(root))[0]!;
    const data = splitNote(content).data as Record<string, string>;
    expect(data.position).toBe('Data Linguist');
    expect(data.company!.length).toBeLessThanOrEqual(201);
    expect(bodyOf(content).length).toBeGreaterThan(5_000_000);
    expect(compileInChild(join(root, path)).status).toBe(0);
  });
});
