import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { compileBody } from '../../src/validate/compile-body.ts';
import { validateArchive } from '../../src/share/sharing-checks.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';

const GOOD = join(PROJECT_ROOT, 'tests/fixtures/good');
const lines = (root: string) => validateArchive(root).problems.map(formatProblem);

describe('inputs that are fine pass without an error or a warning', () => {
  it('an archive with a BOM, CRLF, Polish and Vietnamese names and text, stage labels and aliases, a .md note', () => {
    const report = validateArchive(join(GOOD, 'archive'));
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(report.notes).toBe(9);
  });

  it('the same bytes written here, so a checkout that rewrites line endings cannot hide a CRLF or BOM regression', () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-good-'));
    cpSync(join(GOOD, 'archive'), root, { recursive: true });
    const source = readFileSync(join(GOOD, 'archive/applications/acme-labels.mdx'), 'utf8').replace(/\r\n/g, '\n');
    writeFileSync(
      join(root, 'applications/crlf-written.mdx'),
      source.replace('ACME, Inc.', 'Crlf Co').replace(/\n/g, '\r\n'),
    );
    writeFileSync(
      join(root, 'applications/bom-written.mdx'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(source.replace('ACME, Inc.', 'Bom Co'))]),
    );
    writeFileSync(
      join(root, 'applications/cr-only.mdx'),
      source.replace('ACME, Inc.', 'Old Mac Co').replace(/\n/g, '\r'),
    );
    expect(lines(root)).toEqual([]);
  });

  it('a configuration with its own stages, labels in another language and aliases', () => {
    expect(lines(join(GOOD, 'custom-stages'))).toEqual([]);
  });
});

describe('MDX bodies', () => {
  it('accepts <Private>, HTML elements, escaped braces and MDX comments', () => {
    expect(compileBody('a.mdx', '<Private>x</Private> <span>y</span> \\{z\\} {/* c */}\n', 7)).toEqual([]);
  });

  it('accepts a component imported from a file that exists, and reports the first use of one that is not', () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-import-'));
    writeFileSync(join(root, 'chart.astro'), '<p>chart</p>\n');
    const file = join(root, 'note.mdx');
    expect(compileBody('note.mdx', "import Chart from './chart.astro'\n\n<Chart />\n", 1, { file })).toEqual([]);
    expect(
      compileBody('note.mdx', 'Text.\n\nMore <Badge kind="x" /> text and <Badge />.\n', 7, { file }).map(formatProblem),
    ).toEqual([
      'note.mdx:9:6  body  unknown component <Badge>; a note may use <Private> without an import, or import a component from a file; for a literal "<", write \\<',
    ]);
  });

  it('reports an import of a package that is not installed', () => {
    const file = join(PROJECT_ROOT, 'content/applications/x.mdx');
    expect(
      compileBody('x.mdx', "import Thing from 'no-such-package-here'\n", 6, { file, projectRoot: PROJECT_ROOT }).map(
        formatProblem,
      ),
    ).toEqual([
      'x.mdx:6:19  body  imports "no-such-package-here", a package that is not installed; install it with npm or remove the import',
    ]);
    expect(compileBody('x.mdx', "import { format } from 'date-fns'\n", 6, { file, projectRoot: PROJECT_ROOT })).toEqual(
      [],
    );
  });
});
