import { z } from 'astro/zod';
import { describe } from '../lib/dates.ts';
import { isoDate, shareFlag } from './fields.ts';

/**
 * The optional front matter of a feedback file (`feedback/2026-12-06-anna.md`),
 * which a mentor writes by hand. Every field is optional; a file may start
 * straight with its first `## applications/<note>` section.
 */
export const FeedbackSchema = z
  .object({
    /** Who wrote the comments, as the pages name them ("Anna"). Without it, the file's name says. */
    from: z
      .string({ error: (iss) => `found ${describe(iss.input)}; expected a name, e.g. from: Anna` })
      .trim()
      .min(1)
      .optional(),
    /** The day the comments were written; without it, a `YYYY-MM-DD` at the start of the file's name. */
    date: isoDate().optional(),
    /**
     * The note the text before the first `##` section is about, as a section
     * heading names one: `applications/umbra-speech-scientist`, or just the
     * note's file name when only one note has it.
     * @example 'applications/umbra-speech-scientist'
     */
    about: z
      .string({
        error: (iss) => `found ${describe(iss.input)}; expected a note's key, e.g. applications/acme-engineer`,
      })
      .trim()
      .min(1)
      .optional(),
    /**
     * `true` puts the file's comments into the mentor copy (on the pages of
     * the shared notes they are about). Anything else keeps the file out of
     * it: feedback is the owner's to share, like every note.
     */
    share: shareFlag(),
  })
  .strict();

export type FeedbackData = z.output<typeof FeedbackSchema>;
