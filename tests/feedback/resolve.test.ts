import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedbackCommand } from '../../src/cli/feedback.ts';
import { resolveFeedback } from '../../src/edit/resolve-feedback.ts';
import type { NoteKey } from '../../src/feedback/keys.ts';
import { useTempDirs } from '../helpers/temp-dirs.ts';

const KEYS = new Set(['applications/acme', 'applications/borealis', 'articles/scaling']);
const resolve = (source: string, key: string, opts: { line?: number; all?: boolean } = {}) =>
  resolveFeedback(source, 'feedback/f.md', { key: key as NoteKey, keys: KEYS, ...opts });

describe('marking a comment addressed', () => {
  it.each([
    [
      'replaces the status where it stands',
      '## applications/acme\n\nstatus: open\n\nText.\n',
      '## applications/acme\n\nstatus: addressed\n\nText.\n',
    ],
    [
      'keeps the case and spacing of the line around the value',
      '## applications/acme\n\nStatus:   Open  \n\nText.\n',
      '## applications/acme\n\nStatus:   addressed  \n\nText.\n',
    ],
    [
      'adds a status line before the text of a comment without one',
      '## applications/acme\n\nText.\n',
      '## applications/acme\n\nstatus: addressed\n\nText.\n',
    ],
    [
      'adds it when the text follows the heading directly',
      '## applications/acme\nText.\n',
      '## applications/acme\nstatus: addressed\n\nText.\n',
    ],
    [
      'keeps CRLF line ends and a BOM',
      '\uFEFF## applications/borealis\r\n\r\nOther.\r\n\r\n## applications/acme\r\n\r\nText.\r\n',
      '\uFEFF## applications/borealis\r\n\r\nOther.\r\n\r\n## applications/acme\r\n\r\nstatus: addressed\r\n\r\nText.\r\n',
    ],
    [
      'marks the comment `about:` names',
      '---\nabout: acme\n---\n\nAbout acme.\n\n## articles/scaling\n\nAbout the article.\n',
      '---\nabout: acme\n---\n\nstatus: addressed\n\nAbout acme.\n\n## articles/scaling\n\nAbout the article.\n',
    ],
    [
      'finds the note by any key that names it',
      '## https://copy.example.com/applications/acme/\n\nText.\n',
      '## https://copy.example.com/applications/acme/\n\nstatus: addressed\n\nText.\n',
    ],
  ])('%s', (_name, source, expected) => {
    expect(resolve(source, 'applications/acme')).toMatchObject({ ok: true, text: expected });
  });

  it('names the open comments when there are several, and marks one by its line or all of them', () => {
    const source =
      '## applications/acme\n\nOne.\n\n## applications/acme\n\nstatus: addressed\n\nTwo.\n\n## applications/acme\n\nThree.\n';
    expect(resolve(source, 'applications/acme')).toEqual({
      ok: false,
      message:
        'has 2 open comments on applications/acme (lines 1, 11); add --line 1 to mark one, or --all to mark every one',
    });
    expect(resolve(source, 'applications/acme', { line: 11 })).toMatchObject({
      ok: true,
      text: source.replace('\nThree.', '\nstatus: addressed\n\nThree.'),
      resolved: [11],
    });
    expect(resolve(source, 'applications/acme', { all: true })).toMatchObject({
      ok: true,
      text: source
        .replace('\nOne.', '\nstatus: addressed\n\nOne.')
        .replace('\nThree.', '\nstatus: addressed\n\nThree.'),
      resolved: [1, 11],
      already: [5],
    });
    expect(resolve(source, 'applications/acme', { line: 5 })).toEqual({ ok: true, resolved: [], already: [5] });
    expect(resolve(source, 'applications/acme', { line: 3 })).toEqual({
      ok: false,
      message: 'has no comment on applications/acme at line 3; its comments on it start at line 1, 5, 11',
    });
  });

  it.each([
    [
      'a note without a comment',
      '## applications/borealis\n\nText.\n',
      'has no comment on applications/acme; its comments are on applications/borealis',
    ],
    [
      'a file with a mistake',
      '## applications/acme\n\nstatus: done\n\nText.\n',
      'line 3: found "done"; allowed: open, addressed (a comment without a status line is open); fix it first (npm run validate lists every problem)',
    ],
  ])('refuses %s', (_name, source, message) => {
    expect(resolve(source, 'applications/acme')).toEqual({ ok: false, message });
  });
});

describe('npm run feedback', () => {
  const temp = useTempDirs('dossier-feedback-', 'each');
  function archive(feedback: Record<string, string>): string {
    const root = temp();
    mkdirSync(join(root, 'applications'));
    mkdirSync(join(root, 'feedback'));
    for (const id of ['acme-language-engineer', 'borealis-linguist'])
      writeFileSync(
        join(root, 'applications', `${id}.mdx`),
        `---\ncompany: ${id.split('-')[0]}\nposition: Linguist\nstage: applied\napplied: 2026-11-02\n---\n`,
      );
    for (const [name, text] of Object.entries(feedback)) writeFileSync(join(root, 'feedback', name), text);
    return root;
  }
  const file = (root: string, name: string) => readFileSync(join(root, 'feedback', name), 'utf8');

  it('marks the comment addressed in place, by the file name alone or its path, and keeps the mode', () => {
    const text = '---\nfrom: Anna\n---\n\n## applications/acme-language-engineer\n\nLead with the corpus.\n';
    const root = archive({ '2026-12-06-anna.md': text });
    chmodSync(join(root, 'feedback/2026-12-06-anna.md'), 0o600);
    const result = feedbackCommand(['resolve', '2026-12-06-anna.md', 'acme-language-engineer'], { root });
    expect(result.code, result.message).toBe(0);
    expect(result.message).toMatch(/marked the comment on applications\/acme-language-engineer addressed \(line 5\)$/);
    expect(file(root, '2026-12-06-anna.md')).toBe(text.replace('\nLead', '\nstatus: addressed\n\nLead'));
    expect(statSync(join(root, 'feedback/2026-12-06-anna.md')).mode & 0o777).toBe(0o600);
    // Again: nothing to do, and nothing written.
    const again = feedbackCommand(
      ['resolve', join(root, 'feedback/2026-12-06-anna.md'), 'applications/acme-language-engineer'],
      {
        root,
      },
    );
    expect(again).toEqual({
      code: 0,
      message: expect.stringMatching(
        /the comment on applications\/acme-language-engineer \(line 5\) is addressed already; nothing changed$/,
      ),
    });
  });

  it.each([
    [
      'an unknown note',
      ['resolve', '2026-12-06-anna.md', 'applications/acme-language-enginer'],
      /<note> found "applications\/acme-language-enginer", but no note has that key \(did you mean "applications\/acme-language-engineer"\?\)/,
    ],
    [
      'an unknown file',
      ['resolve', 'anna.md', 'acme-language-engineer'],
      /no feedback file "anna.md" in .*feedback; the files are:\n {2}feedback\/2026-12-06-anna.md$/,
    ],
    [
      'two open comments',
      ['resolve', '2026-12-06-anna.md', 'borealis-linguist'],
      /has 2 open comments on applications\/borealis-linguist \(lines 5, 9\); add --line 5 to mark one, or --all to mark every one; nothing changed$/,
    ],
    [
      '--line with --all',
      ['resolve', '2026-12-06-anna.md', 'borealis-linguist', '--line', '5', '--all'],
      /--line and --all say different things/,
    ],
    [
      'a bad line number',
      ['resolve', '2026-12-06-anna.md', 'borealis-linguist', '--line', 'five'],
      /--line found "five"; expected a line number/,
    ],
  ])('refuses %s and leaves the file as it was', (_name, argv, message) => {
    const text =
      '---\nfrom: Anna\n---\n\n## applications/borealis-linguist\n\nOne.\n\n## applications/borealis-linguist\n\nTwo.\n';
    const root = archive({ '2026-12-06-anna.md': text });
    const result = feedbackCommand(argv, { root });
    expect(result.code).not.toBe(0);
    expect(result.message).toMatch(message);
    expect(file(root, '2026-12-06-anna.md')).toBe(text);
  });

  it('finds the note by the start of its name or a few of its words, among the notes the file has comments on', () => {
    const text = '## applications/acme-language-engineer\n\nOne.\n\n## applications/borealis-linguist\n\nTwo.\n';
    const root = archive({ 'f.md': text });
    expect(feedbackCommand(['resolve', 'f.md', 'acme lang'], { root })).toMatchObject({ code: 0 });
    expect(file(root, 'f.md')).toBe(text.replace('\nOne.', '\nstatus: addressed\n\nOne.'));
    const ambiguous = archive({ 'f.md': text });
    const result = feedbackCommand(['resolve', 'f.md', 'l'], { root: ambiguous });
    expect(result.code).toBe(1);
    expect(result.message).toMatch(
      /^"l" matches 2 notes that .*f\.md has comments on; run the command again with the one you mean:\n {2}applications\/acme-language-engineer\n {2}applications\/borealis-linguist$/,
    );
    expect(file(ambiguous, 'f.md')).toBe(text);
  });

  it('refuses a Markdown file outside feedback/', () => {
    const root = archive({});
    writeFileSync(join(root, 'notes.md'), '## applications/acme-language-engineer\n\nText.\n');
    const result = feedbackCommand(['resolve', join(root, 'notes.md'), 'acme-language-engineer'], { root });
    expect(result).toEqual({
      code: 1,
      message: expect.stringMatching(
        /notes\.md is not in .*feedback; the command edits the feedback files of the content root/,
      ),
    });
    expect(readFileSync(join(root, 'notes.md'), 'utf8')).toBe('## applications/acme-language-engineer\n\nText.\n');
  });

  it('lists the open comments, and with --all the addressed ones too', () => {
    const root = archive({
      '2026-12-06-anna.md':
        '## acme-language-engineer\n\nLead with the corpus.\n\n## applications/borealis-linguist\n\nstatus: addressed\n\nFine.\n',
    });
    const list = feedbackCommand(['list'], { root });
    expect(list.code).toBe(0);
    expect(list.message.split('\n').map((l) => l.replace(/^.*feedback\//, 'feedback/'))).toEqual([
      'feedback/2026-12-06-anna.md:1  applications/acme-language-engineer  open  Lead with the corpus.',
      '',
      expect.stringMatching(/^1 open comment in .*feedback\.$/),
    ]);
    expect(feedbackCommand(['list', '--all'], { root }).message).toContain(
      'applications/borealis-linguist  addressed  Fine.',
    );
  });
});
