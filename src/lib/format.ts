import type { ApplicationData } from '../schemas/application.ts';

const PERIOD_SUFFIX: Record<string, string> = { hour: '/hour', day: '/day', week: '/week', month: '/month', year: '/year' };

/** "USD 51,000 – 114,100 /year"; a single bound reads "from" or "up to". */
export function formatSalary(salary: NonNullable<ApplicationData['salary']>): string {
  const amount = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const currency = salary.currency ? `${salary.currency} ` : '';
  const per = PERIOD_SUFFIX[salary.period] ?? '';
  if (salary.min !== undefined && salary.max !== undefined) {
    return salary.min === salary.max ? `${currency}${amount(salary.min)}${per}` : `${currency}${amount(salary.min)} – ${amount(salary.max)}${per}`;
  }
  if (salary.min !== undefined) return `from ${currency}${amount(salary.min)}${per}`;
  if (salary.max !== undefined) return `up to ${currency}${amount(salary.max)}${per}`;
  return '';
}

/** "contract, 12 months". */
export function formatEmployment(employment: NonNullable<ApplicationData['employment']>): string {
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
