import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { validateArchive } from '../../src/share/sharing-checks.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';

/**
 * The bad-input corpus: each folder of tests/fixtures/bad/ is a small content
 * root with one mistake people make, and each row below is exactly what the
 * user is told, as `npm run validate` and the build print it (paths relative
 * to the case's folder). A case passes only when these are ALL the lines.
 */
const BAD = join(PROJECT_ROOT, 'tests/fixtures/bad');

const STAGES =
  'allowed: wishlist ("Wishlist"), applied ("Applied"), screening ("Screening"), interviewing ("Interviewing"), offer ("Offer"), accepted ("Accepted"), rejected ("Rejected"), withdrawn ("Withdrawn"), no-answer ("No Answer")';
const NESTING = '; Dossier allows up to 100, since deeper nesting crashes the MDX compiler';
const MDX = '. In prose, write \\{ \\} \\< for literal braces and angle brackets';

const CASES: [string, string[]][] = [
  [
    'debrief-malformed-date',
    [
      'applications/acme.mdx:10:1  debrief  the date of "Debrief 2026-11-31 · Interviewing": found "2026-11-31", which is not a day of the calendar; expected a real date as YYYY-MM-DD',
    ],
  ],
  [
    'debrief-unknown-stage',
    [
      `applications/acme.mdx:9:1  debrief  found the stage "Intervewing" (did you mean "Interviewing"?) in "Debrief 2026-11-05 · Intervewing"; ${STAGES}, or no stage ("Debrief 2026-11-05")`,
    ],
  ],
  [
    'debrief-unknown-story',
    [
      'applications/acme.mdx:14:33  debrief  names the story "rater-drfit", but there is no story note with that name (did you mean "rater-drift"?); name a story by its file name in stories/ without .mdx',
    ],
  ],
  [
    'outcome-unknown-reason',
    [
      'applications/acme.mdx:6:20  outcome.reason  found "tecnical round" (did you mean "Technical round"?); allowed: skills-gap ("Skills gap"), experience ("Not enough experience"), technical-round ("Technical round"), team-fit ("Team or culture fit"), other-candidate ("Another candidate chosen"), position-closed ("Position closed"), salary ("Salary"), location ("Location or visa"), accepted-elsewhere ("Accepted another offer"), lost-interest ("Lost interest"), slow-process ("Slow process"), no-reply ("No reply"), unknown ("Not given") (outcomeReasons in dossier.config.yaml)',
    ],
  ],
  [
    'story-no-competencies',
    ['stories/drift.mdx:3:15  competencies  found none; name at least one, e.g. [data quality]'],
  ],
  [
    'application-unknown-article',
    [
      'applications/acme.mdx:6:12  articles[0]  found "scaling-speach", but there is no article note with that name (did you mean "scaling-speech"?); list an article by its file name without .mdx',
    ],
  ],
  [
    'article-unknown-company',
    [
      'articles/scaling.mdx:3:13  companies[0]  found "Tesel Labs", a company that no application and no company note names (did you mean "Tessel Labs GmbH"?); write the name as an application has it, or add a company note with it (companies/tesel-labs.mdx)',
    ],
  ],
  [
    'company-alias-twice',
    [
      'companies/aws.mdx:3:11  aliases[0]  "AWS" already names the company of companies/amazon.mdx ("Amazon"); a name may belong to one company note only',
    ],
  ],
  [
    'company-boolean',
    [
      'applications/acme.mdx:2:10  company  found true; expected text (YAML reads an unquoted true as true/false): write the text in quotes',
    ],
  ],
  [
    'company-invisible',
    [
      "applications/acme.mdx:2:10  company  found a name with no visible character (U+200B); write the company's name in letters or digits",
    ],
  ],
  [
    'config-alias-bomb',
    [
      'dossier.config.yaml:4:16  -  not valid YAML: too many YAML aliases: its anchors (&name) and aliases (*name) expand to more values than Dossier reads (a "billion laughs"); write the values out instead',
    ],
  ],
  [
    'config-bad-yaml',
    [
      'dossier.config.yaml:3:1  -  not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]; a list opened with "[" (or a mapping opened with "{") must be closed on the same field',
    ],
  ],
  [
    'config-required-private',
    [
      'dossier.config.yaml:2:1  share.privateFields[1]  "position" is required in every application, so a shared note cannot leave it out; remove it from share.privateFields, or keep such notes private',
    ],
  ],
  ['config-share-default', ['dossier.config.yaml:2:12  share.default  found "public"; allowed: private, shared']],
  ['config-unknown-option', ['dossier.config.yaml:1:1  titel  unknown field "titel" (did you mean "title"?)']],
  ['config-wrong-type', ['dossier.config.yaml:2:14  recentCount  found "eight"; expected a number']],
  [
    'contact-email',
    [
      'applications/acme.mdx:7:33  contacts[0].email  found "ann-at-example.com"; expected an e-mail address such as name@example.com',
    ],
  ],
  [
    'date-out-of-range',
    [
      'applications/acme.mdx:5:10  applied  found "9999-12-31", outside the years 1970–2100 that Dossier accepts; expected a date as YYYY-MM-DD, e.g. 2024-10-22',
    ],
  ],
  [
    'date-in-words',
    ['applications/acme.mdx:5:10  applied  found "22 October 2024"; expected a date as YYYY-MM-DD, e.g. 2024-10-22'],
  ],
  [
    'duplicate-application',
    [
      'applications/acme-2.mdx:5:10  applied  the same application as applications/acme-1.mdx: company "ACME Inc.", position "Language Engineer" and applied 2024-10-22 match; keep one note, or correct the date',
    ],
  ],
  [
    'duplicate-url',
    [
      'applications/acme-engineer.mdx:1:1  -  gets the same URL /applications/acme-engineer/ as applications/Acme Engineer.mdx; rename one of the two files',
    ],
  ],
  [
    'employment-number',
    [
      'applications/acme.mdx:6:13  employment  found 40; expected one of full-time, part-time, contract, internship, or { type: contract, term: 12 months }',
    ],
  ],
  [
    'empty-file',
    ['applications/acme.mdx:1:1  -  the file is empty; a note starts with frontmatter between two "---" lines'],
  ],
  [
    'extra-mapping',
    [
      'applications/acme.mdx:8:5  extra.Referral  found a mapping; an extra property holds text, a number, true/false or a list of those',
    ],
  ],
  [
    'file-name-too-long',
    [
      `applications/acme-${'very-'.repeat(49)}.mdx:1:1  -  the file name is 250 characters long (in UTF-8 bytes, without .mdx, with the folders that make up its URL); Dossier allows up to 120, since the build names files and folders after the note and file systems refuse long names. Rename the file`,
    ],
  ],
  [
    'feedback-about-unknown',
    [
      'feedback/2026-12-06-anna.md:2:8  about  found "applications/acme-engineer", but no note has that key; a section names a note as applications/<file name> or articles/<file name>, as the note\'s page in the mentor copy shows it',
    ],
  ],
  [
    'feedback-bad-status',
    [
      'feedback/2026-12-06-anna.md:3:9  status  found "done"; allowed: open, addressed (a comment without a status line is open)',
    ],
  ],
  [
    'feedback-not-markdown',
    [
      'feedback/notes.txt:1:1  -  is not read: feedback files are Markdown files ending in .md (found "notes.txt"); rename it, or move it out of feedback/',
    ],
  ],
  [
    'feedback-unknown-note',
    [
      'feedback/2026-12-06-anna.md:5:4  section  found "applications/acm", but no note has that key (did you mean "applications/acme"?); a section names a note as applications/<file name> or articles/<file name>, as the note\'s page in the mentor copy shows it',
    ],
  ],
  [
    'feedback-warnings',
    [
      'feedback/2026-12-06-anna.md:1:1  -  warning: this text comes before the first "## applications/<note>" section and names no note, so it is not shown; start it with a section heading, or say which note it is about with "about:" in the front matter',
      'feedback/2026-12-06-anna.md:3:4  section  warning: the comment on "applications/acme" has no text, so it is not shown; write the comment under it, or remove it',
    ],
  ],
  [
    'fence-missing',
    [
      'applications/acme.mdx:1:1  -  found "company: Acme" on the first line; a note starts with a "---" line that opens its frontmatter',
    ],
  ],
  [
    'fence-unclosed',
    [
      'applications/acme.mdx:1:1  -  the frontmatter opened on line 1 is never closed; add a "---" line after the last field',
    ],
  ],
  ['frontmatter-list', ['applications/acme.mdx:2:1  -  the frontmatter is not a list of "field: value" lines']],
  [
    'history-missing-date',
    [
      'applications/acme.mdx:7:5  history[0].date  is missing; this field is required; expected a date as YYYY-MM-DD, e.g. 2024-10-22',
    ],
  ],
  [
    'history-plain-list',
    [
      'applications/acme.mdx:6:11  history[0]  found "applied"; expected a step such as { stage: screening, date: 2024-11-03 }',
      'applications/acme.mdx:6:20  history[1]  found "screening"; expected a step such as { stage: screening, date: 2024-11-03 }',
    ],
  ],
  [
    'history-unknown-stage',
    ['applications/acme.mdx:8:14  history[1].stage  found "Interveiw" (did you mean "Interview"?); ' + STAGES],
  ],
  [
    'impossible-date',
    [
      'applications/acme.mdx:5:10  applied  found "2024-02-30", which is not a day of the calendar; expected a real date as YYYY-MM-DD',
    ],
  ],
  [
    'invalid-utf8',
    [
      'applications/cafe.mdx:2:13  -  the file is not valid UTF-8 text: found the byte 0xE9, which UTF-8 does not allow here (the file was probably saved as Latin-1 or Windows-1250/1252); save it as UTF-8 in your editor',
    ],
  ],
  [
    'many-problems',
    [
      'applications/acme.mdx:2:1  position  is missing; this field is required',
      'applications/acme.mdx:3:8  stage  found "Intervew" (did you mean "Interview"?); ' + STAGES,
      'applications/acme.mdx:4:10  applied  found "2024-13-01", which is not a day of the calendar; expected a real date as YYYY-MM-DD',
      'applications/acme.mdx:5:8  share  found "yes"; expected true or false (without quotes)',
      'applications/acme.mdx:8:1  body  unknown component <Widget>; a note may use <Private> without an import, or import a component from a file; for a literal "<", write \\<',
      'applications/globex.mdx:12:1  body  shows the image "./org-chart.png", but there is no such file (looked for applications/org-chart.png); the path is relative to the note, and an image in public/ is written from the site\'s root ("/logo.png")',
    ],
  ],
  [
    'mdx-angle-bracket',
    [
      'applications/acme.mdx:10:13  body  the MDX body does not compile: Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`)' +
        MDX,
    ],
  ],
  [
    'mdx-bad-import-syntax',
    [
      'applications/acme.mdx:8:13  body  the MDX body does not compile: Could not parse esm: Expected `from` but found `string`' +
        MDX,
    ],
  ],
  [
    'mdx-html-comment',
    [
      'applications/acme.mdx:10:1  body  the MDX body does not compile: Unexpected character `!` (U+0021) before name, expected a character that can start a name, such as a letter, `$`, or `_` (note: to create a comment in MDX, use `{/* text */}`)' +
        MDX,
    ],
  ],
  [
    'mdx-import-missing',
    [
      'applications/acme.mdx:8:19  body  imports "./chart.astro", but there is no such file (looked for applications/chart.astro) (did you mean "./chrat.astro"?); the path is relative to the note',
    ],
  ],
  [
    'mdx-stray-brace',
    [
      'applications/acme.mdx:10:10  body  the MDX body does not compile: Unexpected end of file in expression, expected a corresponding closing brace for `{`' +
        MDX,
    ],
  ],
  [
    // Held-out red team: "< Private >" is text to MDX, so the words meant to be hidden were shown.
    'private-lookalike',
    [
      'applications/acme.mdx:11:1  body  "< Private" is text, not a <Private> tag (a tag has no space after "<"), so its words would be shown: write <Private> … </Private>, or \\<Private> to show the tag as text',
      'applications/acme.mdx:11:51  body  "< /Private" is text, not a <Private> tag (a tag has no space after "<"), so its words would be shown: write <Private> … </Private>, or \\<Private> to show the tag as text',
    ],
  ],
  [
    'mdx-unclosed-tag',
    ['applications/acme.mdx:10:1  body  the MDX body does not compile: Expected a closing tag for `<Private>`' + MDX],
  ],
  [
    'mdx-unknown-component',
    [
      'applications/acme.mdx:10:1  body  unknown component <Privat> (did you mean "Private"?); a note may use <Private> without an import, or import a component from a file; for a literal "<", write \\<',
    ],
  ],
  ['nesting-list', ['applications/acme.mdx:10:1  body  lists and quotes nest deeper than 100 levels here' + NESTING]],
  [
    'nesting-parentheses',
    ['applications/acme.mdx:8:108  body  brackets ( [ { nest deeper than 100 levels here' + NESTING],
  ],
  ['missing-position', ['applications/acme.mdx:2:1  position  is missing; this field is required']],
  ['missing-title', ['articles/scaling.mdx:2:1  title  is missing; this field is required']],
  [
    'salary-currency',
    [
      'applications/acme.mdx:6:33  salary.currency  found "euros"; expected a three-letter currency code such as USD, EUR or PLN',
    ],
  ],
  [
    'salary-inverted',
    ['applications/acme.mdx:7:8  salary.min  found min 90000 above max 60000; the lower amount goes in min'],
  ],
  ['salary-text', ['applications/acme.mdx:6:16  salary.min  found "fifty thousand"; expected a number such as 51000']],
  ['share-quoted-true', ['applications/acme.mdx:6:8  share  found "true"; expected true or false (without quotes)']],
  ['share-yes', ['applications/acme.mdx:6:8  share  found "yes"; expected true or false (without quotes)']],
  ['stage-empty', ['applications/acme.mdx:4:7  stage  found nothing; ' + STAGES]],
  ['tags-mapping', ['applications/acme.mdx:7:3  tags  found a mapping; expected a list of texts']],
  [
    'unknown-field',
    [
      'applications/acme.mdx:6:1  compnay  unknown field "compnay" (did you mean "company"?); keep properties of your own under "extra:"',
    ],
  ],
  ['unknown-stage', ['applications/acme.mdx:4:8  stage  found "No Anser" (did you mean "No Answer"?); ' + STAGES]],
  [
    'url-not-web',
    [
      'applications/acme.mdx:6:6  url  found "www.example.com/jobs/1"; expected a web address starting with https:// or http://',
    ],
  ],
  [
    'warning-no-date',
    [
      'applications/acme.mdx:2:1  applied  warning: is missing, and "history" has no dated step either; the application is listed last and left out of everything ordered by date. Add applied: YYYY-MM-DD',
    ],
  ],
  [
    'warning-unknown-role-family',
    [
      'articles/scaling.mdx:3:16  roleFamilies[0]  warning: found "Aplied Science", a role family that no application has and no rule in the configuration defines (did you mean "Applied Science"?); the article gets a role page of its own',
    ],
  ],
  ['workplace-unknown', ['applications/acme.mdx:6:12  workplace  found "office"; allowed: onsite, hybrid, remote']],
  [
    'yaml-bad-indent',
    [
      'applications/acme.mdx:3:11  -  the frontmatter is not valid YAML: Nested mappings are not allowed in compact mappings; check the indentation here and on the next line: each field starts at the beginning of its line, and a value containing ": " needs quotes',
    ],
  ],
  [
    'yaml-flow-comma',
    [
      'applications/acme.mdx:8:49  history[1].note  found "25 min call with Miriam" followed by a comma: inside { … } a comma ends a value, so "went well" was read as a field of its own; quote the whole value: - { stage: screening, date: 2024-11-03, note: "25 min call with Miriam, went well" }',
    ],
  ],
  [
    'yaml-flow-colon',
    [
      'applications/acme.mdx:8:49  -  the frontmatter is not valid YAML: Block collections are not allowed within flow collections; inside { … } a value with ": " or a comma in it must be in quotes: - { stage: screening, date: 2024-11-03, note: "Outcome: second round" }',
    ],
  ],
  [
    'yaml-duplicate-key',
    [
      'applications/acme.mdx:5:1  -  the frontmatter is not valid YAML: Map keys must be unique; the field "stage" appears twice, keep one',
    ],
  ],
  [
    'yaml-malformed',
    [
      'applications/acme.mdx:4:1  -  the frontmatter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]; a list opened with "[" (or a mapping opened with "{") must be closed on the same field',
    ],
  ],
  [
    'shared-imports-unshared',
    [
      'applications/acme.mdx:8:1  body  applications/acme.mdx: reads the unshared note applications/diary.mdx; share it too, or remove the import',
    ],
  ],
  [
    'yaml-alias-bomb',
    [
      'applications/acme.mdx:7:10  -  the frontmatter is not valid YAML: too many YAML aliases: its anchors (&name) and aliases (*name) expand to more values than Dossier reads (a "billion laughs"); write the values out instead',
    ],
  ],
  [
    'yaml-date-as-text',
    [
      'applications/acme.mdx:3:11  position  found 2025-10-04; expected text (YAML reads an unquoted date as a date): write it in quotes, "2025-10-04"',
    ],
  ],
  [
    'yaml-unresolved-alias',
    [
      'applications/acme.mdx:2:10  -  the frontmatter is not valid YAML: Unresolved alias (the anchor must be set before the alias): Acme; an alias (*name) repeats an anchor (&name) set earlier, and a value starting with "*" needs quotes',
    ],
  ],
];

/** What validate reports for one case, with paths relative to the case's folder. */
function report(name: string) {
  const root = join(BAD, name);
  const result = validateArchive(root);
  const prefix = `${relative(process.cwd(), root)}/`;
  return { ...result, lines: result.problems.map((p) => formatProblem(p).replaceAll(prefix, '')) };
}

describe('the bad-input corpus', () => {
  it('has at least 30 cases, and a row for every folder', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(CASES.map(([name]) => name).sort()).toEqual(readdirSync(BAD).sort());
  });

  it.each(CASES)('%s', (name, expected) => {
    const { lines, errors, warnings } = report(name);
    expect(lines).toEqual(expected);
    // Every line has the one format: path:line:column, two spaces, field, two spaces, message.
    for (const line of lines) expect(line).toMatch(/^[^:\s][^:]*:\d+:\d+ {2}\S+ {2}\S/);
    const expectedWarnings = expected.filter((l) => / {2}warning: /.test(l)).length;
    expect(warnings).toBe(expectedWarnings);
    expect(errors).toBe(expected.length - expectedWarnings);
  });
});
