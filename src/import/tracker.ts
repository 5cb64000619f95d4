import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { DossierContext } from '../config/load.ts';
import { utcDay } from '../lib/dates.ts';
import { dateInText, parseLooseDate } from './loose-date.ts';
import { extractEmployment, extractWorkplace } from './posting-extract.ts';
import { extractSalary } from './salary.ts';
import { foldLabel } from './sections.ts';
import { ImportError, type TrackerTable } from './types.ts';
import { dayIn } from './text-dates.ts';
import { contactRoleOf, fieldOfLabel, pairOfLabel, stageOfStatus, type LabelField } from './vocabulary.ts';

export { stageOfStatus };
export type { TrackerTable };

/**
 * Job-tracker spreadsheets saved as CSV: Notion databases, Huntr, Teal,
 * Simplify, JobSync, or a sheet of one's own. Columns are mapped to fields by
 * their header (synonyms, any order, any case) and, where the header says
 * nothing, by what the column holds (web addresses, dates, stage words,
 * amounts). Y/N columns named after a stage ("Applied?", "Interview") give
 * the furthest stage reached, and with their dates a history. Numeric dates
 * are read day-first or month-first per column, decided from all its values.
 */

/** What a column becomes: a field, the Notion title, a stage's flag or date, or a property under `extra`. */
export type ColumnRole =
  | { to: 'field'; field: string }
  | { to: 'title' }
  /** "Company – Role", "Role @ Company": one column holding both, in the order its header names them. */
  | { to: 'pair'; first: 'company' | 'position' }
  | { to: 'flag'; stage: string }
  | { to: 'stage-date'; stage: string }
  | { to: 'contact'; role?: string }
  | { to: 'extra' };

export interface ColumnMapping {
  column: string;
  role: ColumnRole;
  /** How the role was chosen. */
  by: 'header' | 'content' | 'map' | 'none';
  /** For date columns: day-first or month-first, when the values are numeric. */
  order?: 'day-first' | 'month-first';
}

/** A `--map` file: column → field (or stage), and the date order. */
export interface MapOverride {
  columns: Record<string, string>;
  dates?: 'day-first' | 'month-first';
}

const YES = /^(?:y|yes|true|x|✓|✔|✔️|☑|☑️|✅|1|done|checked|tak|ja|oui|si|sí|sim|có)$/i;
const NO = /^(?:n|no|false|0|-|–|unchecked|nie|nein|non|não|nao|nei|không|☐|❌)?$/i;
const isFlag = (v: string) => YES.test(v.trim()) || NO.test(v.trim());

const NUMERIC_DATE = /^(\d{1,4})[./-](\d{1,2})[./-](\d{2,4})(?:[ T].*)?$/;

/** Which order a column's numeric dates are in: a first part above 12 is a day, a second part above 12 too. */
function dateOrderOf(values: string[]): { order?: 'day-first' | 'month-first'; numeric: boolean } {
  let dayFirst = false;
  let monthFirst = false;
  let numeric = false;
  for (const v of values) {
    const m = NUMERIC_DATE.exec(v.trim());
    if (!m || m[1]!.length === 4) continue;
    numeric = true;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  if (dayFirst && !monthFirst) return { order: 'day-first', numeric };
  if (monthFirst && !dayFirst) return { order: 'month-first', numeric };
  return { numeric };
}

/** "20.11.", as German and Hungarian sheets write a day of this year. */
const DOTTED_DAY = /^(\d{1,2})\.(\d{1,2})\.$/;
/** "Dec 7", "7 Dez.", "nov. 28": a day and a month name, no year. */
const NAMED_DAY = /^(?:\p{L}{3,10}\.?\s*\d{1,2}\.?|\d{1,2}\.?\s*\p{L}{3,10}\.?)$/u;

/**
 * A day typed without its year ("20.11.", "Dec 7"): a person writes the year's days that way, so it is the
 * latest such day on or before `reference` (the day of the import), or for a deadline the next one on or after.
 */
function yearlessDay(v: string, reference: Date, ahead: boolean): string | undefined {
  const dotted = DOTTED_DAY.exec(v);
  let day: string | undefined;
  if (dotted) {
    const [d, m] = [Number(dotted[1]), Number(dotted[2])];
    if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
    day = parseLooseDate(`${reference.getUTCFullYear()}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  } else if (NAMED_DAY.test(v))
    // "Nov 20" turned round to "20 Nov": chrono reads a month name's number above 12 as its year.
    day = dayIn(v.replace(/^(\p{L}{3,10}\.?)\s*(\d{1,2})\.?$/u, '$2 $1'), { reference });
  if (!day) return undefined;
  const today = utcDay(reference) ?? '';
  const shift = (years: number) => `${Number(day.slice(0, 4)) + years}${day.slice(4)}`;
  if (!ahead && day > today) return parseLooseDate(shift(-1));
  if (ahead && day < today) return parseLooseDate(shift(1));
  return day;
}

/**
 * A date cell: ISO, written out ("Oct 4, 2025"), numeric in the column's order, or a day without its year
 * (read against `reference`, the day of the import; `ahead` for a deadline).
 */
export function readCellDate(
  value: string,
  order?: 'day-first' | 'month-first',
  reference: Date = new Date(),
  ahead = false,
): string | undefined {
  const v = value.trim();
  if (!v) return undefined;
  if (DOTTED_DAY.test(v) || NAMED_DAY.test(v)) return yearlessDay(v, reference, ahead);
  const m = NUMERIC_DATE.exec(v);
  if (m) {
    // "01.12.2026": a dotted date is day-first in every language that writes one, whatever the column's other cells.
    const dotted = /^\d{1,2}\.\d{1,2}\.\d{2,4}$/.test(v);
    const [year, mo, d] =
      m[1]!.length === 4
        ? [m[1]!, m[2]!, m[3]!]
        : order === 'day-first' || (!order && dotted)
          ? [m[3]!, m[2]!, m[1]!]
          : order === 'month-first'
            ? [m[3]!, m[1]!, m[2]!]
            : [];
    if (!year || !mo || !d) return undefined;
    const y = year.length === 2 ? `20${year}` : year;
    return parseLooseDate(`${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`);
  }
  return (
    parseLooseDate(v) ??
    parseLooseDate(v.replace(/,? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?$/i, '')) ??
    // A day written out in the sheet's language: "28 nov. 2026", "2 de noviembre de 2026", "3. März 2026".
    (v.length <= 40 && /\d/.test(v) ? dateInText(v) : undefined)
  );
}

const isDateCell = (v: string) =>
  NUMERIC_DATE.test(v.trim()) || parseLooseDate(v.trim()) !== undefined || readCellDate(v) !== undefined;
const isUrl = (v: string) => /^https?:\/\/\S+$/.test(v.trim());

/** The marks between the two halves of a "Company – Role" cell; "Role at Company" also joins them by a word. */
const PAIR_MARK = /\s+[–—|@/-]\s+/gu;
const PAIR_WORD = /\s+(?:[–—|@/-]|at|bei|chez|presso|hos)\s+/giu;

/**
 * The company and the position of a "Company – Role" (or "Role @ Company") cell: cut at the first mark when the
 * company comes first (a job's title may hold a dash of its own), at the last when the position does.
 */
function splitPair(value: string, first: 'company' | 'position'): { company: string; position: string } | undefined {
  const marks = [...value.matchAll(first === 'company' ? PAIR_MARK : PAIR_WORD)];
  const mark = first === 'company' ? marks[0] : marks.at(-1);
  if (!mark) return undefined;
  const a = value.slice(0, mark.index).trim();
  const b = value.slice(mark.index + mark[0].length).trim();
  if (!a || !b) return undefined;
  return first === 'company' ? { company: a, position: b } : { company: b, position: a };
}
/** A company cell that names an agency and says the employer is not named: "(client confidential)", "for a client". */
const UNNAMED_CLIENT =
  /\((?:[^()]{0,20}\s)?(?:client\s+)?(?:confidential|undisclosed|not named|unnamed|anonymous|not disclosed)(?:\s+client)?\)|\(client[^()]{0,20}\)/i;

const isMoney = (v: string) => extractSalary(`salary ${v}`) !== undefined;

/** Fields a `--map` file may name. */
const MAP_FIELDS = [
  'company',
  'position',
  'stage',
  'applied',
  'url',
  'salary',
  'location',
  'deadline',
  'jobId',
  'source',
  'cv',
  'workplace',
  'employment',
  'tags',
];

/**
 * A web mail or chat address (a Gmail thread, an Outlook message): where the
 * user talked about the job, never the posting, so never `url`.
 */
export const isMailLink = (v: string) =>
  /^https?:\/\/(?:mail\.google\.com|inbox\.google\.com|outlook\.(?:live|office|office365)\.com|mail\.yahoo\.com|mail\.proton\.me|app\.slack\.com|[\w-]+\.slack\.com\/archives)(?:[/:?#]|$)/i.test(
    v.trim(),
  );

/** A column named after the day a posting was saved or the row created: never the day it was sent. */
const SAVED_DATE = /^(?:date )?(?:added|saved|created|bookmarked)(?: (?:at|on|date))?$/;

/** The stage a header names ("Applied?", "Interview", "Offer received"), for flag and date columns. */
function stageOfHeader(header: string, ctx: DossierContext): string | undefined {
  const h = foldLabel(header)
    .replace(/\b(?:date|on|at|when|day|stage|reached|y n|yes no)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!h) return undefined;
  return stageOfStatus(h, ctx);
}

/** The field a `--map` value names: a field, "title", "extra", "contact", or a stage (flags or dates of it). */
function roleFromMap(value: string, ctx: DossierContext, values: string[]): ColumnRole {
  const v = value.trim();
  if (v === 'title') return { to: 'title' };
  if (v === 'extra' || v === 'ignore') return { to: 'extra' };
  if (v === 'contact' || v === 'contacts') return { to: 'contact' };
  if (MAP_FIELDS.includes(v)) return { to: 'field', field: v };
  const stage = ctx.stages.normalize(v.replace(/^(?:flag|date):/, ''));
  if (stage)
    return v.startsWith('date:') || (!v.startsWith('flag:') && values.filter(Boolean).every(isDateCell))
      ? { to: 'stage-date', stage }
      : { to: 'flag', stage };
  throw new ImportError(
    `the mapping names "${value}", which is not a field; use one of ${MAP_FIELDS.join(', ')}, title, contact, extra, or a stage (${ctx.stages.keys.join(', ')})`,
  );
}

/** Reads a `--map` YAML file. */
export function readMapFile(path: string): MapOverride {
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ImportError(`the mapping file ${path} could not be read (${(error as Error).message.split('\n')[0]})`);
  }
  const d = (data ?? {}) as { columns?: Record<string, unknown>; dates?: unknown };
  if (typeof d !== 'object' || (d.columns !== undefined && (typeof d.columns !== 'object' || d.columns === null))) {
    throw new ImportError(
      `the mapping file ${path} should hold "columns:" with "Column name: field" lines, and optionally "dates: day-first" or "dates: month-first"`,
    );
  }
  if (d.dates !== undefined && d.dates !== 'day-first' && d.dates !== 'month-first')
    throw new ImportError(`the mapping file's "dates" is "${String(d.dates)}"; use day-first or month-first`);
  return {
    columns: Object.fromEntries(Object.entries(d.columns ?? {}).map(([k, v]) => [k, String(v)])),
    dates: d.dates as MapOverride['dates'],
  };
}

/** How each column of a table is read. */
export function mapColumns(table: TrackerTable, ctx: DossierContext, override?: MapOverride): ColumnMapping[] {
  const taken = new Set<string>();
  const values = (c: number) => table.rows.map((r) => (r[c] ?? '').trim());
  const mapping: ColumnMapping[] = table.header.map((column) => ({ column, role: { to: 'extra' }, by: 'none' }));
  const overridden = new Map(Object.entries(override?.columns ?? {}).map(([k, v]) => [foldLabel(k), v]));
  // 1. The mapping file, then headers; the first column of a field takes it.
  table.header.forEach((column, c) => {
    const mapped = overridden.get(foldLabel(column));
    if (mapped !== undefined) {
      const role = roleFromMap(mapped, ctx, values(c));
      mapping[c] = { column, role, by: 'map' };
      if (role.to === 'field') taken.add(role.field);
      if (role.to === 'title') taken.add('title');
    }
  });
  const specificApplied = table.header.some(
    (h, c) => fieldOfLabel(h) === 'applied' && foldLabel(h) !== 'date' && values(c).filter(Boolean).every(isDateCell),
  );
  table.header.forEach((column, c) => {
    if (mapping[c]!.by === 'map') return;
    const folded = foldLabel(column);
    const vals = values(c).filter(Boolean);
    if (c === 0 && table.notion && !taken.has('title')) {
      taken.add('title');
      mapping[c] = { column, role: { to: 'title' }, by: 'header' };
      return;
    }
    if (SAVED_DATE.test(folded)) {
      mapping[c] = { column, role: { to: 'extra' }, by: 'header' };
      return;
    }
    const pair = pairOfLabel(column);
    if (pair && !taken.has('company') && !taken.has('position')) {
      taken.add('company').add('position');
      mapping[c] = { column, role: { to: 'pair', first: pair[0] }, by: 'header' };
      return;
    }
    let field: LabelField | undefined = fieldOfLabel(column) ?? fieldOfLabel(column.replace(/\s*\?$/, ''));
    if (field === 'contact') {
      mapping[c] = { column, role: { to: 'contact', role: contactRoleOf(column) }, by: 'header' };
      return;
    }
    // Kept under extra, as the user named it; never read by its content as a status ("Call went well, no offer yet").
    if (field === 'notes' || field === 'languages') {
      mapping[c] = { column, role: { to: 'extra' }, by: 'header' };
      return;
    }
    // A plain "Date" is the application date only when no column says so more precisely, and only when it holds dates.
    if (field === 'applied' && folded === 'date' && specificApplied) field = undefined;
    // "Min Salary" and "Max Salary": two ends of one range, both read into the salary.
    const rangeEnd = field === 'salary' && /\b(?:min|max|from|to|von|bis)/i.test(column);
    if (
      field &&
      (!taken.has(field) || (rangeEnd && taken.has('salary-end'))) &&
      // A date column by its name holds dates: most of its cells, since people type "ASAP" or "n/a" in one or two.
      !(
        ['applied', 'deadline'].includes(field) &&
        vals.length &&
        vals.filter(isDateCell).length < vals.length * 0.75
      ) &&
      !(field === 'url' && vals.length && vals.every(isMailLink))
    ) {
      taken.add(field);
      if (rangeEnd) taken.add('salary-end');
      mapping[c] = { column, role: { to: 'field', field }, by: 'header' };
      return;
    }
    // "Applied?" holding Y/N is a stage's flag, read below; another named column stays under extra.
    if (field && !(field === 'applied' && vals.length && vals.every(isFlag))) return;
    const stage = stageOfHeader(column, ctx);
    if (stage && vals.length) {
      if (vals.every(isFlag)) mapping[c] = { column, role: { to: 'flag', stage }, by: 'header' };
      // A filler column (one date on every row, as a template left it) is not a history.
      else if (vals.every(isDateCell) && !(table.rows.length >= 3 && new Set(values(c)).size === 1))
        mapping[c] = { column, role: { to: 'stage-date', stage }, by: 'header' };
    }
  });
  // 2. Columns the header says nothing about, by what they hold.
  table.header.forEach((column, c) => {
    if (mapping[c]!.by !== 'none') return;
    const vals = values(c).filter(Boolean);
    if (vals.length === 0) return;
    const most = (test: (v: string) => boolean) => vals.filter(test).length / vals.length >= 0.8;
    const pick = (field: string) => {
      taken.add(field);
      mapping[c] = { column, role: { to: 'field', field }, by: 'content' };
    };
    if (!taken.has('url') && most((v) => isUrl(v) && !isMailLink(v))) pick('url');
    else if (!taken.has('applied') && most(isDateCell)) pick('applied');
    else if (
      !taken.has('stage') &&
      (vals.length >= 2
        ? most((v) => v.length < 40 && v.split(/\s+/).length <= 4 && stageOfStatus(v, ctx) !== undefined)
        : vals.every((v) => ctx.stages.normalize(v) !== undefined))
    )
      pick('stage');
    else if (!taken.has('salary') && most(isMoney)) pick('salary');
  });
  // 3. Date order, per date column; a column that cannot tell takes the order the file's other date columns show.
  const dateColumns = mapping
    .map((m, c) => [m, c] as const)
    .filter(
      ([m]) => (m.role.to === 'field' && ['applied', 'deadline'].includes(m.role.field)) || m.role.to === 'stage-date',
    );
  const orders = dateColumns.map(([, c]) => dateOrderOf(values(c)));
  const fileOrder =
    override?.dates ??
    [...new Set(orders.map((o) => o.order).filter(Boolean))].reduce<'day-first' | 'month-first' | undefined>(
      (acc, o, _i, all) => (all.length === 1 ? o : acc),
      undefined,
    );
  dateColumns.forEach(([m], i) => {
    const order = override?.dates ?? orders[i]!.order ?? fileOrder;
    if (orders[i]!.numeric && order) m.order = order;
  });
  return mapping;
}

/** The mapping as report lines: `Column → field (by header)`. */
export function describeMapping(mapping: ColumnMapping[]): string[] {
  return mapping.map((m) => {
    const target =
      m.role.to === 'field'
        ? m.role.field
        : m.role.to === 'flag'
          ? `stage flag "${m.role.stage}"`
          : m.role.to === 'stage-date'
            ? `date of stage "${m.role.stage}"`
            : m.role.to === 'title'
              ? 'title (company or position)'
              : m.role.to === 'pair'
                ? m.role.first === 'company'
                  ? 'company and position'
                  : 'position and company'
                : m.role.to === 'contact'
                  ? 'contacts'
                  : 'extra';
    const how = m.by === 'none' ? '' : ` (by ${m.by}${m.order ? `, ${m.order} dates` : ''})`;
    return `${m.column} → ${target}${how}`;
  });
}

export interface TrackerRow {
  title?: string;
  fields: Record<string, unknown>;
  extra: Record<string, string>;
  warnings: string[];
  /** Fields read by content rather than header: the report says they were guessed. */
  guessed: string[];
  /** Fields whose cell says something the importer cannot read (a status outside the vocabulary): listed under `review:`. */
  unclear?: string[];
}

/** One row's fields, by the table's mapping. */
export function readTrackerRow(mapping: ColumnMapping[], cells: string[], ctx: DossierContext): TrackerRow {
  const fields: Record<string, unknown> = {};
  const extra: Record<string, string> = {};
  const warnings: string[] = [];
  const guessed: string[] = [];
  const unclear: string[] = [];
  const flags: string[] = [];
  const dates: Record<string, string> = {};
  const contacts: { name: string; role?: string; email?: string }[] = [];
  let title: string | undefined;
  let comment: string | undefined;
  mapping.forEach((m, c) => {
    const value = (cells[c] ?? '').trim();
    if (value === '') return;
    const keep = (why?: string) => {
      extra[m.column] = value;
      if (why) warnings.push(`"${m.column}: ${value}" ${why}; kept under extra`);
    };
    const role = m.role;
    if (role.to === 'title') title = value;
    else if (role.to === 'pair') {
      const parts = splitPair(value, role.first);
      // No mark between them: the cell is read as a title is, a job's name or an employer's.
      if (!parts) title = value;
      else {
        fields.company = parts.company;
        fields.position = parts.position;
      }
    } else if (role.to === 'extra') {
      keep();
      if (fieldOfLabel(m.column) === 'notes') comment ??= value;
    } else if (role.to === 'flag') {
      if (YES.test(value)) flags.push(role.stage);
      else if (!NO.test(value)) keep();
      else extra[m.column] = value;
    } else if (role.to === 'stage-date') {
      const day = readCellDate(value, m.order);
      if (day) dates[role.stage] = day;
      else
        keep(
          m.order || !NUMERIC_DATE.test(value)
            ? 'is not a date I can read'
            : 'could be day-first or month-first (no value in its column tells); pass --map with "dates: day-first" or "dates: month-first"',
        );
    } else if (role.to === 'contact') {
      const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(value)?.[0];
      // "Sam Whitlock (recruiter)": a bracket that names the person's part is their role, not their name.
      const bracket = /\(([^()]{2,40})\)/.exec(value);
      // "Jonas Brenneke (CTO)": a short bracket at the end is the person's part, in their words, known or not.
      const said = bracket
        ? (contactRoleOf(bracket[1]!) ??
          (value.trim().endsWith(bracket[0]) && !/[@\d]/.test(bracket[1]!) && bracket[1]!.split(/\s+/).length <= 4
            ? bracket[1]!.trim()
            : undefined))
        : undefined;
      const name = (said ? value.replace(bracket![0], ' ') : value)
        .replace(/<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?/, '')
        .replace(/[()]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[,;–-]$/, '')
        .trim();
      if (name && name.length <= 80)
        contacts.push({
          name,
          ...((said ?? role.role) ? { role: said ?? role.role } : {}),
          ...(email ? { email } : {}),
        });
      else keep();
    } else {
      const field = role.field;
      let read: unknown;
      switch (field) {
        case 'stage':
          read = stageOfStatus(value, ctx);
          break;
        case 'applied':
        case 'deadline':
          read = readCellDate(value, m.order, undefined, field === 'deadline');
          break;
        case 'url':
          read = isMailLink(value)
            ? undefined
            : /^https?:\/\/\S+$/.test(value)
              ? value
              : /^www\.\S+$/.test(value)
                ? `https://${value}`
                : undefined;
          break;
        case 'salary': {
          // "Gehalt (€/Jahr)": the header's brackets give the currency and period a bare figure leaves out.
          read = extractSalary(`salary ${value} ${/\(([^)]*)\)/.exec(m.column)?.[1] ?? ''}`.trim());
          // "Max Salary" / "Min salary": one end of the range.
          const s = read as { min?: number; max?: number } | undefined;
          if (s && s.min === s.max && /\bmax/i.test(m.column)) delete s.min;
          else if (s && s.min === s.max && /\bmin/i.test(m.column)) delete s.max;
          break;
        }
        case 'workplace':
          read = YES.test(value) ? 'remote' : extractWorkplace(value);
          break;
        case 'employment':
          read = extractEmployment(value);
          break;
        case 'tags':
          read = value.split(/\s*[,;]\s*/).filter(Boolean);
          break;
        case 'company':
          // "Calderbrook Recruitment (client confidential)": an agency for an employer it does not name.
          if (UNNAMED_CLIENT.test(value)) {
            keep('names a recruiting agency, not the employer');
            return;
          }
          read = value;
          break;
        default:
          read = value;
      }
      if (read === undefined) {
        if (field === 'stage') unclear.push('stage');
        const ambiguous = (field === 'applied' || field === 'deadline') && !m.order && NUMERIC_DATE.test(value);
        keep(
          field === 'stage'
            ? `is not a stage I know; the stages are ${ctx.stages.keys.join(', ')} (add it to a stage's aliases in dossier.config.yaml)`
            : ambiguous
              ? 'could be day-first or month-first (no value in its column tells); pass --map with "dates: day-first" or "dates: month-first"'
              : `could not be read as ${field}`,
        );
        return;
      }
      // The other end of a range read from its own column: one salary.
      const before = fields[field] as { min?: number; max?: number; currency?: string } | undefined;
      const end = read as { min?: number; max?: number; currency?: string };
      if (field === 'salary' && before && (before.currency === end.currency || !end.currency))
        // Keys in the order a salary is written everywhere else: min, max, period, currency.
        fields[field] = Object.fromEntries(
          ['min', 'max', 'period', 'currency']
            .map((k) => [k, (end as Record<string, unknown>)[k] ?? (before as Record<string, unknown>)[k]])
            .filter(([, v]) => v !== undefined),
        );
      else fields[field] = read;
      if (m.by === 'content') guessed.push(field);
    }
  });
  if (contacts.length) fields.contacts = contacts;
  // Y/N stage columns: the furthest stage flagged, and a dated step for each flagged stage with a date.
  const reached = [...new Set([...flags, ...Object.keys(dates)])].sort(
    (a, b) => ctx.stages.order(a) - ctx.stages.order(b),
  );
  const statusRead = fields.stage !== undefined;
  if (fields.stage === undefined && flags.length) {
    const furthest = [...flags].sort((a, b) => ctx.stages.order(a) - ctx.stages.order(b)).pop()!;
    fields.stage = furthest;
  }
  // A comment that opens with an ending ("Ghosted", "Unsuccessful – email 14/10") says where the application
  // ended, when no status column did (Y/N flags say only how far it got). Only its first words count:
  // "chat with the recruiter, no offer yet" is not an ending.
  if (!statusRead && comment) {
    const opening = comment.split(/\s[–—-]\s|[,.;:(!]/)[0]!.trim();
    const stage = opening && opening.split(/\s+/).length <= 3 ? stageOfStatus(opening, ctx) : undefined;
    if (stage && ['rejected', 'no-answer', 'withdrawn'].includes(ctx.stages.kind(stage))) fields.stage = stage;
  }
  if (fields.applied === undefined && dates.applied) fields.applied = dates.applied;
  // A step dated before the application was sent is a template's filler, not something that happened.
  for (const [stage, day] of Object.entries(dates)) {
    const sent = ctx.stages.firstOfKind('sent');
    if (
      typeof fields.applied === 'string' &&
      // On the day itself too: an interview the day one applies is a template copying the date along.
      day <= fields.applied &&
      sent &&
      ctx.stages.order(stage) > ctx.stages.order(sent)
    ) {
      delete dates[stage];
      warnings.push(`the ${stage} date ${day} is before the application (${fields.applied}); not made a history step`);
    }
  }
  // A history of later steps starts with the application itself, when its date is known.
  const sentKey = ctx.stages.firstOfKind('sent');
  if (
    sentKey &&
    typeof fields.applied === 'string' &&
    !reached.includes(sentKey) &&
    Object.keys(dates).some((k) => k !== sentKey)
  )
    reached.unshift(sentKey);
  const history = reached
    .filter((s) => dates[s] ?? (s === sentKey ? fields.applied : undefined))
    .map((s) => ({ stage: s, date: (dates[s] ?? fields.applied) as string }));
  if (history.length) fields.history = history.sort((a, b) => a.date.localeCompare(b.date));
  return { title, fields, extra, warnings, guessed, unclear: unclear.filter((f) => fields[f] === undefined) };
}
