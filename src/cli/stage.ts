import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { COLLECTION_DIRS, contentRoot } from '../config/content-root.ts';
import { loadContext } from '../config/load.ts';
import { readDate, today } from '../lib/dates.ts';
import { splitNote } from '../lib/frontmatter.ts';
import { ProblemsError } from '../lib/problems.ts';
import { closest, didYouMean } from '../lib/suggest.ts';
import { writeAtomic } from '../import/write-note.ts';
import { moveStage } from '../edit/move-stage.ts';

const USAGE = `Usage:
  npm run stage -- <note> <stage> [--date YYYY-MM-DD] [--time HH:MM] [--note "what happened"]

<note> is an application's file name, or the start of it, or a few words of it ("acme lang").`;

export interface StageResult {
  code: number;
  /** What to print: on stdout when code is 0, else on stderr. */
  message: string;
}

/** Which application a name given on the command line means. */
export type NoteMatch =
  | { kind: 'one'; slug: string; how: 'exact' | 'prefix' | 'words' | 'fuzzy' }
  | { kind: 'many'; slugs: string[] }
  | { kind: 'none' };

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * Finds the note a name stands for among `slugs`: the exact file name, else
 * the only one starting with it, else the only one containing every word of
 * it (each word the start of a word of the file name: "bor lang" finds
 * borealis-language-engineer-…), else the closest by spelling. Several hits
 * at the first rule that has any are ambiguous.
 */
export function matchNote(query: string, slugs: readonly string[]): NoteMatch {
  const q = query
    .trim()
    .replace(/\.mdx?$/, '')
    .replace(/^.*[\\/]/, '');
  if (!q) return { kind: 'none' };
  if (slugs.includes(q)) return { kind: 'one', slug: q, how: 'exact' };
  const lower = q.toLowerCase();
  const pick = (hits: string[], how: 'prefix' | 'words'): NoteMatch | undefined =>
    hits.length === 1
      ? { kind: 'one', slug: hits[0]!, how }
      : hits.length > 1
        ? { kind: 'many', slugs: hits }
        : undefined;
  const byPrefix = pick(
    slugs.filter((s) => s.toLowerCase().startsWith(lower)),
    'prefix',
  );
  if (byPrefix) return byPrefix;
  const wanted = words(q);
  const byWords = pick(
    slugs.filter((s) => {
      const have = words(s);
      return wanted.every((w) => have.some((h) => h.startsWith(w)));
    }),
    'words',
  );
  if (byWords) return byWords;
  const near = closest(q, slugs);
  return near ? { kind: 'one', slug: near, how: 'fuzzy' } : { kind: 'none' };
}

function applicationSlugs(root: string): Map<string, string> {
  const dir = join(root, COLLECTION_DIRS.applications);
  const files = existsSync(dir) ? readdirSync(dir) : [];
  return new Map(
    files
      .filter((f) => /\.mdx?$/.test(f))
      .sort()
      .map((f) => [f.replace(/\.mdx?$/, ''), join(dir, f)]),
  );
}

/**
 * `npm run stage`: moves an application to a stage and records the step in
 * its history, dated today unless `--date` says otherwise. The file is
 * edited in place (see moveStage) and written through a temporary file and a
 * rename.
 */
export function stageCommand(argv: string[], opts: { root?: string; now?: Date } = {}): StageResult {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { date: { type: 'string' }, time: { type: 'string' }, note: { type: 'string' } },
    });
  } catch (error) {
    return { code: 2, message: `${(error as Error).message}\n\n${USAGE}` };
  }
  const [query, stageName, ...rest] = args.positionals;
  if (!query || !stageName) return { code: 2, message: `name a note and a stage\n\n${USAGE}` };
  if (rest.length)
    return {
      code: 2,
      message: `unexpected "${rest.join(' ')}"; quote a note with spaces, e.g. --note "Call with Ann"\n\n${USAGE}`,
    };
  const root = opts.root ?? contentRoot();
  let ctx;
  try {
    ctx = loadContext(root);
  } catch (error) {
    if (error instanceof ProblemsError) return { code: 1, message: error.message };
    throw error;
  }
  const key = ctx.stages.normalize(stageName);
  if (!key)
    return {
      code: 1,
      message: `unknown stage "${stageName}"${didYouMean(stageName, [...ctx.stages.names, ...ctx.stages.keys])}; the stages are ${ctx.stages.keys.join(', ')}`,
    };
  const { date: dateArg, time, note } = args.values;
  let date: string = today(opts.now);
  if (dateArg !== undefined) {
    const read = readDate(dateArg);
    if (!read.ok || !/^\d{4}-\d{2}-\d{2}$/.test(dateArg.trim()))
      return { code: 1, message: `--date ${read.ok ? `found "${dateArg}"; expected YYYY-MM-DD` : read.message}` };
    date = read.date;
  }
  if (time !== undefined) {
    const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(time.trim());
    if (!m) return { code: 1, message: `--time found "${time}"; expected a time of day as HH:MM, e.g. 09:30` };
    date = `${date}T${m[1]!.padStart(2, '0')}:${m[2]}`;
  }
  if (note !== undefined && !note.trim())
    return { code: 1, message: '--note is empty; leave it out or say what happened' };

  const notes = applicationSlugs(root);
  const match = matchNote(query, [...notes.keys()]);
  if (match.kind === 'none')
    return {
      code: 1,
      message: `no application matches "${query}" in ${shownPath(join(root, COLLECTION_DIRS.applications))}`,
    };
  if (match.kind === 'many')
    return {
      code: 1,
      message: `"${query}" matches ${match.slugs.length} applications; give more of the name:\n${match.slugs.map((s) => `  ${s}`).join('\n')}`,
    };
  const file = notes.get(match.slug)!;
  const source = readFileSync(file, 'utf8');
  const before = splitNote(source).data as { stage?: unknown; company?: unknown; position?: unknown } | undefined;
  const edit = moveStage(source, key, { stage: key, date, ...(note !== undefined ? { note: note.trim() } : {}) });
  if (!edit.ok) return { code: 1, message: `${shownPath(file)}: ${edit.message}` };
  const after = splitNote(edit.text);
  if (after.errors.length || (after.data as { stage?: unknown } | undefined)?.stage !== key)
    return { code: 1, message: `${shownPath(file)}: could not edit the frontmatter safely; the note was not changed` };
  writeAtomic(file, edit.text);

  const from = typeof before?.stage === 'string' ? (ctx.stages.normalize(before.stage) ?? before.stage) : '?';
  const who = [before?.company, before?.position].filter((v) => typeof v === 'string').join(', ');
  const matched = match.how === 'exact' ? '' : `"${query}" → `;
  const change =
    from === key ? `stays ${ctx.stages.label(key)}` : `${ctx.stages.label(from)} → ${ctx.stages.label(key)}`;
  return {
    code: 0,
    message: `${matched}${shownPath(file)}${who ? ` (${who})` : ''}\n${change}; history step on ${date.replace('T', ' ')}${note ? `: ${note.trim()}` : ''}`,
  };
}

function shownPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

if (import.meta.main) {
  const result = stageCommand(process.argv.slice(2));
  (result.code === 0 ? console.log : console.error)(result.message);
  process.exitCode = result.code;
}
