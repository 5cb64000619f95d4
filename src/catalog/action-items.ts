import type { ApplicationNote } from './build-catalog.ts';

/** The unchecked tasks of one application, for the overview. */
export interface ActionItems<E = unknown> {
  app: ApplicationNote<E>;
  tasks: string[];
}

/**
 * Open action items: unchecked tasks of applications still in progress,
 * grouped by application, soonest deadline first, then newest. Closed
 * applications (rejected, withdrawn…) are left out: their to-dos are moot.
 */
export function openActionItems<E>(applications: ApplicationNote<E>[]): ActionItems<E>[] {
  return applications
    .filter((app) => !app.stage.closed)
    .map((app) => ({ app, tasks: app.tasks.filter((t) => !t.done).map((t) => t.text) }))
    .filter((group) => group.tasks.length > 0)
    .sort(
      (a, b) =>
        (a.app.data.deadline ?? '9999').localeCompare(b.app.data.deadline ?? '9999') ||
        (b.app.date ?? '').localeCompare(a.app.date ?? '') ||
        a.app.id.localeCompare(b.app.id),
    );
}
