/**
 * The one table of company legal forms Dossier knows (general knowledge), and the patterns built from it: a
 * name that ends with one ("Halvorsen Pharma AG"), a text that holds one, a name without it. The importer's
 * readers, its resolver and the site's company grouping (companies.ts) all read this table; a form added here
 * is known everywhere.
 *
 * A form of two letters without a dot (AG, AS, SA, SE, AB, Oy…) is matched in the case written only: "as" and
 * "se" are everyday words. Longer forms match as written, in capitals ("LTD", "GMBH") and, when short or
 * dotted, in lower case ("gmbh", "s.r.o.").
 */
export const LEGAL_FORMS: readonly string[] = [
  // German-speaking countries
  'GmbH & Co. KG',
  'gGmbH',
  'GmbH',
  'AG',
  'SE',
  'KG',
  'mbB',
  'PartG',
  'e.V.',
  // English-speaking countries and Asia
  'Ltd.',
  'Ltd',
  'Limited',
  'LLP',
  'LP',
  'plc',
  'LLC',
  'Inc.',
  'Inc',
  'Corp.',
  'Corp',
  'Co., Ltd.',
  'Co.',
  'Pvt. Ltd.',
  'Pvt Ltd',
  'Pte. Ltd.',
  'Pte Ltd',
  'Pty Ltd',
  'Pty',
  'K.K.',
  'Sdn. Bhd.',
  'Sdn Bhd',
  'JSC',
  // Romance languages
  'S.A.S.',
  'S.A.',
  'SAS',
  'SA',
  'SARL',
  'S.r.l.',
  'Srl',
  'S.p.A.',
  'SpA',
  'S.L.',
  'SL',
  'Ltda.',
  'Ltda',
  // Latin America
  'S.A. de C.V.',
  'SA de CV',
  'S.A.P.I. de C.V.',
  'S. de R.L. de C.V.',
  'S. de R.L.',
  'S.A.C.',
  'E.I.R.L.',
  'S/A',
  // Nordic countries and the Low Countries
  'AB',
  'ASA',
  'AS',
  'ApS',
  'A/S',
  'Oyj',
  'Oy',
  'B.V.',
  'BV',
  'N.V.',
  'NV',
  // Central and Eastern Europe, Turkey
  'Sp. z o.o.',
  'sp. z o.o.',
  'Kft.',
  'Kft',
  // Hungary: the private and public limited companies, the limited partnership
  'Zrt.',
  'Zrt',
  'Nyrt.',
  'Nyrt',
  'Bt.',
  'd.o.o.',
  's.r.o.',
  'a.s.',
  'A.Ş.',
  'OOO',
  'ООО',
  // Greece
  'Α.Ε.',
  'Ε.Π.Ε.',
  'Ι.Κ.Ε.',
];

/**
 * Legal forms that are everyday words: they end a company's name for grouping ("Acme Company" is "Acme"), but
 * a line ending in one is no sign of a name ("About the Company").
 */
export const LEGAL_WORDS: readonly string[] = ['Company', 'Corporation', 'Incorporated'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function variants(form: string): string[] {
  if (/^\p{L}{2}$/u.test(form)) return [form];
  const lower = form.includes('.') || form.length <= 5 ? [form.toLowerCase()] : [];
  return [...new Set([form, form.toUpperCase(), ...lower])];
}

/** Every way a form is written, longest first so "GmbH & Co. KG" wins over "GmbH" and "S.A.S." over "S.A.". */
const WRITTEN = [...new Set(LEGAL_FORMS.flatMap(variants))].sort((a, b) => b.length - a.length);

/** A regular-expression source for any legal form, to place inside a pattern that reads names. */
export const LEGAL_FORM_SOURCE = `(?:${WRITTEN.map(escape).join('|')})`;

/**
 * Legal forms of Korea, Japan and China, written without a space before or after the name:
 * "(주)한빛모빌리티", "ミナトクラウド株式会社", "深圳市星河科技有限公司".
 */
const CJK_FORMS = ['(주)', '㈜', '주식회사', '株式会社', '有限会社', '合同会社', '股份有限公司', '有限公司'];
const CJK_FORM_SOURCE = `(?:${CJK_FORMS.map((f) => f.replace(/[()]/g, '\\$&')).join('|')})`;

/** A name that ends with a legal form: "Spedition Kranichsfeld GmbH & Co. KG", "Orrin Wind Ltd", "ミナトクラウド株式会社". */
export const ENDS_WITH_LEGAL_FORM = new RegExp(
  `(?:(?<![\\p{L}])${LEGAL_FORM_SOURCE}|(?<=\\p{L})${CJK_FORM_SOURCE})$`,
  'u',
);

/** A text that holds a legal form as a word of its own: a title holding one names a company ("Acme Engineering Ltd"). */
export const HOLDS_LEGAL_FORM = new RegExp(`(?<![\\p{L}])${LEGAL_FORM_SOURCE}(?![\\p{L}])`, 'u');

const TRAILING = new RegExp(`[\\s,]+${LEGAL_FORM_SOURCE}$`, 'u');

/** A company's name without the legal form at its end, as running text names it ("Klinikum am Seebogen"). */
export const withoutLegalForm = (name: string) => name.trim().replace(TRAILING, '').trim();

/**
 * Legal forms written before the name: "PT Sinar Bahari Nusantara" (Indonesia), "ООО «Сокол Маркет»" (Russia),
 * "АО", "ТОО". "CV" is left out: it is far more often a résumé than a Dutch or Indonesian partnership.
 */
export const LEADING_LEGAL_FORMS: readonly string[] = ['PT', 'ООО', 'OOO', 'ОАО', 'АО', 'ЗАО', 'ПАО', 'ТОО'];

/** A name that starts with a leading legal form, the name capitalised or quoted after it. */
export const STARTS_WITH_LEGAL_FORM = new RegExp(
  `^(?:(?:${LEADING_LEGAL_FORMS.map(escape).join('|')})\\s+[«"“]?[\\p{Lu}\\p{N}]|${CJK_FORM_SOURCE}\\s?[\\p{L}\\p{N}])`,
  'u',
);

/** A registered name: its legal form at the end ("Vetreria Lagunare S.r.l.") or at the start ("PT Sinar Bahari"). */
export const isRegisteredName = (name: string) => ENDS_WITH_LEGAL_FORM.test(name) || STARTS_WITH_LEGAL_FORM.test(name);
