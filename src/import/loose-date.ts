import { format, isValid, parse } from 'date-fns';
import type { IsoDate } from '../lib/dates.ts';

// What Notion, careers sites and people write: "October 22, 2024",
// "Oct 22, 2024 6:09 PM", "22 October 2024", "2024-10-22". Day-first and
// month-first numeric dates (10/11/2024) are ambiguous, so they are not read.
const FORMATS = [
  'yyyy-MM-dd',
  'MMMM d, yyyy',
  'MMMM d, yyyy h:mm a',
  'MMM d, yyyy',
  'MMM d, yyyy h:mm a',
  'MMM. d, yyyy',
  'd MMMM yyyy',
  'd MMM yyyy',
  'MMMM d yyyy',
  'EEEE, MMMM d, yyyy',
];

/**
 * The day a loosely written date stands for, or undefined. A Notion date
 * range ("October 22, 2024 → November 1, 2024") gives its first day; a time
 * of day is dropped, because notes carry days.
 */
export function parseLooseDate(input: string): IsoDate | undefined {
  const text = input.split(/\s*(?:→|->)\s*/)[0]!.trim().replace(/\s+/g, ' ').replace(/\s*\((?:GMT|UTC)[^)]*\)$/, '');
  if (!text) return undefined;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  const candidates = iso ? [iso[1]!] : [text];
  for (const candidate of candidates) {
    for (const pattern of FORMATS) {
      const date = parse(candidate, pattern, new Date(2000, 0, 1));
      if (isValid(date) && date.getFullYear() > 1900 && date.getFullYear() < 2200) return format(date, 'yyyy-MM-dd') as IsoDate;
    }
  }
  return undefined;
}

/** Dates written inside prose ("Posted on October 3, 2024."), for finding one in a line. */
export const DATE_IN_TEXT =
  /\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}|\d{4}-\d{2}-\d{2})\b/;
