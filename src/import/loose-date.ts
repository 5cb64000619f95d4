// Subpath imports: date-fns's index loads ~250 modules, 2.3 s in Node 24 (src/lib/dates.ts says why).
// `parse` is the one heavy module kept (~0.9 s): it reads the named-month formats below.
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import { isoDay, type IsoDate } from '../lib/dates.ts';

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
  // Spreadsheets' and forms' own formats: "14-Oct-2026", "14-Oct-26", "14 Oct, 2026".
  'd-MMM-yyyy',
  'd-MMM-yy',
  'd-MMMM-yyyy',
  'd MMM, yyyy',
];

/**
 * The day a loosely written date stands for, or undefined. A Notion date
 * range ("October 22, 2024 → November 1, 2024") gives its first day; a time
 * of day is dropped, because notes carry days.
 */
export function parseLooseDate(input: string): IsoDate | undefined {
  const text = input
    .split(/\s*(?:→|->)\s*/)[0]!
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\s*\((?:GMT|UTC)[^)]*\)$/, '');
  if (!text) return undefined;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  const candidates = iso ? [iso[1]!] : [text];
  for (const candidate of candidates) {
    for (const pattern of FORMATS) {
      const date = parse(candidate, pattern, new Date(2000, 0, 1));
      if (isValid(date) && date.getFullYear() > 1900 && date.getFullYear() < 2200) return isoDay(date);
    }
  }
  return undefined;
}

/** Dates written inside prose ("Posted on October 3, 2024."), for finding one in a line. */
export const DATE_IN_TEXT =
  /\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}|\d{4}-\d{2}-\d{2})\b/;

/**
 * Month names in the importer's languages (Polish and Greek genitive forms, Polish abbreviations, Arabic's Egyptian
 * and one-word Levantine names, Hungarian), by month number.
 */
const MONTHS: Record<string, number> = {};
[
  ['january jan januar janvier janv ene enero janeiro stycznia styczeń sty jän يناير ιανουαρίου január', 1],
  [
    'february feb februar février fevrier févr fevr febrero fevereiro lutego luty lut فبراير شباط φεβρουαρίου február febr',
    2,
  ],
  ['march mar märz maerz mars marzo março marco marca marzec مارس آذار μαρτίου március márc', 3],
  ['april apr avril avr abril abr kwietnia kwiecień kwi أبريل ابريل نيسان απριλίου április ápr', 4],
  ['may mai mayo maio maja maj مايو أيار μαΐου május máj', 5],
  ['june jun juni juin junio junho czerwca czerwiec cze يونيو يونية حزيران ιουνίου június jún', 6],
  ['july jul juli juillet juil julio julho lipca lipiec lip يوليو يولية تموز ιουλίου július júl', 7],
  ['august aug août aout agosto ago sierpnia sierpień sie أغسطس اغسطس αυγούστου augusztus', 8],
  [
    'september sep sept septembre septiembre setembro września wrzesień wrz سبتمبر أيلول σεπτεμβρίου szeptember szept',
    9,
  ],
  ['october oct oktober octobre octubre outubro października październik paź okt أكتوبر اكتوبر οκτωβρίου október', 10],
  ['november nov novembre noviembre novembro listopada listopad lis نوفمبر νοεμβρίου', 11],
  [
    'december dec déc dezember décembre decembre diciembre dic dezembro grudnia grudzień gru desember des dez ديسمبر δεκεμβρίου',
    12,
  ],
].forEach(([names, n]) => {
  for (const name of (names as string).split(' ')) MONTHS[name] = n as number;
});

const pad2 = (n: number | string) => String(n).padStart(2, '0');
const validDay = (y: number, m: number, d: number) => {
  const iso = `${y}-${pad2(m)}-${pad2(d)}`;
  return parseLooseDate(iso);
};

/**
 * The first date in a stretch of text, in any of the importer's languages:
 * "14 March 2025", "Sunday 6th April 2025", "14. März 2025", "14 de março de
 * 2025", "ngày 14 tháng 3 năm 2025", "2025-03-14", and numeric dates, read
 * day-first when `dayFirst` (Europe, Latin America, Vietnam) unless the
 * numbers say otherwise ("04/30/2025" can only be month-first).
 */
export function dateInText(text: string, dayFirst = true): IsoDate | undefined {
  const t = text.toLowerCase();
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(t);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const vi = /ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*(?:năm\s*)?(\d{4})/.exec(t);
  if (vi) return validDay(Number(vi[3]), Number(vi[2]), Number(vi[1]));
  // Korean and Chinese: "2026년 12월 15일", "2026年12月15日"; "2026.12.15", year first.
  const ymd = /(\d{4})\s*[년年]\s*(\d{1,2})\s*[월月]\s*(\d{1,2})|\b(\d{4})\.(\d{1,2})\.(\d{1,2})\b/u.exec(t);
  if (ymd) return validDay(Number(ymd[1] ?? ymd[4]), Number(ymd[2] ?? ymd[5]), Number(ymd[3] ?? ymd[6]));
  // Hungarian, year first: "2026. december 18.", "2027. jan. 8.".
  const hu = /(\d{4})\.\s*([\p{L}]{3,12})\.?\s*(\d{1,2})\.?(?!\d)/u.exec(t);
  if (hu && MONTHS[hu[2]!]) return validDay(Number(hu[1]), MONTHS[hu[2]!]!, Number(hu[3]));
  const dm = /(\d{1,2})(?:st|nd|rd|th|\.|º)?\s*(?:de\s+)?([\p{L}]{3,12})\.?,?\s*(?:de\s+)?(\d{4})/u.exec(t);
  if (dm && MONTHS[dm[2]!]) return validDay(Number(dm[3]), MONTHS[dm[2]!]!, Number(dm[1]));
  const md = /([\p{L}]{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/u.exec(t);
  if (md && MONTHS[md[1]!]) return validDay(Number(md[3]), MONTHS[md[1]!]!, Number(md[2]));
  const num = /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})\b/.exec(t);
  if (num) {
    const a = Number(num[1]);
    const b = Number(num[3]);
    const y = Number(num[4]!.length === 2 ? `20${num[4]}` : num[4]);
    // A dotted date is day-first in every language that writes one.
    const df = a > 12 ? true : b > 12 ? false : num[2] === '.' ? true : dayFirst;
    return df ? validDay(y, b, a) : validDay(y, a, b);
  }
  return undefined;
}
