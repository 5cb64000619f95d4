import { parseArgs } from 'node:util';
import { contentRoot } from '../config/content-root.ts';
import { loadContext } from '../config/load.ts';
import { ProblemsError } from '../lib/problems.ts';
import { formatResult, formatSummary } from '../import/report.ts';
import { runImport } from '../import/run-import.ts';

const USAGE = `Usage: npm run import -- [--dry-run] [--force] PATH...

Imports notes into the content root (${'$'}DOSSIER_CONTENT or content/):
  PATH      a file (.md, .txt, .csv, .zip) or a folder; Notion "Markdown & CSV" exports in any shape
  --dry-run report what would be written, write nothing
  --force   overwrite notes you edited since they were imported`;

function main(): number {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { 'dry-run': { type: 'boolean' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
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
  const results = runImport(args.positionals, { root, ctx, dryRun, force: args.values.force ?? false });
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
