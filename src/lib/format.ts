/** A salary range as the application schema gives it (lib/ stays below the schemas and imports none). */
export interface SalaryRange {
  min?: number;
  max?: number;
  currency?: string;
  period: string;
}

/** A kind of employment and, for a fixed term, its length. */
export interface Employment {
  type: string;
  term?: string;
}

// One formatter for every amount: building one per call cost half a second per thousand notes.
const AMOUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

const PERIOD_SUFFIX: Record<string, string> = {
  hour: '/hour',
  day: '/day',
  week: '/week',
  month: '/month',
  year: '/year',
};

/** "USD 51,000 – 114,100 /year"; a single bound reads "from" or "up to". */
export function formatSalary(salary: SalaryRange): string {
  const amount = (n: number) => AMOUNT.format(n);
  const currency = salary.currency ? `${salary.currency} ` : '';
  const per = PERIOD_SUFFIX[salary.period] ?? '';
  if (salary.min !== undefined && salary.max !== undefined) {
    return salary.min === salary.max
      ? `${currency}${amount(salary.min)}${per}`
      : `${currency}${amount(salary.min)} – ${amount(salary.max)}${per}`;
  }
  if (salary.min !== undefined) return `from ${currency}${amount(salary.min)}${per}`;
  if (salary.max !== undefined) return `up to ${currency}${amount(salary.max)}${per}`;
  return '';
}

/** "contract, 12 months". */
export function formatEmployment(employment: Employment): string {
  return employment.term ? `${employment.type}, ${employment.term}` : employment.type;
}

/** An extra property's value as text. */
export function formatExtra(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  if (value === null || value === undefined || value === '') return '—';
  return String(value);
}

/**
 * Inline Markdown of a task or heading as plain text: links keep their words, emphasis marks go.
 * The link pattern stops at the next bracket of the same kind (a destination may hold one pair of
 * parentheses), so an unclosed `[` or `(` costs a look to the next one, not to the end of the text.
 */
export function plainInline(markdown: string): string {
  return markdown
    .replace(/!?\[([^[\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`|~~)(.+?)\1/g, '$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1')
    .trim();
}
