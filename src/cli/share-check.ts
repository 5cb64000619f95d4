/**
 * `npm run share:check [-- <folder>]`: the mentor copy's self-check on a
 * folder that already exists: `dist-share/` by default, or any copy, for
 * example one downloaded from where it is deployed. Looks for the private
 * values of the notes under the content root (`DOSSIER_CONTENT` or
 * `content/`), and in the mentor manifest beside them. Exit status 0 when
 * nothing is found, 1 on a find or an error.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { commandSettings } from '../config/settings.ts';
import { ProblemsError, formatProblem } from '../lib/problems.ts';
import { gatherPrivateValues } from '../share/private-values.ts';
import { checkCopy, describeCheck } from '../share/self-check.ts';
import { shownPath } from '../notes/note-files.ts';

const USAGE = `Usage: npm run share:check [-- <folder>]

Scans a mentor copy (default: dist-share/) for the private values of the notes under the
content root (DOSSIER_CONTENT, or content/): <Private> text, private fields, contacts' names,
unshared notes' titles, text and file names, and files only unshared notes show. Prints the
lines of notes that hold them (or the files of the copy and the notes the values come from),
never the values.

Exit status: 0 when nothing private is found, 1 otherwise.`;

function run(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: false,
  });
  if (values.help || positionals.length > 1) {
    console.log(USAGE);
    return values.help ? 0 : 1;
  }
  const dir = resolve(positionals[0] ?? 'dist-share');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(
      `share:check: ${shownPath(dir)} is not a folder; build the mentor copy with npm run build:share, or name the folder to check.`,
    );
    return 1;
  }
  // The same settings as a build: the content root, its configuration and where the manifest is.
  const read = commandSettings({ ...process.env, DOSSIER_AUDIENCE: 'mentor' }, { existingRoot: true });
  if (!read.ok) {
    for (const line of read.lines) console.error(`share:check: ${line}`);
    return 1;
  }
  const ctx = read.settings;
  const manifest = ctx.manifest;
  const started = performance.now();
  const report = checkCopy(dir, gatherPrivateValues(ctx, ctx.cacheDir), existsSync(manifest) ? [manifest] : []);
  const lines = describeCheck(report, shownPath(dir), Number.POSITIVE_INFINITY);
  for (const line of lines) (report.leaks.length ? console.error : console.log)(line);
  console.log(`(${Math.round(performance.now() - started)} ms)`);
  return report.leaks.length ? 1 : 0;
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  if (error instanceof ProblemsError) for (const p of error.problems) console.error(formatProblem(p));
  else console.error(`share:check: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
