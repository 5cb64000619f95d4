/**
 * `npm run validate [-- --json]`: checks every note of the content root
 * (`DOSSIER_CONTENT` or `content/`) without building the site, and prints
 * one `path:line:column  field  message` line per problem. Exit status 0
 * when there is no error (warnings allowed), 1 otherwise.
 */
import { commandSettings } from '../config/settings.ts';
import { formatProblem, type Problem } from '../lib/problems.ts';
import { shownPath } from '../notes/note-files.ts';
import { validateArchive } from '../share/sharing-checks.ts';
import type { ValidationReport } from '../validate/validate-content.ts';

const USAGE = `Usage: npm run validate [-- --json]

Checks every note under the content root (DOSSIER_CONTENT, or content/) without building:
frontmatter against the schemas, references between notes, duplicates, and MDX bodies.

  --json   print a machine-readable report instead of lines
  --help   print this help

Exit status: 0 when there is no error (warnings allowed), 1 otherwise.`;

/** What `--json` prints: the counts and every problem, in the order of the text report. */
export interface JsonReport {
  root: string;
  notes: number;
  errors: number;
  warnings: number;
  problems: Problem[];
}

function run(args: string[]): number {
  const unknown = args.filter((a) => a !== '--json' && a !== '--help' && a !== '-h');
  if (args.includes('--help') || args.includes('-h') || unknown.length) {
    if (unknown.length) console.error(`validate: unknown option ${unknown.join(' ')}\n`);
    console.log(USAGE);
    return unknown.length ? 1 : 0;
  }
  const json = args.includes('--json');
  // The build's content root. A missing root or a broken configuration is not printed here: it is
  // among the problems validateArchive reports (and --json holds), as the build prints them.
  const read = commandSettings();
  const root = read.ok ? read.settings.root : read.root;
  const report: ValidationReport = validateArchive(root);
  if (json) {
    const out: JsonReport = {
      root,
      notes: report.notes,
      errors: report.errors,
      warnings: report.warnings,
      problems: report.problems,
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    for (const problem of report.problems) console.log(formatProblem(problem));
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const summary = `${plural(report.notes, 'note')} checked in ${shownPath(root)}: ${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}.`;
    console.log(report.problems.length ? `\n${summary}` : summary);
  }
  return report.errors > 0 ? 1 : 0;
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  // validateContent turns failures into problems; this is the last guard against a stack trace.
  console.error(`validate: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
