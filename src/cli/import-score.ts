import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContext } from '../config/load.ts';
import { formatTable, isTrackerRow, loadExpected, scoreCorpus, type FieldScore } from '../import/score.ts';

const USAGE = `Usage: npm run import:score -- [--misses] FOLDER...

Imports every document of each FOLDER into a scratch content root and scores the notes against the
folder's expected.ts: per field and per kind of source, the share of stated fields right, left empty
and confidently wrong (a field the document does not state and the note fills counts as wrong).
  --misses  also list every field that was empty or wrong`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { misses: { type: 'boolean' }, help: { type: 'boolean' } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.values.help || args.positionals.length === 0) {
    console.log(USAGE);
    return args.values.help ? 0 : 2;
  }
  const ctx = loadContext(resolve('content'));
  for (const arg of args.positionals) {
    const folder = resolve(arg);
    if (!existsSync(resolve(folder, 'expected.ts'))) {
      console.error(`${arg}: no expected.ts in this folder`);
      return 1;
    }
    const { scores, missing, unlisted } = scoreCorpus(folder, await loadExpected(folder), ctx);
    const documents = new Set(scores.map((s) => s.document)).size;
    console.log(`\n${arg}: ${documents} documents, ${scores.length} stated fields\n`);
    const prose = scores.filter((s) => !isTrackerRow(s));
    const rows = scores.filter(isTrackerRow);
    if (prose.length) {
      console.log(
        formatTable('postings, pages, articles: field', prose, (s) => s.field),
        '\n',
      );
      console.log(
        formatTable('source', prose, (s) => s.source),
        '\n',
      );
    }
    if (rows.length)
      console.log(
        formatTable('tracker rows: field', rows, (s) => s.field),
        '\n',
      );
    for (const m of missing) console.log(`not imported: ${m}`);
    for (const u of unlisted) console.log(`not in expected.ts: ${u}`);
    if (args.values.misses) {
      const shown = (v: unknown) => JSON.stringify(v);
      for (const s of scores.filter((x: FieldScore) => x.verdict !== 'right'))
        console.log(`${s.verdict.padEnd(5)}  ${s.document}  ${s.field}: ${shown(s.have)} (expected ${shown(s.want)})`);
    }
  }
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`import:score stopped: ${(error as Error).message}`);
  process.exitCode = 1;
}
