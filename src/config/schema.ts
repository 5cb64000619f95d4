import { z } from 'astro/zod';
import { foldStageName, STAGE_KINDS, type StageKind } from '../lib/stages.ts';

/**
 * The user configuration of Dossier, read from `dossier.config.yaml` at the
 * content root (next to `applications/`), so that it travels with the notes.
 * Every option is optional; the defaults below describe a typical job search.
 */

/** One stage of the application pipeline. */
export const StageConfigSchema = z
  .object({
    /**
     * The stable key written in frontmatter and used in URLs (`/stages/<key>/`).
     * Lower-case letters, digits and dashes.
     * @example 'no-answer'
     */
    key: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a stage key is lower-case letters, digits and dashes'),
    /**
     * How the stage is shown on pages; also accepted in frontmatter in place of the key.
     * @example 'No Answer'
     */
    label: z.string().min(1),
    /**
     * Other spellings accepted in frontmatter and by the importer, matched without
     * regard to case, spaces, dashes or underscores.
     * @example ['Phone Screen', 'Recruiter call']
     */
    aliases: z.array(z.string().min(1)).default([]),
    /**
     * Whether the application is over once it reaches this stage (accepted,
     * rejected, withdrawn, no answer). Closed applications leave the "open" lists.
     */
    closed: z.boolean().default(false),
    /**
     * What reaching the stage means (src/lib/stages.ts): saved, sent, answered,
     * interview, offer, accepted, rejected, no-answer or withdrawn. Statistics
     * and the overview read this, never the key. When left out, the default
     * stages' keys have their usual kind; any other stage counts as `sent`
     * while open and `rejected` once closed.
     * @example 'interview'
     */
    kind: z.enum(STAGE_KINDS as [StageKind, ...StageKind[]]).optional(),
  })
  .transform((stage) => ({
    ...stage,
    kind: stage.kind ?? DEFAULT_KIND[stage.key] ?? (stage.closed ? 'rejected' : 'sent'),
  }));

/** The kinds of the default stages' keys, also when a custom pipeline reuses a key. */
const DEFAULT_KIND: Record<string, StageKind> = {
  wishlist: 'saved',
  applied: 'sent',
  screening: 'answered',
  interviewing: 'interview',
  offer: 'offer',
  accepted: 'accepted',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
  'no-answer': 'no-answer',
};

/** A rule that puts positions into a role family. */
export const RoleFamilyRuleSchema = z.object({
  /**
   * The family's display name; its URL is `/roles/<slug of name>/`.
   * @example 'Language & AI Data'
   */
  name: z.string().min(1),
  /**
   * Words or phrases that put a position in this family when the position
   * contains them (whole words, any case). A string between slashes is a
   * regular expression, e.g. `/\\bNLP\\b/`. The first family with a match wins.
   * @example ['language engineer', 'linguist', 'content expert']
   */
  match: z.array(z.string().min(1)).min(1),
});

/** What the mentor build (`npm run build:share`) shows. */
export const ShareConfigSchema = z
  .object({
    /**
     * `private` (the default): a note is shared only when its frontmatter says
     * `share: true`. `shared`: every note is shared except those that say
     * `share: false`. Anything but these two words is an error.
     */
    default: z.enum(['private', 'shared']).default('private'),
    /**
     * More fields to keep out of the mentor copy, in every collection that has
     * them. Some fields are private whatever this says (`salary`, `contacts`,
     * `review`, `importedFrom`: the table in src/notes/sensitivity.ts and
     * README's "Sharing with a mentor"); a name that is no field of any note is
     * an error.
     * @example ['cv', 'source']
     */
    privateFields: z.array(z.string().min(1)).default([]),
    /**
     * The `extra` properties whose values the mentor copy shows, by their key,
     * written exactly as in the notes (`GPT Consult`, not `gpt consult`). Every
     * other `extra` property is left out of the copy: a column a tracker import
     * kept as it was ("Compensation", "Recruiter") is never published unless
     * you list it here.
     * @example ['GPT Consult', 'Job']
     */
    publicExtra: z.array(z.string().min(1)).default([]),
    /**
     * Whether the mentor copy writes a contact's role where shared text names
     * the contact ("Call with Jonna" becomes "Call with the recruiter"), in
     * pages, search, prep sheets and exports. With `false` the names stay, and
     * the copy's self-check stops the build at each line that names a contact.
     */
    replaceContactNames: z.boolean().default(true),
    /**
     * Whether the shared site asks search engines to stay away (a `noindex`
     * meta tag and a `robots.txt` that disallows everything).
     */
    noindex: z.boolean().default(true),
  })
  // A misspelt option (`publicExtras`) must not be dropped in silence: it would leave out what the user meant to share, or share what they meant to hide.
  .strict();

/**
 * The columns the proof-of-search report (`/activity/`, `/export/activity.csv`)
 * can have, one row per dated event of an application:
 * - `date`: the day it happened;
 * - `event`: what happened: the stage reached ("Applied", "Interviewing"), with the step's note;
 * - `company`, `position`, `location`: as the application has them;
 * - `source`: how or where you applied (the note's `source`);
 * - `url`: the posting's address; `jobId`: its reference number;
 * - `contact`: the people named in the application's `contacts`, with their roles;
 * - `result`: where the application stands on the build day (its current stage);
 * - `note`: the note written on that step, alone.
 */
export const ACTIVITY_COLUMNS = [
  'date',
  'event',
  'company',
  'position',
  'location',
  'source',
  'url',
  'jobId',
  'contact',
  'result',
  'note',
] as const;

export type ActivityColumn = (typeof ACTIVITY_COLUMNS)[number];

/** The proof-of-search report: `/activity/`, a page per month, and `/export/activity.csv`. */
export const ActivityConfigSchema = z
  .object({
    /**
     * The columns, in order: those a job centre or programme asks for. Any of
     * date, event, company, position, location, source, url, jobId, contact,
     * result, note.
     * @example [date, company, position, source, result]
     */
    columns: z
      .array(z.enum(ACTIVITY_COLUMNS))
      .min(1)
      .refine((columns) => new Set(columns).size === columns.length, 'each column may be listed once')
      .default(['date', 'event', 'company', 'position', 'source', 'result']),
    /**
     * Whether the mentor copy has the report too, made from its shared notes
     * only. Off by default: like the contacts, the report is the owner's.
     */
    share: z.boolean().default(false),
  })
  .strict();

/** A reason an application ended (rejected, withdrawn or no answer), as an application's `outcome.reason` names it. */
export const OutcomeReasonSchema = z.object({
  /**
   * The stable key written in `outcome.reason`. Lower-case letters, digits and dashes.
   * @example 'technical-round'
   */
  key: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a reason key is lower-case letters, digits and dashes'),
  /**
   * How the reason is shown on pages and in statistics; also accepted in `outcome.reason`.
   * @example 'Technical round'
   */
  label: z.string().min(1),
  /**
   * Other spellings accepted in `outcome.reason`, matched without regard to case, spaces or dashes.
   * @example ['coding round', 'failed the technical']
   */
  aliases: z.array(z.string().min(1)).default([]),
});

/** The reasons `outcome.reason` accepts when the configuration names none. */
export const DEFAULT_OUTCOME_REASONS: z.input<typeof OutcomeReasonSchema>[] = [
  { key: 'skills-gap', label: 'Skills gap', aliases: ['skills', 'missing skills'] },
  { key: 'experience', label: 'Not enough experience', aliases: ['too junior', 'seniority'] },
  { key: 'technical-round', label: 'Technical round', aliases: ['coding round', 'technical', 'coding'] },
  { key: 'team-fit', label: 'Team or culture fit', aliases: ['culture fit', 'fit'] },
  { key: 'other-candidate', label: 'Another candidate chosen', aliases: ['other candidate', 'internal candidate'] },
  { key: 'position-closed', label: 'Position closed', aliases: ['position filled', 'hiring freeze', 'role cancelled'] },
  { key: 'salary', label: 'Salary', aliases: ['compensation', 'pay'] },
  { key: 'location', label: 'Location or visa', aliases: ['relocation', 'visa', 'remote'] },
  { key: 'accepted-elsewhere', label: 'Accepted another offer', aliases: ['other offer', 'took another offer'] },
  { key: 'lost-interest', label: 'Lost interest', aliases: ['not for me'] },
  { key: 'slow-process', label: 'Slow process', aliases: ['too slow', 'process'] },
  { key: 'no-reply', label: 'No reply', aliases: ['ghosted', 'no response', 'silence'] },
  { key: 'unknown', label: 'Not given', aliases: ['no reason', 'no feedback', 'unknown reason'] },
];

export const DEFAULT_STAGES: z.input<typeof StageConfigSchema>[] = [
  { key: 'wishlist', label: 'Wishlist', aliases: ['Wish list', 'Saved', 'Bookmarked', 'Not applied'] },
  { key: 'applied', label: 'Applied', aliases: ['Application sent', 'Submitted'] },
  { key: 'screening', label: 'Screening', aliases: ['Phone Screen', 'Phone Screening', 'Recruiter Call', 'Screen'] },
  {
    key: 'interviewing',
    label: 'Interviewing',
    aliases: ['Interview', 'Interviews', 'Onsite', 'Technical Interview', 'Final Round'],
  },
  { key: 'offer', label: 'Offer', aliases: ['Offer received'] },
  { key: 'accepted', label: 'Accepted', aliases: ['Hired', 'Offer accepted'], closed: true },
  { key: 'rejected', label: 'Rejected', aliases: ['Declined by company', 'Not selected'], closed: true },
  { key: 'withdrawn', label: 'Withdrawn', aliases: ['Withdrew', 'Declined'], closed: true },
  { key: 'no-answer', label: 'No Answer', aliases: ['Ghosted', 'No Response'], closed: true },
];

export const DEFAULT_ROLE_FAMILIES: z.input<typeof RoleFamilyRuleSchema>[] = [
  {
    name: 'Language & AI Data',
    match: [
      'language engineer',
      'linguist',
      'content expert',
      'data associate',
      'annotation',
      'annotator',
      'language data',
      'localization',
      'computational linguist',
    ],
  },
  { name: 'Applied Science', match: ['applied scientist', 'research scientist', 'research engineer'] },
  { name: 'Data Science', match: ['data scientist', 'data science', 'data analyst', 'analytics'] },
  { name: 'Machine Learning Engineering', match: ['machine learning engineer', 'ml engineer', 'mlops'] },
  {
    name: 'Software Engineering',
    match: ['software engineer', 'software developer', 'frontend', 'backend', 'full stack', 'developer'],
  },
];

export const UserConfigSchema = z
  .object({
    /** The site's title, shown in the header and the browser tab. */
    title: z.string().min(1).default('Dossier'),
    /**
     * The pipeline, in order. Replacing it replaces the whole list, so keep
     * every stage your notes use.
     */
    // prefault, not default: zod 4 returns a default as it is, and each stage needs its defaults (kind, aliases, closed) filled in.
    stages: z.array(StageConfigSchema).min(1).prefault(DEFAULT_STAGES),
    /** Rules that derive `roleFamily` from `position` when a note does not set it. */
    roleFamilies: z.array(RoleFamilyRuleSchema).default(DEFAULT_ROLE_FAMILIES as never),
    /** The family of positions no rule matches. It is shown like any other family. */
    unsortedFamily: z.string().min(1).default('Unsorted'),
    /** How many applications the overview lists as "recent". */
    recentCount: z.number().int().positive().default(8),
    /**
     * The address the site is served at, so that what leaves it (the calendar's events) can link
     * back to a page. Without it, links are the pages' paths.
     * @example 'https://dossier.example.com'
     */
    site: z
      .url({ protocol: /^https?$/, error: 'expected a web address starting with https:// or http://' })
      .transform((url) => url.replace(/\/+$/, ''))
      .optional(),
    /**
     * How many related articles an application page and its prep sheet show,
     * and how many applications an article page lists; most relevant first.
     * Notes an application names in its `articles` list are always shown. The
     * rest are on the company and role family pages.
     */
    relatedLimit: z.number().int().positive().default(8),
    /**
     * Days after sending an application (a stage of kind `sent`) without an
     * answer before "Next up" and the calendar remind you to follow up. A
     * note's own `followUpAfterDays` overrides it.
     */
    followUpAfterDays: z.number().int().positive().default(7),
    /**
     * Days an open application may stay at one stage before the weekly review
     * (`/week/`) lists it as stuck: no stage change for this many days.
     */
    stuckAfterDays: z.number().int().positive().default(14),
    /** Options of the proof-of-search report (`/activity/`, `/export/activity.csv`). */
    activity: ActivityConfigSchema.prefault({}),
    /**
     * Job descriptions longer than this many characters are folded into a
     * collapsible block on the application page.
     */
    collapseJobDescriptionOver: z.number().int().nonnegative().default(1200),
    /**
     * The reasons an application's `outcome.reason` may give for how it ended (rejected, withdrawn,
     * ghosted), in the order statistics list them. Replacing it replaces the whole list; the
     * defaults are `DEFAULT_OUTCOME_REASONS` above. A reason not in the list is an error with a
     * "did you mean" hint.
     * @example [{ key: technical-round, label: Technical round, aliases: [coding round] }]
     */
    outcomeReasons: z.array(OutcomeReasonSchema).min(1).prefault(DEFAULT_OUTCOME_REASONS),
    /** Options of the mentor build. */
    // prefault: the defaults are the ones written on each option above.
    share: ShareConfigSchema.prefault({}),
  })
  .strict()
  .superRefine((config, ctx) => {
    const seen = new Map<string, string>();
    for (const [i, stage] of config.stages.entries()) {
      for (const name of [stage.key, stage.label, ...stage.aliases]) {
        const folded = foldStageName(name);
        const owner = seen.get(folded);
        if (owner && owner !== stage.key) {
          ctx.addIssue({
            code: 'custom',
            path: ['stages', i],
            message: `"${name}" names both stage "${owner}" and stage "${stage.key}"; each label and alias must belong to one stage`,
          });
        }
        seen.set(folded, stage.key);
      }
    }
    const reasons = new Map<string, string>();
    for (const [i, reason] of config.outcomeReasons.entries()) {
      for (const name of [reason.key, reason.label, ...reason.aliases]) {
        const folded = foldStageName(name);
        const owner = reasons.get(folded);
        if (owner && owner !== reason.key) {
          ctx.addIssue({
            code: 'custom',
            path: ['outcomeReasons', i],
            message: `"${name}" names both reason "${owner}" and reason "${reason.key}"; each label and alias must belong to one reason`,
          });
        }
        reasons.set(folded, reason.key);
      }
    }
  });

export type UserConfigInput = z.input<typeof UserConfigSchema>;
export type UserConfig = z.output<typeof UserConfigSchema>;
export type StageConfig = z.output<typeof StageConfigSchema>;
export type OutcomeReason = z.output<typeof OutcomeReasonSchema>;
