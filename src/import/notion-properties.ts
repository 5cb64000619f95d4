import type { DossierContext } from '../config/load.ts';
import { didYouMean } from '../lib/suggest.ts';
import { foldKey } from './detect-kind.ts';
import { foldLabel } from './sections.ts';
import { parseLooseDate } from './loose-date.ts';
import { extractEmployment, extractWorkplace } from './posting-extract.ts';
import { extractSalary } from './salary.ts';
import type { NoteKind } from './types.ts';

/** A property as the user wrote it: key and value. */
export interface Property {
  key: string;
  value: string;
}

export interface MappedProperties {
  /** Frontmatter fields read from properties. */
  fields: Record<string, unknown>;
  /** Properties Dossier has no field for, under the user's own names. */
  extra: Record<string, string>;
  warnings: string[];
}

type Reader = (value: string, ctx: DossierContext) => unknown;

const asText: Reader = (v) => v;
const asDate: Reader = (v) => parseLooseDate(v);
const asList: Reader = (v) => v.split(/\s*,\s*/).filter(Boolean);
const asUrl: Reader = (v) => (/^https?:\/\/\S+$/.test(v) ? v : undefined);

/** Which field a property name fills, by its folded name, and how its value is read. */
const APPLICATION_FIELDS: Record<string, [string, Reader]> = {
  company: ['company', asText],
  employer: ['company', asText],
  organization: ['company', asText],
  position: ['position', asText],
  role: ['position', asText],
  'job title': ['position', asText],
  stage: ['stage', (v, ctx) => ctx.stages.normalize(v)],
  status: ['stage', (v, ctx) => ctx.stages.normalize(v)],
  'application date': ['applied', asDate],
  applied: ['applied', asDate],
  'date applied': ['applied', asDate],
  'applied on': ['applied', asDate],
  'cv title': ['cv', asText],
  cv: ['cv', asText],
  resume: ['cv', asText],
  'cv version': ['cv', asText],
  'resume version': ['cv', asText],
  location: ['location', asText],
  city: ['location', asText],
  workplace: ['workplace', (v) => extractWorkplace(v)],
  'work mode': ['workplace', (v) => extractWorkplace(v)],
  employment: ['employment', (v) => extractEmployment(v)],
  'employment type': ['employment', (v) => extractEmployment(v)],
  salary: ['salary', (v) => extractSalary(`salary ${v}`)],
  pay: ['salary', (v) => extractSalary(`salary ${v}`)],
  compensation: ['salary', (v) => extractSalary(`salary ${v}`)],
  'job id': ['jobId', asText],
  'req id': ['jobId', asText],
  requisition: ['jobId', asText],
  url: ['url', asUrl],
  link: ['url', asUrl],
  'job link': ['url', asUrl],
  'job url': ['url', asUrl],
  posting: ['url', asUrl],
  source: ['source', asText],
  'found via': ['source', asText],
  languages: ['languages', asList],
  tags: ['tags', asList],
  deadline: ['deadline', asDate],
  'closing date': ['deadline', asDate],
  'role family': ['roleFamily', asText],
  // The same labels in the importer's other languages (folded: no accents).
  empresa: ['company', asText],
  firma: ['company', asText],
  unternehmen: ['company', asText],
  entreprise: ['company', asText],
  'cong ty': ['company', asText],
  arbeidsgiver: ['company', asText],
  stanowisko: ['position', asText],
  cargo: ['position', asText],
  poste: ['position', asText],
  puesto: ['position', asText],
  stelle: ['position', asText],
  stilling: ['position', asText],
  'vi tri': ['position', asText],
  local: ['location', asText],
  lokalizacja: ['location', asText],
  standort: ['location', asText],
  lieu: ['location', asText],
  ubicacion: ['location', asText],
  localizacao: ['location', asText],
  sted: ['location', asText],
  'dia diem': ['location', asText],
  wynagrodzenie: ['salary', (v) => extractSalary(`salary ${v}`)],
  gehalt: ['salary', (v) => extractSalary(`salary ${v}`)],
  salaire: ['salary', (v) => extractSalary(`salary ${v}`)],
  salario: ['salary', (v) => extractSalary(`salary ${v}`)],
  lonn: ['salary', (v) => extractSalary(`salary ${v}`)],
  luong: ['salary', (v) => extractSalary(`salary ${v}`)],
};

const ARTICLE_FIELDS: Record<string, [string, Reader]> = {
  title: ['title', asText],
  author: ['author', asText],
  authors: ['author', asText],
  speaker: ['author', asText],
  by: ['author', asText],
  source: ['source', asText],
  publisher: ['source', asText],
  publication: ['source', asText],
  site: ['source', asText],
  url: ['url', asUrl],
  link: ['url', asUrl],
  published: ['published', asDate],
  'date published': ['published', asDate],
  date: ['published', asDate],
  read: ['read', asDate],
  'date read': ['read', asDate],
  companies: ['companies', asList],
  company: ['companies', asList],
  tags: ['tags', asList],
  'role families': ['roleFamilies', asList],
};

/**
 * Reads a Notion page's or row's properties into frontmatter fields. A value
 * that does not fit its field (a stage not in the pipeline, a date that is not
 * one) stays in `extra` under the user's name, with a warning, so nothing is
 * dropped; empty properties are left out.
 */
export function mapProperties(kind: NoteKind, properties: Property[], ctx: DossierContext): MappedProperties {
  const table = kind === 'application' ? APPLICATION_FIELDS : ARTICLE_FIELDS;
  const fields: Record<string, unknown> = {};
  const extra: Record<string, string> = {};
  const warnings: string[] = [];
  for (const { key, value } of properties) {
    if (value.trim() === '') continue;
    const target = table[foldKey(key)] ?? table[foldLabel(key)];
    if (!target || fields[target[0]] !== undefined) {
      extra[key] = value;
      continue;
    }
    const read = target[1](value.trim(), ctx);
    if (read === undefined || (Array.isArray(read) && read.length === 0)) {
      extra[key] = value;
      warnings.push(`"${key}: ${value}" ${why(target[0], value, ctx)}; kept under extra`);
      continue;
    }
    fields[target[0]] = read;
  }
  return { fields, extra, warnings };
}

/** Why a property's value did not fit its field, in the user's terms. */
function why(field: string, value: string, ctx: DossierContext): string {
  if (field === 'stage')
    return `is not a stage${didYouMean(value, ctx.stages.names)}; the stages are ${ctx.stages.keys.join(', ')}`;
  if (['applied', 'deadline', 'published', 'read'].includes(field))
    return `is not a date I can read for ${field} (e.g. "October 22, 2024" or 2024-10-22)`;
  if (field === 'url') return 'is not a web address';
  return `could not be read as ${field}`;
}
