import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

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
