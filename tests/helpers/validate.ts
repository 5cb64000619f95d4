import { resolve } from 'node:path';
import { formatProblem } from '../../src/lib/problems.ts';
import { validateArchive } from '../../src/share/sharing-checks.ts';

export interface Validated {
  /** The exit status `npm run validate` gives: 1 when there is an error, else 0 (warnings allowed). */
  code: number;
  /** Its `path:line:column  field  message` lines, paths shown from the project folder as the command shows them. */
  lines: string[];
  /** The lines as one text, for `toContain` and `toMatch`. */
  out: string;
}

/**
 * What `npm run validate` reports on a content folder, worked out in this process: the command is
 * `validateArchive` and `formatProblem` (src/cli/validate.ts), so a test that compares the build
 * with validate reads the same lines without starting Node for each folder. The command itself,
 * run as the user runs it, is tested in tests/validate/cli.test.ts.
 */
export function validateFolder(folder: string): Validated {
  const report = validateArchive(resolve(folder));
  const lines = report.problems.map(formatProblem);
  return { code: report.errors > 0 ? 1 : 0, lines, out: lines.join('\n') };
}
