import { format, parseISO } from 'date-fns';
import type { StageKind } from '../lib/stages.ts';

/** What the timeline reads from an application (a catalog application fits). */
export interface TimelineApplication {
  id: string;
  url: string;
  data: { company: string; position: string; applied?: string };
  company: { name: string };
  /** Each step with what its stage means (the catalog sets `kind`). */
  history: readonly { stage: string; kind: StageKind; date: string; note?: string }[];
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
  /** "Language Engineer I at Borealis Cloud" or the article's title. */
  title: string;
  url: string;
  /** The history step's note, or "read" / "published" for an article. */
  detail?: string;
  /** True for a day after `today`: an interview to come. */
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
 * the same day are one event. Oldest first, grouped by calendar month.
 */
export function buildTimeline(
  apps: readonly TimelineApplication[],
  articles: readonly TimelineArticle[],
  today: string,
): TimelineMonth[] {
  const events: TimelineEvent[] = [];
  for (const app of apps) {
    const title = `${app.data.position} at ${app.company.name}`;
    const appliedSteps = new Set(app.history.filter((s) => s.kind === 'sent').map((s) => s.date));
    if (app.data.applied && !appliedSteps.has(app.data.applied)) {
      events.push({ date: app.data.applied, kind: 'applied', title, url: app.url, upcoming: app.data.applied > today });
    }
    for (const step of app.history) {
      events.push({
        date: step.date,
        kind: step.kind === 'sent' ? 'applied' : 'stage',
        stage: step.stage,
        title,
        url: app.url,
        detail: step.note,
        upcoming: step.date > today,
      });
    }
  }
  for (const article of articles) {
    const date = article.data.read ?? article.data.published;
    if (!date) continue;
    events.push({
      date,
      kind: 'article',
      title: article.data.title,
      url: article.url,
      detail: article.data.read ? 'read' : 'published',
      upcoming: date > today,
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
      month = { key, label: format(parseISO(`${key}-01`), 'MMMM yyyy'), events: [] };
      months.set(key, month);
    }
    month.events.push(event);
  }
  return [...months.values()];
}
