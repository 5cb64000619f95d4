import { z } from 'astro/zod';
import { describe, readDate, utcDay, type IsoDate } from '../lib/dates.ts';
import type { StageIndex } from '../lib/stages.ts';
import type { ReasonIndex } from '../lib/outcome-reasons.ts';
import { didYouMean } from '../lib/suggest.ts';

/**
 * Field types shared by the note schemas. Each one accepts what people
 * actually write (a label instead of a key, a date that YAML already turned
 * into a Date) and normalizes it, or fails with a message that says what was
 * found and what is allowed.
 */

/** A calendar day, output as `YYYY-MM-DD`. */
export const isoDate = () =>
  z.unknown().transform((value, ctx): IsoDate => {
    const result = readDate(value);
    if (result.ok) return result.date;
    ctx.issues.push({ code: 'custom', message: result.message, input: value });
    return z.NEVER;
  });

/** A day with an optional time of day: `2026-12-03` or `2026-12-03T10:00` (also `2026-12-03 10:00`). */
export const dayAndTime = () =>
  z.unknown().transform((value, ctx): { date: IsoDate; time?: string } => {
    const result = readDate(value);
    if (!result.ok) {
      ctx.issues.push({ code: 'custom', message: result.message, input: value });
      return z.NEVER;
    }
    // js-yaml reads a full timestamp (with seconds) as a Date at that UTC instant; a written HH:MM stays text.
    let hours: number | undefined;
    let minutes: number | undefined;
    if (value instanceof Date && (value.getUTCHours() || value.getUTCMinutes())) {
      hours = value.getUTCHours();
      minutes = value.getUTCMinutes();
    } else if (typeof value === 'string') {
      const m = /^\d{4}-\d{2}-\d{2}[T ](\d{1,2}):(\d{2})/.exec(value.trim());
      if (m) [hours, minutes] = [Number(m[1]), Number(m[2])];
      else if (/[T ]/.test(value.trim())) {
        ctx.issues.push({
          code: 'custom',
          message: `found "${value}"; expected a time of day as YYYY-MM-DDTHH:MM, e.g. 2026-12-03T10:00`,
          input: value,
        });
        return z.NEVER;
      }
    }
    if (hours === undefined || minutes === undefined) return { date: result.date };
    if (hours > 23 || minutes > 59) {
      ctx.issues.push({
        code: 'custom',
        message: `found "${String(value)}", which is not a time of day; expected HH:MM from 00:00 to 23:59`,
        input: value,
      });
      return z.NEVER;
    }
    return { date: result.date, time: `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}` };
  });

/** A length of time in minutes: `45m`, `1h`, `1h30m`, `1.5h`, or a number of minutes. */
export const durationMinutes = () =>
  z.unknown().transform((value, ctx): number => {
    const fail = () => {
      ctx.issues.push({
        code: 'custom',
        message: `found ${describe(value)}; expected a length such as 45m, 1h or 1h30m`,
        input: value,
      });
      return z.NEVER;
    };
    if (typeof value === 'number') return Number.isInteger(value) && value > 0 && value <= 24 * 60 ? value : fail();
    if (typeof value !== 'string') return fail();
    const m = /^\s*(?:(\d+(?:\.\d+)?)\s*h)?\s*(?:(\d+)\s*(?:m|min))?\s*$/i.exec(value);
    if (!m || (m[1] === undefined && m[2] === undefined)) return fail();
    const total = Math.round(Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0));
    return total > 0 && total <= 24 * 60 ? total : fail();
  });

/** A pipeline stage: a key, label or alias from the configuration, output as the key. */
export const stageName = (stages: StageIndex) =>
  z.unknown().transform((value, ctx): string => {
    const key = typeof value === 'string' ? stages.normalize(value) : undefined;
    if (key) return key;
    const found = describe(value);
    const hint = typeof value === 'string' ? didYouMean(value, [...stages.names, ...stages.keys]) : '';
    ctx.issues.push({
      code: 'custom',
      input: value,
      message: `found ${found}${hint}; allowed: ${stages.keys.map((k) => `${k} ("${stages.label(k)}")`).join(', ')}`,
    });
    return z.NEVER;
  });

/** Why an application ended: a configured reason's key, label or alias (`outcomeReasons`), output as the key. */
export const reasonName = (reasons: ReasonIndex) =>
  z.unknown().transform((value, ctx): string => {
    const key = typeof value === 'string' || typeof value === 'number' ? reasons.normalize(String(value)) : undefined;
    if (key) return key;
    const hint = typeof value === 'string' ? didYouMean(value, [...reasons.names, ...reasons.keys]) : '';
    ctx.issues.push({
      code: 'custom',
      input: value,
      message: `found ${describe(value)}${hint}; allowed: ${reasons.keys.map((k) => `${k} ("${reasons.label(k)}")`).join(', ')} (outcomeReasons in dossier.config.yaml)`,
    });
    return z.NEVER;
  });

/** Free text on one line. Numbers are accepted and kept as text (a job ID of digits, a CV named 2024). */
export const text = () =>
  z
    .union([z.string(), z.number()], {
      error: (iss) => `found ${describe(iss.input)}; expected text${quoteHint(iss.input)}`,
    })
    .transform((v) => String(v).trim());

/** YAML reads an unquoted 2025-10-04, true or null as a date, a boolean or nothing: quotes keep it text. */
function quoteHint(value: unknown): string {
  if (value instanceof Date)
    return ` (YAML reads an unquoted date as a date): write it in quotes, "${describe(value)}"`;
  if (typeof value === 'boolean' || value === null)
    return ` (YAML reads an unquoted ${String(value)} as ${value === null ? 'nothing' : 'true/false'}): write the text in quotes`;
  return '';
}

/** A list of short texts; a single text is read as a list of one. */
export const textList = () =>
  z
    .union([z.array(text()), text()], { error: (iss) => `found ${describe(iss.input)}; expected a list of texts` })
    .transform((v) => (Array.isArray(v) ? v : [v]).filter((s) => s !== ''))
    .default([]);

/** A web address (http or https). */
export const webUrl = () =>
  z.string({ error: (iss) => `found ${describe(iss.input)}; expected a web address starting with https://` }).refine(
    (v) => {
      try {
        return ['http:', 'https:'].includes(new URL(v).protocol);
      } catch {
        return false;
      }
    },
    { error: (iss) => `found ${describe(iss.input)}; expected a web address starting with https:// or http://` },
  );

/**
 * Whether the note appears in the mentor build. Only the boolean `true`
 * shares; a string such as "yes" is an error rather than a guess, because a
 * wrong guess would publish a private note.
 */
export const shareFlag = () =>
  z.boolean({ error: (iss) => `found ${describe(iss.input)}; expected true or false (without quotes)` }).optional();

/** Properties the user keeps that Dossier has no field for ("GPT Consult: No"). Shown on the page as they are. */
export const extraProperties = () =>
  z
    .record(
      z.string(),
      z.union(
        [
          z.string(),
          z.number(),
          z.boolean(),
          z.null(),
          z.date().transform((d) => utcDay(d) ?? ''),
          z.array(z.union([z.string(), z.number(), z.boolean()])),
        ],
        {
          error: (iss) =>
            `found ${describe(iss.input)}; an extra property holds text, a number, true/false or a list of those`,
        },
      ),
      { error: (iss) => `found ${describe(iss.input)}; expected a mapping of "Property: value" lines` },
    )
    .default({});
