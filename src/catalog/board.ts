import type { IsoDate } from '../lib/dates.ts';
import type { NextUpItem } from './next-up.ts';
import type { ApplicationNote, Catalog } from './types.ts';

/** One application on the board. */
export interface BoardCard<E = unknown> {
  app: ApplicationNote<E>;
  /** The day it reached its current stage, when known (the catalog's `app.stageSince`). */
  since?: IsoDate;
  /** Whole days in the current stage up to the build day, when `since` is known (`app.daysInStage`). */
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
        const next = catalog.nextUpOf(app)[0];
        return {
          app,
          ...(app.stageSince !== undefined ? { since: app.stageSince, days: app.daysInStage } : {}),
          ...(next ? { next } : {}),
        };
      })
      .sort((a, b) => (b.days ?? -1) - (a.days ?? -1) || a.app.id.localeCompare(b.app.id)),
  }));
}
