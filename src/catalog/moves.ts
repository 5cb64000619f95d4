import type { BuildMoment } from '../config/build-day.ts';
import type { IsoDate } from '../lib/dates.ts';
import { isSentKind, type StageIndex, type StageKind } from '../lib/stages.ts';
import { hasHappened } from './facts.ts';
import type { ApplicationNote, HistoryStep } from './types.ts';

/**
 * What a move is: the application went out (`sent`), an interview was held
 * (`interview`), or it reached any other stage (`stage`: an answer, an offer,
 * a rejection, silence, a withdrawal, a posting saved).
 */
export type MoveKind = 'sent' | 'interview' | 'stage';

/** One dated stage change of an application that has happened by the build moment. */
export interface Move<E = unknown> {
  date: IsoDate;
  /** `HH:MM`, when the step gives a time of day. */
  time?: string;
  kind: MoveKind;
  /** The stage reached, its label and what it means. */
  stage: string;
  label: string;
  stageKind: StageKind;
  /** The step's note. */
  note?: string;
  app: ApplicationNote<E>;
}

/** What the moves read of the pipeline: the stage a sent application starts at, and labels. */
export type MoveStages = Pick<StageIndex, 'firstOfKind' | 'label'>;

/**
 * Every stage change of the applications that has happened by the build
 * moment (src/catalog/facts.ts decides what happened), oldest first: each
 * history step that is not still to come, and an `applied` day that no step
 * of a `sent` kind is dated on (the day the application went out, written as
 * the field alone), as the timeline counts them. A step of kind `interview`
 * is an interview held; one of kind `sent`, a sending.
 *
 * The catalog computes this once (`catalog.moves`); the weekly review and
 * the proof-of-search report read it.
 */
export function applicationMoves<E>(
  applications: readonly ApplicationNote<E>[],
  stages: MoveStages,
  now: BuildMoment,
): Move<E>[] {
  const sentStage = stages.firstOfKind('sent');
  const moves: Move<E>[] = [];
  const kindOf = (step: Pick<HistoryStep, 'kind' | 'interview'>): MoveKind =>
    step.interview ? 'interview' : isSentKind(step.kind) ? 'sent' : 'stage';
  for (const app of applications) {
    for (const step of app.history) {
      if (step.upcoming) continue;
      moves.push({
        date: step.date,
        ...(step.time !== undefined ? { time: step.time } : {}),
        kind: kindOf(step),
        stage: step.stage,
        label: step.label,
        stageKind: step.kind,
        ...(step.note ? { note: step.note } : {}),
        app,
      });
    }
    const applied = app.data.applied;
    if (
      applied &&
      hasHappened({ date: applied }, now) &&
      !app.history.some((s) => isSentKind(s.kind) && s.date === applied)
    ) {
      moves.push({
        date: applied,
        kind: 'sent',
        stage: sentStage ?? 'applied',
        label: sentStage ? stages.label(sentStage) : 'Applied',
        stageKind: 'sent',
        app,
      });
    }
  }
  return moves.sort(
    (a, b) =>
      a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? '') || a.app.id.localeCompare(b.app.id),
  );
}
