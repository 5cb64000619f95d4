import { parse, Scalar, stringify } from 'yaml';
import type { DossierContext } from '../config/load.ts';
import { slugify } from '../lib/slug.ts';
import { applicationTemplate } from '../notes/template.ts';
import { createApplicationSchema } from '../schemas/application.ts';
import { ArticleSchema } from '../schemas/article.ts';
import { extractArticle, findBoilerplateStart } from './article-extract.ts';
import { detectKind } from './detect-kind.ts';
import { escapeLine, escapeMarkdown, textToMarkdown } from './mdx-escape.ts';
import { boundNesting } from './nesting.ts';
import { mapProperties, type Property } from './notion-properties.ts';
import { hasNotionId, notionBodyToMarkdown, parseNotionPage, stripNotionId } from './notion-page.ts';
import { extractPosting } from './posting-extract.ts';
import { sanitizeMdx, UnsafeMarkdownError } from './sanitize-mdx.ts';
import { ImportError, type ImportedNote, type SourceUnit } from './types.ts';

/** Application fields the report lists as found or missing, in frontmatter order. */
const APPLICATION_REPORTED = ['company', 'position', 'stage', 'applied', 'cv', 'roleFamily', 'location', 'workplace', 'employment', 'salary', 'jobId', 'url', 'languages'];
const ARTICLE_REPORTED = ['title', 'author', 'source', 'published', 'url', 'companies'];
const APPLICATION_ORDER = [...APPLICATION_REPORTED.slice(0, 10), 'jobId', 'url', 'source', 'languages', 'tags', 'deadline', 'extra'];
const ARTICLE_ORDER = ['title', 'source', 'author', 'url', 'published', 'read', 'companies', 'roleFamilies', 'tags', 'extra'];

/** What a source holds once its format is known: a title and properties (Notion), and a body. */
interface Parsed {
  title?: string;
  properties: Property[];
  /** The body's text as written (for extraction). */
  text: string;
  /** How the body is turned into MDX. */
  syntax: 'notion' | 'markdown' | 'text' | 'none';
}

function parseUnit(unit: SourceUnit): Parsed {
  if (unit.format === 'row') {
    const [first, ...rest] = unit.row ?? [];
    return { title: first?.[1].trim() || undefined, properties: rest.map(([key, value]) => ({ key, value })), text: '', syntax: 'none' };
  }
  const named = hasNotionId(unit.name);
  const page = parseNotionPage(unit.text, { named });
  // A pasted posting may start with "# Title" and one "Company: X" line; a Notion page has its id or a property block.
  if (page && (named || page.properties.length >= 2)) return { title: page.title, properties: page.properties, text: page.body, syntax: 'notion' };
  return { properties: [], text: unit.text, syntax: /\.(md|markdown)$/i.test(unit.name) ? 'markdown' : 'text' };
}

/** Headings of pasted Markdown placed under a `##` section move two levels down. */
function nestHeadings(markdown: string): string {
  return markdown.replace(/^(#{1,4})(?=\s)/gm, '##$1');
}

function toMdx(text: string, syntax: Parsed['syntax']): string {
  // Nesting is bounded before anything parses the text: MDX's compiler crashes on thousands of levels.
  if (syntax === 'notion') return notionBodyToMarkdown(boundNesting(text), escapeMarkdown, escapeLine);
  if (syntax === 'markdown') return escapeMarkdown(boundNesting(text));
  if (syntax === 'text') return textToMarkdown(text);
  return '';
}

function ordered(data: Record<string, unknown>, order: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of order) {
    const value = data[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    if (key === 'extra' && Object.keys(value as object).length === 0) continue;
    out[key] = value;
  }
  return out;
}

/** A file name: the slug of its parts, cut at a word boundary so paths stay readable. */
export function noteSlug(parts: (string | undefined)[]): string {
  const slug: string = slugify(parts.filter(Boolean).join(' '));
  if (slug.length <= 80) return slug;
  const cut = slug.slice(0, 80);
  return cut.slice(0, cut.lastIndexOf('-') > 40 ? cut.lastIndexOf('-') : 80);
}

function report(fields: Record<string, unknown>, names: string[]) {
  const has = (k: string) => fields[k] !== undefined && !(Array.isArray(fields[k]) && (fields[k] as unknown[]).length === 0);
  return { found: names.filter(has), missing: names.filter((k) => !has(k)) };
}

function buildApplication(parsed: Parsed, ctx: DossierContext): ImportedNote {
  const mapped = mapProperties('application', parsed.properties, ctx);
  const fields = mapped.fields;
  const warnings = [...mapped.warnings];
  // A tracker page is titled by the company ("Amazon", with a Position property),
  // or by the position when a Company property names the company.
  if (parsed.title) {
    if (fields.company === undefined) fields.company = parsed.title;
    else if (fields.position === undefined) fields.position = parsed.title;
    else mapped.extra.Name = parsed.title;
  }
  const posting = extractPosting(extractionWindow(parsed.text));
  for (const [key, value] of Object.entries(posting)) {
    if (fields[key] === undefined && value !== undefined && !(Array.isArray(value) && value.length === 0)) fields[key] = clipFound(key, value, warnings);
  }
  if (!fields.company) throw new ImportError('could not find the company; add a line "Company: <name>" at the top of the text and import it again');
  if (!fields.position) throw new ImportError('could not find the position; add a line "Position: <job title>" at the top of the text and import it again');
  const reported = report(fields, APPLICATION_REPORTED);
  if (fields.stage === undefined) {
    fields.stage = ctx.stages.keys[0];
    warnings.push(`no stage stated; set to ${fields.stage}`);
  }
  const family = ctx.roleFamilyOf(String(fields.position));
  if (fields.roleFamily === undefined && family !== ctx.config.unsortedFamily) fields.roleFamily = family;
  fields.extra = mapped.extra;
  const description = toMdx(parsed.text, parsed.syntax);
  const body =
    parsed.syntax === 'notion'
      ? description
      : applicationTemplate({ jobDescription: parsed.syntax === 'markdown' ? nestHeadings(description) : description });
  const derived = reported.missing.includes('roleFamily') && fields.roleFamily !== undefined;
  return {
    kind: 'application',
    slug: noteSlug([String(fields.company), String(fields.position), fields.applied as string | undefined]),
    frontmatter: ordered(fields, APPLICATION_ORDER),
    body,
    found: derived ? [...reported.found, 'roleFamily'] : reported.found,
    missing: derived ? reported.missing.filter((f) => f !== 'roleFamily') : reported.missing,
    warnings,
  };
}

function buildArticle(unit: SourceUnit, parsed: Parsed, ctx: DossierContext): ImportedNote {
  const mapped = mapProperties('article', parsed.properties, ctx);
  const fields = mapped.fields;
  const warnings = [...mapped.warnings];
  const found = extractArticle(extractionWindow(parsed.text));
  if (parsed.title) {
    if (fields.title === undefined) fields.title = parsed.title;
    else mapped.extra.Name = parsed.title;
  }
  for (const [key, value] of Object.entries(found)) {
    if (fields[key] === undefined && value !== undefined && !(Array.isArray(value) && value.length === 0)) fields[key] = clipFound(key, value, warnings);
  }
  if (!fields.title) {
    fields.title = stripNotionId(unit.name);
    warnings.push('no title found; the file name is used');
  }
  fields.extra = mapped.extra;
  const lines = parsed.text.split('\n');
  const cut = findBoilerplateStart(lines);
  let body = toMdx(lines.slice(0, cut).join('\n'), parsed.syntax).trim();
  if (cut < lines.length) {
    // Kept, not deleted: the site's related links and job listings, folded away at the end.
    const rest = toMdx(lines.slice(cut).join('\n'), parsed.syntax).trim();
    body += `\n\n<details>\n<summary>Saved with the article: the site's related content</summary>\n\n${rest}\n\n</details>`;
  }
  const { found: got, missing } = report(fields, ARTICLE_REPORTED);
  return {
    kind: 'article',
    slug: noteSlug([String(fields.title), fields.published as string | undefined]),
    frontmatter: ordered(fields, ARTICLE_ORDER),
    body: body ? `${body}\n` : '',
    found: got,
    missing,
    warnings,
  };
}

/**
 * How much of a source the field extractors read: the first 64 KB, each line
 * cut at 1,000 characters. Postings state their fields near the top, in short
 * lines; the heuristics that find them in prose are regexes that would be slow
 * on megabytes of one line. The body always keeps the whole text.
 */
const EXTRACT_CHARS = 64 * 1024;
const EXTRACT_LINE = 1000;

export function extractionWindow(text: string): string {
  return text
    .slice(0, EXTRACT_CHARS)
    .split('\n')
    .map((line) => line.slice(0, EXTRACT_LINE))
    .join('\n');
}

/** Longest text field taken from a source's prose; longer is a paragraph, not a name. */
const MAX_FIELD = 200;

/**
 * A value the extractors read from the text, cut to MAX_FIELD characters at a
 * word boundary, with a warning (the whole text is in the body). Properties
 * the user typed are never cut: they are not in the body.
 */
function clipFound(key: string, value: unknown, warnings: string[]): unknown {
  if (typeof value !== 'string' || value.length <= MAX_FIELD) return value;
  const cut = value.slice(0, MAX_FIELD);
  const space = cut.lastIndexOf(' ');
  warnings.push(`the ${key} found was ${value.length} characters long; cut to ${MAX_FIELD}`);
  return `${(space > MAX_FIELD / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The body made safe to write (see sanitize-mdx.ts). Markdown that cannot be
 * made safe (it does not parse as MDX after escaping, or nests too deep) is
 * written as plain text instead: every line still shows, as text.
 */
function safeBody(unit: SourceUnit, ctx: DossierContext, parsed: Parsed, note: ImportedNote): ImportedNote {
  try {
    return { ...note, body: `${sanitizeMdx(note.body.trim())}\n` };
  } catch (error) {
    if (!(error instanceof UnsafeMarkdownError) || parsed.syntax === 'text' || parsed.syntax === 'none') throw error;
    const plain = { ...parsed, syntax: 'text' as const };
    const again = note.kind === 'application' ? buildApplication(plain, ctx) : buildArticle(unit, plain, ctx);
    again.warnings.push(`the Markdown could not be kept as written (${error.message}); imported as plain text`);
    return { ...again, body: `${sanitizeMdx(again.body.trim())}\n` };
  }
}

/** The note a source becomes; throws ImportError with a reason when it cannot become one. */
export function buildNote(unit: SourceUnit, ctx: DossierContext): ImportedNote {
  if (unit.text.trim() === '' && unit.format !== 'row') throw new ImportError('the file is empty');
  const parsed = parseUnit(unit);
  const kind = detectKind(parsed.text, parsed.properties.map((p) => p.key));
  const built = kind === 'application' ? buildApplication(parsed, ctx) : buildArticle(unit, parsed, ctx);
  let note: ImportedNote;
  try {
    note = safeBody(unit, ctx, parsed, built);
  } catch (error) {
    if (error instanceof UnsafeMarkdownError) throw new ImportError(`the text could not be written as a safe note (${error.message}); please report this with the file`);
    throw error;
  }
  // The schemas are the contract with the site: a note that fails them is never written.
  const schema = kind === 'application' ? createApplicationSchema(ctx.stages) : ArticleSchema;
  const check = schema.safeParse(parse(frontmatterYaml(note.frontmatter)));
  if (!check.success) {
    throw new ImportError(`the note would not be valid: ${check.error.issues.map((i) => `${i.path.join('.') || '-'} ${i.message}`).join('; ')}`);
  }
  return note;
}

/** The frontmatter as YAML, one field per line, long text never folded. */
export function frontmatterYaml(frontmatter: Record<string, unknown>): string {
  return stringify(quoteAmbiguous(frontmatter), { lineWidth: 0 });
}

/**
 * Quotes words that older YAML readers take for booleans or null ("GPT
 * Consult: No" must stay the text "No" in every tool the user opens it with).
 */
function quoteAmbiguous(value: unknown): unknown {
  if (typeof value === 'string' && /^(?:y|n|yes|no|on|off|true|false|null|~)$/i.test(value)) {
    const scalar = new Scalar(value);
    scalar.type = 'QUOTE_DOUBLE';
    return scalar;
  }
  if (Array.isArray(value)) return value.map(quoteAmbiguous);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, quoteAmbiguous(v)]));
  return value;
}

/** The note's file content. */
export function serializeNote(note: Pick<ImportedNote, 'frontmatter' | 'body'>): string {
  const body = note.body.trim();
  return `---\n${frontmatterYaml(note.frontmatter)}---\n${body ? `\n${body}\n` : ''}`;
}
