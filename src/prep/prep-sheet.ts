import type { ApplicationNote, ArticleNote, CompanyGroup, StoryNote } from '../catalog/build-catalog.ts';
import { askedBefore, type AskedBefore } from '../banks/question-bank.ts';
import { questionsToAsk } from '../interview/questions-to-ask.ts';
import { storiesForRequirements, type RequirementStories } from '../banks/story-bank.ts';
import type { Debrief } from '../interview/debriefs.ts';
import { companyBrief, type CompanyBrief } from './company-brief.ts';
import type { IsoDate } from '../lib/dates.ts';
import { keyPoints } from './key-points.ts';
import { extractRequirements, type RequirementList } from './requirements.ts';
import { findSection, splitSections } from './heading-sections.ts';
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
  /** This application's latest debriefs, newest first, and how many earlier ones its page has. */
  debriefs: Debrief[];
  moreDebriefs: number;
  /** Questions asked before at the company and in the role family (src/interview/questions.ts). */
  askedBefore: AskedBefore;
  /** The requirements each with the stories that answer them, and those no story answers. */
  stories: { matched: RequirementStories[]; gaps: RequirementStories[]; bank: number };
  /** The note's "Questions to ask" as a checklist. */
  questionsToAsk: { text: string; done: boolean }[];
  /** The company note's text and website, when there is a note this audience sees. */
  company?: CompanyBrief & { website?: string; url: string };
}

/** What a sheet shows of the interview bank: the rest is on /questions/ and /stories/. */
export const PREP_LIMITS = {
  /** Questions asked at the company. */
  company: 5,
  /** Questions asked in the role family elsewhere. */
  family: 3,
  /** Debriefs of the application itself, newest first (the application's page has them all). */
  debriefs: 2,
  /** Stories shown for one requirement: the closest (the story bank has them all). */
  storiesPerRequirement: 1,
  /** Articles to read shown with their key points, most relevant first (one when the sheet has earlier rounds); the others by title. */
  articlesWithPoints: 2,
  /** Key points of each of those (the article's page has them all). */
  keyPoints: 2,
  /** Characters of the company note. */
  companyNote: 150,
} as const;

/** What the interview part of a sheet is worked out from: the catalog's applications, stories and the company's group. */
export interface InterviewContext<E> {
  applications: readonly ApplicationNote<E>[];
  stories: readonly StoryNote<E>[];
  company?: CompanyGroup<E>;
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
  interview: InterviewContext<E> = { applications: [app], stories: [] },
): PrepSheet {
  // The owner's `<Private>` blocks are read as the Markdown they hold (a mentor's body has none left);
  // in the user's own sections they stay marked, to be shown as private (renderNotes).
  const format = bodyFormat(app.filePath);
  const body = unwrapPrivate(app.body, format);
  const requirements = extractRequirements(body);
  const jd = findSection(splitSections(body), ['Job description']);
  const toAsk = questionsToAsk(app.body, format);
  // A question to ask written as a task is on the sheet once, in its own checklist.
  const askLines = new Set(toAsk.map((q) => q.line - 1));
  const note = interview.company?.note;
  const brief = note && companyBrief(note.body, bodyFormat(note.filePath), PREP_LIMITS.companyNote);
  return {
    requirements,
    jobDescription:
      requirements.length === 0 && jd && jd.markdown.length <= JOB_DESCRIPTION_MAX ? jd.markdown : undefined,
    sections: userSections(unwrapPrivate(app.body, format, { mark: true })),
    openTasks: app.tasks.filter((t) => !t.done && !askLines.has(t.line)).map((t) => t.text),
    siblings: siblings.map((s) => ({
      position: s.data.position,
      url: s.url,
      stage: s.stage,
      applied: s.data.applied,
      lastStep: s.history[s.history.length - 1],
    })),
    articles: related.map((a, i) => {
      // The most relevant articles bring their key points; the rest are listed, their points in the note.
      const { points, more } = keyPoints(
        unwrapPrivate(a.body, bodyFormat(a.filePath)),
        // A sheet with earlier rounds keeps room for them: one article with its points.
        i < (app.debriefs.length > 0 ? 1 : PREP_LIMITS.articlesWithPoints) ? PREP_LIMITS.keyPoints : 0,
      );
      return { id: a.id, title: a.data.title, url: a.url, sourceUrl: a.data.url, source: a.data.source, points, more };
    }),
    debriefs: [...app.debriefs].sort((a, b) => b.date.localeCompare(a.date)).slice(0, PREP_LIMITS.debriefs),
    moreDebriefs: Math.max(0, app.debriefs.length - PREP_LIMITS.debriefs),
    askedBefore: askedBefore(app, interview.applications, PREP_LIMITS),
    stories: {
      ...storiesForRequirements(requirements, interview.stories, PREP_LIMITS.storiesPerRequirement),
      bank: interview.stories.length,
    },
    questionsToAsk: toAsk.map((q) => ({ text: q.text, done: q.done ?? false })),
    ...(note && brief && (brief.markdown || note.data.website)
      ? { company: { ...brief, website: note.data.website, url: interview.company!.url } }
      : {}),
  };
}
