import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { commandSettings } from '../config/settings.ts';

/** What a command ends with: its exit status, and what to print (stdout on 0, else stderr). */
export interface CommandResult {
  code: number;
  message: string;
}

/**
 * A command's arguments, read strictly: an unknown option, or a value where
 * none belongs, ends the command with exit status 2, Node's own message and
 * the command's usage, never a stack trace. Every command that takes
 * positionals reads them here, so each refuses bad arguments the same way.
 */
export function readCommandArgs<const T extends ParseArgsOptionsConfig>(argv: string[], options: T, usage: string) {
  try {
    return { args: parseArgs({ args: argv, allowPositionals: true, options }), refused: undefined };
  } catch (error) {
    return {
      args: undefined,
      refused: { code: 2, message: `${(error as Error).message}\n\n${usage}` } satisfies CommandResult,
    };
  }
}

/**
 * The settings a command edits notes with: the build's own (commandSettings), for the content root
 * `root` when a caller names one (tests do) and else from the environment, as a build reads it. A
 * bad setting, a broken configuration or (with `existingRoot`) a missing content root ends the
 * command with exit status 1 and the lines that say so.
 */
export function readCommandSettings(root: string | undefined, opts: { existingRoot?: boolean } = {}) {
  const read = commandSettings(root === undefined ? process.env : { ...process.env, DOSSIER_CONTENT: root }, opts);
  return read.ok
    ? { settings: read.settings, refused: undefined }
    : { settings: undefined, refused: { code: 1, message: read.lines.join('\n') } satisfies CommandResult };
}
