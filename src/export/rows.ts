import type { UserConfig } from '../config/schema.ts';
import type { Audience } from '../config/settings.ts';
import { formatEmployment, formatExtra, formatSalary } from '../lib/format.ts';
import { fieldSensitivity } from '../notes/sensitivity.ts';
import type { ApplicationData } from '../schemas/application.ts';

/** What an export reads from an application (a catalog application fits). */
export interface ExportApplication {
  id: string;
  url: string;
  data: ApplicationData;
  company: { name: string };
  roleFamily: { name: string };
  stage: { key: string; label: string };
  history: ApplicationData['history'];
  /** The date that orders applications (src/catalog/facts.ts). */
  date?: string;
  /** How it ended, with the reason's label (the catalog's `outcome`). */
  outcome?: { reason?: { key: string; label: string }; feedback?: string };
}

/**
 * One application as exported: every frontmatter field, plus the company and
 * role family Dossier derived. The JSON export writes these objects as they
 * are; the CSV export flattens the lists and mappings into readable text.
 * Fields the audience may not see (salary, contacts in the mentor build) are
 * already gone from the catalog, so they come out empty here.
 */
export interface ExportRow {
  id: string;
  /** The application's page on the site, e.g. `/applications/acme/`. */
  page: string;
  company: string;
  /** The company as written in the note, when Dossier grouped it under another name. */
  companyAsWritten: string;
  position: string;
  stage: string;
  stageKey: string;
  roleFamily: string;
  applied: string;
  deadline: string;
  history: { stage: string; date: string; note: string }[];
  cv: string;
  location: string;
  workplace: string;
  employment: { type: string; term: string } | null;
  salary: { min: number | null; max: number | null; currency: string; period: string } | null;
  jobId: string;
  postingUrl: string;
  source: string;
  languages: string[];
  tags: string[];
  contacts: { name: string; role: string; email: string }[];
  articles: string[];
  /** Why a closed application ended: the reason's label and key, and the feedback; null when the note gives none. */
  outcome: { reason: string; reasonKey: string; feedback: string } | null;
  extra: Record<string, unknown>;
}

export function toExportRow(app: ExportApplication): ExportRow {
  const d = app.data;
  return {
    id: app.id,
    page: app.url,
    company: app.company.name,
    companyAsWritten: d.company,
    position: d.position,
    stage: app.stage.label,
    stageKey: app.stage.key,
    roleFamily: app.roleFamily.name,
    applied: d.applied ?? '',
    deadline: d.deadline ?? '',
    history: app.history.map((s) => ({ stage: s.stage, date: s.date, note: s.note ?? '' })),
    cv: d.cv ?? '',
    location: d.location ?? '',
    workplace: d.workplace ?? '',
    employment: d.employment ? { type: d.employment.type, term: d.employment.term ?? '' } : null,
    salary: d.salary
      ? {
          min: d.salary.min ?? null,
          max: d.salary.max ?? null,
          currency: d.salary.currency ?? '',
          period: d.salary.period,
        }
      : null,
    jobId: d.jobId ?? '',
    postingUrl: d.url ?? '',
    source: d.source ?? '',
    languages: [...d.languages],
    tags: [...d.tags],
    contacts: d.contacts.map((c) => ({ name: c.name, role: c.role ?? '', email: c.email ?? '' })),
    articles: [...d.articles],
    outcome: app.outcome
      ? {
          reason: app.outcome.reason?.label ?? '',
          reasonKey: app.outcome.reason?.key ?? '',
          feedback: app.outcome.feedback ?? '',
        }
      : null,
    extra: { ...d.extra },
  };
}

/** The rows of an export: oldest application first, so the file reads as a log of the search. */
export function exportRows(apps: readonly ExportApplication[]): ExportRow[] {
  // Undated applications last, as the catalog lists them.
  const last = '\uffff';
  return [...apps]
    .sort((a, b) => (a.date ?? last).localeCompare(b.date ?? last) || a.id.localeCompare(b.id))
    .map(toExportRow);
}

/** "applied 2024-10-22 → screening 2024-11-03". */
export function historyText(history: ExportRow['history']): string {
  return history.map((s) => `${s.stage} ${s.date}`).join(' → ');
}

/** "2024-11-03 screening: Call with the recruiter; …", the steps that have a note. */
export function historyNotesText(history: ExportRow['history']): string {
  return history
    .filter((s) => s.note)
    .map((s) => `${s.date} ${s.stage}: ${s.note}`)
    .join('; ');
}

/** "Aoife Brennock (Recruiter) <aoife@example.com>; …". */
export function contactsText(contacts: ExportRow['contacts']): string {
  return contacts.map((c) => `${c.name}${c.role ? ` (${c.role})` : ''}${c.email ? ` <${c.email}>` : ''}`).join('; ');
}

/** "GPT Consult: No; Referral: yes". */
export function extraText(extra: ExportRow['extra']): string {
  return Object.entries(extra)
    .map(([k, v]) => `${k}: ${formatExtra(v)}`)
    .join('; ');
}

/**
 * Where each field of the application schema goes in the exports: its CSV
 * columns, or why it has none. Typed over every field of the schema, so a
 * field added there does not compile until it says how it is exported
 * (tests/export/export.test.ts checks that the columns below are exactly these).
 */
export const EXPORTED_AS = {
  company: ['company', 'company_as_written'],
  position: ['position'],
  stage: ['stage'],
  applied: ['applied'],
  cv: ['cv'],
  roleFamily: ['role_family'],
  location: ['location'],
  workplace: ['workplace'],
  employment: ['employment'],
  salary: ['salary', 'salary_min', 'salary_max', 'salary_currency', 'salary_period'],
  jobId: ['job_id'],
  url: ['posting_url'],
  source: ['source'],
  languages: ['languages'],
  tags: ['tags'],
  contacts: ['contacts'],
  history: ['history', 'history_notes'],
  deadline: ['deadline'],
  articles: ['articles'],
  outcome: ['outcome_reason', 'outcome_feedback'],
  extra: ['extra'],
  share: 'not exported: an export holds only notes this build may show',
  review: "not exported: the importer's to-do list for the owner",
  followUpAfterDays: 'not exported: a reminder setting, not a fact of the application',
  importedFrom: 'not exported: where the importer read the note, not a fact of the application',
} as const satisfies Record<keyof ApplicationData, readonly string[] | string>;

/** Columns that describe the row rather than a field: the note's id and its page. */
export const ROW_COLUMNS = ['id', 'page'] as const;

/** The CSV columns, in order: header → the cell of a row. */
export const CSV_COLUMNS: readonly [string, (r: ExportRow) => string][] = [
  ['id', (r) => r.id],
  ['page', (r) => r.page],
  ['company', (r) => r.company],
  ['company_as_written', (r) => r.companyAsWritten],
  ['position', (r) => r.position],
  ['stage', (r) => r.stage],
  ['role_family', (r) => r.roleFamily],
  ['applied', (r) => r.applied],
  ['deadline', (r) => r.deadline],
  ['history', (r) => historyText(r.history)],
  ['history_notes', (r) => historyNotesText(r.history)],
  ['cv', (r) => r.cv],
  ['location', (r) => r.location],
  ['workplace', (r) => r.workplace],
  [
    'employment',
    (r) => (r.employment ? formatEmployment({ type: r.employment.type, term: r.employment.term || undefined }) : ''),
  ],
  [
    'salary',
    (r) =>
      r.salary
        ? formatSalary({
            min: r.salary.min ?? undefined,
            max: r.salary.max ?? undefined,
            currency: r.salary.currency || undefined,
            period: r.salary.period,
          })
        : '',
  ],
  ['salary_min', (r) => (r.salary?.min ?? '').toString()],
  ['salary_max', (r) => (r.salary?.max ?? '').toString()],
  ['salary_currency', (r) => r.salary?.currency ?? ''],
  ['salary_period', (r) => r.salary?.period ?? ''],
  ['job_id', (r) => r.jobId],
  ['posting_url', (r) => r.postingUrl],
  ['source', (r) => r.source],
  ['languages', (r) => r.languages.join('; ')],
  ['tags', (r) => r.tags.join('; ')],
  ['contacts', (r) => contactsText(r.contacts)],
  ['articles', (r) => r.articles.join('; ')],
  ['outcome_reason', (r) => r.outcome?.reason ?? ''],
  ['outcome_feedback', (r) => r.outcome?.feedback ?? ''],
  ['extra', (r) => extraText(r.extra)],
];

/** A row as CSV cells, keyed by column header. */
export function toCsvRecord(row: ExportRow): Record<string, string> {
  return Object.fromEntries(CSV_COLUMNS.map(([header, cell]) => [header, cell(row)]));
}

/** The field of the application schema each key of a row comes from (`null`: the row's own id and page). */
const ROW_FIELDS = {
  id: null,
  page: null,
  company: 'company',
  companyAsWritten: 'company',
  position: 'position',
  stage: 'stage',
  stageKey: 'stage',
  roleFamily: 'roleFamily',
  applied: 'applied',
  deadline: 'deadline',
  history: 'history',
  outcome: 'outcome',
  cv: 'cv',
  location: 'location',
  workplace: 'workplace',
  employment: 'employment',
  salary: 'salary',
  jobId: 'jobId',
  postingUrl: 'url',
  source: 'source',
  languages: 'languages',
  tags: 'tags',
  contacts: 'contacts',
  articles: 'articles',
  extra: 'extra',
} as const satisfies Record<keyof ExportRow, keyof ApplicationData | null>;

/**
 * What an export of this audience holds, by the sensitivity table
 * (src/notes/sensitivity.ts): everything for the owner; for a mentor, no
 * column or key of a field that is private in the shared copy (salary,
 * contacts, and what `share.privateFields` adds), so the file does not even
 * say the owner keeps one.
 */
export function exportedFields(
  audience: Audience,
  share: Pick<UserConfig['share'], 'privateFields' | 'publicExtra'>,
): (field: keyof ApplicationData) => boolean {
  if (audience === 'owner') return () => true;
  return (field) => fieldSensitivity('applications', field, share) !== 'private';
}

/** The CSV columns of the fields an export holds. */
export function csvColumns(exported: (field: keyof ApplicationData) => boolean): typeof CSV_COLUMNS {
  const omitted = new Set(
    (Object.entries(EXPORTED_AS) as [keyof ApplicationData, readonly string[] | string][]).flatMap(
      ([field, columns]) => (typeof columns === 'string' || exported(field) ? [] : columns),
    ),
  );
  return CSV_COLUMNS.filter(([header]) => !omitted.has(header));
}

/** A row with only the keys of the fields an export holds. */
export function withFields(row: ExportRow, exported: (field: keyof ApplicationData) => boolean): Partial<ExportRow> {
  return Object.fromEntries(
    Object.entries(row).filter(([key]) => {
      const field = ROW_FIELDS[key as keyof ExportRow];
      return field === null || exported(field);
    }),
  );
}
