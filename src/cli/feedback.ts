import { lstatSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { readCommandArgs } from './command-args.ts';
import { contentRoot } from '../config/content-root.ts';
import { resolveFeedback } from '../edit/resolve-feedback.ts';
import { replaceFile } from '../edit/replace-file.ts';
import { readFeedbackText } from '../feedback/check.ts';
import { FEEDBACK_DIR, findFeedbackFiles } from '../feedback/files.ts';
import { readFeedback } from '../feedback/format.ts';
import { FEEDBACK_COLLECTIONS, noteKey, resolveNoteKey } from '../feedback/keys.ts';
import { listNoteFiles, shownPath } from '../notes/note-files.ts';
import { matchNote } from './stage.ts';

const USAGE = `Usage:
  npm run feedback -- resolve <file> <note> [--line N] [--all]
  npm run feedback -- list [--all]

resolve  marks a mentor's comment on <note> in the feedback file <file> addressed.
         <file>: feedback/2026-12-06-anna.md, or its name alone; <note>: applications/<name>,
         the note's file name or its page's address, or the start or a few words of the name of a
         note the file has comments on ("acme lang"). When the file has several open comments on
         the note, --line N names the one whose heading is on line N, and --all marks every one.
list     prints the open comments of every feedback file (--all: the addressed ones too).`;

export interface FeedbackCommandResult {
  code: number;
  /** What to print: on stdout when code is 0, else on stderr. */
  message: string;
}

/** Every `applications/<id>` and `articles/<id>` of the content root. */
function noteKeys(root: string): Set<string> {
  return new Set(
    listNoteFiles(root).flatMap((f) =>
      (FEEDBACK_COLLECTIONS as readonly string[]).includes(f.collection)
        ? [noteKey(f.collection as (typeof FEEDBACK_COLLECTIONS)[number], f.id)]
        : [],
    ),
  );
}

/**
 * The feedback file a command-line argument names: a path (from the current
 * folder or the content root), or a name inside `feedback/`. Only files the
 * build reads as feedback are edited.
 */
function feedbackFile(root: string, arg: string): { path: string } | { message: string } {
  const folder = join(root, FEEDBACK_DIR);
  const tries = isAbsolute(arg) ? [arg] : [resolve(arg), join(root, arg), join(folder, arg)];
  const { files } = findFeedbackFiles(root);
  for (const path of tries) {
    const file = files.find((f) => f.path === path);
    if (file) return { path: file.path };
  }
  const existing = tries.find((path) => {
    try {
      return lstatSync(path).isFile();
    } catch {
      return false;
    }
  });
  if (existing && !(existing + sep).startsWith(folder + sep))
    return {
      message: `${shownPath(existing)} is not in ${shownPath(folder)}; the command edits the feedback files of the content root (${shownPath(root)})`,
    };
  if (existing) return { message: `${shownPath(existing)} is not read as a feedback file (npm run validate says why)` };
  const names = files.map((f) => `  ${FEEDBACK_DIR}/${f.name}`);
  return {
    message: `no feedback file "${arg}" in ${shownPath(folder)}${names.length ? `; the files are:\n${names.join('\n')}` : ' (it has none)'}`,
  };
}

function resolveCommand(root: string, args: string[], values: { line?: string; all?: boolean }): FeedbackCommandResult {
  const [fileArg, noteArg, ...rest] = args;
  if (!fileArg || !noteArg) return { code: 2, message: `name a feedback file and a note\n\n${USAGE}` };
  if (rest.length) return { code: 2, message: `unexpected "${rest.join(' ')}"\n\n${USAGE}` };
  let line: number | undefined;
  if (values.line !== undefined) {
    if (!/^\d+$/.test(values.line.trim()) || Number(values.line) < 1)
      return { code: 2, message: `--line found "${values.line}"; expected a line number, e.g. --line 12` };
    line = Number(values.line);
  }
  if (line !== undefined && values.all)
    return { code: 2, message: '--line and --all say different things; give one of them' };
  const found = feedbackFile(root, fileArg);
  if ('message' in found) return { code: 1, message: found.message };
  const file = found.path;
  const shown = shownPath(file);
  const keys = noteKeys(root);
  const read = readFeedbackText({ path: file, shown, name: relative(join(root, FEEDBACK_DIR), file) });
  if ('problem' in read) return { code: 1, message: `${shown} ${read.problem.message}; nothing changed` };
  const key = noteOfFile(noteArg, keys, read.text, shown);
  if (!key.ok) return { code: 1, message: key.message };
  const result = resolveFeedback(read.text, shown, {
    key: key.key,
    keys,
    ...(line !== undefined ? { line } : {}),
    ...(values.all ? { all: true } : {}),
  });
  if (!result.ok) return { code: 1, message: `${shown}: ${result.message}; nothing changed` };
  if (result.text === undefined)
    return {
      code: 0,
      message: `${shown}: the comment${result.already.length === 1 ? '' : 's'} on ${key.key} (line ${result.already.join(', ')}) ${result.already.length === 1 ? 'is' : 'are'} addressed already; nothing changed`,
    };
  try {
    replaceFile(file, result.text);
  } catch (error) {
    return {
      code: 1,
      message: `${shown} cannot be written (${(error as NodeJS.ErrnoException).code ?? error}); nothing changed`,
    };
  }
  const n = result.resolved.length;
  return {
    code: 0,
    message: `${shown}: marked ${n === 1 ? 'the comment' : `${n} comments`} on ${key.key} addressed (line ${result.resolved.join(', ')})`,
  };
}

/**
 * The note a command-line argument means: a key as a section heading may
 * write it (src/feedback/keys.ts), else, as `npm run stage` matches names
 * (the start of a name, or a few of its words), one of the notes the file
 * has comments on. Several matches are listed, never picked.
 */
function noteOfFile(arg: string, keys: ReadonlySet<string>, text: string, shown: string) {
  const exact = resolveNoteKey(arg, keys);
  if (exact.ok) return exact;
  const commented = [
    ...new Set(
      readFeedback(text, shown).comments.flatMap((c) => {
        const key = resolveNoteKey(c.written, keys);
        return key.ok ? [key.key] : [];
      }),
    ),
  ];
  const match = matchNote(
    arg.replace(/^(applications|articles)\//, ''),
    commented.map((k) => k.slice(k.indexOf('/') + 1)),
  );
  const keyOf = (id: string) => commented.find((k) => k.endsWith(`/${id}`))!;
  if (match.kind === 'one') return { ok: true as const, key: keyOf(match.slug) };
  if (match.kind === 'many' || match.kind === 'near')
    return {
      ok: false as const,
      message: `"${arg}" ${match.kind === 'many' ? 'matches' : 'is spelled close to'} ${match.slugs.length === 1 ? 'a note' : `${match.slugs.length} notes`} that ${shown} has comments on; run the command again with the one you mean:\n${match.slugs.map((id) => `  ${keyOf(id)}`).join('\n')}`,
    };
  return { ok: false as const, message: `<note> ${exact.message}` };
}

function listCommand(root: string, all: boolean): FeedbackCommandResult {
  const keys = noteKeys(root);
  const lines: string[] = [];
  let open = 0;
  for (const file of findFeedbackFiles(root).files) {
    const read = readFeedbackText(file);
    if ('problem' in read) continue;
    for (const c of readFeedback(read.text, file.shown).comments) {
      if (c.status === 'open') open += 1;
      else if (!all) continue;
      const key = resolveNoteKey(c.written, keys);
      const first = c.markdown.split(/\r?\n/)[0]!;
      lines.push(
        `${file.shown}:${c.line}  ${key.ok ? key.key : c.written}  ${c.status}  ${first.length > 70 ? `${first.slice(0, 69)}…` : first}`,
      );
    }
  }
  const summary = `${open} open comment${open === 1 ? '' : 's'} in ${shownPath(join(root, FEEDBACK_DIR))}.`;
  return { code: 0, message: lines.length ? `${lines.join('\n')}\n\n${summary}` : summary };
}

/** `npm run feedback`: marks a mentor's comment addressed, or lists the open ones. */
export function feedbackCommand(argv: string[], opts: { root?: string } = {}): FeedbackCommandResult {
  const { args, refused } = readCommandArgs(
    argv,
    { line: { type: 'string' }, all: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    USAGE,
  );
  if (refused) return refused;
  if (args.values.help) return { code: 0, message: USAGE };
  const [command, ...rest] = args.positionals;
  const root = opts.root ?? contentRoot();
  if (command === 'resolve') return resolveCommand(root, rest, args.values);
  if (command === 'list') {
    if (rest.length || args.values.line !== undefined)
      return { code: 2, message: `list takes no note or --line\n\n${USAGE}` };
    return listCommand(root, args.values.all === true);
  }
  return { code: 2, message: `${command ? `unknown command "${command}"` : 'name a command'}\n\n${USAGE}` };
}

if (import.meta.main) {
  try {
    const result = feedbackCommand(process.argv.slice(2));
    (result.code === 0 ? console.log : console.error)(result.message);
    process.exitCode = result.code;
  } catch (error) {
    console.error(`feedback: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
