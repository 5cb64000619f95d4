import { taskDate, type Task } from '../lib/tasks.ts';
import type { Debrief } from './debriefs.ts';

/**
 * A debrief's follow-ups are action items. Those written as tasks (`- [ ] …`)
 * are the body's tasks already; this adds the rest: a follow-up written as a
 * plain bullet (`- Send the thank-you note`) is an open task, and one written
 * as a numbered task (`1. [ ] …`) counts with its box. `tasks` are the tasks
 * found in the body, matched by line so none is counted twice.
 */
export function debriefTasks(debriefs: readonly Debrief[], tasks: readonly Task[]): Task[] {
  const lines = new Set(tasks.map((t) => t.line));
  return debriefs.flatMap((d) =>
    d.followUps
      .filter((item) => !lines.has(item.line - 1))
      .map((item): Task => {
        // The day a task names, read as every task's is (src/lib/tasks.ts).
        const date = taskDate(item.text);
        return { text: item.text, done: item.done ?? false, line: item.line - 1, ...(date ? { date } : {}) };
      }),
  );
}
