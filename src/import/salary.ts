import type { PAY_PERIODS } from '../schemas/application.ts';

export interface Salary {
  min?: number;
  max?: number;
  currency?: string;
  period: (typeof PAY_PERIODS)[number];
}

// Symbols and words before or after an amount, by ISO 4217 code. "$" alone is
// read as USD, the currency it means on the careers sites this is written for.
const CURRENCIES: [string, string][] = [
  ['US$', 'USD'], ['CA$', 'CAD'], ['C$', 'CAD'], ['AU$', 'AUD'], ['A$', 'AUD'], ['NZ$', 'NZD'], ['HK$', 'HKD'], ['S$', 'SGD'],
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₩', 'KRW'], ['₺', 'TRY'], ['zł', 'PLN'], ['R$', 'BRL'],
  ['Kč', 'CZK'], ['Fr.', 'CHF'],
];
const CODES = ['USD', 'EUR', 'GBP', 'PLN', 'CHF', 'CAD', 'AUD', 'NZD', 'INR', 'JPY', 'SEK', 'NOK', 'DKK', 'CZK', 'HUF', 'RON', 'BGN', 'BRL', 'MXN', 'SGD', 'HKD', 'ZAR', 'ILS', 'TRY', 'CNY', 'KRW', 'UAH'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SYMBOL = [...CURRENCIES.map(([s]) => escape(s)), ...CODES].sort((a, b) => b.length - a.length).join('|');
const NUMBER = String.raw`\d{1,3}(?:[,.\s\u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
// "$51,000", "USD 4,000", "4 000 zł", "45k €", "€45k".
const AMOUNT = new RegExp(
  String.raw`(?:(${SYMBOL})\s?(${NUMBER})(\s?[kK]\b)?)|(?:(${NUMBER})(\s?[kK]\b)?\s?(${SYMBOL})(?![A-Za-z]))`,
  'g',
);

const PERIODS: [RegExp, Salary['period']][] = [
  [/\/\s?(?:hr|hour|h)\b|\bper hour\b|\bhourly\b|\ban hour\b|\bph\b/i, 'hour'],
  [/\/\s?(?:day)\b|\bper day\b|\bdaily\b|\ba day\b/i, 'day'],
  [/\/\s?(?:wk|week)\b|\bper week\b|\bweekly\b|\ba week\b/i, 'week'],
  [/\/\s?(?:mo|month|mth)\b|\bper month\b|\bmonthly\b|\ba month\b|\bmiesięcznie\b|\bmonatlich\b/i, 'month'],
  [/\/\s?(?:yr|year|annum|a)\b|\bper (?:year|annum)\b|\bannual(?:ly)?\b|\byearly\b|\ba year\b|\bp\.a\.|\brocznie\b|\bjährlich\b/i, 'year'],
];

/** Words that say a line is about pay, so that "$5 billion in revenue" is not read as a salary. */
const PAY_WORDS = /\b(?:salary|salaries|pay|paid|compensation|wage|wages|rate|remuneration|earn|OTE|base|gross|net|brutto|netto|range)\b|\/\s?(?:hr|hour|yr|year|month|mo)\b|\bper (?:hour|year|annum|month|week|day)\b/i;

function toNumber(raw: string, thousands: boolean): number {
  let s = raw.replace(/[\s\u00a0\u202f]/g, '');
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    s = s.split(decimal === ',' ? '.' : ',').join('').replace(',', '.');
  } else {
    const sep = lastComma >= 0 ? ',' : lastDot >= 0 ? '.' : '';
    if (sep) {
      const groups = s.split(sep);
      // "51,000" and "4.000" group thousands; "25.50" and "12,5" carry decimals.
      const grouped = groups.length > 2 || groups[groups.length - 1]!.length === 3;
      s = grouped ? groups.join('') : groups.join('.');
    }
  }
  const value = Number(s);
  return thousands ? value * 1000 : value;
}

interface Amount {
  value: number;
  currency: string;
  index: number;
  end: number;
}

function amountsIn(line: string): Amount[] {
  const found: Amount[] = [];
  for (const m of line.matchAll(AMOUNT)) {
    const symbol = m[1] ?? m[6]!;
    const number = m[2] ?? m[4]!;
    const k = Boolean(m[3] ?? m[5]);
    const code = CODES.includes(symbol.toUpperCase()) ? symbol.toUpperCase() : CURRENCIES.find(([s]) => s === symbol)?.[1];
    if (!code) continue;
    found.push({ value: toNumber(number, k), currency: code, index: m.index, end: m.index + m[0].length });
  }
  return found;
}

/**
 * The pay range a posting states: the first line that talks about pay and
 * holds amounts with a currency. "$51,000/year … up to $114,100/year",
 * "$40,400 – $86,500 per year", "€25–30 per hour", "PLN 12,000 monthly".
 */
export function extractSalary(text: string): Salary | undefined {
  for (const line of text.split('\n')) {
    if (!PAY_WORDS.test(line)) continue;
    const amounts = amountsIn(line);
    if (amounts.length === 0) continue;
    const first = amounts[0]!;
    // A range: the second amount follows within a short stretch of the same sentence.
    const second = amounts.find((a, i) => i > 0 && a.currency === first.currency && a.index - first.end < 120 && !/[.!?]\s/.test(line.slice(first.end, a.index)));
    // "€25–30 per hour": a bare number after a dash completes a range.
    const bare = second ? undefined : new RegExp(String.raw`^\s*(?:-|–|—|to)\s*(${NUMBER})(\s?[kK]\b)?`).exec(line.slice(first.end));
    const window = line.slice(Math.max(0, first.index - 60), (second?.end ?? first.end + (bare?.[0].length ?? 0)) + 40);
    const period = PERIODS.find(([re]) => re.test(window))?.[1] ?? (first.value < 500 ? 'hour' : 'year');
    const before = line.slice(Math.max(0, first.index - 12), first.index);
    // "9 000 – 12 000 PLN": the currency comes after the range, so the lower bound is a bare number before it.
    const lower = second ? undefined : new RegExp(String.raw`(${NUMBER})(\s?[kK]\b)?\s*(?:-|–|—|to)\s*$`).exec(line.slice(Math.max(0, first.index - 30), first.index));
    if (lower) {
      const min = toNumber(lower[1]!, Boolean(lower[2]));
      if (min <= first.value) return { min, max: first.value, currency: first.currency, period };
    }
    if (second) return { min: Math.min(first.value, second.value), max: Math.max(first.value, second.value), currency: first.currency, period };
    if (bare) {
      const max = toNumber(bare[1]!, Boolean(bare[2]));
      if (max >= first.value) return { min: first.value, max, currency: first.currency, period };
    }
    if (/up to\s*$/i.test(before)) return { max: first.value, currency: first.currency, period };
    return { min: first.value, max: first.value, currency: first.currency, period };
  }
  return undefined;
}
