import { Document, isPair, isScalar, parse, type Scalar, visit } from 'yaml';
import type { DossierContext } from '../config/load.ts';
import { slugify } from '../lib/slug.ts';
import { createApplicationSchema } from '../schemas/application.ts';
import { ArticleSchema } from '../schemas/article.ts';
import { extractArticle, findBoilerplateStart } from './article-extract.ts';
import { explainKind } from './detect-kind.ts';
import { copyrightOwner } from './company-cues.ts';
import { readHtmlPage, type HtmlPage } from './html-page.ts';
import type { ReviewCandidates } from './types.ts';
import { readMarkdownSource } from './markdown-source.ts';
import { importedApplicationBody, postingTextToMarkdown, structureMarkdown } from './note-body.ts';
import { loadFrontmatter } from './yaml-load.ts';
import {
  mapColumns,
  readTrackerRow,
  type ColumnMapping,
  type MapOverride,
  type TrackerRow,
  type TrackerTable,
} from './tracker.ts';
import { escapeLine, escapeMarkdown, textToMarkdown } from './mdx-escape.ts';
import { boundNesting } from './nesting.ts';
import { mapProperties, type Property } from './notion-properties.ts';
import { hasNotionId, notionBodyToMarkdown, parseNotionPage, stripNotionId } from './notion-page.ts';
import { AGENCY_NAME, extractEmployment, extractWorkplace, ROLE_NOUN, STAFFING_BRAND } from './posting-extract.ts';
import { resolve, type Candidate, type Origin } from './evidence.ts';
import { jobPostingsInText, postingOf, VIDEO_EVIDENCE } from './html-page.ts';
import { ENDS_WITH_LEGAL_FORM, HOLDS_LEGAL_FORM, withoutLegalForm } from '../lib/legal-forms.ts';
import { isCity, isPlace, placeIn } from './places.ts';
import { extractSalary } from './salary.ts';
import {
  careersTitleEmployer,
  isCareersTitle,
  cleanPosition,
  fromAddress,
  proposeFromText,
  splitTitleParts,
  titlePart,
  tidyCandidate,
} from './propose.ts';
import { sanitizeMdx, UnsafeMarkdownError } from './sanitize-mdx.ts';
import {
  boardNamed,
  isBoardAddress,
  isJobAddress,
  isSiteName,
  namesJobPath,
  platformOf,
  proposeSource,
} from './source-cues.ts';
import { foldLabel } from './sections.ts';
import { ImportError, type ImportedNote, type NoteKind, type SourceUnit } from './types.ts';
import { FIELD_ORDER } from '../schemas/collections.ts';

/** Application fields the report lists as found or missing, in frontmatter order. */
const APPLICATION_REPORTED = [
  'company',
  'position',
  'stage',
  'applied',
  'cv',
  'roleFamily',
  'location',
  'workplace',
  'employment',
  'salary',
  'jobId',
  'url',
  'source',
  'languages',
  'deadline',
  'contacts',
  'history',
  'tags',
];
const ARTICLE_REPORTED = ['title', 'author', 'source', 'published', 'url', 'companies'];
// Frontmatter is written in the order the schemas declare their fields.
const APPLICATION_ORDER = FIELD_ORDER.applications;
const ARTICLE_ORDER = FIELD_ORDER.articles;

/** Shown in place of a company or position no fallback found; listed under `review:` and warned about by `npm run validate`. */
export const PLACEHOLDER = { company: 'Unknown company', position: 'Unknown position', title: 'Untitled' } as const;

/** Options of one import that change how a source is read. */
export interface BuildOptions {
  /** `--kind`: read every source as this kind. */
  kind?: NoteKind;
  /** `--map`: the column mapping for tracker spreadsheets. */
  map?: MapOverride;
}

/** What a source holds once its format is known: a title and properties (Notion, front matter), and a body. */
interface Parsed {
  title?: string;
  properties: Property[];
  /** The body's text as written (for extraction). */
  text: string;
  /** How the body is turned into MDX. */
  syntax: 'notion' | 'markdown' | 'text' | 'none';
  /** A saved web page's structured data. */
  html?: HtmlPage;
  /** A tracker row, read by its table's column mapping. */
  row?: TrackerRow;
  /** A Markdown file with Jekyll/Hugo front matter. */
  frontMatter?: boolean;
  /** A pasted posting that starts like a Notion page ("# Title", "**Company:** X"), not an exported one. */
  pasted?: boolean;
}

const mappings = new WeakMap<TrackerTable, ColumnMapping[]>();

/** A table's column mapping, worked out once for all its rows. */
export function tableMapping(table: TrackerTable, ctx: DossierContext, map?: MapOverride): ColumnMapping[] {
  let mapping = mappings.get(table);
  if (!mapping) {
    mapping = mapColumns(table, ctx, map);
    mappings.set(table, mapping);
  }
  return mapping;
}

export function parseUnit(unit: SourceUnit, ctx: DossierContext, opts: BuildOptions): Parsed {
  if (unit.format === 'row') {
    if (unit.table && unit.rowIndex !== undefined) {
      const row = readTrackerRow(tableMapping(unit.table, ctx, opts.map), unit.table.rows[unit.rowIndex]!, ctx);
      return { title: row.title, properties: [], text: '', syntax: 'none', row };
    }
    const [first, ...rest] = unit.row ?? [];
    return {
      title: first?.[1].trim() || undefined,
      properties: rest.map(([key, value]) => ({ key, value })),
      text: '',
      syntax: 'none',
    };
  }
  if (unit.format === 'html') {
    const html = readHtmlPage(unit.text, unit.url);
    return { properties: [], text: html.markdown, syntax: 'markdown', html };
  }
  const named = hasNotionId(unit.name);
  const page = parseNotionPage(unit.text, { named });
  // A pasted posting may start with "# Title" and one "Company: X" line; a Notion page has its id or a property block.
  if (page && (named || page.properties.length >= 2)) {
    // "**Empresa:** Araponga": bold labels of a pasted posting are properties too.
    const properties = page.properties.map((p) => ({
      ...p,
      key: p.key.replace(/^[*_]+|[*_]+$/g, '').trim(),
      value: p.value.replace(/^[*_]+\s*/, '').trim(),
    }));
    return {
      title: page.title,
      properties,
      text: page.body,
      syntax: 'notion',
      pasted: !named && page.properties.some((p) => /^[*_]/.test(p.key)),
    };
  }
  if (/\.(md|markdown)$/i.test(unit.name)) {
    const md = readMarkdownSource(unit.text);
    if (md.frontMatter) return { properties: md.properties, text: md.body, syntax: 'markdown', frontMatter: true };
    return { properties: [], text: md.body, syntax: 'markdown' };
  }
  return { properties: [], text: unit.text, syntax: 'text' };
}

/** Headings of pasted Markdown placed under a `##` section move two levels down. */
function nestHeadings(markdown: string): string {
  return markdown.replace(/^(#{1,4})(?=\s)/gm, '##$1');
}

function toMdx(text: string, syntax: Parsed['syntax'], posting = false, pasted = false): string {
  // Nesting is bounded before anything parses the text: MDX's compiler crashes on thousands of levels.
  if (syntax === 'notion')
    return notionBodyToMarkdown(
      boundNesting(pasted && posting ? structureMarkdown(text) : text),
      escapeMarkdown,
      escapeLine,
    );
  if (syntax === 'markdown') return escapeMarkdown(boundNesting(posting ? structureMarkdown(text) : text));
  if (syntax === 'text') return posting ? postingTextToMarkdown(text) : textToMarkdown(text);
  return '';
}

function ordered(data: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
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
  const has = (k: string) =>
    fields[k] !== undefined && !(Array.isArray(fields[k]) && (fields[k] as unknown[]).length === 0);
  return { found: names.filter(has), missing: names.filter((k) => !has(k)) };
}

const filled = (v: unknown) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);

/** The file name without extension or Notion id, as words: "senior-data-linguist_acme.html" → "senior data linguist acme". */
function fileWords(name: string): string {
  return stripNotionId(name)
    .replace(/\.(html?|md|markdown|txt)$/i, '')
    .replace(/[_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether the text names `name` as an organisation of its own, not as a part
 * of one: "Brightleaf Media produces…" counts, "our Autonomous Driving unit"
 * and "the Platform team" do not. Compared as text, never compiled into a
 * regex (a name is input).
 */
function namedAsEmployer(text: string, name: string): boolean {
  const lower = text.toLowerCase();
  const wanted = name.toLowerCase();
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + wanted.length)) {
    const before = lower.slice(Math.max(0, at - 12), at);
    const after = lower.slice(at + wanted.length, at + wanted.length + 14);
    if (/\b(?:our|the|their|your|unser\w*|notre|nuestro|nosso)\s+$/.test(before)) continue;
    if (/^\s+(?:unit|team|division|department|group|squad|business|org|organisation|organization)\b/.test(after))
      continue;
    return true;
  }
  return false;
}

/** Readers of a title or a line of its own: what they offer, the running text may say again. */
// Not an address's name (the sender's domain, the site's host): the text naming the sender ("Greetings from
// TalentArc") says who wrote, not who hires.
const HEADLINE_ORIGINS = ['title', 'heading', 'top', 'property'];

/**
 * The running text as a second place: a job title or an employer read from a title, a heading or a line of
 * its own, and said again in a sentence of the text ("…suchen wir eine engagierte Pflegefachkraft", "Brightleaf
 * Media produces…"), is confirmed by it. Only lines longer than the value count (a heading that repeats the
 * title is the same place), never the lines the value was read from, and a name only where the text names it
 * as an organisation of its own ("our Autonomous Driving unit" does not). Compared as text, never compiled.
 */
function mentions(candidates: Candidate[], window: string): Candidate[] {
  const lines = window.split('\n').map((l) => ({ raw: l, folded: foldLabel(l) }));
  const readLines = new Set(candidates.map((c) => foldLabel(c.read ?? '')).filter(Boolean));
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (!['position', 'company'].includes(c.field) || typeof c.value !== 'string') continue;
    if (!HEADLINE_ORIGINS.includes(c.origin) || c.echo) continue;
    // A job without its notes ("Pflegefachkraft (m/w/d)" is said as "Pflegefachkraft"); a name without its legal form.
    const phrase = c.field === 'position' ? c.value.replace(/\([^)]*\)/g, ' ') : withoutLegalForm(c.value);
    const core = foldLabel(phrase);
    if (core.length < 5 || seen.has(`${c.field}:${core}`)) continue;
    seen.add(`${c.field}:${core}`);
    const words = core.split(' ').length;
    const said = lines.find(
      (l) =>
        l.folded.split(' ').length >= words + 3 &&
        !readLines.has(l.folded) &&
        ` ${l.folded} `.includes(` ${core} `) &&
        (c.field === 'position' || namedAsEmployer(l.raw, phrase.trim())),
    );
    if (said)
      out.push({
        field: c.field,
        value: c.value,
        origin: 'prose',
        weight: 0.35,
        evidence: `"${phrase.trim()}" said again in the text ("${said.raw.trim().slice(0, 60)}")`,
      });
  }
  return out;
}

/** The `title` of a Markdown file's front matter (a blog post's, a web clipper's): read as evidence, kind and job. */
function frontMatterTitle(parsed: Parsed): Property | undefined {
  return parsed.frontMatter ? parsed.properties.find((p) => /^title$/i.test(p.key)) : undefined;
}

/** Every piece of evidence a source offers about an application's fields (see evidence.ts). */
export function applicationCandidates(unit: SourceUnit, parsed: Parsed): Candidate[] {
  const out: Candidate[] = [];
  const push = (field: string, value: unknown, origin: Origin, evidence: string, weight: number, read?: string) => {
    if (value === undefined || value === null || value === '') return;
    out.push({ field, value, origin, weight, evidence, ...(read ? { read } : {}) });
  };
  const structured = (job: HtmlPage['posting'], where: string) => {
    // A board or a tracking system that names itself the hiring organisation ("karriere.at") is where the job was
    // found, not the employer: the one check of a site's name (isSiteName) the page title's readers use too.
    if (!(job.company && isSiteName(job.company)))
      push('company', job.company, 'structured', `${where} hiringOrganization`, 0.95);
    push('position', job.title, 'structured', `${where} title`, 0.95);
    push('location', job.location, 'structured', `${where} jobLocation`, 0.9);
    push('workplace', job.workplace, 'structured', `${where} jobLocationType`, 0.9);
    push('employment', job.employment, 'structured', `${where} employmentType`, 0.9);
    push('salary', job.salary, 'structured', `${where} baseSalary`, 0.95);
    push('jobId', job.jobId, 'structured', `${where} identifier`, 0.9);
    push('deadline', job.deadline, 'structured', `${where} validThrough`, 0.9);
    push('url', job.url, 'structured', `${where} url`, 0.8);
  };
  const html = parsed.html;
  if (html?.type === 'posting') structured(html.posting, html.evidence[0] ?? 'JSON-LD');
  for (const job of jobPostingsInText(parsed.text)) structured(postingOf(job), 'JSON-LD JobPosting in the text');
  if (html) {
    const titles = [...new Set([html.title, html.hints.docTitle].filter((t): t is string => Boolean(t)))];
    // The <title> and og:title are one place (the resolver counts the 'title' origin once); the <h1> is another,
    // even when it says the same words: a tagline or a team in one is seldom the other's too.
    const elements: [string, Origin][] = titles.map((t) => [t, 'title']);
    if (html.hints.h1) elements.push([html.hints.h1, 'heading']);
    for (const [t, origin] of elements) {
      const split = splitTitleParts(t);
      // "X - Y" without "at": Y may be the employer or a department ("Senior Test Engineer - Autonomous Driving").
      const dashOnly = !/\s(?:at|@|bei|chez|hos)\s|hiring|\|/i.test(t);
      const where = `${origin === 'title' ? 'the page title' : 'the <h1>'} "${t}"`;
      // The page's title is an element of its own, even when the <h1> (which the text also holds) says the same.
      const read = origin === 'title' ? `<title> ${t}` : t;
      push('position', split.position, origin, where, 0.55, read);
      // With the employer in an element of its own, the part after a dash that is not it is a team or a kind
      // of work ("Site Supervisor - Residential Builds").
      const elsewhere =
        dashOnly &&
        html.hints.company !== undefined &&
        split.company !== undefined &&
        !foldLabel(html.hints.company).includes(foldLabel(split.company));
      if (!elsewhere) push('company', split.company, origin, where, dashOnly ? 0.45 : 0.55, read);
    }
    // "Jobs at Marrow & Pine", "Careers at X", "Karriere bei X": the title names the employer only.
    const careersAt = html.title
      ? /^(?:jobs?|careers?|work|working|open positions|karriere|stellenangebote|emplois?|carrières?|empleos?|vagas|trabaja|lavora)\s+(?:at|@|bei|chez|en|em|in|con|with)\s+([^|–—]+?)\s*(?:[|–—].*)?$/iu.exec(
          html.title,
        )
      : null;
    if (careersAt)
      push('company', careersAt[1]!.trim(), 'title', `the page title "${html.title}"`, 0.55, `<title> ${html.title}`);
    // "Karriär – Björkviks Bageri", "Careers | Acme": a careers page's own word, and the one other part names the employer.
    const ownName = html.title ? careersTitleEmployer(html.title) : undefined;
    if (ownName && !careersAt)
      push(
        'company',
        ownName,
        'title',
        `the page title "${html.title}" (careers - employer)`,
        0.55,
        `<title> ${html.title}`,
      );
    // "Kundenberater (m/w/d) - Sparkasse Talheim | jobs.example": job, employer, then the site's own name.
    if (html.title) {
      const parts = html.title.split(/\s+[|–—-]\s+/).map((p) => p.trim());
      const site = parts.at(-1) ?? '';
      if (parts.length === 3 && (/^[\w-]+(?:\.[\w-]+)+$/.test(site) || isSiteName(site))) {
        const split = splitTitleParts(`${parts[0]} - ${parts[1]}`);
        if (split.position === parts[0] && split.company === parts[1])
          push(
            'company',
            parts[1],
            'title',
            `the page title "${html.title}" (job - employer | site)`,
            0.6,
            `<title> ${html.title}`,
          );
      }
    }
    const h = html.hints;
    // The site's own name (og:site_name) is the employer's on a careers site and a board's or a marketplace's
    // elsewhere, and a page names its site in its header either way: it only agrees with a name read elsewhere,
    // and not with the title's "… | Site", which is the same fact said twice, unless the title calls the page a
    // careers page (the employer's own: "Disponent | Karriere bei Spedition Kallweit").
    const careersPage = titles.some(isCareersTitle);
    const site = h.siteName?.trim();
    const inTitle = site !== undefined && titles.some((t) => t.toLowerCase().includes(site.toLowerCase()));
    if (site && site.length <= 60 && !isSiteName(site) && (!inTitle || careersPage))
      push('company', site, 'meta', `the site's name "${site}"`, 0.45, `site owner ${site}`);
    // The site's logo and its footer's copyright line name the site's owner: on a careers page the employer, and on
    // a board the board (which is never a company). With og:site_name they are one place (the site), which names
    // the employer only with a place elsewhere that agrees (the title, a line of the text).
    // Said in the title too, the owner's name is the same fact said twice (a marketplace's "Job | FreelaHub"),
    // unless the title calls the page a careers page (the employer's own: "Karriär – Björkviks Bageri").
    const owner = (name: string | undefined) =>
      name &&
      !isSiteName(withoutLegalForm(name)) &&
      (careersPage || !titles.some((t) => t.toLowerCase().includes(withoutLegalForm(name).toLowerCase())))
        ? name
        : undefined;
    const logo = owner(h.logo);
    if (logo) push('company', logo, 'meta', `the site's logo "${h.logo}"`, 0.45, `site owner ${logo}`);
    const copyright = h.footer.map((l) => copyrightOwner(l)).find((n) => n !== undefined);
    if (owner(copyright))
      push(
        'company',
        copyright,
        'meta',
        `the page footer's copyright line "${copyright}"`,
        0.5,
        `site owner ${copyright}`,
      );
    // "ΑΙΓΑΙΟΝ ΤΡΟΦΙΜΑ Α.Ε.", "Acme Inc.": a legal form keeps its closing dot.
    // "Fynbo Maskinfabrik A/S, Odense SØ": the employer, then where it is.
    const withPlace = h.company ? /^(.{2,80}?),\s+([^,]{2,40})$/.exec(h.company) : null;
    const companyName = (
      withPlace && (isPlace(withPlace[2]!) || isCity(withPlace[2]!.split(/\s+/)[0]!)) ? withPlace[1]! : h.company
    )
      ?.replace(/^(?:at|bei|chez)\s+/i, '')
      .trim();
    // An element a theme calls "company" that holds the job's title ("Senior DevOps Engineer") names no employer.
    const jobInIt = companyName !== undefined && ROLE_NOUN.test(companyName) && !HOLDS_LEGAL_FORM.test(companyName);
    if (h.company && companyName && !jobInIt)
      push(
        'company',
        ENDS_WITH_LEGAL_FORM.test(companyName) ? companyName : cleanPosition(companyName),
        'label',
        `the page's company element "${h.company}"`,
        0.8,
      );
    const hinted = h.location ? placeIn(h.location, { anySize: true }) : undefined;
    if (hinted) push('location', hinted, 'label', `the page's location element "${h.location}"`, 0.8);
    // The page's detail items ("Leeds · Full-time · Hybrid"): each says one thing, in the words of its field.
    for (const m of h.meta) {
      // "Riba-roja de Túria, Valencia/València (España)": the detail's own words before the brackets, unless a
      // place the gazetteer knows starts them; the gazetteer's pick from inside would be the country or province.
      const bare = m.replace(/\s*\([^)]*\)/g, '').trim();
      const known = isPlace(bare) ? placeIn(bare) : undefined;
      const place = !isPlace(bare)
        ? undefined
        : known && bare.startsWith(known)
          ? known
          : bare.length <= 60 && /^\p{Lu}/u.test(bare)
            ? bare
            : (known ?? placeIn(m));
      // "Salario: 18.000€ - 21.000€ Bruto/año": a pay detail in the page's header, which the text may lack.
      const pay = !place && /\d/.test(m) ? extractSalary(m) : undefined;
      if (place) push('location', place, 'label', `the page's detail "${m}"`, 0.7);
      else if (pay) push('salary', pay, 'label', `the page's detail "${m}"`, 0.75);
      else if (m.length <= 40) {
        const workplace = extractWorkplace(m);
        const employment = extractEmployment(m);
        if (workplace) push('workplace', workplace, 'label', `the page's detail "${m}"`, 0.75);
        if (employment) push('employment', employment, 'label', `the page's detail "${m}"`, 0.75);
      }
    }
    if (html.url) push('url', html.url, 'meta', "the page's address", 0.9);
  }
  if (unit.url) push('url', unit.url, 'meta', 'the address it was fetched from', 0.95);
  // A blog-style posting's title: "We're hiring: Senior Frontend Engineer (Vue)".
  const fmTitle = frontMatterTitle(parsed)?.value;
  if (fmTitle) {
    const split = splitTitleParts(cleanPosition(fmTitle));
    push(
      'position',
      split.position ?? (ROLE_NOUN.test(fmTitle) ? cleanPosition(fmTitle) : undefined),
      'property',
      `the front matter's title "${fmTitle}"`,
      0.7,
      fmTitle,
    );
    // "Senior Product Analyst - Lark & Ledger": a clipped page's title names the employer as a page's <title> does.
    if (split.company)
      push('company', split.company, 'property', `the front matter's title "${fmTitle}"`, 0.5, fmTitle);
  }
  const window = extractionWindow(parsed.text);
  // A page's key facts beside its main content ("Frist: 04.01.2027") are read after the text: its own labels count first.
  const facts = html?.facts?.length ? `\n\n${html.facts.join('\n')}\n` : '';
  out.push(...proposeFromText(window + facts, { page: Boolean(html) }));
  // Where it was found: the whole text (a job alert's footer, a board's credit line) and the page's own name.
  proposeSource(parsed.text, push, {
    siteName: html?.hints.siteName,
    titles: [html?.title, html?.hints.docTitle].filter((t): t is string => Boolean(t)),
  });
  // The <h1> is one part of the title ("Studio Potter" in "Studio Potter – Kiln & Co"): the job, and the other
  // part the employer. Not when the <h1> is the part after "at" (the employer), reads as a tagline or a team
  // ("Data Platform"), or when the page itself names another job in its headings: then it is one of the
  // candidates, and the disagreement goes to review.
  const h1 = html?.hints.h1;
  if (html && h1 && html.title && !splitTitleParts(h1).position) {
    const parts = html.title.split(/\s+[|–—-]\s+|\s+(?:at|@)\s+/).map((p) => titlePart(p.trim()));
    const at = parts.findIndex((p) => p.toLowerCase() === h1.toLowerCase());
    // Compared as text, never compiled into a regex (the heading is input).
    const afterAt = [' at ', ' @ ', ' bei ', ' chez '].some((c) =>
      html.title!.toLowerCase().includes(`${c}${h1.toLowerCase()}`),
    );
    const words = h1.split(/\s+/);
    const tagline = words.length > 5 || words.filter((w) => /^\p{Ll}{3,}$/u.test(w)).length >= 2;
    if (at >= 0 && !afterAt && !tagline) {
      const otherJob = out.some(
        (c) =>
          c.field === 'position' &&
          ['heading', 'top'].includes(c.origin) &&
          typeof c.value === 'string' &&
          ROLE_NOUN.test(c.value),
      );
      push('position', h1, 'heading', `the <h1> "${h1}", also in the title`, otherJob ? 0.4 : 0.7, h1);
      // The title holds the same words as one of its parts: a second place that says it.
      if (!otherJob)
        push('position', h1, 'title', `the title "${html.title}", one of its parts`, 0.55, `<title> ${html.title}`);
      const other = parts.find(
        (p, i) => i !== at && p.length <= 60 && !isPlace(p) && !isSiteName(p) && !/\b(?:careers?|jobs?)\b/i.test(p),
      );
      if (other) push('company', other, 'title', `the title "${html.title}"`, 0.5, `<title> ${html.title}`);
    }
  }
  const own = String(out.find((c) => c.field === 'url')?.value ?? unit.url ?? '');
  fromAddress(own, (f, v, o, e, w) => push(f, v, o, e, w ?? 0.3));
  // A text's link to a job ("apply → https://loomwell.example/jobs/design") names the employer by its address as
  // weakly as the page's own address: it only confirms a name read elsewhere. A board's link names no employer.
  if (!own) {
    const links = [...window.matchAll(/https?:\/\/[^\s<>()"'\]]+/g)].map((m) => m[0]).slice(0, 5);
    const link = links.find((l) => (isJobAddress(l) || namesJobPath(l)) && !isBoardAddress(l));
    if (link)
      fromAddress(link, (f, v, _o, e, w) => {
        if (f === 'company') push(f, v, 'host', `${e} (a job link in the text)`, w ?? 0.3);
      });
  }
  // The file name is the weakest evidence (a download's name, a draft's, the user's own): it may confirm a job or
  // an employer read elsewhere ("senior-legal-counsel-tidewell.html"), never name one.
  const words = fileWords(unit.name);
  if (words && !unit.url) {
    push('position', words, 'file', `the file name "${unit.name}"`, 0.2);
    push('company', words, 'file', `the file name "${unit.name}"`, 0.2);
  }
  // A recruiting agency's posting (its wording, or a staffing brand's name as its employer) names the agency, not
  // the employer: only structured data, a label or the agency's own words for its client name the client. An
  // agency's own name ("Calderbrook Recruitment") is no employer wherever it is read, but in structured data.
  const agency =
    out.some((c) => c.field === 'agency') ||
    out.some((c) => c.field === 'company' && c.origin !== 'structured' && STAFFING_BRAND.test(String(c.value)));
  if (agency)
    for (const c of out)
      if (
        c.field === 'company' &&
        !c.client &&
        (!['structured', 'property', 'label'].includes(c.origin) ||
          (c.origin !== 'structured' && AGENCY_NAME.test(String(c.value))))
      )
        c.weight = Math.min(c.weight, 0.2);
  const tidy = out
    .filter((c) => c.field !== 'agency')
    .flatMap((c) => (c.origin === 'file' ? c : (tidyCandidate(c) ?? [])));
  tidy.push(...mentions(tidy, window));
  // A name offered as the employer by stronger evidence is not the job ("Frostline" on the first line, and
  // "Frostline is a Helsinki start-up"): the weak position readings of it are dropped.
  const companies = new Set(
    tidy
      .filter((c) => c.field === 'company' && typeof c.value === 'string' && c.weight >= 0.5)
      .map((c) => foldLabel(String(c.value))),
  );
  return tidy.filter(
    (c) =>
      !(
        c.field === 'position' &&
        typeof c.value === 'string' &&
        ['top', 'heading', 'title', 'prose'].includes(c.origin) &&
        companies.has(foldLabel(c.value))
      ),
  );
}

/**
 * A page title without the employer it repeats: "Dataanalytiker – Fjordlinje" with the company Fjordlinje is
 * the job "Dataanalytiker" (also "Fjordlinje | Dataanalytiker", "Dataanalytiker at Fjordlinje"). Compared as
 * text: the name is input.
 */
function withoutName(title: string, company: string): string {
  const short = withoutLegalForm(company);
  const stripped = cutName(title, company);
  return stripped !== title.trim() || short === company.trim() ? stripped : cutName(title, short);
}

function cutName(title: string, company: string): string {
  const t = title.trim();
  const name = company.trim().toLowerCase();
  if (!name || t.toLowerCase() === name) return t;
  const lower = t.toLowerCase();
  const SEPARATOR = /^(?:\s*[|–—·:-]\s*|\s+(?:at|@|bei|chez|hos|på|presso|bij|en|em)\s+|\s*@\s*)$/i;
  if (lower.endsWith(name)) {
    // Only the end of the text before the name is read: a separator is short (and an end-anchored
    // pattern over a long run of spaces would be quadratic).
    const rest = t.slice(0, t.length - name.length).slice(-16);
    const before = t.slice(0, t.length - name.length - rest.length);
    const sep = /(?:\s*[|–—·:-]\s*|\s+(?:at|@|bei|chez|hos|på|presso|bij|en|em)\s+|\s*@\s*)$/i.exec(rest);
    const job = `${before}${rest.slice(0, sep?.index ?? 0)}`.trim();
    if (sep && SEPARATOR.test(sep[0]) && job) return job;
  }
  if (lower.startsWith(name)) {
    const rest = t.slice(name.length);
    const sep = /^\s*[|–—·:-]\s*/.exec(rest);
    if (sep && rest.slice(sep[0].length).trim()) return rest.slice(sep[0].length).trim();
  }
  return t;
}

function buildApplication(unit: SourceUnit, parsed: Parsed, ctx: DossierContext): ImportedNote {
  const mapped = parsed.row
    ? {
        fields: { ...parsed.row.fields },
        extra: { ...parsed.row.extra },
        warnings: [...parsed.row.warnings],
        unclear: parsed.row.unclear,
      }
    : mapProperties(
        'application',
        // A blog post's title is read as evidence (it may be "We're hiring: X"), not taken as the position.
        parsed.frontMatter ? parsed.properties.filter((p) => !/^title$/i.test(p.key)) : parsed.properties,
        ctx,
      );
  const fields = mapped.fields;
  const warnings = [...mapped.warnings];
  const guessed = new Set<string>(parsed.row?.guessed ?? []);
  const evidence: Record<string, string> = {};
  // Front matter's "title" of a posting is read as evidence below, not kept as a property of its own.
  const fmTitle = frontMatterTitle(parsed);
  if (fmTitle) delete mapped.extra[fmTitle.key];
  // A tracker page is titled by the company ("Amazon", with a Position property),
  // or by the position when a Company property names the company.
  if (parsed.title) {
    // A title that names a job ("Senior Mechanical Design Engineer") is the position even when the
    // company is missing: the company stays empty for review rather than taking the job's name.
    const namesJob =
      ROLE_NOUN.test(parsed.title) && fields.position === undefined && !HOLDS_LEGAL_FORM.test(parsed.title);
    if (fields.company === undefined && !namesJob) fields.company = parsed.title;
    else if (fields.position === undefined)
      fields.position = typeof fields.company === 'string' ? withoutName(parsed.title, fields.company) : parsed.title;
    else mapped.extra.Name = parsed.title;
  }
  const reviewCandidates: ReviewCandidates = {};
  if (!parsed.row) {
    const resolved = resolve(applicationCandidates(unit, parsed));
    for (const [key, value] of Object.entries(resolved.values)) {
      if (fields[key] !== undefined || !filled(value)) continue;
      fields[key] = clipFound(key, value, warnings);
      evidence[key] = resolved.evidence[key]!;
      if (resolved.agreed.includes(key)) guessed.add(key);
    }
    for (const r of resolved.review) {
      if (fields[r.field] !== undefined) continue;
      reviewCandidates[r.field] = r.candidates;
    }
  }
  const review: string[] = [];
  for (const key of ['company', 'position'] as const) {
    if (!fields[key]) {
      fields[key] = PLACEHOLDER[key];
      review.push(key);
      const offered = reviewCandidates[key];
      warnings.push(
        `no ${key} found with confidence${offered?.length ? ` (${describeCandidates(offered)})` : ''}; written as "${PLACEHOLDER[key]}" and listed under review: — fill it in and remove it from review`,
      );
    }
  }
  for (const field of Object.keys(reviewCandidates)) if (!review.includes(field)) review.push(field);
  for (const field of Object.keys(reviewCandidates).filter((f) => !['company', 'position'].includes(f)))
    warnings.push(
      `${field}: the source was not clear (${describeCandidates(reviewCandidates[field]!)}); left empty and listed under review:`,
    );
  let defaultedStage: string | undefined;
  if (fields.stage === undefined) {
    // A note with the day it was sent was sent: saving it as a wish-list posting would be wrong.
    fields.stage = (fields.applied ? ctx.stages.firstOfKind('sent') : undefined) ?? ctx.stages.keys[0];
    defaultedStage = String(fields.stage);
    // A status outside the vocabulary is not guessed: the stage the schema needs is a placeholder under review.
    if (mapped.unclear?.includes('stage')) {
      review.push('stage');
      warnings.push(`the status is not one I know; stage set to ${fields.stage} and listed under review:`);
    } else warnings.push(`no stage stated; set to ${fields.stage}`);
  }
  if (review.length) fields.review = review;
  fields.importedFrom = unit.origin ?? unit.url;
  fields.extra = mapped.extra;
  const description = toMdx(parsed.text, parsed.syntax, true, parsed.pasted);
  const body =
    parsed.syntax === 'notion'
      ? description
      : importedApplicationBody({
          jobDescription: parsed.syntax === 'markdown' ? nestHeadings(description) : description,
        });
  const placeholder = (k: string) => review.includes(k) && fields[k] === PLACEHOLDER[k as 'company'];
  const written = APPLICATION_REPORTED.filter((k) => filled(fields[k]) && !placeholder(k));
  for (const key of Object.keys(evidence))
    if (evidence[key]!.length > 0 && isWeakOnly(evidence[key]!)) guessed.add(key);
  return {
    kind: 'application',
    slug: noteSlug(
      placeholder('company') || placeholder('position')
        ? [fileWords(unit.name) || String(fields.company), fields.applied as string | undefined]
        : [String(fields.company), String(fields.position), fields.applied as string | undefined],
    ),
    frontmatter: ordered(fields, APPLICATION_ORDER),
    body,
    found: written.filter((k) => !(k === 'stage' && defaultedStage !== undefined)),
    missing: APPLICATION_REPORTED.filter(
      (k) => !written.includes(k) && !(k === 'stage' && defaultedStage !== undefined),
    ),
    guessed: [...guessed].filter((g) => !placeholder(g)),
    warnings,
    reviewCandidates,
  };
}

/** Candidates as the report and the note's review comment list them: "Acme" (the page title), "Beta" (…). */
export function describeCandidates(candidates: { value: unknown; evidence: string }[]): string {
  return candidates
    .map((c) => `${typeof c.value === 'string' ? `"${c.value}"` : JSON.stringify(c.value)} from ${c.evidence}`)
    .join(', or ')
    .replace(/\s+/g, ' ')
    .slice(0, 300);
}

/** Evidence only from the weaker readers (a title, the first lines, prose): the report says the field was guessed. */
const isWeakOnly = (evidence: string) =>
  !/JSON-LD|microdata|"[^"]*:|label|element|address|front matter/i.test(evidence);

/**
 * Company and position from a page title or heading ("Job Application for X
 * at Y", "Y hiring X | LinkedIn", "X - Y"); see splitTitleParts.
 */
export const splitTitle = splitTitleParts;

function buildArticle(unit: SourceUnit, parsed: Parsed, ctx: DossierContext): ImportedNote {
  const mapped = parsed.row
    ? { fields: {} as Record<string, unknown>, extra: { ...parsed.row.extra }, warnings: [...parsed.row.warnings] }
    : mapProperties('article', parsed.properties, ctx);
  const fields = mapped.fields;
  const warnings = [...mapped.warnings];
  const guessed: string[] = [];
  const meta = parsed.html?.article;
  if (meta) for (const [k, v] of Object.entries(meta)) if (fields[k] === undefined && filled(v)) fields[k] = v;
  if (parsed.html?.url && fields.url === undefined) fields.url = parsed.html.url;
  if (unit.url && fields.url === undefined) fields.url = unit.url;
  // A saved page's <h1> is the article's title; the <title> adds the site's name ("… | Chalkboard Careers").
  const h1 = parsed.html?.hints.h1;
  if (fields.title === undefined && h1 && h1.length <= 200) fields.title = h1;
  if (fields.author === undefined && parsed.html?.hints.byline) fields.author = parsed.html.hints.byline;
  const found = extractArticle(extractionWindow(parsed.text));
  if (parsed.title) {
    if (fields.title === undefined) fields.title = parsed.title;
    else mapped.extra.Name = parsed.title;
  }
  for (const [key, value] of Object.entries(found)) {
    if (fields[key] === undefined && filled(value)) fields[key] = clipFound(key, value, warnings);
  }
  if (!fields.title && parsed.html?.title) fields.title = parsed.html.title;
  // A post on a writing platform under the writer's own name ("medium.com/@lena/…") is published by the platform.
  if (fields.source === undefined && typeof fields.url === 'string') {
    const platform = platformOf(fields.url);
    if (platform) fields.source = platform;
  }
  // An emoji after a subject line ("… comisiones 💸") decorates the title; it is no word of it.
  if (typeof fields.title === 'string')
    fields.title =
      fields.title.replace(/(?:\s*\p{Extended_Pictographic}[\uFE0F\u200D]*)+\s*$/u, '').trim() || fields.title;
  // "… | Hacker News": a board's or a platform's name after the title is where it was read, when nothing else said.
  if (fields.source === undefined && typeof fields.title === 'string') {
    const last = /\s[|–—·-]\s([^|–—·]{2,40})$/.exec(fields.title)?.[1]?.trim();
    const board = last ? boardNamed(last) : undefined;
    if (board) fields.source = board.name;
  }
  // "Blind hiring - Wikipedia", "Salary bands | The Offer Desk": the site's name after the title is the source's.
  const site = [fields.source, parsed.html?.hints.siteName].find((n): n is string => typeof n === 'string' && n !== '');
  if (typeof fields.title === 'string' && site) {
    const title = fields.title;
    const sep = /\s+[-|–—·]\s+$/.exec(title.slice(0, title.length - site.length));
    if (sep && title.toLowerCase().endsWith(site.toLowerCase()) && sep.index > 0)
      fields.title = title.slice(0, sep.index);
    // "GitHub - owner/repo: what it is": the site's name before the title, as some sites write it.
    const now = fields.title as string;
    const lead = now.toLowerCase().startsWith(site.toLowerCase())
      ? /^\s+[-|–—·:]\s+(?=\S)/.exec(now.slice(site.length))
      : null;
    if (lead) fields.title = now.slice(site.length + lead[0].length);
  }
  const review: string[] = [];
  if (!fields.title) {
    const words = fileWords(unit.name);
    fields.title = words || PLACEHOLDER.title;
    guessed.push('title');
    review.push('title');
    warnings.push(
      words
        ? 'no title found; the file name is used and listed under review:'
        : `no title found; written as "${PLACEHOLDER.title}" and listed under review:`,
    );
  }
  if (review.length) fields.review = review;
  fields.importedFrom = unit.origin ?? unit.url;
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
    guessed,
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
  const lines = text
    .slice(0, EXTRACT_CHARS)
    .split('\n')
    .map((line) => line.slice(0, EXTRACT_LINE));
  // A board's "Similar jobs" block lists other employers' jobs, places and pay: no field is read from it.
  const other = lines.findIndex((line, i) => i >= 5 && OTHER_JOBS.test(line.replace(/^[#*\s]+|[*:\s]+$/g, '')));
  // A chat's export: the post is the first message; the replies under it are other people's words (another
  // employer's pay, a place someone lives), so reading stops at the second message's header.
  const messages = lines.flatMap((line, i) => (CHAT_HEADER.test(line) ? [i] : []));
  const reply = messages.length >= 2 && messages[0]! < 30 ? messages[1]! : -1;
  const end = [other, reply].filter((i) => i > 0).sort((a, b) => a - b)[0];
  return (end === undefined ? lines : lines.slice(0, end)).join('\n');
}

/**
 * A message's header in a chat's export: the poster and the time on a line of their own ("Inês Carvalho  10:14 AM"
 * in Slack, "Marek — Today at 09:12" in Discord, "[10:14] Ana Lopes"). Anchored, each part bounded: linear.
 */
const CHAT_HEADER =
  /^\s*(?:\[\d{1,2}:\d{2}(?:\s?[AP]M)?\]\s+)?[\p{Lu}][\p{L}.'’-]{0,30}(?:\s[\p{Lu}][\p{L}.'’-]{0,30}){0,3}(?:\s{2,}|\s+[—–-]\s+(?:Today at |Yesterday at |\d{1,2}\/\d{1,2}\/\d{2,4},?\s+)?)\d{1,2}:\d{2}(?:\s?[AP]M)?\s*$|^\s*\[\d{1,2}:\d{2}(?:\s?[AP]M)?\]\s+[\p{Lu}][\p{L}.'’-]{0,30}(?:\s[\p{Lu}][\p{L}.'’-]{0,30}){0,3}\s*$/u;

/** The heading of a board's list of other jobs, in the languages boards come in. Anchored: linear. */
const OTHER_JOBS =
  /^(?:similar|related|more|other|recommended) (?:jobs|roles|positions|vacancies|openings|offers)(?: .{0,30})?$|^(?:people also viewed|jobs you may (?:also )?like|you may also like)$|^ähnliche (?:jobs|stellen|stellenangebote)(?: .{0,30})?$|^(?:offres|emplois|postes) similaires(?: .{0,30})?$|^(?:empleos|ofertas|vacantes) similares(?: .{0,30})?$|^vagas (?:semelhantes|similares)(?: .{0,30})?$|^(?:offerte|lavori) simili(?: .{0,30})?$|^vergelijkbare vacatures(?: .{0,30})?$|^(?:liknande|lignende) (?:jobb|annonser|stillinger)(?: .{0,30})?$|^podobne oferty(?: .{0,30})?$|^похожие вакансии(?: .{0,30})?$|^(?:ces|d.autres) offres (?:pourraient|peuvent) (?:aussi |également )?vous intéresser$|^(?:these|other) (?:jobs|roles|offers) (?:might|may|could) (?:also )?interest you$|^diese (?:jobs|stellen) könnten (?:dich|sie) (?:auch )?interessieren$|^(?:estas|otras) ofertas (?:te|le) (?:pueden|podrían) interesar$|^(?:these|other) companies (?:are )?(?:also )?hiring(?: .{0,30})?$|^(?:ces|d.autres) entreprises recrutent(?: aussi| également)?(?: .{0,30})?$|^(?:diese|weitere) (?:unternehmen|firmen) (?:suchen|stellen)(?: auch)?(?: ein)?(?: .{0,30})?$|^(?:estas|otras) empresas (?:también )?(?:contratan|buscan|están contratando)(?: .{0,30})?$|^(?:essas|estas|outras) empresas (?:também )?(?:contratam|estão contratando)(?: .{0,30})?$|^(?:more|other) jobs (?:at|from) .{1,60}$|^(?:weitere|andere) (?:jobs|stellen|stellenangebote)(?: .{0,30})?$|^(?:meer|andere) vacatures(?: .{0,30})?$/iu;

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
    const again = note.kind === 'application' ? buildApplication(unit, plain, ctx) : buildArticle(unit, plain, ctx);
    again.reason = note.reason;
    again.warnings.push(`the Markdown could not be kept as written (${error.message}); imported as plain text`);
    return { ...again, body: `${sanitizeMdx(again.body.trim())}\n` };
  }
}

/** The note a source becomes; throws ImportError only for unreadable input (an empty file). */
export function buildNote(unit: SourceUnit, ctx: DossierContext, opts: BuildOptions = {}): ImportedNote {
  if (unit.text.trim() === '' && unit.format !== 'row') throw new ImportError('the file is empty');
  const parsed = parseUnit(unit, ctx, opts);
  const decided = decideKind(parsed, opts);
  if (
    parsed.syntax !== 'none' &&
    parsed.text.trim() === '' &&
    parsed.properties.length === 0 &&
    !parsed.html?.type &&
    !parsed.html?.title
  )
    throw new ImportError('the page has no text');
  const built = decided.kind === 'application' ? buildApplication(unit, parsed, ctx) : buildArticle(unit, parsed, ctx);
  built.reason = decided.reason;
  let note: ImportedNote;
  try {
    note = safeBody(unit, ctx, parsed, built);
  } catch (error) {
    if (error instanceof UnsafeMarkdownError)
      throw new ImportError(
        `the text could not be written as a safe note (${error.message}); please report this with the file`,
      );
    throw error;
  }
  // The schemas are the contract with the site: a value that fails them is moved to extra, never written where the build would stop on it.
  const schema = decided.kind === 'application' ? createApplicationSchema(ctx.stages) : ArticleSchema;
  for (let attempt = 0; attempt < 5; attempt++) {
    const check = schema.safeParse(loadFrontmatter(frontmatterYaml(note.frontmatter)));
    if (check.success) return note;
    const bad = [...new Set(check.error.issues.map((i) => String(i.path[0] ?? '')))].filter(
      (k) => k && !['company', 'position', 'stage', 'title'].includes(k),
    );
    if (bad.length === 0)
      throw new ImportError(
        `the note would not be valid: ${check.error.issues.map((i) => `${i.path.join('.') || '-'} ${i.message}`).join('; ')}`,
      );
    const extra = { ...((note.frontmatter.extra as Record<string, unknown>) ?? {}) };
    for (const key of bad) {
      const value = note.frontmatter[key];
      if (typeof value === 'string' || typeof value === 'number') extra[key] = value;
      delete note.frontmatter[key];
      note.warnings.push(
        `the ${key} found did not fit the field; ${typeof value === 'string' || typeof value === 'number' ? 'kept under extra' : 'left out'}`,
      );
      note.found = note.found.filter((f) => f !== key);
      note.missing.push(key);
    }
    note.frontmatter = ordered(
      { ...note.frontmatter, extra },
      decided.kind === 'application' ? APPLICATION_ORDER : ARTICLE_ORDER,
    );
  }
  throw new ImportError('the note would not be valid; please report this with the file');
}

/** Whether a source is an application or an article, and why: `--kind`, properties, structured data, then the text's structure. */
function decideKind(parsed: Parsed, opts: BuildOptions): { kind: NoteKind; reason: string } {
  if (opts.kind) return { kind: opts.kind, reason: `--kind ${opts.kind}` };
  if (parsed.row) return { kind: 'application', reason: 'a row of a tracker spreadsheet' };
  if (parsed.html?.type === 'posting') return { kind: 'application', reason: `the page's ${parsed.html.evidence[0]}` };
  if (parsed.html?.evidence.includes(VIDEO_EVIDENCE))
    return { kind: 'article', reason: `the page's ${VIDEO_EVIDENCE}` };
  const keys = parsed.properties.map((p) => p.key);
  const html = parsed.html;
  // A blog post's title ("We're hiring: Backend Engineer (Elixir)") says what the post is, as a page's <title> does.
  const fmTitle = frontMatterTitle(parsed)?.value;
  return explainKind(parsed.text, keys, {
    frontMatter: parsed.frontMatter,
    page: html
      ? {
          articleData: html.type === 'article' && html.evidence.some((e) => /^(?:JSON-LD|microdata) /.test(e)),
          ogArticle: html.type === 'article',
          title: [html.title, html.hints.docTitle].filter(Boolean).join(' | '),
          siteName: html.hints.siteName,
          url: html.url,
          newsTime: html.hints.newsTime,
          readingTime: html.hints.readingTime,
          writer: html.article.author !== undefined,
        }
      : fmTitle
        ? { title: fmTitle }
        : undefined,
  });
}

/** The frontmatter as YAML, one field per line, long text never folded; see quoteAmbiguous. */
export function frontmatterYaml(frontmatter: Record<string, unknown>): string {
  const doc = new Document(frontmatter);
  visit(doc, {
    Pair(_key, pair, path) {
      const key = pair.key as Scalar | undefined;
      const value = pair.value;
      if (isScalar(key) && typeof key.value === 'string' && readsAsOther(key.value)) key.type = 'QUOTE_DOUBLE';
      if (!isScalar(value) || typeof value.value !== 'string') return;
      // A day in a date field may read as a date: that is what it is.
      const field = isScalar(key) ? String(key.value) : '';
      const inHistory = path.some((p) => isPair(p) && isScalar(p.key) && p.key.value === 'history');
      if (DATE_FIELDS.has(field) && (path.length <= 2 || inHistory) && /^\d{4}-\d{2}-\d{2}$/.test(value.value)) return;
      if (readsAsOther(value.value)) value.type = 'QUOTE_DOUBLE';
    },
    Scalar(_key, node) {
      // List items (no pair around them).
      if (typeof node.value === 'string' && node.type !== 'QUOTE_DOUBLE' && readsAsOther(node.value))
        node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ lineWidth: 0 });
}

const DATE_FIELDS = new Set(['applied', 'deadline', 'published', 'read', 'date']);

/**
 * Whether a string written plain would be read back as something else by
 * any YAML reader a note meets: Astro's loader (js-yaml, which reads
 * `2025-10-04` as a date and `1_000` as a number), the `yaml` package with
 * the 1.2 core schema, or a YAML 1.1 tool (`yes`, `No`, `on`, `0o17`,
 * `1:20`). Such a string is written in double quotes.
 */
export function readsAsOther(text: string): boolean {
  if (text === '' || text.includes('\n')) return false;
  if (/^(?:y|n|yes|no|on|off|true|false|null|~)$/i.test(text)) return true;
  // js-yaml's timestamps and numbers, which the yaml package's 1.2 schema leaves as strings.
  if (/^\d{4}-\d\d?-\d\d?(?:(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?$/.test(text))
    return true;
  if (
    /^[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9_]+)(?:[eE][-+]?[0-9]+)?$/.test(text) ||
    /^[-+]?0(?:b[01_]+|x[0-9a-fA-F_]+|o?[0-7_]+)$/.test(text) ||
    /^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/.test(text)
  )
    return true;
  for (const version of ['1.1', '1.2'] as const) {
    try {
      if (parse(text, { version }) !== text) return true;
    } catch {
      return true;
    }
  }
  return false;
}

/** The note's file content. */
export function serializeNote(note: Pick<ImportedNote, 'frontmatter' | 'body' | 'reviewCandidates'>): string {
  const body = note.body.trim();
  let yaml = frontmatterYaml(note.frontmatter);
  // Each field under review says, in a comment on its line, what the sources offered.
  const candidates = note.reviewCandidates ?? {};
  if (Object.keys(candidates).length) {
    const lines = yaml.split('\n');
    const at = lines.indexOf('review:');
    for (let i = at + 1; at >= 0 && i < lines.length && lines[i]!.startsWith('  - '); i++) {
      const list = candidates[lines[i]!.slice(4).replace(/^"|"$/g, '')];
      if (list?.length) lines[i] += ` # candidates: ${describeCandidates(list).replace(/\n/g, ' ')}`;
    }
    yaml = lines.join('\n');
  }
  return `---\n${yaml}---\n${body ? `\n${body}\n` : ''}`;
}
