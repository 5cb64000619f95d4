import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { readCommandArgs, readCommandSettings } from './command-args.ts';
import { COLLECTION_DIRS } from '../config/content-root.ts';
import { buildMoment } from '../config/build-day.ts';
import { displayDate, readDate, utcDay, type IsoDate } from '../lib/dates.ts';
import { splitNote } from '../lib/frontmatter.ts';
import { closeCandidates, didYouMean } from '../lib/suggest.ts';
import { findNoteFiles, shownPath } from '../notes/note-files.ts';
import { moveStage } from '../edit/move-stage.ts';
import { replaceFile } from '../edit/replace-file.ts';
import { durationMinutes } from '../schemas/fields.ts';

const USAGE = `Usage:
  npm run stage -- <note> <stage> [--date YYYY-MM-DD] [--time HH:MM] [--duration 45m] [--note "what happened"]

<note> is an application's file name, or the start of it, or a few words of it ("acme lang").`;

export interface StageResult {
  code: number;
  /** What to print: on stdout when code is 0, else on stderr. */
  message: string;
  /** What to print on stderr besides, when the edit was made: something the user should check. */
  warnings?: string[];
}

/** Which application a name given on the command line means. */
export type NoteMatch =
  | { kind: 'one'; slug: string; how: 'exact' | 'prefix' | 'words' }
  | { kind: 'many'; slugs: string[] }
  /** No name matches; these are spelled close to it. The user must choose: a near name is never taken on a guess. */
  | { kind: 'near'; slugs: string[] }
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
 * borealis-language-engineer-…). Several hits at the first rule that has any
 * are ambiguous. When no rule finds one, the names spelled close to it are
 * offered, never picked: two notes can be one edit apart
 * (kestrel-…-2024-08-25 and kestrel-…-2026-08-25).
 */
/**
 * Why a command cannot take the note a query names, for every match but one
 * exact: none, several, or only names spelled close (listed, never picked).
 * `npm run stage` and `npm run debrief` say it in the same words.
 */
export function matchRefusal(match: Exclude<NoteMatch, { kind: 'one' }>, query: string, folder: string): string {
  const list = (slugs: readonly string[]) => slugs.map((s) => `  ${s}`).join('\n');
  if (match.kind === 'none') return `no application matches "${query}" in ${folder}`;
  if (match.kind === 'many')
    return `"${query}" matches ${match.slugs.length} applications; give more of the name:\n${list(match.slugs)}`;
  return `no application is named "${query}" in ${folder}; ${match.slugs.length === 1 ? 'did you mean this one' : 'these are spelled close to it'}? Run the command again with the name you mean:\n${list(match.slugs)}`;
}

export function matchNote(query: string, slugs: readonly string[]): NoteMatch {
  const q = query
    .trim()
    .replace(/\.mdx?$/, '')
    .replace(/^.*[\\/]applications[\\/]/, '')
    .replace(/^applications[\\/]/, '');
  if (!q) return { kind: 'none' };
  if (slugs.includes(q)) return { kind: 'one', slug: q, how: 'exact' };
  const base = q.replace(/^.*[\\/]/, '');
  if (slugs.includes(base)) return { kind: 'one', slug: base, how: 'exact' };
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
  const near = closeCandidates(q, slugs);
  return near.length ? { kind: 'near', slugs: near } : { kind: 'none' };
}

/** An application the command may edit, or a name in its folder it must refuse, with why. */
interface Candidate {
  /** The file name without `.md`/`.mdx`, with the sub-folders under applications/. */
  name: string;
  path: string;
  refused?: string;
}

/**
 * The application notes of a content root as note-files.ts finds them (the
 * notes validate and the build read), and what in their folder looks like a
 * note but is not one: a symbolic link (a rename over it would replace the
 * link with a plain file), a folder named like a note.
 */
function applicationCandidates(root: string): Candidate[] {
  const dir = join(root, COLLECTION_DIRS.applications);
  const nameOf = (path: string) =>
    relative(dir, path)
      .split(sep)
      .join('/')
      .replace(/\.mdx?$/i, '');
  const { files, problems } = findNoteFiles(root);
  const candidates: Candidate[] = files
    .filter((f) => f.collection === 'applications')
    .map((f) => ({ name: nameOf(f.path), path: f.path }));
  for (const p of problems) {
    // A problem names its file as messages show it: relative to the current folder, or absolute.
    const path = resolve(p.file);
    if (!relative(dir, path).startsWith('..') && /\.mdx?$/i.test(path))
      candidates.push({ name: nameOf(path), path, refused: `${shownPath(path)} ${p.message}` });
  }
  const walk = (folder: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (!entry.isDirectory()) continue;
      const path = join(folder, entry.name);
      if (/\.mdx?$/i.test(entry.name))
        candidates.push({
          name: nameOf(path),
          path,
          refused: `${shownPath(path)} is a folder, not a note; npm run stage edits a note file. Give the name of a note file (in it, or elsewhere)`,
        });
      walk(path);
    }
  };
  walk(dir);
  return candidates.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * `npm run stage`: moves an application to a stage and records the step in
 * its history, dated today unless `--date` says otherwise. The file is
 * edited in place (see moveStage), or not at all when the edit cannot be
 * made exactly, and written through a temporary file and a rename.
 */
export function stageCommand(argv: string[], opts: { root?: string; now?: Date } = {}): StageResult {
  const { args, refused } = readCommandArgs(
    argv,
    {
      date: { type: 'string' },
      time: { type: 'string' },
      duration: { type: 'string' },
      note: { type: 'string' },
    },
    USAGE,
  );
  if (refused) return refused;
  const [query, stageName, ...rest] = args.positionals;
  if (!query || !stageName) return { code: 2, message: `name a note and a stage\n\n${USAGE}` };
  if (rest.length)
    return {
      code: 2,
      message: `unexpected "${rest.join(' ')}"; quote a note with spaces, e.g. --note "Call with Ann"\n\n${USAGE}`,
    };
  const { settings: ctx, refused: noSettings } = readCommandSettings(opts.root, { existingRoot: true });
  if (noSettings) return noSettings;
  const { root } = ctx;
  const key = ctx.stages.normalize(stageName);
  if (!key)
    return {
      code: 1,
      message: `unknown stage "${stageName}"${didYouMean(stageName, [...ctx.stages.names, ...ctx.stages.keys])}; the stages are ${ctx.stages.keys.join(', ')}`,
    };
  const { date: dateArg, time, duration, note } = args.values;
  // Today as the build counts it (SOURCE_DATE_EPOCH pins it), so the step and the pages agree on the day.
  let date: string = buildMoment(process.env, () => opts.now ?? new Date()).day;
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
  if (duration !== undefined && !durationMinutes().safeParse(duration.trim()).success)
    return { code: 1, message: `--duration found "${duration}"; expected a length such as 45m, 1h or 1h30m` };
  if (note !== undefined && !note.trim())
    return { code: 1, message: '--note is empty; leave it out or say what happened' };

  const candidates = applicationCandidates(root);
  const match = matchNote(
    query,
    candidates.map((c) => c.name),
  );
  const folder = shownPath(join(root, COLLECTION_DIRS.applications));
  if (match.kind !== 'one') return { code: 1, message: matchRefusal(match, query, folder) };
  const candidate = candidates.find((c) => c.name === match.slug)!;
  if (candidate.refused) return { code: 1, message: candidate.refused };
  const file = candidate.path;
  let source: string;
  try {
    if (!lstatSync(file).isFile())
      return { code: 1, message: `${shownPath(file)} is not a plain file; nothing changed` };
    source = readFileSync(file, 'utf8');
  } catch (error) {
    return {
      code: 1,
      message: `${shownPath(file)} cannot be read (${(error as NodeJS.ErrnoException).code ?? error}); nothing changed`,
    };
  }
  const before = splitNote(source).data as
    { stage?: unknown; company?: unknown; position?: unknown; history?: unknown } | undefined;
  const step = {
    stage: key,
    date,
    ...(duration !== undefined ? { duration: duration.trim() } : {}),
    ...(note !== undefined ? { note: note.trim() } : {}),
  };
  const from = typeof before?.stage === 'string' ? (ctx.stages.normalize(before.stage) ?? before.stage) : '?';
  const who = [before?.company, before?.position].filter((v) => typeof v === 'string').join(', ');
  const matched = match.how === 'exact' ? '' : `"${query}" → `;
  const heading = `${matched}${shownPath(file)}${who ? ` (${who})` : ''}`;
  if (from === key && hasStep(before?.history, key, date, (s) => ctx.stages.normalize(s)))
    return {
      code: 0,
      message: `${heading}\nalready ${ctx.stages.label(key)}, with a step on ${when(date)}; nothing changed`,
    };
  const edit = moveStage(source, key, step);
  if (!edit.ok) return { code: 1, message: `${shownPath(file)}: ${edit.message}` };
  try {
    replaceFile(file, edit.text);
  } catch (error) {
    return {
      code: 1,
      message: `${shownPath(file)} cannot be written (${(error as NodeJS.ErrnoException).code ?? error}); nothing changed`,
    };
  }
  const change =
    from === key ? `stays ${ctx.stages.label(key)}` : `${ctx.stages.label(from)} → ${ctx.stages.label(key)}`;
  const warnings = edit.later.map(
    (s) =>
      `warning: ${shownPath(file)}: the history has a later step, ${ctx.stages.label(ctx.stages.normalize(s.stage) ?? s.stage)} on ${when(s.date)}, after the new one on ${when(date)}; the stage is now ${ctx.stages.label(key)}. If that step is off, remove it from the history`,
  );
  return {
    code: 0,
    message: `${heading}\n${change}; history step on ${date.replace('T', ' ')}${duration ? ` (${duration.trim()})` : ''}${note ? `: ${note.trim()}` : ''}`,
    ...(warnings.length ? { warnings } : {}),
  };
}

/** "8 Dec 2026" or "8 Dec 2026, 10:00". */
const when = (date: string) => {
  const [day, time] = date.split('T') as [string, string?];
  return `${displayDate(day as IsoDate)}${time ? `, ${time}` : ''}`;
};

/** Whether the written history already has a step at this stage and moment. */
function hasStep(history: unknown, key: string, date: string, normalize: (s: string) => string | undefined): boolean {
  if (!Array.isArray(history)) return false;
  return history.some((s: { stage?: unknown; date?: unknown }) => {
    const written = s?.date instanceof Date ? utcDay(s.date) : String(s?.date ?? '').replace(' ', 'T');
    return typeof s?.stage === 'string' && normalize(s.stage) === key && written === date;
  });
}

if (import.meta.main) {
  const result = stageCommand(process.argv.slice(2));
  (result.code === 0 ? console.log : console.error)(result.message);
  for (const warning of result.warnings ?? []) console.error(warning);
  process.exitCode = result.code;
}
