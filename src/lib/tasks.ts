import { readDate, type IsoDate } from './dates.ts';
import { fencedCodeLines } from './fences.ts';

/** An item of a Markdown task list (`- [ ] Send the portfolio`). */
export interface Task {
  text: string;
  done: boolean;
  /** 0-based line in the body. */
  line: number;
  /** The day the task names (see `taskDate`), when it names one. */
  date?: IsoDate;
}

// Matched against the line without trailing spaces: `\s+(.*\S)\s*$` on a line of spaces backtracks quadratically.
const TASK = /^\s*[-*+]\s+\[( |x|X)\]\s+(\S.*)$/s;

/**
 * The day a task is dated: the first real day written in its text as
 * `YYYY-MM-DD`, wherever it stands and whatever words surround it, so every
 * way people write a due day reads the same: "Send the portfolio (by
 * 2026-12-04)", "Dry run on 2026-11-28", Obsidian Tasks' "📅 2026-12-04". An
 * impossible day (2026-02-30) is skipped for the next one; digits that run
 * on (`12026-11-280`) are no day. This is the one reading of a task's day:
 * Next up, the calendar and the weekly review's commitments all take it from
 * `Task.date`.
 */
export function taskDate(text: string): IsoDate | undefined {
  for (const m of text.matchAll(/(?<![\d-])(\d{4}-\d{2}-\d{2})(?![\d-])/g)) {
    const read = readDate(m[1]);
    if (read.ok) return read.date;
  }
  return undefined;
}

/**
 * Collects task-list items from a note body, skipping those inside fenced
 * code and empty ones (the template's placeholder `- [ ]`), each with the day
 * it names.
 */
export function extractTasks(body: string): Task[] {
  const tasks: Task[] = [];
  const code = fencedCodeLines(body);
  body.split(/\r?\n/).forEach((line, i) => {
    if (code.has(i)) return;
    const match = TASK.exec(line.trimEnd());
    if (!match) return;
    const date = taskDate(match[2]!);
    tasks.push({ text: match[2]!, done: match[1] !== ' ', line: i, ...(date ? { date } : {}) });
  });
  return tasks;
}
