import { z } from 'astro/zod';
import type { StageIndex } from '../lib/stages.ts';
import { createReasonIndex, type ReasonIndex } from '../lib/outcome-reasons.ts';
import { DEFAULT_OUTCOME_REASONS, OutcomeReasonSchema } from '../config/schema.ts';
import {
  dayAndTime,
  durationMinutes,
  extraProperties,
  isoDate,
  reasonName,
  shareFlag,
  stageName,
  text,
  textList,
  webUrl,
} from './fields.ts';
import { describe } from '../lib/dates.ts';

/** Where the work happens. */
export const WORKPLACES = ['onsite', 'hybrid', 'remote'] as const;
/** Kinds of employment. */
export const EMPLOYMENT_TYPES = ['full-time', 'part-time', 'contract', 'internship'] as const;
/** Periods a salary is quoted per. */
export const PAY_PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;

const oneOf = <T extends readonly string[]>(allowed: T) =>
  z.enum(allowed as unknown as [T[number], ...T[number][]], {
    error: (iss) => `found ${describe(iss.input)}; allowed: ${allowed.join(', ')}`,
  });

/** Pay offered or asked for. Amounts are numbers without separators. */
export const SalarySchema = z
  .object(
    {
      /** Lower end of the range. @example 51000 */
      min: z
        .number({ error: (iss) => `found ${describe(iss.input)}; expected a number such as 51000` })
        .nonnegative()
        .optional(),
      /** Upper end of the range. @example 114100 */
      max: z
        .number({ error: (iss) => `found ${describe(iss.input)}; expected a number such as 114100` })
        .nonnegative()
        .optional(),
      /** ISO 4217 currency code. @example 'USD' */
      currency: z
        .string({ error: (iss) => `found ${describe(iss.input)}; expected a three-letter currency code such as USD` })
        .regex(/^[A-Za-z]{3}$/, {
          error: (iss) => `found ${describe(iss.input)}; expected a three-letter currency code such as USD, EUR or PLN`,
        })
        .transform((c) => c.toUpperCase())
        .optional(),
      /** What the amounts are per. */
      period: oneOf(PAY_PERIODS).default('year'),
    },
    {
      error: (iss) =>
        `found ${describe(iss.input)}; expected a mapping such as { min: 51000, max: 60000, currency: EUR }`,
    },
  )
  .strict()
  .refine((s) => s.min === undefined || s.max === undefined || s.min <= s.max, {
    error: (iss) => {
      const s = iss.input as { min: number; max: number };
      return `found min ${s.min} above max ${s.max}; the lower amount goes in min`;
    },
    path: ['min'],
  });

/** The kind of employment, with an optional term for fixed-term work. Plain `part-time` is accepted too. */
export const EmploymentSchema = z
  .union(
    [
      oneOf(EMPLOYMENT_TYPES).transform((type) => ({ type, term: undefined as string | undefined })),
      z
        .object({
          /** full-time, part-time, contract or internship. */
          type: oneOf(EMPLOYMENT_TYPES),
          /** Length of a fixed-term contract. @example '12 months' */
          term: text().optional(),
        })
        .strict(),
    ],
    {
      error: (iss) =>
        `found ${describe(iss.input)}; expected one of ${EMPLOYMENT_TYPES.join(', ')}, or { type: contract, term: 12 months }`,
    },
  )
  .optional();

/** A person met during the application. */
export const ContactSchema = z
  .object(
    {
      /** Full name. */
      name: text(),
      /** Their role, e.g. "Recruiter" or "Hiring manager". */
      role: text().optional(),
      /** E-mail address. */
      email: z
        .email({ error: (iss) => `found ${describe(iss.input)}; expected an e-mail address such as name@example.com` })
        .optional(),
    },
    {
      error: (iss) => `found ${describe(iss.input)}; expected a contact such as { name: Ann Example, role: Recruiter }`,
    },
  )
  .strict();

/**
 * A dated stage change: when the application moved to `stage`. A future date is an upcoming event (an
 * interview), which may carry a time of day (`date: 2026-12-03T10:00`) and a `duration` (`45m`).
 */
export const historyStep = (stages: StageIndex) =>
  z
    .object(
      {
        /** The stage reached (key, label or alias). */
        stage: stageName(stages),
        /** The day it happened, or will happen, with an optional time of day. @example 2026-12-03T10:00 */
        date: dayAndTime(),
        /** How long the event lasts, in the output as minutes. @example 45m */
        duration: durationMinutes().optional(),
        /** What happened, e.g. "30-minute call with the recruiter". */
        note: text().optional(),
      },
      {
        error: (iss) => `found ${describe(iss.input)}; expected a step such as { stage: screening, date: 2024-11-03 }`,
      },
    )
    .strict()
    // The day stays `date`, as every reader of history expects; the time of day, when written, is `time` (HH:MM).
    .transform(({ date, duration, note, stage }) => ({
      stage,
      date: date.date,
      ...(date.time !== undefined ? { time: date.time } : {}),
      ...(duration !== undefined ? { duration } : {}),
      ...(note !== undefined ? { note } : {}),
    }));

/** The default `outcomeReasons`, for a schema made without a configuration. */
const DEFAULT_REASONS = createReasonIndex(DEFAULT_OUTCOME_REASONS.map((r) => OutcomeReasonSchema.parse(r)));

/**
 * How an application ended, for a rejected, withdrawn or ghosted one: a configured reason and what
 * the employer said. Statistics count the reasons by the stage the application reached.
 */
export const outcomeSchema = (reasons: ReasonIndex) =>
  z
    .object(
      {
        /** Why it ended: a key, label or alias of `outcomeReasons` in dossier.config.yaml. @example technical-round */
        reason: reasonName(reasons).optional(),
        /** What they said, in your words or theirs. @example 'Strong on linguistics, not enough on the coding bar.' */
        feedback: text().optional(),
      },
      {
        error: (iss) =>
          `found ${describe(iss.input)}; expected a mapping such as { reason: technical-round, feedback: "…" }`,
      },
    )
    .strict();

/**
 * Frontmatter of `applications/*.mdx`: one note per job application.
 * Unknown top-level fields are an error (a typo such as `stge` must not be
 * dropped in silence); properties of the user's own go under `extra`.
 */
export const createApplicationSchema = (stages: StageIndex, reasons: ReasonIndex = DEFAULT_REASONS) =>
  z
    .object({
      /** The employer as the user writes it; grouped into companies by name or by a company note's aliases. */
      company: text().pipe(z.string().min(1, 'company is empty; name the employer')),
      /** The job title as posted. @example 'Language Engineer I' */
      position: text().pipe(z.string().min(1, 'position is empty; give the job title')),
      /** Where the application stands now: a stage key, label or alias. */
      stage: stageName(stages),
      /** The day the application was sent. */
      applied: isoDate().optional(),
      /** The CV version sent. @example 'Data Science Analyst' */
      cv: text().optional(),
      /** Role family; derived from `position` by the configured rules when absent. */
      roleFamily: text().optional(),
      /** City, country or region. */
      location: text().optional(),
      /** onsite, hybrid or remote. */
      workplace: oneOf(WORKPLACES).optional(),
      /** full-time, part-time, contract or internship, optionally with a term. */
      employment: EmploymentSchema,
      /** Pay range. Private by default in the mentor build. */
      salary: SalarySchema.optional(),
      /** The employer's requisition or job ID. */
      jobId: text().optional(),
      /** The posting's address. */
      url: webUrl().optional(),
      /** Where the posting was found, e.g. "LinkedIn" or "referral". */
      source: text().optional(),
      /** Languages the job requires. */
      languages: textList(),
      /** Free tags. */
      tags: textList(),
      /** People involved. Private by default in the mentor build. */
      contacts: z
        .array(ContactSchema, {
          error: (iss) => `found ${describe(iss.input)}; expected a list of {name, role, email}`,
        })
        .default([]),
      /** Dated stage changes, oldest first (they are sorted by date anyway). */
      history: z
        .array(historyStep(stages), {
          error: (iss) => `found ${describe(iss.input)}; expected a list of {stage, date, note}`,
        })
        .default([]),
      /**
       * How a rejected, withdrawn or ghosted application ended and why; a warning on one still open.
       * @example { reason: technical-round, feedback: Strong on linguistics, not enough on the coding bar. }
       */
      outcome: outcomeSchema(reasons).optional(),
      /** A date to act by, e.g. the closing date of the posting. */
      deadline: isoDate().optional(),
      /**
       * Days after sending (a stage of kind `sent`) without an answer before the overview and the calendar
       * remind you to follow up; overrides `followUpAfterDays` of dossier.config.yaml. @example 10
       */
      followUpAfterDays: z
        .number({ error: (iss) => `found ${describe(iss.input)}; expected a whole number of days such as 7` })
        .int()
        .positive()
        .optional(),
      /** Slugs of article notes read for this application. */
      articles: textList(),
      /** Whether the mentor build includes this note; only `true` shares. */
      share: shareFlag(),
      /**
       * Fields the importer filled by a guess or with a placeholder ("Unknown company"), to be checked
       * by the user; `npm run validate` warns about each one named here and the page shows a "needs review"
       * mark until the list is removed. @example [company, position]
       */
      review: textList(),
      /** Where an imported note came from: the file name (with " row N" for a spreadsheet row) or the web address. Shown on the page; re-importing uses it. */
      importedFrom: text().optional(),
      /** The user's own properties, kept and shown as they are. */
      extra: extraProperties(),
    })
    .strict();

export type ApplicationData = z.output<ReturnType<typeof createApplicationSchema>>;
