import type { BuildMoment } from '../config/build-day.ts';
import type { CompanyIdentity } from '../lib/companies.ts';
import type { IsoDate } from '../lib/dates.ts';
import type { Slug } from '../lib/slug.ts';
import type { StageKind } from '../lib/stages.ts';
import type { Task } from '../lib/tasks.ts';
import type { ApplicationData } from '../schemas/application.ts';
import type { ArticleData } from '../schemas/article.ts';
import type { CompanyData } from '../schemas/company.ts';
import type { StoryData } from '../schemas/story.ts';
import type { Debrief } from '../interview/debriefs.ts';
import type { Audience } from '../config/settings.ts';
import type { ContactGroup } from './contacts.ts';
import type { FeedbackFileData } from '../feedback/check.ts';
import type { NoteKey } from '../feedback/keys.ts';
import type { FeedbackComment } from './feedback.ts';
import type { Move } from './moves.ts';
import type { NextUpItem } from './next-up.ts';

/**
 * The catalog's shapes: what a page can read about a note or a group. `E`
 * is the loaded entry Astro renders; the catalog never looks inside it.
 */

/** A note as a loader hands it over: `E` is the original entry, kept for rendering. */
export interface NoteInput<D, E = unknown> {
  id: string;
  data: D;
  body?: string;
  filePath?: string;
  entry: E;
}

export interface Ref {
  slug: Slug;
  name: string;
  /** Its page. */
  url: string;
}

/** A company as a note names it, with its page. */
export type CompanyRef = CompanyIdentity & { url: string };

/** One step of an application's history, with everything a page shows about it. */
export type HistoryStep = ApplicationData['history'][number] & {
  /** What its stage means. */
  kind: StageKind;
  /** The stage's display label. */
  label: string;
  /** The stage's page. */
  url: string;
  /** Still to come at the build moment (src/catalog/facts.ts, `isUpcoming`). */
  upcoming: boolean;
  /** An interview (its stage is of kind `interview`); any other step to come is a planned step. */
  interview: boolean;
};

export interface ApplicationNote<E = unknown> {
  kind: 'application';
  id: string;
  url: string;
  /** Frontmatter, with private fields removed for a mentor. */
  data: ApplicationData;
  /** The body without `<Private>` blocks for a mentor. */
  body: string;
  company: CompanyRef;
  roleFamily: Ref;
  stage: { key: string; label: string; closed: boolean; url: string; kind: StageKind };
  /** Stage changes sorted by date and time, each with what its stage means and whether it is still to come. */
  history: HistoryStep[];
  /** Whether a call or interview is near (its stage is of an answered or interview kind): the overview lists its prep sheet. */
  needsPrep: boolean;
  /** The date that orders applications: applied, else the first history date. */
  date?: IsoDate;
  /** The day it was last sent (src/catalog/facts.ts, `sentDate`); an `applied` day may lie ahead. */
  sent?: IsoDate;
  /** The day it reached its current stage, when the history tells (src/catalog/facts.ts, `stageSince`). */
  stageSince?: IsoDate;
  /** Whole days at its current stage on the build day, when `stageSince` is known. */
  daysInStage?: number;
  /** Open and done tasks of the body, with the debriefs' follow-ups written as plain bullets (open). */
  tasks: Task[];
  /** The debriefs of its body, in the order written (src/interview/debriefs.ts). */
  debriefs: Debrief[];
  /** How it ended, when the note says (`outcome`), with the reason's label. */
  outcome?: { reason?: { key: string; label: string }; feedback?: string };
  filePath?: string;
  entry: E;
}

/** A story of the story bank (`stories/`). */
export interface StoryNote<E = unknown> {
  kind: 'story';
  id: string;
  url: string;
  data: StoryData;
  /** The body without `<Private>` blocks for a mentor. */
  body: string;
  filePath?: string;
  entry: E;
}

export interface ArticleNote<E = unknown> {
  kind: 'article';
  id: string;
  url: string;
  data: ArticleData;
  body: string;
  companies: CompanyRef[];
  roleFamilies: Ref[];
  date?: IsoDate;
  filePath?: string;
  entry: E;
}

export interface CompanyGroup<E = unknown> {
  slug: Slug;
  name: string;
  url: string;
  /** The company note, when there is one and this audience may see it. */
  note?: { id: string; data: CompanyData; body: string; filePath?: string; entry: E };
  applications: ApplicationNote<E>[];
  articles: ArticleNote<E>[];
}

export interface RoleFamilyGroup<E = unknown> {
  slug: Slug;
  name: string;
  url: string;
  applications: ApplicationNote<E>[];
  articles: ArticleNote<E>[];
}

export interface StageGroup<E = unknown> {
  key: string;
  label: string;
  url: string;
  closed: boolean;
  applications: ApplicationNote<E>[];
}

export interface Catalog<E = unknown> {
  audience: Audience;
  /** Newest first. */
  applications: ApplicationNote<E>[];
  /** Newest first. */
  articles: ArticleNote<E>[];
  /** The story bank, by title. */
  stories: StoryNote<E>[];
  /** By name. */
  companies: CompanyGroup<E>[];
  /** By name, the unsorted family last. */
  roleFamilies: RoleFamilyGroup<E>[];
  /** Every configured stage, in pipeline order, also when empty. */
  stages: StageGroup<E>[];
  /** The day this catalog counts as today (the build day, `now.day`). */
  day: IsoDate;
  /** The moment this catalog counts as now (the build moment): what is upcoming is decided against it. */
  now: BuildMoment;
  /**
   * Everything dated ahead or overdue in open applications, soonest first: steps to come (interviews
   * and planned steps), deadlines, follow-ups (also those not due yet) and dated tasks
   * (src/catalog/next-up.ts). The calendar is made from it.
   */
  agenda: NextUpItem<E>[];
  /** The agenda without the follow-ups not due yet: what the overview's Next up lists. */
  nextUp: NextUpItem<E>[];
  /**
   * Every stage change that has happened, oldest first: history steps not still to come, and `applied`
   * days no sent step is dated on (src/catalog/moves.ts). The weekly review and the activity report read it.
   */
  moves: Move<E>[];
  /**
   * The comments of the feedback files this audience sees, on the notes it has, newest file first
   * (src/catalog/feedback.ts). A mentor's catalog has only the feedback the owner shares.
   */
  feedback: FeedbackComment<E>[];
  /** The comments on one note, by its key (`applications/<id>`), newest first. */
  feedbackOn(key: NoteKey): FeedbackComment<E>[];
  /** Everyone in the applications' `contacts`, by name (src/catalog/contacts.ts); always empty for a mentor. */
  contacts: ContactGroup<E>[];
  /** The Next up items of one application. */
  nextUpOf(app: ApplicationNote<E>): NextUpItem<E>[];
  /**
   * Articles linked to an application, most relevant first: those its
   * `articles` list names, then those about its company, then those of its
   * role family; newest first within each.
   */
  relatedArticles(app: ApplicationNote<E>): ArticleNote<E>[];
  /**
   * The applications an article helps with (the inverse of `relatedArticles`),
   * most relevant first: those that list it, then those at a company it is
   * about, then those in one of its role families; newest first within each.
   */
  applicationsFor(article: ArticleNote<E>): ApplicationNote<E>[];
  /** The related articles a page shows: see `shortlist`. */
  relatedShortlist(app: ApplicationNote<E>): Shortlist<ArticleNote<E>>;
  /** The applications an article page shows: see `shortlist`. */
  applicationsShortlist(article: ArticleNote<E>): Shortlist<ApplicationNote<E>>;
  /** The company's other applications. */
  siblings(app: ApplicationNote<E>): ApplicationNote<E>[];
  applicationById(id: string): ApplicationNote<E> | undefined;
  articleById(id: string): ArticleNote<E> | undefined;
  storyById(id: string): StoryNote<E> | undefined;
}

/** The first items of a ranked list and how many were left out. */
export interface Shortlist<T> {
  items: T[];
  more: number;
}

export interface CatalogInput<E> {
  applications: NoteInput<ApplicationData, E>[];
  articles: NoteInput<ArticleData, E>[];
  companies: NoteInput<CompanyData, E>[];
  /** The story bank; none when left out. */
  stories?: NoteInput<StoryData, E>[];
  /** The feedback files, as the `feedback` collection loads them (src/feedback/loader.ts); none when left out. */
  feedback?: FeedbackFileData[];
}
