import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { readCommandArgs, readCommandSettings } from './command-args.ts';
import { buildMoment } from '../config/build-day.ts';
import { readDate, utcDay } from '../lib/dates.ts';
import { splitNote } from '../lib/frontmatter.ts';
import { didYouMean } from '../lib/suggest.ts';
import { writeAtomic } from '../import/write-note.ts';
import { debriefTemplate } from '../interview/template.ts';
import { readDebriefs } from '../interview/debriefs.ts';
import { listNoteFiles } from '../notes/note-files.ts';
import { bodyFormat } from '../notes/private-blocks.ts';
import { matchNote, matchRefusal } from './stage.ts';

const USAGE = `Usage:
  npm run debrief -- <note> [--date YYYY-MM-DD] [--stage STAGE] [--force]

Appends a debrief to the application's note: questions they asked, what went well, what to do better,
follow-ups and the stories told. <note> is the file name, the start of it, or a few words of it.
--date is the day of the interview (default: today); --stage its stage (default: the stage of the
history step on that day, else the note's stage). A note that has a debrief of that day already is
left alone unless --force.`;

export interface DebriefResult {
  code: number;
  /** What to print: on stdout when code is 0, else on stderr. */
  message: string;
}

/**
 * `npm run debrief`: appends the debrief template to an application's note,
 * dated and staged, and says where. The note is only added to: its bytes up
 * to the end stay as they were, and the file is written through a temporary
 * file and a rename.
 */
export function debriefCommand(argv: string[], opts: { root?: string; now?: Date } = {}): DebriefResult {
  const { args, refused } = readCommandArgs(
    argv,
    { date: { type: 'string' }, stage: { type: 'string' }, force: { type: 'boolean' } },
    USAGE,
  );
  if (refused) return refused;
  const [query, ...rest] = args.positionals;
  if (!query) return { code: 2, message: `name an application's note\n\n${USAGE}` };
  if (rest.length)
    return { code: 2, message: `unexpected "${rest.join(' ')}"; give one note, e.g. "acme language"\n\n${USAGE}` };
  const { settings: ctx, refused: noSettings } = readCommandSettings(opts.root, { existingRoot: true });
  if (noSettings) return noSettings;
  const { root } = ctx;
  // Today as the build counts it (SOURCE_DATE_EPOCH pins it), as npm run new and npm run stage do.
  let date: string = buildMoment(process.env, () => opts.now ?? new Date()).day;
  if (args.values.date !== undefined) {
    const read = readDate(args.values.date);
    if (!read.ok || !/^\d{4}-\d{2}-\d{2}$/.test(args.values.date.trim()))
      return {
        code: 1,
        message: `--date ${read.ok ? `found "${args.values.date}"; expected YYYY-MM-DD` : read.message}`,
      };
    date = read.date;
  }
  let stage: string | undefined;
  if (args.values.stage !== undefined) {
    stage = ctx.stages.normalize(args.values.stage);
    if (!stage)
      return {
        code: 1,
        message: `--stage found "${args.values.stage}"${didYouMean(args.values.stage, [...ctx.stages.names, ...ctx.stages.keys])}; the stages are ${ctx.stages.keys.join(', ')}`,
      };
  }

  const notes = new Map(
    listNoteFiles(root)
      .filter((f) => f.collection === 'applications')
      .map((f) => [f.id, f.path]),
  );
  const match = matchNote(query, [...notes.keys()]);
  if (match.kind !== 'one') return { code: 1, message: matchRefusal(match, query, shown(root)) };
  const file = notes.get(match.slug)!;
  const source = readFileSync(file, 'utf8');
  const note = splitNote(source);
  if (note.errors.length)
    return {
      code: 1,
      message: `${shown(file)}: the frontmatter cannot be read (${note.errors[0]!.message}); run npm run validate, fix it, then try again`,
    };
  const data = (note.data ?? {}) as { stage?: unknown; history?: unknown; company?: unknown; position?: unknown };
  stage ??= stageOn(data, date, ctx.stages.normalize);

  const format = bodyFormat(file);
  const existing = readDebriefs(note.body, format, ctx.stages).debriefs.find((d) => d.date === date);
  if (existing && !args.values.force)
    return {
      code: 1,
      message: `${shown(file)}:${existing.line + note.bodyLine - 1} has a debrief of ${date} already; add to it, or pass --force for a second one`,
    };
  const separator = source.endsWith('\n\n') ? '' : source.endsWith('\n') ? '\n' : '\n\n';
  const text = `${source}${separator}${debriefTemplate(date, stage ? ctx.stages.label(stage) : undefined)}`;
  const line = text.slice(0, source.length + separator.length).split('\n').length;
  writeAtomic(file, text);
  const who = [data.company, data.position].filter((v) => typeof v === 'string').join(', ');
  const matched = match.how === 'exact' ? '' : `"${query}" → `;
  return {
    code: 0,
    message: `${matched}${shown(file)}${who ? ` (${who})` : ''}\ndebrief of ${date}${stage ? ` · ${ctx.stages.label(stage)}` : ''} added at line ${line}: fill in the questions, what went well, what to do better, follow-ups and stories told`,
  };
}

/** The stage of the interview on `date`: the history step of that day, else the note's own stage. */
function stageOn(
  data: { stage?: unknown; history?: unknown },
  date: string,
  normalize: (name: string) => string | undefined,
): string | undefined {
  const steps = Array.isArray(data.history) ? (data.history as { stage?: unknown; date?: unknown }[]) : [];
  const day = (value: unknown) =>
    value instanceof Date ? (utcDay(value) ?? '') : typeof value === 'string' ? value.slice(0, 10) : '';
  const step = steps.filter((s) => s && day(s.date) === date && typeof s.stage === 'string').at(-1);
  const name = step ? step.stage : data.stage;
  return typeof name === 'string' ? normalize(name) : undefined;
}

function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

if (import.meta.main) {
  const result = debriefCommand(process.argv.slice(2));
  (result.code === 0 ? console.log : console.error)(result.message);
  process.exitCode = result.code;
}
