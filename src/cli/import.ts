import { parseArgs } from 'node:util';
import { contentRoot } from '../config/content-root.ts';
import { loadContext } from '../config/load.ts';
import { ProblemsError } from '../lib/problems.ts';
import { formatResult, formatSummary } from '../import/report.ts';
import { ImportLockedError } from '../import/lock.ts';
import { runImport } from '../import/run-import.ts';

const USAGE = `Usage: npm run import -- [--dry-run] [--force] [--wait SECONDS] PATH...

Imports notes into the content root (${'$'}DOSSIER_CONTENT or content/):
  PATH      a file (.md, .txt, .csv, .zip) or a folder; Notion "Markdown & CSV" exports in any shape
  --dry-run report what would be written, write nothing
  --force   overwrite notes you edited since they were imported
  --wait    how long to wait for another import into the same content root to finish (default 120)`;

/** Seconds an import waits for another into the same content root: one started a moment earlier usually finishes in this time. */
const DEFAULT_WAIT_S = 120;

function main(): number {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { 'dry-run': { type: 'boolean' }, force: { type: 'boolean' }, wait: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.positionals.length === 0) {
    console.error(`Give at least one file or folder to import.\n\n${USAGE}`);
    return 2;
  }
  const wait = Number(args.values.wait ?? DEFAULT_WAIT_S);
  if (!Number.isFinite(wait) || wait < 0) {
    console.error(`--wait "${args.values.wait}" is not a number of seconds\n\n${USAGE}`);
    return 2;
  }
  const root = contentRoot();
  let ctx;
  try {
    ctx = loadContext(root);
  } catch (error) {
    if (error instanceof ProblemsError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  const dryRun = args.values['dry-run'] ?? false;
  let results;
  try {
    results = runImport(args.positionals, { root, ctx, dryRun, force: args.values.force ?? false, lockWaitMs: wait * 1000, onLockWait: (message) => console.error(message) });
  } catch (error) {
    if (!(error instanceof ImportLockedError)) throw error;
    console.error(`Nothing was imported: ${error.message}.`);
    return 1;
  }
  for (const result of results) (result.status === 'failed' ? console.error : console.log)(formatResult(result, dryRun));
  console.log(formatSummary(results, dryRun));
  return results.some((r) => r.status === 'failed') ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  // Bad input is reported per source above; reaching here is a bug, but the user still gets a sentence, not a stack.
  console.error(`import stopped: ${(error as Error).message}`);
  process.exitCode = 1;
}
