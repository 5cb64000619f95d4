import type { ApplicationNote, ArticleNote } from '../catalog/build-catalog.ts';
import type { IsoDate } from '../lib/dates.ts';
import { keyPoints } from './key-points.ts';
import { extractRequirements, type RequirementList } from './requirements.ts';
import { findSection, splitSections } from './sections.ts';
import { bodyFormat } from '../notes/private-blocks.ts';
import { unwrapPrivate } from './unwrap-private.ts';
import { userSections, type UserSection } from './user-sections.ts';
import type { StageKind } from '../lib/stages.ts';

/** Another application at the same company and how it ended (or stands). */
export interface SiblingOutcome {
  position: string;
  url: string;
  stage: { key: string; label: string; closed: boolean };
  applied?: IsoDate;
  /** The last dated step: the day it reached its current stage, as far as the history says. */
  lastStep?: { stage: string; kind: StageKind; date: IsoDate; note?: string };
}

/** An article read for this application, with its key points as Markdown. */
export interface ArticleBrief {
  id: string;
  title: string;
  url: string;
  /** Where the article itself is, for the printed sheet. */
  sourceUrl?: string;
  source?: string;
  points: string[];
  more: number;
}

/** Everything a prep sheet shows beyond the note's own fields. */
export interface PrepSheet {
  requirements: RequirementList[];
  /** The job description as Markdown, when it has no requirement list to pull out and is short enough to print. */
  jobDescription?: string;
  sections: UserSection[];
  openTasks: string[];
  siblings: SiblingOutcome[];
  articles: ArticleBrief[];
}

/** A job description longer than this is not printed in full when it has no requirement list. */
const JOB_DESCRIPTION_MAX = 1500;

/**
 * Gathers a prep sheet from one application and the catalog's links: its
 * requirement lists (from the body the audience may see), the user's own
 * sections, open tasks, the company's other applications and the key points
 * of the articles to read (its reading list: src/catalog/reading-list.ts).
 */
export function prepSheet<E>(
  app: ApplicationNote<E>,
  siblings: readonly ApplicationNote<E>[],
  related: readonly ArticleNote<E>[],
): PrepSheet {
  // The owner's `<Private>` blocks are read as the Markdown they hold (a mentor's body has none left);
  // in the user's own sections they stay marked, to be shown as private (renderNotes).
  const format = bodyFormat(app.filePath);
  const body = unwrapPrivate(app.body, format);
  const requirements = extractRequirements(body);
  const jd = findSection(splitSections(body), ['Job description']);
  return {
    requirements,
    jobDescription:
      requirements.length === 0 && jd && jd.markdown.length <= JOB_DESCRIPTION_MAX ? jd.markdown : undefined,
    sections: userSections(unwrapPrivate(app.body, format, { mark: true })),
    openTasks: app.tasks.filter((t) => !t.done).map((t) => t.text),
    siblings: siblings.map((s) => ({
      position: s.data.position,
      url: s.url,
      stage: s.stage,
      applied: s.data.applied,
      lastStep: s.history[s.history.length - 1],
    })),
    articles: related.map((a) => {
      const { points, more } = keyPoints(unwrapPrivate(a.body, bodyFormat(a.filePath)));
      return { id: a.id, title: a.data.title, url: a.url, sourceUrl: a.data.url, source: a.data.source, points, more };
    }),
  };
}
