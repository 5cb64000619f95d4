import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node';
import { francAll } from 'franc-min';
import { isoDay, type IsoDate } from '../lib/dates.ts';
import { dateInText } from './loose-date.ts';

/**
 * Dates in running text, in many languages, through chrono-node: "Friday,
 * May 2nd, 2025", "bis zum 15. März 2026", "avant le 3 juin 2025", "до 15
 * марта". The text's language (franc) picks chrono's parser; a date without a
 * year is taken in the year of `reference` or the next one (a deadline is
 * ahead of the posting). Numeric dates ("03/04/2025") are read day-first
 * except in US English. Polish, Norwegian and Vietnamese month names, which
 * chrono does not know, are read by loose-date.ts.
 */

type Parser = { parse: (text: string, ref?: Date, opts?: { forwardDate?: boolean }) => Chrono.ParsedResult[] };

let chronoModule: typeof Chrono | undefined;
/** chrono-node, loaded on the first date to read: its 267 modules cost a CLI that imports only spreadsheets a second. */
function chrono(): typeof Chrono {
  chronoModule ??= createRequire(import.meta.url)('chrono-node') as typeof Chrono;
  return chronoModule;
}

/** chrono's parser for franc's ISO 639-3 code: the language's own, day-first where that language writes dates so. */
function parserFor(language: string | undefined): Parser | undefined {
  const c = chrono();
  const parsers: Record<string, Parser> = {
    eng: c.en.GB,
    deu: c.de,
    fra: c.fr,
    spa: c.es,
    por: c.pt,
    ita: c.it,
    nld: c.nl,
    swe: c.sv,
    rus: c.ru,
    ukr: c.uk,
    jpn: c.ja,
    cmn: c.zh,
    fin: c.fi,
    vie: c.vi,
  };
  return language ? parsers[language] : undefined;
}

/** The language of a text, as franc's ISO 639-3 code, or undefined when it cannot tell. */
let lastText: string | undefined;
let lastLanguage: string | undefined;
export function languageOf(text: string): string | undefined {
  if (text === lastText) return lastLanguage;
  lastText = text;
  lastLanguage = detect(text);
  return lastLanguage;
}

function detect(text: string): string | undefined {
  const sample = text.slice(0, 4000);
  if (/[\u3040-\u30ff]/.test(sample)) return 'jpn';
  const [best] = francAll(sample, { minLength: 20 });
  return best && best[0] !== 'und' ? best[0] : undefined;
}

/** Whether dates in this text are written month-first (US English). */
export function monthFirst(text: string): boolean {
  return /\$\s?\d/.test(text) && !/[£€]|zł|R\$/.test(text) && (languageOf(text) ?? 'eng') === 'eng';
}

/**
 * The first calendar day named in `text`, or undefined. Only days: a bare
 * month ("in May"), a weekday alone or a relative phrase ("tomorrow") is not a
 * date a note can hold.
 */
export function dayIn(
  text: string,
  opts: { language?: string; reference?: Date; usOrder?: boolean } = {},
): IsoDate | undefined {
  const c = chrono();
  const parsers: Parser[] = [];
  if (opts.usOrder) parsers.push(c.en);
  const own = parserFor(opts.language);
  if (own) parsers.push(own);
  if (own !== c.en.GB) parsers.push(c.en.GB);
  let best: { index: number; day: IsoDate } | undefined;
  let yearless: { index: number; day: IsoDate } | undefined;
  for (const parser of parsers) {
    for (const result of parser.parse(text, opts.reference ?? new Date(), { forwardDate: true })) {
      const s = result.start;
      if (!s.isCertain('day') || !s.isCertain('month')) continue;
      // "de 30 minutes", "in 3 days": a span from now (the day of the import), no date the document states.
      if (result.tags().has('result/relativeDate')) continue;
      // A day without a year is read only against the document's own date: "30 November" in a 2025 newsletter.
      if (!s.isCertain('year') && !opts.reference) continue;
      // A date is only as good as its year: without one, the reference decides (forwardDate).
      const day = isoDay(s.date());
      const found = { index: result.index, day };
      if (s.isCertain('year')) {
        if (!best || result.index < best.index) best = found;
      } else if (!yearless || result.index < yearless.index) yearless = found;
      break;
    }
  }
  // A day with its year in a language chrono does not read ("18 Δεκεμβρίου 2026") wins over a yearless reading of
  // something else (a reference "12/26").
  return best?.day ?? dateInText(text, !opts.usOrder) ?? yearless?.day;
}

/** The document's own date, for reading days written without a year: the first full date in its first lines. */
export function documentDate(text: string, opts: { language?: string; usOrder?: boolean } = {}): Date | undefined {
  for (const line of text.split('\n', 60)) {
    if (!/\b(?:19|20)\d\d\b/.test(line) || line.length > 300) continue;
    const day = dayIn(line, { ...opts, reference: undefined });
    if (day) return new Date(`${day}T12:00:00`);
  }
  return undefined;
}
