import { isUpcoming } from '../catalog/facts.ts';
import type { BuildMoment } from '../config/build-day.ts';
import { isSentKind, type StageKind } from '../lib/stages.ts';
import { monthLabel } from '../lib/dates.ts';

/** What the timeline reads from an application (a catalog application fits). */
export interface TimelineApplication {
  id: string;
  url: string;
  data: { company: string; position: string; applied?: string };
  company: { name: string };
  /** Each step with what its stage means, its label and whether it is still to come (the catalog sets them). */
  history: readonly {
    stage: string;
    kind: StageKind;
    label: string;
    date: string;
    time?: string;
    note?: string;
    upcoming: boolean;
  }[];
}

/** What the timeline reads from an article (a catalog article fits). */
export interface TimelineArticle {
  id: string;
  url: string;
  data: { title: string; read?: string; published?: string };
}

/** One dated event. */
export interface TimelineEvent {
  date: string;
  kind: 'applied' | 'stage' | 'article';
  /** The stage key of a history step; absent for the `applied` field, which names no stage. */
  stage?: string;
  /** What the event is: the stage's label, the label of the stage sent applications start at for the `applied` field, "Read" or "Published". */
  label: string;
  /** "Language Engineer I at Borealis Cloud" or the article's title. */
  title: string;
  url: string;
  /** The history step's note, or "read" / "published" for an article. */
  detail?: string;
  /** Still to come at the build moment (src/catalog/facts.ts, `isUpcoming`). */
  upcoming: boolean;
}

export interface TimelineMonth {
  /** `2024-10`, also the anchor id. */
  key: string;
  /** "October 2024". */
  label: string;
  events: TimelineEvent[];
}

const KIND_ORDER = { applied: 0, stage: 1, article: 2 } as const;

/**
 * Every dated event of the archive: each application's `applied` day and
 * history steps, and each article's `read` day (its `published` day when it
 * has no `read` day). An `applied` history step and the `applied` field on
 * the same day are one event. Oldest first, grouped by calendar month;
 * `newestFirst` turns it around. `appliedLabel` names the `applied` field's
 * event (the label of the stage a sent application starts at).
 */
export function buildTimeline(
  apps: readonly TimelineApplication[],
  articles: readonly TimelineArticle[],
  now: BuildMoment,
  appliedLabel = 'Applied',
): TimelineMonth[] {
  const events: TimelineEvent[] = [];
  for (const app of apps) {
    const title = `${app.data.position} at ${app.company.name}`;
    const sentSteps = new Set(app.history.filter((s) => isSentKind(s.kind)).map((s) => s.date));
    if (app.data.applied && !sentSteps.has(app.data.applied)) {
      const date = app.data.applied;
      events.push({
        date,
        kind: 'applied',
        label: appliedLabel,
        title,
        url: app.url,
        upcoming: isUpcoming({ date }, now),
      });
    }
    for (const step of app.history) {
      events.push({
        date: step.date,
        kind: isSentKind(step.kind) ? 'applied' : 'stage',
        stage: step.stage,
        label: step.label,
        title,
        url: app.url,
        detail: step.note,
        upcoming: step.upcoming,
      });
    }
  }
  for (const article of articles) {
    const date = article.data.read ?? article.data.published;
    if (!date) continue;
    events.push({
      date,
      kind: 'article',
      label: article.data.read ? 'Read' : 'Published',
      title: article.data.title,
      url: article.url,
      detail: article.data.read ? 'read' : 'published',
      upcoming: isUpcoming({ date }, now),
    });
  }
  events.sort(
    (a, b) => a.date.localeCompare(b.date) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.title.localeCompare(b.title),
  );
  const months = new Map<string, TimelineMonth>();
  for (const event of events) {
    const key = event.date.slice(0, 7);
    let month = months.get(key);
    if (!month) {
      month = { key, label: monthLabel(key), events: [] };
      months.set(key, month);
    }
    month.events.push(event);
  }
  return [...months.values()];
}

/** The same months and events, the latest first. */
export function newestFirst(months: readonly TimelineMonth[]): TimelineMonth[] {
  return [...months].reverse().map((m) => ({ ...m, events: [...m.events].reverse() }));
}
