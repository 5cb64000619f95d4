import type { IsoDate } from '../lib/dates.ts';
import { daysBetween, type NextUpItem } from './next-up.ts';
import type { ApplicationNote, Catalog } from './types.ts';

/** One application on the board. */
export interface BoardCard<E = unknown> {
  app: ApplicationNote<E>;
  /** The day it reached its current stage, when known. */
  since?: IsoDate;
  /** Whole days in the current stage up to the build day, when `since` is known. */
  days?: number;
  /** Its soonest Next up item: an upcoming interview, a deadline, a follow-up or a dated task. */
  next?: NextUpItem<E>;
}

export interface BoardColumn<E = unknown> {
  key: string;
  label: string;
  url: string;
  closed: boolean;
  cards: BoardCard<E>[];
}

/**
 * The day an application reached the stage it is at: its latest history step
 * at that stage on or before `day` (the first of an unbroken run of them), else,
 * for an application without such a step, the day it was applied (or first
 * dated).
 */
export function stageSince(app: ApplicationNote<unknown>, day: IsoDate): IsoDate | undefined {
  const past = app.history.filter((s) => s.date <= day);
  let since: IsoDate | undefined;
  for (let i = past.length - 1; i >= 0 && past[i]!.stage === app.stage.key; i--) since = past[i]!.date;
  return since ?? (past.length === 0 ? app.date : undefined);
}

/**
 * The board: one column per configured stage in pipeline order (also when
 * empty), each card with its days in the stage and its next dated event;
 * within a column, the longest-waiting first.
 */
export function boardColumns<E>(catalog: Catalog<E>): BoardColumn<E>[] {
  return catalog.stages.map((stage) => ({
    key: stage.key,
    label: stage.label,
    url: stage.url,
    closed: stage.closed,
    cards: stage.applications
      .map((app): BoardCard<E> => {
        const since = stageSince(app, catalog.day);
        const next = catalog.nextUpOf(app)[0];
        return {
          app,
          ...(since ? { since, days: Math.max(0, daysBetween(since, catalog.day)) } : {}),
          ...(next ? { next } : {}),
        };
      })
      .sort((a, b) => (b.days ?? -1) - (a.days ?? -1) || a.app.id.localeCompare(b.app.id)),
  }));
}
