import type { SiteCatalog } from '../catalog/index.ts';
import { reviewWeeks, type WeekReview } from './week.ts';
import type { NoteEntry } from '../compile/note-html.ts';

const reviews = new WeakMap<SiteCatalog, WeekReview<NoteEntry>[]>();

/**
 * The reviews of every week of this build's catalog (src/review/week.ts),
 * worked out once per catalog: `/week/` and each `/week/<yyyy>-w<ww>/` read
 * them. The mentor copy's catalog holds only shared notes, so its reviews
 * are made of those alone.
 */
export function siteWeeks(catalog: SiteCatalog, stuckAfterDays: number): WeekReview<NoteEntry>[] {
  let weeks = reviews.get(catalog);
  if (!weeks) {
    weeks = reviewWeeks(catalog, { stuckAfterDays });
    reviews.set(catalog, weeks);
  }
  return weeks;
}

/**
 * What a week's page shows, without the notes' bodies: its page cache key
 * (src/catalog/index.ts, `pageCacheKey`) is made of this, so a page is built
 * again exactly when something it shows changed.
 */
export function weekSummary(review: WeekReview<NoteEntry>): object {
  const app = (a: WeekReview<NoteEntry>['sent'][number]['app']) => [
    a.id,
    a.url,
    a.data.position,
    a.company.name,
    a.stage.label,
  ];
  return {
    ...review,
    sent: review.sent.map((m) => ({ ...m, app: app(m.app) })),
    interviews: review.interviews.map((m) => ({ ...m, app: app(m.app) })),
    changes: review.changes.map((m) => ({ ...m, app: app(m.app) })),
    commitments: review.commitments.map((c) => ({ ...c, app: app(c.app) })),
    next: review.next.map((i) => ({ ...i, app: app(i.app), step: undefined })),
    stuck: review.stuck.map((s) => ({ ...s, app: app(s.app) })),
  };
}
