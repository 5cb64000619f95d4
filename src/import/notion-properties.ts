import type { DossierContext } from '../config/load.ts';
import { didYouMean } from '../lib/suggest.ts';
import { foldKey } from './detect-kind.ts';
import { foldLabel } from './sections.ts';
import { parseLooseDate } from './loose-date.ts';
import { extractEmployment, extractWorkplace } from './posting-extract.ts';
import { extractSalary } from './salary.ts';
import type { NoteKind } from './types.ts';
import { isMailLink } from './tracker.ts';
import { fieldOfLabel, stageOfStatus, type LabelField } from './vocabulary.ts';

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
  /** Fields whose property says something the importer cannot read (a status outside the vocabulary): listed under `review:`. */
  unclear?: string[];
}

type Reader = (value: string, ctx: DossierContext) => unknown;

const asText: Reader = (v) => v;
const asDate: Reader = (v) => parseLooseDate(v);
const asList: Reader = (v) => v.split(/\s*,\s*/).filter(Boolean);
const asUrl: Reader = (v) => (/^https?:\/\/\S+$/.test(v) ? v : undefined);

/** How a property's value is read into each application field of the one vocabulary (vocabulary.ts). */
const APPLICATION_READERS: Partial<Record<LabelField, [string, Reader]>> = {
  company: ['company', asText],
  position: ['position', asText],
  stage: ['stage', (v, ctx) => stageOfStatus(v, ctx)],
  applied: ['applied', asDate],
  cv: ['cv', asText],
  location: ['location', asText],
  workplace: ['workplace', (v) => extractWorkplace(v)],
  employment: ['employment', (v) => extractEmployment(v)],
  salary: ['salary', (v) => extractSalary(`salary ${v}`)],
  jobId: ['jobId', asText],
  url: ['url', (v, ctx) => (isMailLink(v) ? undefined : asUrl(v, ctx))],
  source: ['source', asText],
  languages: ['languages', asList],
  tags: ['tags', asList],
  deadline: ['deadline', asDate],
};

/** The application field a property fills, and its reader. */
function applicationTarget(key: string): [string, Reader] | undefined {
  if (foldLabel(key) === 'role family') return ['roleFamily', asText];
  const field = fieldOfLabel(key);
  return field ? APPLICATION_READERS[field] : undefined;
}

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
  const fields: Record<string, unknown> = {};
  const extra: Record<string, string> = {};
  const warnings: string[] = [];
  const unclear: string[] = [];
  for (const { key, value } of properties) {
    if (value.trim() === '') continue;
    let target =
      kind === 'application'
        ? applicationTarget(key)
        : (ARTICLE_FIELDS[foldKey(key)] ?? ARTICLE_FIELDS[foldLabel(key)]);
    // A web clipper's `source:` (Obsidian's, MarkDownload's) is the page's address, not where the job was found.
    if (target?.[0] === 'source' && /^https?:\/\/\S+$/.test(value.trim()))
      target = kind === 'application' ? APPLICATION_READERS.url : ARTICLE_FIELDS.url;
    if (!target || fields[target[0]] !== undefined) {
      extra[key] = value;
      continue;
    }
    const read = target[1](value.trim(), ctx);
    if (read === undefined || (Array.isArray(read) && read.length === 0)) {
      extra[key] = value;
      warnings.push(`"${key}: ${value}" ${why(target[0], value, ctx)}; kept under extra`);
      if (target[0] === 'stage') unclear.push('stage');
      continue;
    }
    fields[target[0]] = read;
  }
  return { fields, extra, warnings, unclear: unclear.filter((f) => fields[f] === undefined) };
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
