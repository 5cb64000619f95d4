import { parseArgs } from 'node:util';
import { commandSettings } from '../config/settings.ts';
import { formatResult, formatSummary, suggestCompanyNotes } from '../import/report.ts';
import { ImportLockedError } from '../import/lock.ts';
import { importAll } from '../import/run-import.ts';
import { readMapFile, type MapOverride } from '../import/tracker.ts';
import { ImportError } from '../import/types.ts';

const USAGE = `Usage: npm run import -- [--dry-run] [--force] [--kind application|article] [--map FILE] [--wait SECONDS] [--allow-local] PATH|URL...

Imports notes into the content root (${'$'}DOSSIER_CONTENT or content/):
  PATH      a file or a folder: saved web pages (.html), postings and articles (.txt, .md),
            tracker spreadsheets (.csv), Notion "Markdown & CSV" exports (.zip or unzipped)
  URL       a web page (https://…), fetched and read like a saved page
  --dry-run report what would be written, write nothing
  --force   overwrite notes you edited since they were imported
  --kind    read every source as an application or as an article, whatever it looks like
  --map     a YAML file mapping spreadsheet columns to fields ("columns:" with "Column: field"
            lines, optionally "dates: day-first" or "dates: month-first")
  --wait    how long to wait for another import into the same content root to finish (default 120)
  --allow-local  also fetch addresses on this machine or the local network (refused by default,
            also after a redirect)`;

/** Seconds an import waits for another into the same content root: one started a moment earlier usually finishes in this time. */
const DEFAULT_WAIT_S = 120;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean' },
        force: { type: 'boolean' },
        wait: { type: 'string' },
        kind: { type: 'string' },
        map: { type: 'string' },
        'allow-local': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.positionals.length === 0) {
    console.error(`Give at least one file, folder or web address to import.\n\n${USAGE}`);
    return 2;
  }
  const wait = Number(args.values.wait ?? DEFAULT_WAIT_S);
  if (!Number.isFinite(wait) || wait < 0) {
    console.error(`--wait "${args.values.wait}" is not a number of seconds\n\n${USAGE}`);
    return 2;
  }
  const kind = args.values.kind;
  if (kind !== undefined && kind !== 'application' && kind !== 'article') {
    console.error(`--kind "${kind}" is neither application nor article\n\n${USAGE}`);
    return 2;
  }
  let map: MapOverride | undefined;
  if (args.values.map !== undefined) {
    try {
      map = readMapFile(args.values.map);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      console.error(`Nothing was imported: ${error.message}.`);
      return 1;
    }
  }
  // The build's settings: its content root (created by the import when missing) and configuration.
  const read = commandSettings();
  if (!read.ok) {
    for (const line of read.lines) console.error(line);
    return 1;
  }
  const ctx = read.settings;
  const { root } = ctx;
  const dryRun = args.values['dry-run'] ?? false;
  let results;
  try {
    results = await importAll(args.positionals, {
      root,
      ctx,
      dryRun,
      force: args.values.force ?? false,
      kind,
      map,
      allowLocal: args.values['allow-local'] ?? false,
      lockWaitMs: wait * 1000,
      onLockWait: (message) => console.error(message),
    });
  } catch (error) {
    if (error instanceof ImportLockedError) {
      console.error(`Nothing was imported: ${error.message}.`);
      return 1;
    }
    // A bad --map entry is found when the spreadsheet's columns are read.
    if (error instanceof ImportError) {
      console.error(`Nothing was imported: ${error.message}.`);
      return 1;
    }
    throw error;
  }
  for (const result of results)
    (result.status === 'failed' ? console.error : console.log)(formatResult(result, dryRun));
  for (const line of suggestCompanyNotes(results)) console.log(line);
  console.log(formatSummary(results, dryRun));
  return results.some((r) => r.status === 'failed') ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  // Bad input is reported per source above; reaching here is a bug, but the user still gets a sentence, not a stack.
  console.error(`import stopped: ${(error as Error).message}`);
  process.exitCode = 1;
}
