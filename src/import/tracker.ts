import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { DossierContext } from '../config/load.ts';
import { parseLooseDate } from './loose-date.ts';
import { extractEmployment, extractWorkplace } from './posting-extract.ts';
import { extractSalary } from './salary.ts';
import { foldLabel } from './sections.ts';
import { ImportError } from './types.ts';
import type { StageKind } from '../lib/stages.ts';

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
  | { to: 'flag'; stage: string }
  | { to: 'stage-date'; stage: string }
  | { to: 'contact' }
  | { to: 'extra' };

export interface ColumnMapping {
  column: string;
  role: ColumnRole;
  /** How the role was chosen. */
  by: 'header' | 'content' | 'map' | 'none';
  /** For date columns: day-first or month-first, when the values are numeric. */
  order?: 'day-first' | 'month-first';
}

export interface TrackerTable {
  /** The file's label in reports. */
  label: string;
  header: string[];
  rows: string[][];
  /** A Notion database export: its first column is the page title. */
  notion: boolean;
}

/** A `--map` file: column → field (or stage), and the date order. */
export interface MapOverride {
  columns: Record<string, string>;
  dates?: 'day-first' | 'month-first';
}

const HEADERS: Record<string, string[]> = {
  company: [
    'company',
    'company name',
    'employer',
    'organisation',
    'organization',
    'org',
    'business',
    'firm',
    'firma',
    'unternehmen',
    'empresa',
    'entreprise',
  ],
  position: [
    'position',
    'role',
    'title',
    'job title',
    'role title',
    'job',
    'job position',
    'position title',
    'job role',
    'job name',
    'stanowisko',
    'cargo',
    'poste',
    'puesto',
    'stelle',
  ],
  stage: ['status', 'stage', 'progress', 'application status', 'state', 'pipeline', 'pipeline stage', 'list', 'column'],
  applied: [
    'date applied',
    'applied on',
    'applied date',
    'application date',
    'date',
    'date of application',
    'submitted',
    'submitted on',
    'applied at',
    'date submitted',
    'created',
    'date added',
    'data aplikacji',
  ],
  url: [
    'link',
    'url',
    'listing',
    'job link',
    'job url',
    'posting',
    'posting url',
    'job posting',
    'listing url',
    'job listing',
    'website',
    'apply link',
    'application link',
    'post url',
  ],
  salary: [
    'salary',
    'pay',
    'compensation',
    'salary range',
    'expected salary',
    'rate',
    'wage',
    'comp',
    'wynagrodzenie',
    'gehalt',
    'salario',
  ],
  location: ['location', 'city', 'place', 'office', 'where', 'lokalizacja', 'ort'],
  deadline: ['deadline', 'closing date', 'apply by', 'due date', 'application deadline', 'closes', 'close date'],
  jobId: ['job id', 'req id', 'requisition', 'requisition id', 'reference', 'job reference', 'ref', 'job number'],
  source: ['source', 'found via', 'platform', 'board', 'job board', 'where found', 'found on', 'channel'],
  cv: ['cv', 'resume', 'cv version', 'resume version', 'cv title', 'resume used'],
  workplace: [
    'remote',
    'work mode',
    'workplace',
    'remote hybrid onsite',
    'work type',
    'work model',
    'remote onsite',
    'on site remote',
  ],
  employment: ['employment type', 'job type', 'employment', 'contract type', 'type'],
  tags: ['tags', 'labels', 'keywords'],
  notes: ['notes', 'comments', 'comment', 'note', 'remarks', 'description', 'next steps', 'next step'],
  contact: [
    'contact',
    'contacts',
    'recruiter',
    'contact person',
    'hiring manager',
    'contact name',
    'recruiter name',
    'point of contact',
  ],
};
const BY_HEADER = new Map<string, string>();
for (const [field, names] of Object.entries(HEADERS)) for (const n of names) BY_HEADER.set(n, field);

/**
 * Status words trackers use, in the languages the importer reads (English,
 * German, Polish, French, Spanish, Portuguese, Norwegian, Vietnamese; matched
 * without accents), by what the stage means. Tried after the configured
 * labels and aliases; each kind goes to the first configured stage of that
 * kind, so a pipeline of one's own works too.
 */
const STATUS_WORDS: [RegExp, StageKind][] = [
  [
    /\b(?:offer accepted|accepted|hired|signed|angenommen|zusage|eingestellt|przyjet\w*|zatrudnion\w*|accepte\w*|embauche\w*|aceptad\w*|contratad\w*|aceit\w*|ansatt|nhan viec)\b/,
    'accepted',
  ],
  [/\b(?:offer|angebot|oferta|offre|proposta|tilbud|de nghi)\b/, 'offer'],
  [
    /\b(?:reject\w*|unsuccessful|not selected|not moving forward|declined by|turned down|no offer|denied|closed by|absage|abgelehnt|odrzuc\w*|odmow\w*|refus\w*|rechazad\w*|descartad\w*|rejeitad\w*|reprovad\w*|recusad\w*|avslag|avslatt|tu choi)\b/,
    'rejected',
  ],
  [
    /\b(?:ghost\w*|no response|no reply|no answer|no news|never heard|unresponsive|silence|keine antwort|keine ruckmeldung|brak odpowiedzi|sans reponse|pas de reponse|sin respuesta|sem resposta|ingen svar|khong phan hoi)\b/,
    'no-answer',
  ],
  [
    /\b(?:withdr\w*|declined|not interested|passed|archived by me|zuruckgezogen|wycofan\w*|retire\w*|retirad\w*|desisti\w*|trukket|rut ho so)\b/,
    'withdrawn',
  ],
  [
    /\b(?:interview\w*|onsite|on site|final round|technical|assessment|take home|case study|panel|\d(?:st|nd|rd|th) round|vorstellungsgesprach|gesprach|rozmow\w*|entretien|entrevista|intervju|phong van)\b/,
    'interview',
  ],
  [/\b(?:screen\w*|phone|recruiter call|hr call|intro call|telefon\w*)\b/, 'answered'],
  [
    /\b(?:applied|applying|submitted|application sent|sent|in review|under review|waiting|pending|in progress|beworben|gesendet|wyslan\w*|aplikowal\w*|envoye\w*|postulad\w*|enviad\w*|candidatad\w*|soknad sendt|sokt|da nop)\b/,
    'sent',
  ],
  [
    /\b(?:wish\s?list|saved|bookmark\w*|interested|to apply|not applied|draft|planned|researching|backlog|not started|gespeichert|merkliste|zapisan\w*|sauvegard\w*|guardad\w*|salv\w*|lagret)\b/,
    'saved',
  ],
];

/** The stage a tracker's status word stands for: the configured names first, then the words above. */
export function stageOfStatus(value: string, ctx: DossierContext): string | undefined {
  const direct = ctx.stages.normalize(value.trim());
  if (direct) return direct;
  const folded = foldLabel(value);
  if (!folded) return undefined;
  const direct2 = ctx.stages.normalize(folded);
  if (direct2) return direct2;
  for (const [re, kind] of STATUS_WORDS) {
    if (!re.test(folded)) continue;
    const key = ctx.stages.firstOfKind(kind);
    if (key) return key;
  }
  return undefined;
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

/** A date cell: ISO, written out ("Oct 4, 2025"), or numeric in the column's order. */
export function readCellDate(value: string, order?: 'day-first' | 'month-first'): string | undefined {
  const v = value.trim();
  if (!v) return undefined;
  const m = NUMERIC_DATE.exec(v);
  if (m) {
    const [year, mo, d] =
      m[1]!.length === 4
        ? [m[1]!, m[2]!, m[3]!]
        : order === 'day-first'
          ? [m[3]!, m[2]!, m[1]!]
          : order === 'month-first'
            ? [m[3]!, m[1]!, m[2]!]
            : [];
    if (!year || !mo || !d) return undefined;
    const y = year.length === 2 ? `20${year}` : year;
    return parseLooseDate(`${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`);
  }
  return parseLooseDate(v) ?? parseLooseDate(v.replace(/,? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?$/i, ''));
}

const isDateCell = (v: string) =>
  NUMERIC_DATE.test(v.trim()) || parseLooseDate(v.trim()) !== undefined || readCellDate(v) !== undefined;
const isUrl = (v: string) => /^https?:\/\/\S+$/.test(v.trim());
const isMoney = (v: string) => extractSalary(`salary ${v}`) !== undefined;

/** The stage a header names ("Applied?", "Interview", "Offer received"), for flag and date columns. */
function stageOfHeader(header: string, ctx: DossierContext): string | undefined {
  const h = foldLabel(header)
    .replace(/\b(?:date|on|at|when|day|stage|reached|y n|yes no)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!h) return undefined;
  return ctx.stages.normalize(h) ?? stageOfStatus(h, ctx);
}

/** The field a `--map` value names: a field, "title", "extra", "contact", or a stage (flags or dates of it). */
function roleFromMap(value: string, ctx: DossierContext, values: string[]): ColumnRole {
  const v = value.trim();
  if (v === 'title') return { to: 'title' };
  if (v === 'extra' || v === 'ignore') return { to: 'extra' };
  if (v === 'contact' || v === 'contacts') return { to: 'contact' };
  if (Object.keys(HEADERS).includes(v)) return { to: 'field', field: v };
  const stage = ctx.stages.normalize(v.replace(/^(?:flag|date):/, ''));
  if (stage)
    return v.startsWith('date:') || (!v.startsWith('flag:') && values.filter(Boolean).every(isDateCell))
      ? { to: 'stage-date', stage }
      : { to: 'flag', stage };
  throw new ImportError(
    `the mapping names "${value}", which is not a field; use one of ${Object.keys(HEADERS).join(', ')}, title, contact, extra, or a stage (${ctx.stages.keys.join(', ')})`,
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
  table.header.forEach((column, c) => {
    if (mapping[c]!.by === 'map') return;
    const folded = foldLabel(column);
    const vals = values(c).filter(Boolean);
    if (c === 0 && table.notion && !taken.has('title')) {
      taken.add('title');
      mapping[c] = { column, role: { to: 'title' }, by: 'header' };
      return;
    }
    let field = BY_HEADER.get(folded) ?? BY_HEADER.get(folded.replace(/\s*\?$/, ''));
    if (field === 'contact') {
      mapping[c] = { column, role: { to: 'contact' }, by: 'header' };
      return;
    }
    if (field === 'notes') field = undefined; // kept under extra, as the user named it
    // "Date" is the application date only when it holds dates.
    if (
      field &&
      !taken.has(field) &&
      !(['applied', 'deadline'].includes(field) && vals.length && !vals.every(isDateCell))
    ) {
      taken.add(field);
      mapping[c] = { column, role: { to: 'field', field }, by: 'header' };
      return;
    }
    if (field) return;
    const stage = stageOfHeader(column, ctx);
    if (stage && vals.length) {
      if (vals.every(isFlag)) mapping[c] = { column, role: { to: 'flag', stage }, by: 'header' };
      else if (vals.every(isDateCell)) mapping[c] = { column, role: { to: 'stage-date', stage }, by: 'header' };
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
    if (!taken.has('url') && most(isUrl)) pick('url');
    else if (!taken.has('applied') && most(isDateCell)) pick('applied');
    else if (
      !taken.has('stage') &&
      (vals.length >= 2
        ? most((v) => v.length < 40 && stageOfStatus(v, ctx) !== undefined)
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
}

/** One row's fields, by the table's mapping. */
export function readTrackerRow(mapping: ColumnMapping[], cells: string[], ctx: DossierContext): TrackerRow {
  const fields: Record<string, unknown> = {};
  const extra: Record<string, string> = {};
  const warnings: string[] = [];
  const guessed: string[] = [];
  const flags: string[] = [];
  const dates: Record<string, string> = {};
  const contacts: { name: string; role?: string; email?: string }[] = [];
  let title: string | undefined;
  mapping.forEach((m, c) => {
    const value = (cells[c] ?? '').trim();
    if (value === '') return;
    const keep = (why?: string) => {
      extra[m.column] = value;
      if (why) warnings.push(`"${m.column}: ${value}" ${why}; kept under extra`);
    };
    const role = m.role;
    if (role.to === 'title') title = value;
    else if (role.to === 'extra') keep();
    else if (role.to === 'flag') {
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
      const name = value
        .replace(/<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?/, '')
        .replace(/[()]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[,;–-]$/, '')
        .trim();
      if (name && name.length <= 80) contacts.push({ name, ...(email ? { email } : {}) });
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
          read = readCellDate(value, m.order);
          break;
        case 'url':
          read = /^https?:\/\/\S+$/.test(value) ? value : /^www\.\S+$/.test(value) ? `https://${value}` : undefined;
          break;
        case 'salary': {
          read = extractSalary(`salary ${value}`);
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
        default:
          read = value;
      }
      if (read === undefined) {
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
      fields[field] = read;
      if (m.by === 'content') guessed.push(field);
    }
  });
  if (contacts.length) fields.contacts = contacts;
  // Y/N stage columns: the furthest stage flagged, and a dated step for each flagged stage with a date.
  const reached = [...new Set([...flags, ...Object.keys(dates)])].sort(
    (a, b) => ctx.stages.order(a) - ctx.stages.order(b),
  );
  if (fields.stage === undefined && flags.length) {
    const furthest = [...flags].sort((a, b) => ctx.stages.order(a) - ctx.stages.order(b)).pop()!;
    fields.stage = furthest;
  }
  if (fields.applied === undefined && dates.applied) fields.applied = dates.applied;
  const history = reached
    .filter((s) => dates[s] ?? (s === 'applied' ? fields.applied : undefined))
    .map((s) => ({ stage: s, date: (dates[s] ?? fields.applied) as string }));
  if (history.length) fields.history = history.sort((a, b) => a.date.localeCompare(b.date));
  return { title, fields, extra, warnings, guessed };
}
