import { caselessPattern } from './lexicon.ts';
import type { PAY_PERIODS } from '../schemas/application.ts';
import { languageOf } from './text-dates.ts';

export interface Salary {
  min?: number;
  max?: number;
  currency?: string;
  period: (typeof PAY_PERIODS)[number];
}

// Symbols and words before or after an amount, by ISO 4217 code. "$" alone is the dollar of the country the
// text names, and USD when it names none (see dollarOf).
const CURRENCIES: [string, string][] = [
  ['US$', 'USD'],
  ['CA$', 'CAD'],
  ['C$', 'CAD'],
  ['AU$', 'AUD'],
  ['A$', 'AUD'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['S$', 'SGD'],
  ['$', 'DOLLAR'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['원', 'KRW'],
  ['₺', 'TRY'],
  ['zł', 'PLN'],
  ['R$', 'BRL'],
  ['Kč', 'CZK'],
  ['Fr.', 'CHF'],
  ['₫', 'VND'],
  ['VNĐ', 'VND'],
  ['đ', 'VND'],
  ['kr.', 'KR'],
  ['kr', 'KR'],
  ['Ft', 'HUF'],
  ['Rp', 'IDR'],
  ['₽', 'RUB'],
  ['руб.', 'RUB'],
  ['руб', 'RUB'],
  ['円', 'JPY'],
  ['TL', 'TRY'],
  ['درهم', 'AED'],
  ['د.إ', 'AED'],
  ['ريال', 'SAR'],
  ['جنيه', 'EGP'],
  // Currencies written as words after the figure: "2050.00 Euros", "5 000 złotych", "3.500 reais".
  ['euros', 'EUR'],
  ['Euros', 'EUR'],
  ['EUROS', 'EUR'],
  ['euro', 'EUR'],
  ['Euro', 'EUR'],
  ['złotych', 'PLN'],
  ['reais', 'BRL'],
  ['rupees', 'INR'],
  ['dollars', 'DOLLAR'],
  ['pounds', 'GBP'],
];
/**
 * Every ISO 4217 code the runtime knows (Intl), as a posting may write it before or after an amount ("RUB
 * 250 000", "4 000 CHF"), less the few that are also common capitalised words.
 */
const CODES = Intl.supportedValuesOf('currency')
  .filter((c) => !['ALL', 'TOP', 'CUP', 'BOB', 'MOP', 'SOS', 'PEN', 'TRY'].includes(c))
  .concat('TRY');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** South Africa's rand, "R 450 000" or "R450k": an R of its own before a figure, never a word's last letter. */
const RAND = String.raw`(?<![\p{L}\p{N}])R(?=\s?\d)`;
const SYMBOL =
  [...CURRENCIES.map(([s]) => escape(s)), ...CODES].sort((a, b) => b.length - a.length).join('|') + `|${RAND}`;
// "8,00,000" (India's lakh grouping) first; then "51,000", "4.000", "95'000" (Switzerland's), "4 000"; then plain.
const NUMBER = String.raw`\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?|\d{1,3}(?:[,.'’\s\u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
// Words that multiply the amount before them: "45k", "12 tys.", "R$ 8 mil", "15 triệu", "4,000만", "R 1.2m".
const MULTIPLIER = String.raw`\s?(?:[kK](?![\p{L}\p{N}])|tys\.?(?![\p{L}])|mil(?![\p{L}])|triệu|tr(?![\p{L}])|万|만|\s?(?:[Ll]akhs?|[Ll]acs?|LPA)(?![\p{L}])|m(?![\p{L}]))`;
// "$51,000", "USD 4,000", "4 000 zł", "45k €", "€45k".
const AMOUNT = new RegExp(
  String.raw`(?:(${SYMBOL})\s?(${NUMBER})(${MULTIPLIER})?)|(?:(${NUMBER})(${MULTIPLIER})?\s?(${SYMBOL})(?![A-Za-z\p{L}]))`,
  'gu',
);
const multiplierOf = (m: string | undefined) =>
  !m ? 1 : /triệu|tr|^\s?m$/.test(m) ? 1_000_000 : /万|만/.test(m) ? 10_000 : /lakh|lac|LPA/i.test(m) ? 100_000 : 1000;

const PERIODS: [RegExp, Salary['period']][] = [
  [
    /\/\s?(?:hr|hour|h|godz\.?|std\.?|heure|hora|time|t|giờ)(?![\p{L}])|\bper hour\b|\bhourly\b|\ban hour\b|\bph\b|za godzinę|pro stunde|stundenlohn|de l.heure|par heure|por hora|per time|timelønn|timlön|timeløn|mỗi giờ/iu,
    'hour',
  ],
  [
    /\/\s?(?:day|dzień|tag|jour|día|dia|dag|ngày)(?![\p{L}])|\bper day\b|\bdaily\b|\ba day\b|dziennie|pro tag|par jour|por día|por dia|per dag/iu,
    'day',
  ],
  [/\/\s?(?:wk|week)\b|\bper week\b|\bweekly\b|\ba week\b/i, 'week'],
  [
    /\/\s?(?:mo|month|mth|mies\.?|mc|msc|monat|mois|mes|mês|mnd|måned|mån|månad|md|tháng)(?![\p{L}])|\bper month\b|\bmonthly\b|\ba month\b|miesięcznie|mies\.|monatlich|pro monat|brutto\/monat|monatsgehalt|monatslohn|monatsbrutto|par mois|mensuel|al mes|mensual|por mes|por mês|mensais|mensal|per måned|pr\.? mnd|i måneden|mỗi tháng|một tháng|hàng tháng|per maand|im monat|om måneden|i månaden|per månad|i måneden|i måneden|měsíčně|в месяц|månadslön|månedsløn|månedslønn|\/ ?ay(?![\p{L}])|\/ ?kk(?![\p{L}])|月給|al mese|شهري|प्रति माह|प्रति महीना|मासिक|월급|월 급여|(?<![\p{L}])월\s*(?=\d)|\/\s?(?:bulan|μήνα)(?![\p{L}])|per bulan|τον μήνα|μηνιαίως/iu,
    'month',
  ],
  [
    /\/\s?(?:yr|year|annum|a|rok|jahr|an|año|ano|år|năm)(?![\p{L}])|\bper (?:year|annum)\b|\bannual(?:ly)?\b|\byearly\b|\ba year\b|\bp\.a\.|\bpa\b|rocznie|jährlich|pro jahr|jahresgehalt|par an|annuel|al año|anual|por año|por ano|anuais|per år|pr\.? år|i året|årslønn|mỗi năm|hàng năm|per jaar|om året|LPA|lakhs? per annum|ročně|в год|årslön|årsløn|年収|all'anno|annui|प्रति वर्ष|सालाना|वार्षिक|연봉/iu,
    'year',
  ],
];

/** Words that say a line is about pay, so that "$5 billion in revenue" is not read as a salary. */
const PAY_WORDS =
  /\b(?:salary|salaries|pay|paid|compensation|comp(?=\s*:)|wage|wages|rate|remuneration|earn|OTE|base|basic|gross|net|brutto|netto|range|lohn|stundenlohn|wynagrodzenie|stawka|pensja|widełki|gehalt|vergütung|jahresgehalt|salaire|rémunération|salario|sueldo|salário|remuneração|faixa salarial|lønn|lønnsramme|lønnstrinn|lương|thu nhập|mức lương|mzda|maaş|palkka|salaris|loon|зарплата|給与|年収|月給|lön|løn|ral|stipendio|retribuzione|gaji|μισθός|αποδοχές)|\/\s?(?:hr|hour|yr|year|month|mo|mies|godz|monat|mês|mes|mnd|tháng|năm|bulan|μήνα)(?![\p{L}])|\bper (?:hour|year|annum|month|week|day)\b/iu;
/** A figure under a million, as pay is written: "47 000", "50.000", "47000" (revenue and budgets run higher). */
const FIGURE = String.raw`(?:\d{1,3}(?:[ .,\u00a0\u202f]\d{3})?|\d{4,6})(?![\d.,]\d)`;

/** Currencies written after the figure ("47 000 kr", "3 500 zł", "50.000 €"). */
const CURRENCY_AFTER = String.raw`€|eur|kr|sek|nok|dkk|zł|pln|kč|czk|chf|lei|ron|ft|huf`;

/**
 * Amounts that read as pay without a pay word: a range in thousands ("€70–85k", "$115k–$135k", "£58,000 – £65,000"), an amount
 * by the hour, month or year in words PAY_WORDS lacks ("Hourly: $35-$55", "€ 14,80 per uur", "15 €/Std.",
 * "42 000 € bruts annuels", "18-24 LPA").
 */
const PAY_SHAPE =
  /[€$£]\s?\d{2,3}(?:[.,]\d)?\s?k?\s?[-–—]\s?[€$£]?\d{2,3}(?:[.,]\d)?\s?k(?![\p{L}])|[€$£]\s?\d{1,3}(?:[.,]\d{3}){1,2}\s?[-–—]\s?[€$£]\s?\d{1,3}(?:[.,]\d{3}){1,2}(?![\d.,]|\s?(?:m|bn|million|billion)(?![\p{L}]))|(?<![\p{L}])(?:hourly|bruts?|per uur|per maand|per jaar|per stunde|pro stunde|mensual(?:es)?|mensais?|mensile|par mois|al mes|por mes|por mês|al mese|lpa|ctc|lacs?|lakhs?)(?![\p{L}])|\/\s?std\.?/iu;

/**
 * Pay written with its currency after the figures, as Nordic, Central European and French boards write it:
 * per period ("47 000 kr/mån", "3 500 zł/mies.") or as a range ("50.000 € - 60.000 €", "45 000 Kč – 55 000 Kč").
 */
const PAY_SHAPE_AFTER = new RegExp(
  String.raw`(?<![\d.,])${FIGURE}\s?(?:${CURRENCY_AFTER})\.?\s?(?:\/\s?(?:mo|month|mån|månad|mnd|måned|mies|měs|monat|mois|mes|mês|h|hr|hour|std|tim|timme|time|år|year|jahr|an|año|ano|rok)(?![\p{L}])|[-–—]\s?${FIGURE}\s?(?:${CURRENCY_AFTER})(?![\p{L}]))`,
  'iu',
);

/**
 * Sentences about amounts that are not the pay: pensions and employer
 * contributions, allowances, bonuses, budgets, benefits in kind. A pension
 * scheme's salary bands ("for salaries of £12,360 to £42,665") are the
 * classic trap.
 */
const NOT_PAY =
  /pension|superannuation|employer contribution|contribution rate|401\s?\(?k|allowance|stipend|relocation|sign(?:ing|-on) bonus|bonus|budget|reimburse|voucher|equity|stock|shares|benefit|perk|insurance|learning|training fund|gym|meal|lunch|revenue|funding|raised|turnover|emerytal|ppk|dofinansowanie|premia|zuschuss|prämie|betriebsrente|mutuelle|prime|ticket|vale|auxílio|auxilio|plr|plano de saúde|pensjon|forsikring|bảo hiểm|thưởng|phụ cấp|επίδομα/iu;

function toNumber(raw: string, multiplier: number | boolean): number {
  let s = raw.replace(/[\s\u00a0\u202f'’]/g, '');
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    s = s
      .split(decimal === ',' ? '.' : ',')
      .join('')
      .replace(',', '.');
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
  const times = typeof multiplier === 'number' ? multiplier : multiplier ? 1000 : 1;
  return Math.round(value * times * 100) / 100;
}

interface Amount {
  value: number;
  /** Whether a multiplier word ("k", "tys.") followed the figure. */
  multiplied: boolean;
  currency: string;
  index: number;
  end: number;
}

function amountsIn(line: string): Amount[] {
  const found: Amount[] = [];
  for (const m of line.matchAll(AMOUNT)) {
    const symbol = m[1] ?? m[6]!;
    const number = m[2] ?? m[4]!;
    const times = multiplierOf(m[3] ?? m[5]);
    const code =
      symbol === 'R'
        ? 'ZAR'
        : CODES.includes(symbol.toUpperCase())
          ? symbol.toUpperCase()
          : CURRENCIES.find(([s]) => s === symbol)?.[1];
    if (!code) continue;
    found.push({
      value: toNumber(number, times),
      multiplied: times !== 1,
      currency: code,
      index: m.index,
      end: m.index + m[0].length,
    });
  }
  // "12-18 Lacs P.A.", "18 LPA": lakhs are rupees where no currency is written (Indian boards print none).
  if (found.length === 0)
    for (const m of line.matchAll(LAKHS))
      found.push({
        value: toNumber(m[1]!, 100_000),
        multiplied: true,
        currency: 'INR',
        index: m.index,
        end: m.index + m[0].length,
      });
  return found;
}

const LAKHS = new RegExp(String.raw`(${NUMBER})\s?(?:[Ll]akhs?|[Ll]acs?|LPA)(?![\p{L}])`, 'gu');

/** Words that name a country, by the currency a "$" or a "kr" there is. */
const DOLLAR_COUNTRIES: [RegExp, string][] = [
  [
    /\b(?:canada|canadian|ontario|québec|quebec|british columbia|alberta|manitoba|saskatchewan|nova scotia|toronto|montréal|montreal|vancouver|calgary|ottawa|edmonton|winnipeg|CAD)\b/i,
    'CAD',
  ],
  [
    // A state's letters after a town ("Geelong VIC", "Parramatta NSW"), in capitals after a capital (no i flag:
    // with it \p{Lu} is any letter, and "can actually act" names a state), and pay "+ super" (superannuation).
    new RegExp(
      String.raw`\b(?:${caselessPattern(['australia', 'australian', 'sydney', 'melbourne', 'brisbane', 'perth', 'adelaide', 'canberra', 'fremantle', 'hobart', 'geelong', 'wollongong', 'gold coast', 'darwin', 'parramatta', 'superannuation'])}|AUD)\b|(?<=\p{Lu}\p{Ll}+ )(?:NSW|VIC|QLD|TAS|ACT)\b|\+\s?[sS]uper\b`,
      'u',
    ),
    'AUD',
  ],
  [/\b(?:new zealand|aotearoa|auckland|christchurch|wellington|dunedin|kiwisaver|NZD)\b/i, 'NZD'],
  [/\b(?:singapore|SGD)\b/i, 'SGD'],
  [/\b(?:hong kong|HKD)\b/i, 'HKD'],
  [
    /(?<!new )\b(?:méxico|mexico|mexicana|mexicano|cdmx|monterrey|guadalajara|nuevo león|querétaro|tijuana|MXN)\b/i,
    'MXN',
  ],
  [
    /(?<![\p{L}])(?:colombia|bogotá|bogota|medellín|medellin|cali|barranquilla|cartagena|bucaramanga|COP)(?![\p{L}])/iu,
    'COP',
  ],
  [/\b(?:argentina|buenos aires|ARS)\b/i, 'ARS'],
  [/\b(?:chile|CLP)\b/i, 'CLP'],
];
const KRONE_COUNTRIES: [RegExp, string][] = [
  [/\b(?:norway|norge|noreg|oslo|bergen|trondheim|stavanger|tromsø|kristiansand|NOK)\b/i, 'NOK'],
  [/\b(?:sweden|sverige|stockholm|göteborg|gothenburg|malmö|uppsala|linköping|örebro|västerås|umeå|SEK)\b/i, 'SEK'],
  [/\b(?:denmark|danmark|københavn|copenhagen|aarhus|odense|aalborg|DKK)\b/i, 'DKK'],
  [/\b(?:iceland|ísland|reykjavík|reykjavik|ISK)\b/i, 'ISK'],
];

/** The currency of the one country of `table` the text names, or undefined when it names none or several. */
function theOneNamed(table: [RegExp, string][], text: string): string | undefined {
  const named = table.filter(([re]) => re.test(text));
  return named.length === 1 ? named[0]![1] : undefined;
}

/**
 * "US only", "Remote (US)", "in the US": the country's letters as a word of their own, not the pronoun in
 * capitals of a heading ("JOIN US", "ABOUT US").
 */
function saysUS(text: string): boolean {
  for (const m of text.matchAll(/(?<![\p{L}])US(?![\p{L}])/gu))
    if (!/(?<![\p{L}])\p{Lu}{2,}\s+$/u.test(text.slice(Math.max(0, m.index - 24), m.index))) return true;
  return false;
}

/** A town in a US state, as an address or a posting's place writes it: "Austin, TX", "Reno, NV 89501". */
const US_STATE_CODE =
  /(?<=\p{Lu}\p{Ll}+), (?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)\b/u;

/**
 * "$" is the dollar, or the peso, of the country the text names: "$72,000 + super" in Fremantle is AUD,
 * "$18,000 mensuales" in Apodaca MXN, "$1,200 a month" in Singapore SGD. With no such country named, or with
 * the United States named too (or a town in one of its states: "Austin, TX"), it is
 * USD. ("New Mexico" is a state, not Mexico.)
 */
function dollarOf(text: string): string {
  const us =
    /\b(?:united states|U\.S\.|USA|USD|US\$)(?![\p{L}])/iu.test(text) || saysUS(text) || US_STATE_CODE.test(text);
  const named = theOneNamed(DOLLAR_COUNTRIES, text);
  return named && !us ? named : 'USD';
}

/** "kr" is the krone and the krona: the text's own words say which. */
function kroneOf(text: string): string | undefined {
  // The country the posting names decides first (an English posting in Copenhagen pays in DKK); only one
  // country may be named, or its language decides.
  const named = theOneNamed(KRONE_COUNTRIES, text);
  if (named) return named;
  const language = languageOf(text);
  if (language === 'dan') return 'DKK';
  if (language === 'swe') return 'SEK';
  if (language === 'nob' || language === 'nno') return 'NOK';
  if (language === 'isl') return 'ISK';
  if (/[øæ]/i.test(text)) return undefined;
  if (/[äö]/i.test(text)) return 'SEK';
  return undefined;
}

/** Currencies whose postings quote pay by the month. */
const MONTHLY_CURRENCIES = new Set([
  'RUB',
  'UAH',
  'BYN',
  'KZT',
  'PLN',
  'CZK',
  'HUF',
  'RON',
  'BRL',
  'ARS',
  'TRY',
  'VND',
  'IDR',
]);

/** The period stated right after an amount (or range), else anywhere in its sentence, else undefined. */
function periodNear(sentence: string, end: number): Salary['period'] | undefined {
  const after = sentence.slice(end, end + 40);
  const stop = after.search(/[;(]|\s(?:or|lub|oder|ou|o|eller|hoặc|and|und|et|y|e|og)\s|,\s*\D/);
  const near = stop >= 0 ? after.slice(0, stop) : after;
  return PERIODS.find(([re]) => re.test(near))?.[1];
}

/** Splits a line into sentences, so a pension sentence next to the pay is weighed on its own. */
const sentences = (line: string) => line.split(/(?<=[.!?;])\s+(?=[\p{Lu}(])/u);

/**
 * The pay range a posting states: the first sentence that talks about pay and
 * holds amounts with a currency, leaving out pensions, benefits and budgets.
 * "$51,000/year … up to $114,100/year", "$40,400 – $86,500 per year",
 * "€25–30 per hour", "PLN 12,000 monthly", "R$ 8.000 a R$ 10.000 por mês".
 * An hourly and a yearly figure in one sentence are never made one range:
 * the first keeps its own period.
 */
export function extractSalary(text: string, context: string = text): Salary | undefined {
  // "8,000 To 11,000 EGP Per Month", as boards capitalise every word: the range's word read as it is written small.
  const lines = text.replace(/(?<=\d\s{0,2})(?:To|TO)(?=\s{0,2}[€$£]?\s?\d)/g, 'to').split('\n');
  for (const [i, own] of lines.entries()) {
    // A range wrapped by hand ("ca. 3.350 bis" / "4.100 € brutto monatlich"): read with its next line.
    const next = lines[i + 1];
    const line =
      next !== undefined && WRAPPED_RANGE.test(own) && /^\s*(?:[€$£]\s?)?\d/.test(next)
        ? `${own.trimEnd()} ${next.trim()}`
        : own;
    // Cyrillic and Japanese pay words: \b in PAY_WORDS knows only ASCII letters.
    if (
      !PAY_WORDS.test(line) &&
      !PAY_SHAPE.test(line) &&
      !PAY_SHAPE_AFTER.test(line) &&
      !/зарплат|оклад|給与|年収|月給|راتب|वेतन|सैलरी|तनख्वाह|연봉|월급|급여|(?<![\p{L}])зп(?![\p{L}])|μισθ|αποδοχ|αμοιβ/iu.test(
        line,
      )
    )
      continue;
    for (const sentence of sentences(line)) {
      const found = salaryIn(sentence, context);
      if (found) return bands(lines, i, found, context);
    }
  }
  return undefined;
}

/** A list item or a table row: one of a posting's pay bands when each holds a range. */
const BAND_ROW = /^\s*(?:[-*•▪]|\|)/;

/**
 * A posting's pay per level, one band a row ("- Product Designer — 4 200–4 900 € / month", "| III | Senior | €75,000
 * – €90,000 |"): the pay runs from the lowest band's floor to the highest's ceiling. Rows next to each other in one
 * currency and period only; a row that is no band ends them.
 */
function bands(lines: string[], at: number, first: Salary, context: string): Salary {
  if (!BAND_ROW.test(lines[at]!) || first.min === undefined || first.max === undefined || first.min === first.max)
    return first;
  let { min, max } = first;
  let rows = 1;
  for (let j = at + 1; j < lines.length && j <= at + 12; j++) {
    const line = lines[j]!;
    if (/^\s*\|?[\s:|-]*$/.test(line) && line.includes('-') && line.includes('|')) continue;
    if (!BAND_ROW.test(line)) break;
    const band = salaryIn(line, context);
    if (!band || band.currency !== first.currency || band.period !== first.period) break;
    if (band.min === undefined || band.max === undefined || band.min === band.max) break;
    min = Math.min(min, band.min);
    max = Math.max(max, band.max);
    rows++;
  }
  return rows >= 2 ? { ...first, min, max } : first;
}

/**
 * A range's lower figure as the upper one's multiplier makes it: "£25 - £30k" is £25k to £30k. Only when the
 * upper figure has a multiplier the lower lacks, and the lower one then falls below the upper.
 */
function scaled(low: Amount, high: Amount): number {
  if (!high.multiplied || low.multiplied) return low.value;
  const factor = [1000, 10_000, 100_000, 1_000_000].find(
    (f) => low.value * f <= high.value && low.value * f * 10 > high.value,
  );
  return factor ? low.value * factor : low.value;
}

/** A line that ends inside a range: a figure and the word or dash that joins it to the next. */
const WRAPPED_RANGE = /\d\s*(?:k\s*)?(?:-|–|—|bis|to|à|a|até|tot|do|til)\s*$/iu;

/**
 * A site's estimate, not the employer's pay: "JobWelle-Gehaltsschätzung", "Glassdoor est.", "estimated salary",
 * "estimation Indeed", "salaire estimé".
 */
const ESTIMATE =
  /schätzung|geschätzt|estimated|(?<![\p{L}])est\.|estimat(?:e|ion)|estimé|estimado|estimativa|stima|uppskattad|szacowan/iu;

function salaryIn(said: string, whole: string): Salary | undefined {
  // "Pay & perks: $24 – $28 per hour …": a label that names pay beside its perks puts no benefit beside the figures.
  const label = /^\s*\**([^:：\n]{2,40}?)\**[:：]\**\s*/u.exec(said);
  const line = label && PAY_WORDS.test(label[1]!) && NOT_PAY.test(label[1]!) ? said.slice(label[0].length) : said;
  if (ESTIMATE.test(line)) return undefined;
  // "€70–85k + equity", "$115k–$135k plus bonus": the pay first, then a benefit added to it.
  const benefit = line.search(NOT_PAY);
  const payFigures = benefit > 0 ? amountsIn(line.slice(0, benefit)) : [];
  // After the pay's last figure: "…per hour DOE, plus monthly taproom tip share, health insurance".
  const between = payFigures.length ? line.slice(payFigures[payFigures.length - 1]!.end, benefit) : '';
  const added =
    payFigures.length > 0 &&
    // "+ equity", "plus meaningful equity", "and a generous stock plan": up to two words between.
    (/(?:\+|\bplus|\band|\bund|\bet|\bmais|\bpiù|\by)\s*(?:[\p{L}-]+\s+){0,2}$/iu.test(
      line.slice(Math.max(0, benefit - 30), benefit),
    ) ||
      // or "plus" after the pay's figures, and the benefits listed after it.
      (between.length <= 120 && /(?:^|[\s,])(?:\+|plus|zzgl\.?|más|mais|più)\s/iu.test(between)));
  const mixed = NOT_PAY.test(line);
  // "£26,000 – £29,000 per annum depending on experience · … · 8% employer pension": a line that opens with a
  // range and its period is the pay, whatever benefits follow it.
  const leadingPay =
    /^\s*(?:[-*•]\s*)?[€$£]?\s?\d[\d.,]*\s*k?\s*(?:[-–—]|to)\s*[€$£]?\s?\d[\d.,]*\s*k?\s*(?:per|a|\/)\s*(?:annum|year|hour|month|week|day|yr|hr)\b/i.test(
      line,
    );
  if (
    mixed &&
    !added &&
    !leadingPay &&
    !/\b(?:salary|base pay|wynagrodzenie|gehalt|salaire|salario|salário|lønn|lương)\b[^.]{0,40}\d/iu.test(line)
  )
    return undefined;
  // A sentence about pay and a pension or benefit: only the amounts before the benefit is named, never one after it.
  const benefitAt = mixed ? line.search(NOT_PAY) : line.length;
  const beforeBenefit = amountsIn(line).filter((a) => a.index < benefitAt);
  const amounts = mixed ? (beforeBenefit.length ? beforeBenefit : amountsIn(line).slice(0, 1)) : amountsIn(line);
  if (amounts.length === 0) return undefined;
  const fix = (code: string) => (code === 'KR' ? kroneOf(whole) : code === 'DOLLAR' ? dollarOf(whole) : code);
  const first = amounts[0]!;
  const firstPeriod = periodNear(line, first.end);
  // A range: the second amount follows within a short stretch of the same sentence, with no other period between them.
  // An hourly and a yearly figure are two statements, never one range.
  const range = amounts.find((a, i) => {
    // Beside a benefit, two amounts make a range only when joined as one ("£34,950 – £38,720"), not in a clause apart.
    if (mixed && i > 0 && !/^\s*(?:-|–|—|to|bis|a|até|à|do|til|~)\s*$/iu.test(line.slice(first.end, a.index)))
      return false;
    if (
      i === 0 ||
      a.currency !== first.currency ||
      a.index - first.end > 120 ||
      // "32.000 euro …, buoni pasto da 8 €": a figure a hundredth of the other is another amount, not its bound
      // (unless the multiplier after the upper one is the lower one's too: "£25 - £30k").
      Math.min(a.value, scaled(first, a)) * 20 < Math.max(a.value, scaled(first, a)) ||
      /[.!?]\s/.test(line.slice(first.end, a.index))
    )
      return false;
    const secondPeriod = periodNear(line, a.end);
    return !(firstPeriod && secondPeriod && secondPeriod !== firstPeriod);
  });
  // "€25–30 per hour": a bare number after a dash completes a range.
  const bare = range
    ? undefined
    : new RegExp(
        String.raw`^\s*(?:-|–|—|〜|~|to|a|até|bis|do|à|til|till|tot|đến|до|से)\s*(${NUMBER})(${MULTIPLIER})?(?!\s?[%\d])`,
        'u',
      ).exec(line.slice(first.end));
  const end = range?.end ?? first.end + (bare?.[0].length ?? 0);
  // A period said elsewhere in the line ("onsite 3 days/week") is not the pay's when it makes the pay absurd.
  const linePeriod = PERIODS.find(([re]) => re.test(line))?.[1];
  const plausible = !(first.value >= 10000 && (linePeriod === 'hour' || linePeriod === 'day' || linePeriod === 'week'));
  const period = periodNear(line, end) ?? firstPeriod ?? (plausible ? linePeriod : undefined);
  const before = line.slice(Math.max(0, first.index - 20), first.index);
  const currency = fix(first.currency);
  const withCurrency = (s: Omit<Salary, 'currency'>): Salary => ({ ...s, ...(currency ? { currency } : {}) }) as Salary;
  // Without a stated period an amount is read as yearly only when it is large, hourly only when it is small.
  // Where pay is quoted by the month (Russia, Poland, Czechia, Brazil, Turkey, Vietnam…), a figure without a
  // period is a month's: "от 300 000 ₽" is not a year's pay.
  const monthly = MONTHLY_CURRENCIES.has(currency ?? '');
  const guess = (value: number): Salary['period'] | undefined =>
    period ?? (value < 200 ? 'hour' : monthly ? 'month' : value >= 10000 ? 'year' : undefined);
  // "9 000 – 12 000 PLN": the currency comes after the range, so the lower bound is a bare number before it.
  const before30 = line.slice(Math.max(0, first.index - 30), first.index);
  const lower = range
    ? undefined
    : (new RegExp(
        String.raw`(${NUMBER})(${MULTIPLIER})?\s*(?:-|–|—|〜|~|to|a|à|até|do|bis|til|till|tot|đến|до|से|إلى|الى)\s*$`,
        'u',
      ).exec(before30) ??
      // "RAL tra 38.000 e 42.000 €", "between 50 and 60k": "and" joins a range only after "between".
      new RegExp(
        String.raw`(?:between|tra|fra|zwischen|entre|tussen|mellan|między)\s+(${NUMBER})(${MULTIPLIER})?\s+(?:and|e|und|et|y|en|och|a)\s+$`,
        'iu',
      ).exec(before30));
  if (lower) {
    const min = toNumber(
      lower[1]!,
      multiplierOf(lower[2]) === 1
        ? multiplierOf(line.slice(first.index).match(new RegExp(`^(?:${NUMBER})(${MULTIPLIER})`, 'u'))?.[1])
        : multiplierOf(lower[2]),
    );
    const p = guess(first.value);
    if (min <= first.value && p) return withCurrency({ min, max: first.value, period: p });
  }
  if (range) {
    const low = scaled(first, range);
    const p = guess(Math.max(low, range.value));
    return p
      ? withCurrency({ min: Math.min(low, range.value), max: Math.max(low, range.value), period: p })
      : undefined;
  }
  if (bare) {
    // "£55-68k": the multiplier after the range is the lower bound's too.
    const lowMin = bare[2] && !first.multiplied ? first.value * multiplierOf(bare[2]) : first.value;
    const max = toNumber(
      bare[1]!,
      bare[2] ? multiplierOf(bare[2]) : first.value >= 1000 && toNumber(bare[1]!, 1) < 1000 ? 1000 : 1,
    );
    const min = lowMin <= max ? lowMin : first.value;
    const p = guess(min);
    if (max >= min && p) return withCurrency({ min, max, period: p });
  }
  const p = guess(first.value);
  if (!p) return undefined;
  if (
    /(?<![\p{L}])(?:up to|bis zu|do|até|hasta|jusqu.à|opptil|op til|upp till|tot(?: maximaal)?|maximaal|fino a|až|lên đến|max\.?|maximal|до)\s*$/iu.test(
      before,
    )
  )
    return withCurrency({ max: first.value, period: p });
  // "from €45,000", "ab 4.000 €", "od 12 000 zł", "от 300 000 ₽", an Austrian "Mindestentgelt von € 3.450" (the
  // collective agreement's minimum, often paid over): a lower bound only, never the whole range.
  if (
    /(?:from|starting (?:at|from)|starts at|minimum(?: of)?|min\.?|at least|ab|od|от|à partir de|dès|desde|a partir de|vanaf|från|fra|fino da|a partire da|(?<![\p{L}])da|(?:mindest(?:entgelt|gehalt|lohn|bruttogehalt|grundgehalt)|minimum (?:salary|pay|wage)|salaire minimum|salario mínimo)(?:\s+(?:von|of|de|laut kv|lt\. kv))?)\s*:?\s*$/iu.test(
      before,
    )
  )
    return withCurrency({ min: first.value, period: p });
  // "€38k+", "NOK 520 000+": a plus right after the figure says the same.
  // A plus apart from the figure with words after it is a benefit added to it ("R$ 4.500 + VR").
  // "4,500만원 이상", "600万円以上": "or more" after the figure.
  if (/^\+(?!\s*\d)|^\s\+\s*(?:$|[,.;)])|^\s?(?:이상|以上)/.test(line.slice(first.end)))
    return withCurrency({ min: first.value, period: p });
  return withCurrency({ min: first.value, max: first.value, period: p });
}
