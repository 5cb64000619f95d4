import { resolve } from 'node:path';
import { mdxToHast, mdxToJs } from 'satteri';
import { createContext, type DossierContext } from '../../src/config/load.ts';
import { UserConfigSchema } from '../../src/config/schema.ts';
import { splitNote } from '../../src/lib/frontmatter.ts';
import { parseLooseDate } from '../../src/import/loose-date.ts';
import type { SourceUnit } from '../../src/import/types.ts';
import { resolve as resolveFields } from '../../src/import/evidence.ts';
import { proposeFromText, tidyCandidate } from '../../src/import/propose.ts';

/**
 * The five real samples the issue names, the user's own documents, kept next to the repository and
 * not in it: `DOSSIER_SAMPLES` when set, else `../shared/samples`. `.ci/run` says whether the tests
 * that read them run.
 */
export const SAMPLES = resolve(process.env.DOSSIER_SAMPLES ?? resolve(import.meta.dirname, '../../../shared/samples'));

export { useTempDirs } from '../helpers/temp-dirs.ts';

/** A source as the importer reads one file: a saved page by its `.html` name, any other name as pasted text. */
export const unit = (name: string, text: string): SourceUnit => ({
  label: name,
  name,
  format: /\.html?$/.test(name) ? 'html' : 'page',
  text,
  origin: name,
});

/** The default configuration's context, as a fresh content root has it. */
export function defaultContext(root = '/nonexistent'): DossierContext {
  return createContext(root, UserConfigSchema.parse({}));
}

/** Collapses whitespace, straightens smart punctuation and drops the characters Markdown uses for structure, so source and page compare as text. */
export function normalize(text: string): string {
  return (
    text
      // Astro renders Markdown with smart punctuation: 'quotes', --, ... change shape, not text.
      .replace(/[‘’]/g, "'")
      .replace(/[“”]/g, '"')
      .replace(/---/g, '—')
      .replace(/--/g, '–')
      .replace(/\.\.\./g, '…')
      .replace(/\*\*|__|`/g, '')
      .replace(/[\s\u00a0\u202f]+/g, ' ')
      .trim()
  );
}

/** A source line with its Markdown markers taken off: heading hashes, bullets, task boxes, quote marks. */
export function lineText(line: string): string {
  return normalize(
    line
      .replace(/\[([^\]]*)\]\((?!\s*(?:javascript|data|vbscript):)([^)]*)\)/gi, '$1')
      .replace(/^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+(?:\[[ xX]\]\s*)?|\d+[.)]\s+)?/, ''),
  );
}

const BLOCK = new Set([
  'p',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'summary',
  'details',
  'blockquote',
  'pre',
  'tr',
  'td',
  'th',
  'table',
]);

interface HNode {
  type: string;
  tagName?: string;
  name?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HNode[];
}

/** What the page shows of a note body: the text of its compiled MDX tree, plus every element name and link target. */
export function renderBody(body: string): { text: string; elements: string[]; hrefs: string[] } {
  mdxToJs(body); // throws on anything that is not valid MDX
  const tree = mdxToHast(body) as unknown as HNode;
  const parts: string[] = [];
  const elements: string[] = [];
  const hrefs: string[] = [];
  const walk = (node: HNode) => {
    if (node.type === 'text') parts.push(node.value ?? '');
    const name = node.tagName ?? node.name;
    if (name) elements.push(name);
    if (typeof node.properties?.href === 'string') hrefs.push(node.properties.href);
    for (const child of node.children ?? []) walk(child);
    if (name && BLOCK.has(name)) parts.push(' ');
  };
  walk(tree);
  return { text: normalize(parts.join('')), elements, hrefs };
}

/** Text values of the frontmatter as the page shows them: stage labels, dates, amounts, extra properties. */
export function frontmatterTexts(data: Record<string, unknown>, ctx: DossierContext): string[] {
  const out: string[] = [];
  const walk = (key: string, value: unknown) => {
    if (value === null || value === undefined) return;
    // Astro's loader (js-yaml) reads an unquoted day as a Date.
    if (value instanceof Date) return void out.push(value.toISOString().slice(0, 10));
    if (Array.isArray(value)) return value.forEach((v) => walk(key, v));
    if (typeof value === 'object') return Object.entries(value).forEach(([k, v]) => walk(k, v));
    out.push(String(value));
    if (key === 'stage') out.push(ctx.stages.label(String(value)));
  };
  Object.entries(data).forEach(([k, v]) => walk(k, v));
  return out.map(normalize);
}

/**
 * The source lines (markers stripped) that neither the rendered body nor the
 * frontmatter shows. A `Key: Value` line counts as shown when its value is a
 * frontmatter value: the same text, the same stage, the same day, or the same amounts.
 */
export function missingLines(sourceLines: string[], noteContent: string, ctx: DossierContext): string[] {
  const split = splitNote(noteContent);
  const data = split.data as Record<string, unknown>;
  const page = renderBody(split.body).text;
  const values = frontmatterTexts(data, ctx);
  const dates = values.filter((v) => /^\d{4}-\d{2}-\d{2}$/.test(v));
  const shownValue = (value: string) => {
    const v = normalize(value);
    if (v === '' || values.includes(v) || page.includes(v)) return true;
    if (ctx.stages.normalize(v) !== undefined && values.includes(ctx.stages.normalize(v)!)) return true;
    const day = parseLooseDate(v);
    if (day && dates.includes(day)) return true;
    // An amount ("$38/hour", "€3,100 per month") is shown through salary.min/max.
    const numbers = v.match(/\d[\d,. ]*\d|\d/g)?.map((n) => n.replace(/[, ]/g, ''));
    return Boolean(numbers?.length && numbers.every((n) => values.includes(n) || values.includes(String(Number(n)))));
  };
  return sourceLines
    .map(lineText)
    .filter((text) => text !== '')
    .filter((text) => {
      if (page.includes(text) || values.includes(text)) return false;
      const property = /^([^:]{1,60}):\s*(.*)$/.exec(text);
      return !(property && shownValue(property[2]!));
    });
}

/** What the text readers write (not only offer) for a pasted posting: the resolved values. */
export const written = (text: string) =>
  resolveFields(proposeFromText(text).flatMap((c) => tidyCandidate(c) ?? [])).values;

/** Every value the text readers offer for one field, written or not. */
export const offered = (text: string, field: string) =>
  proposeFromText(text)
    .filter((c) => c.field === field)
    .map((c) => c.value);
