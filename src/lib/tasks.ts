import { fencedCodeLines } from './fences.ts';

/** An item of a Markdown task list (`- [ ] Send the portfolio`). */
export interface Task {
  text: string;
  done: boolean;
  /** 0-based line in the body. */
  line: number;
}

// Matched against the line without trailing spaces: `\s+(.*\S)\s*$` on a line of spaces backtracks quadratically.
const TASK = /^\s*[-*+]\s+\[( |x|X)\]\s+(\S.*)$/s;

/**
 * Collects task-list items from a note body, skipping those inside fenced
 * code and empty ones (the template's placeholder `- [ ]`).
 */
export function extractTasks(body: string): Task[] {
  const tasks: Task[] = [];
  const code = fencedCodeLines(body);
  body.split(/\r?\n/).forEach((line, i) => {
    if (code.has(i)) return;
    const match = TASK.exec(line.trimEnd());
    if (match) tasks.push({ text: match[2]!, done: match[1] !== ' ', line: i });
  });
  return tasks;
}
