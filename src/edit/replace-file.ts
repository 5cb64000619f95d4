import { chmodSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';

/**
 * Replaces a note's text whole or not at all: the new text goes to a
 * temporary file beside it, which then takes its place by a rename, so a
 * crash never leaves half a note. The file keeps its permissions (a note
 * kept private to its owner stays so).
 */
export function replaceFile(file: string, content: string): void {
  const { mode } = statSync(file);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, content, { mode });
    chmodSync(temp, mode);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
