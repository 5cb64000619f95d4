import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/config/load.ts';
import { UserConfigSchema, type UserConfigInput } from '../../src/config/schema.ts';
import { PhraseMatcher } from '../../src/share/phrase-matcher.ts';
import { gatherPrivateValues } from '../../src/share/private-values.ts';
import { checkCopy, describeCheck } from '../../src/share/self-check.ts';
import { tokens } from '../../src/share/tokens.ts';
import { expectLinear, FACTOR } from '../helpers/linear.ts';

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

  it('reports where each occurrence starts', () => {
    const at: [string, number][] = [];
    matcher.each(tokens('x ottoline canarycontact talk in'), (phrase, start) => at.push([phrase.p, start]));
    expect(at.sort()).toEqual([
      ['canarycontact', 2],
      ['ottoline canarycontact', 1],
      ['talk in', 3],
    ]);
  });

  it('takes one pass over a large text with many phrases', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({ tokens: [`w${i}`, `w${i + 1}`, `w${i + 2}`] }));
    const big = new PhraseMatcher(many);
    const text = (n: number) => Array.from({ length: n }, (_, i) => `w${i % 30_000}`);
    expect(big.find(text(500_000)).size).toBe(20_000);
    // Work grows with the text, not with the text times the phrases.
    expectLinear(text, 500_000 / FACTOR, (words) => big.find(words), 'PhraseMatcher.find');
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

/** A folder with these files: path → text. */
function folder(files: Record<string, string>, prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** The self-check of `copy` against the archive `notes`: the report lines. */
function check(notes: Record<string, string>, copy: Record<string, string>, config: UserConfigInput = {}) {
  const root = folder(notes, 'dossier-selfcheck-notes-');
  // Outside the content root, or the copy's own files count as the owner's files.
  const dir = folder(copy, 'dossier-selfcheck-copy-');
  const report = checkCopy(dir, gatherPrivateValues(createContext(root, UserConfigSchema.parse(config))));
  return {
    report,
    lines: describeCheck(report, 'copy')
      .slice(1)
      .map((l) => l.replace(/[^\s(]*dossier-selfcheck-notes-\w+\//g, '')),
  };
}

const page = (text: string) =>
  `<!doctype html><html><head><title>x</title></head><body><main>${text}</main></body></html>`;

/** An application note: frontmatter lines, then the body. */
const application = (fields: string[], body = 'Body.\n') =>
  `---\ncompany: Umbra\nposition: Analyst\nstage: screening\n${fields.join('\n')}\n---\n${body}`;

describe("the self-check's reading of contacts", () => {
  const umbra = application([
    'contacts:',
    '  - { name: Jonna Lindqvist, role: Recruiter, email: jonna@umbra.example }',
    'history:',
    '  - { stage: applied, date: 2026-11-02 }',
    '  - { stage: screening, date: 2026-11-10, note: Call with Jonna }',
    'share: true',
  ]);
  // Another note that lists her: the report must not name it as the cause.
  const other = application(['contacts:', '  - { name: Jonna Lindqvist, role: Recruiter }'], 'Private text.\n');

  // Issue 21: "Call with Jonna" in a shared note's history stopped the copy with a message naming both
  // notes that list her, never the line that holds the text.
  it('names the note, the line and the field that hold a contact’s name, and only that note', () => {
    const { report, lines } = check(
      { 'applications/umbra.mdx': umbra, 'applications/other.mdx': other },
      { 'applications/umbra/index.html': page('<p>Screening: Call with Jonna</p>') },
    );
    expect(report.leaks.length).toBeGreaterThan(0);
    expect(lines).toEqual([
      '  applications/umbra.mdx:9 history[1].note holds the name of a contact (contacts[0].name); in copy/applications/umbra/index.html',
    ]);
  });

  it('finds nothing once the name is replaced by the role', () => {
    const { report } = check(
      { 'applications/umbra.mdx': umbra, 'applications/other.mdx': other },
      { 'applications/umbra/index.html': page('<p>Screening: Call with the recruiter</p>') },
    );
    expect(report.leaks).toEqual([]);
  });

  // A red team's copies: contacts listed as "Marrowby, Jonquilla", `Ottokar "Otto" Brenn` and
  // "Dr. Walburga Pfeil" reached the copy by the words notes call them, and the self-check saw none.
  it.each([
    ['a last name alone', 'Marrowby asked for references'],
    ['a first name written after the comma', 'Call with Jonquilla'],
    ['a nickname', 'Otto will run the loop'],
    ['a name after a title in the list', 'Walburga leads the team'],
    ['a soft hyphen inside a name', 'Call with Jon&shy;quilla'],
  ])('finds %s', (_, text) => {
    const forms = application([
      'contacts:',
      '  - { name: "Marrowby, Jonquilla", role: Recruiter }',
      '  - { name: \'Ottokar "Otto" Brenn\', role: Interviewer }',
      '  - { name: Dr. Walburga Pfeil, role: Hiring manager }',
      'share: true',
    ]);
    const { report } = check({ 'applications/forms.mdx': forms }, { 'index.html': page(`<p>${text}</p>`) });
    expect(report.leaks.map((l) => l.value.kind)).toContain('the name of a contact');
  });

  // Issue 21: a contact written as just "Mark" was found in the site's own CSS class `.mark`.
  it('looks for a one-word name only where a reader sees text, in its own spelling', () => {
    const mark = application(['contacts:', '  - { name: Mark, role: Hiring manager }', 'share: true']);
    const clean = check(
      { 'applications/mark.mdx': mark },
      {
        'index.html': page(
          '<p class="mark" data-kind="mark">Mark the date in your calendar: mark it.</p>'.replace(
            'Mark the',
            'Note the',
          ),
        ),
        '_astro/site.css': '.mark { color: red } mark { background: none }',
        '_astro/app.js': 'el.classList.add("mark"); const mark = 1;',
      },
    );
    expect(clean.report.leaks).toEqual([]);
    const leaked = check({ 'applications/mark.mdx': mark }, { 'index.html': page('<p>Lunch with Mark</p>') });
    expect(leaked.lines).toEqual([
      '  copy/index.html: applications/mark.mdx (contacts[0].name: the name of a contact)',
    ]);
  });

  it('leaves alone a name inside a name the shared notes show (Morgan of Morgan Stanley)', () => {
    const notes = {
      'applications/bank.mdx': application([
        'contacts:',
        '  - { name: Morgan Reyes, role: Recruiter }',
        'share: true',
      ]).replace('Umbra', 'Morgan Stanley'),
    };
    expect(check(notes, { 'index.html': page('<p>Morgan Stanley</p>') }).report.leaks).toEqual([]);
    expect(check(notes, { 'index.html': page('<p>Met Morgan today</p>') }).report.leaks).not.toEqual([]);
  });

  // Issue 27: the search index is split into buckets, pagefind/ and pagefind/b<n>/, and each holds words
  // lower-cased. Every bucket is read the same way: the public name around a contact's is found in each.
  it('reads every bucket of the search index alike', () => {
    const notes = {
      'applications/bank.mdx': application([
        'contacts:',
        '  - { name: Morgan Reyes, role: Recruiter }',
        'share: true',
      ]).replace('Umbra', 'Morgan Reyes Partners'),
    };
    const words = 'analyst morgan reyes partners screening';
    const copy = {
      'pagefind/index/en_1.pf_index': words,
      'pagefind/filter/en_1.pf_filter': words,
      'pagefind/b3/index/en_2.pf_index': words,
      'pagefind/b3/filter/en_2.pf_filter': words,
    };
    expect(check(notes, copy).report.leaks).toEqual([]);
    const leaked = check(notes, { ...copy, 'pagefind/b3/fragment/en_2.pf_fragment': 'call morgan reyes' });
    expect(leaked.report.leaks.map((l) => l.file)).toEqual(['pagefind/b3/fragment/en_2.pf_fragment']);
  });

  // Held-out red team: a phone number kept under a withheld extra property and repeated in a shared
  // history note was public text, so the self-check dropped it and said "none found".
  it('finds a phone number of a withheld extra property that shared text repeats', () => {
    const notes = {
      'applications/kestrel.mdx': application([
        'history:',
        '  - { stage: applied, date: 2026-11-02, note: "Called from +48 601 234 987" }',
        'extra:',
        '  Recruiter phone: "+48 601 234 987"',
        'share: true',
      ]),
    };
    expect(check(notes, { 'index.html': page('<p>Called from +48 601 234 987</p>') }).report.leaks).not.toEqual([]);
    expect(check(notes, { 'index.html': page('<p>Called from (phone number withheld)</p>') }).report.leaks).toEqual([]);
    // Written another way, in a page or an export.
    expect(check(notes, { 'index.html': page('<p>Rang 0601-234-987</p>') }).report.leaks).not.toEqual([]);
    expect(check(notes, { 'export/a.csv': 'who,phone\nx,+48601234987\n' }).report.leaks).not.toEqual([]);
    expect(check(notes, { 'index.html': page('<p>Order 9601234987</p>') }).report.leaks).toEqual([]);
  });

  it('counts <Private> text in a frontmatter string or a link title as private', () => {
    const notes = {
      'applications/acme.mdx': application(
        [
          'history:',
          '  - { stage: applied, date: 2026-11-02, note: "Sent it. <Private>my floor is Flumpetwald 61000 a year</Private>" }',
          'source: "<Private>Grimblewood</Private>"',
          'share: true',
        ],
        'See [the offer][o].\n\n[o]: https://portal.example/offer "Base <Private>Zibbleflax 98765 plus the signing bonus</Private>"\n',
      ),
    };
    const leaked = (text: string) => check(notes, { 'index.html': page(`<p>${text}</p>`) }).report.leaks.length > 0;
    expect(leaked('my floor is Flumpetwald 61000 a year')).toBe(true);
    expect(leaked('Found via Grimblewood')).toBe(true);
    expect(leaked('Base Zibbleflax 98765 plus the signing bonus')).toBe(true);
    expect(leaked('Sent it.')).toBe(false);
  });

  it('finds an e-mail address a withheld value holds among other words', () => {
    const notes = {
      'applications/kestrel.mdx': application([
        'extra:',
        '  Recruiter: "Jonquilla Marrowby <jm.recruit@northwind.example>"',
        'share: true',
      ]),
    };
    expect(check(notes, { 'index.html': page('<p>Mail jm.recruit@northwind.example</p>') }).report.leaks).not.toEqual(
      [],
    );
  });

  // Held-out red team: a recruiter named Austin at Austin Freight Analytics; the board's card puts the
  // company's and the position's spans side by side, which read as "AnalyticsData" and hid the cover.
  it('reads two elements side by side as two pieces of text, so a company name still covers a name in it', () => {
    const notes = {
      'applications/austin.mdx': application([
        'contacts:',
        '  - { name: Austin Reyes, role: Recruiter }',
        'share: true',
      ]).replace('Umbra', 'Austin Freight'),
    };
    const card =
      '<a href="/a/"><span class="company">Austin Freight</span><span class="position">Data Analyst</span></a>';
    expect(check(notes, { 'index.html': page(card) }).report.leaks).toEqual([]);
    // A name that markup splits inside a text still reads as written.
    expect(check(notes, { 'index.html': page('<p>Met <b>Aus</b>tin today</p>') }).report.leaks).not.toEqual([]);
  });
});

describe('the site’s own words and what it derives from shared notes are public', () => {
  // Issue 21: an unshared note with `roleFamily: Data Science` set by hand stopped the copy, whose
  // shared note gets the same family from the rules.
  it('a role family a shared note gets from the rules', () => {
    const notes = {
      'applications/shared.mdx': application(['share: true']).replace('Analyst', 'Data Scientist'),
      'applications/private.mdx': application(['roleFamily: Data Science Craft']).replace('Analyst', 'Hidden role'),
    };
    const config = { roleFamilies: [{ name: 'Data Science Craft', match: ['data scientist'] }] };
    expect(check(notes, { 'roles/x/index.html': page('<h1>Data Science Craft</h1>') }, config).report.leaks).toEqual(
      [],
    );
  });

  // Issue 21: an unshared article `follow-up.mdx` was found in the site's own "Follow up" wording.
  it('an unshared note named after the site’s own words', () => {
    const notes = {
      'articles/follow-up.mdx':
        '---\ntitle: Follow up\n---\nMy notes on chasing replies politely without sounding desperate.\n',
      'applications/shared.mdx': application(['share: true']),
    };
    const copy = { 'index.html': page('<h2>Next up</h2><p>Follow up: Umbra, Analyst</p>') };
    expect(check(notes, copy).report.leaks).toEqual([]);
    // Its own text is still looked for.
    const leaked = check(notes, {
      'index.html': page('<p>My notes on chasing replies politely without sounding desperate.</p>'),
    });
    expect(leaked.lines.join('\n')).toContain('articles/follow-up.mdx (its text: the text of an unshared note)');
  });
});

describe('<Private> as the build reads it', () => {
  // Issue 21: a <Private> tag in an indented code block, in a fenced block inside a nested list item,
  // or in an HTML comment is no block for the build (the filter), but the self-check read it as one,
  // took the shared text after it for private and stopped the copy that showed it.
  const cases: [string, string, string][] = [
    [
      'an indented code block (.md)',
      'md',
      'Intro.\n\n    <Private>shown as code here</Private>\n\nThe text after the code block is shared with the mentor.\n',
    ],
    [
      'a fenced block in a nested list item',
      'mdx',
      '- item\n  - nested\n\n    ```\n    <Private>\n    ```\n\nThe text after the fenced block is shared with the mentor.\n',
    ],
    [
      'an HTML comment (.md)',
      'md',
      'Intro.\n\n<!-- <Private> -->\n\nThe text after the HTML comment is shared with the mentor.\n',
    ],
    [
      'an MDX comment',
      'mdx',
      'Intro.\n\n{/* <Private> */}\n\nThe text after the MDX comment is shared with the mentor.\n',
    ],
  ];
  it.each(cases)('in %s is text, not a block', (_, format, body) => {
    const notes = { [`applications/shared.${format}`]: application(['share: true'], body) };
    const shown = body.split('\n').at(-2)!;
    expect(check(notes, { 'index.html': page(`<p>${shown}</p>`) }).report.leaks).toEqual([]);
  });

  it('a real block is still private', () => {
    const notes = {
      'applications/shared.md': application(
        ['share: true'],
        'A <Private>the offer letter arrived with a lowball number</Private> b.\n',
      ),
    };
    const { lines } = check(notes, { 'index.html': page('<p>the offer letter arrived with a lowball number</p>') });
    expect(lines).toEqual(['  copy/index.html: applications/shared.md (line 7: text of a <Private> block)']);
  });
});

describe('files a shared note shows', () => {
  // Issue 21: a background image named only by a stylesheet a shared note imports counted as a file
  // no shared note shows, and stopped the copy.
  it('a background image a stylesheet the note imports names', () => {
    const notes = {
      'applications/styled.mdx': application(['share: true'], "import './look.css';\n\nStyled text.\n"),
      'applications/look.css': '.prose { background: url(./paper-texture.svg) }\n',
      'applications/paper-texture.svg': '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>',
    };
    const copy = {
      '_astro/paper-texture.B1x2.svg': '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>',
      'index.html': page('<p>Styled text.</p>'),
    };
    expect(check(notes, copy).report.leaks).toEqual([]);
  });

  // Issue 21, leak 3: an image imported at the top but shown only inside <Private> counted as shown,
  // since the import line is outside the block.
  it('not an image imported at the top and shown only inside <Private>', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>offer</text></svg>';
    const notes = {
      'applications/offer.mdx': application(
        ['share: true'],
        "import offer from './offer-letter.svg';\n\nShared text.\n\n<Private>\n<img src={offer.src} alt='' />\n</Private>\n",
      ),
      'applications/offer-letter.svg': svg,
    };
    const { lines } = check(notes, { '_astro/offer-letter.Ab12.svg': svg, 'index.html': page('<p>Shared text.</p>') });
    expect(lines.join('\n')).toMatch(
      /_astro\/offer-letter\.Ab12\.svg: applications\/offer-letter\.svg \(its bytes: a file no shared note shows/,
    );
  });
});

describe('private values of the sensitivity table', () => {
  const notes = {
    'applications/pay.mdx': application(
      ['salary: { min: 731913 }', 'extra:', '  Compensation: 88k plus bonus', '  Mood: calm', 'share: true'],
      'Shared body.\n',
    ),
  };
  it('finds a salary figure in an export, and an extra property no publicExtra lists', () => {
    const { lines } = check(notes, {
      'export/applications.csv': 'id,salary\npay,"731,913"\n',
      'applications/pay/index.html': page('<dd>88k plus bonus</dd>'),
    });
    expect(lines).toEqual([
      '  copy/applications/pay/index.html: applications/pay.mdx (extra.Compensation: the extra property "Compensation")',
      '  copy/export/applications.csv: applications/pay.mdx (salary.min: the salary)',
    ]);
  });

  it('takes an extra property share.publicExtra lists for public', () => {
    const copy = { 'applications/pay/index.html': page('<dd>88k plus bonus</dd>') };
    expect(check(notes, copy, { share: { publicExtra: ['Compensation'] } }).report.leaks).toEqual([]);
  });

  it('never prints a value', () => {
    const { lines } = check(notes, { 'index.html': page('<p>731913 and 88k plus bonus</p>') });
    expect(lines.join('\n')).not.toMatch(/731|88k|bonus/);
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
