import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import TurndownService from 'turndown';
import { gfm } from 'turndown-plugin-gfm';
import { caselessPattern, says } from './lexicon.ts';
import { parseLooseDate } from './loose-date.ts';
import type { Salary } from './salary.ts';
import { withoutRating } from './decorations.ts';
import { sectionOf } from './sections.ts';
import { fieldOfLabel } from './vocabulary.ts';

/**
 * A saved web page ("Save page as…", or fetched from a URL) read for what it
 * states about itself, and its main content as Markdown:
 * - schema.org JSON-LD (`JobPosting`, `Article`/`BlogPosting`/`NewsArticle`,
 *   also inside `@graph`) and microdata (`itemtype=…/JobPosting`), which job
 *   boards embed for search engines;
 * - OpenGraph and meta tags (title, site name, author, published time, URL);
 * - the main content, found by Mozilla's Readability (Firefox's reader view),
 *   without navigation, forms or footers, converted by Turndown to Markdown
 *   with links, lists, headings and tables.
 */
export interface HtmlPage {
  /** What the structured data says the page is. */
  type?: 'posting' | 'article';
  posting: {
    title?: string;
    company?: string;
    location?: string;
    workplace?: 'remote' | 'hybrid' | 'onsite';
    employment?: { type: 'full-time' | 'part-time' | 'contract' | 'internship' };
    salary?: Salary;
    datePosted?: string;
    deadline?: string;
    jobId?: string;
    url?: string;
  };
  article: { title?: string; author?: string; published?: string; source?: string; url?: string };
  /** The page's `<title>` / og:title. */
  title?: string;
  /** The page's canonical or og:url address. */
  url?: string;
  /** The main content as Markdown (not yet escaped for MDX). */
  markdown: string;
  /** Labelled facts the page lays out beside its main content ("Frist: 04.01.2027"), as lines: read, not kept in the body. */
  facts?: string[];
  /** The main content's text, for the field extractors. */
  text: string;
  /** What the page said about itself, for the report ("JSON-LD JobPosting", "OpenGraph"). */
  evidence: string[];
  /** The page's own markup: h1, labelled elements, the address it was saved from. */
  hints: PageHints;
}

type Json = Record<string, unknown>;

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const str = (v: unknown): string | undefined => {
  if (typeof v === 'string') return decodeEntities(v).replace(/\s+/g, ' ').trim() || undefined;
  if (typeof v === 'number') return String(v);
  return undefined;
};

/** JSON-LD values often carry HTML entities ("R&amp;D"); a tiny decoder via the DOM parser. */
function decodeEntities(text: string): string {
  if (!/&[#\w]+;/.test(text)) return text;
  const { document } = parseHTML(`<p>${text.replace(/</g, '&lt;')}</p>`);
  return document.querySelector('p')?.textContent ?? text;
}

/** A name from a string or a `{ name }` object (Organization, Person). */
const nameOf = (v: unknown): string | undefined => {
  for (const item of asArray(v)) {
    const n = typeof item === 'object' && item !== null ? str((item as Json).name) : str(item);
    if (n) return n;
  }
  return undefined;
};

/**
 * A post's writers as a byline names them ("Priya Raman and Tomasz Wójcik", "A, B and C"): up to three, each once,
 * not an address; undefined when none.
 */
function names(list: (string | undefined)[]): string | undefined {
  const all = [...new Set(list.filter((n): n is string => Boolean(n) && !/^https?:/.test(n!)))].slice(0, 3);
  if (all.length <= 1) return all[0];
  return `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}`;
}

const typesOf = (node: Json): string[] =>
  asArray(node['@type']).map((t) => String(t).replace(/^https?:\/\/schema\.org\//, ''));

/** Every JSON-LD object on the page, `@graph` members included. */
function jsonLdNodes(document: Document): Json[] {
  const out: Json[] = [];
  const add = (value: unknown) => {
    for (const item of asArray(value)) {
      if (typeof item !== 'object' || item === null) continue;
      out.push(item as Json);
      if ((item as Json)['@graph']) add((item as Json)['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      // Some boards wrap the JSON in a CDATA comment or leave a trailing semicolon.
      add(
        JSON.parse(
          (script.textContent ?? '')
            .replace(/^\s*(?:\/\/)?<!\[CDATA\[|\]\]>\s*$/g, '')
            .trim()
            .replace(/;\s*$/, ''),
        ),
      );
    } catch {
      // A broken block is ignored; the page's other signs still count.
    }
  }
  return out;
}

/** Microdata of an `itemscope` element as a JSON-LD-like object (nested scopes become objects). */
function microdata(root: Element): Json {
  const out: Json = { '@type': (root.getAttribute('itemtype') ?? '').split('/').pop() };
  const walk = (el: Element) => {
    for (const child of Array.from(el.children)) {
      const prop = child.getAttribute('itemprop');
      if (prop) {
        const value = child.hasAttribute('itemscope')
          ? microdata(child)
          : (
              child.getAttribute('content') ??
              child.getAttribute('datetime') ??
              child.getAttribute('href') ??
              child.textContent ??
              ''
            ).trim();
        if (out[prop] === undefined) out[prop] = value;
      }
      if (!child.hasAttribute('itemscope')) walk(child);
    }
  };
  walk(root);
  return out;
}

const EMPLOYMENT: Record<string, 'full-time' | 'part-time' | 'contract' | 'internship'> = {
  FULL_TIME: 'full-time',
  PART_TIME: 'part-time',
  CONTRACTOR: 'contract',
  TEMPORARY: 'contract',
  INTERN: 'internship',
  INTERNSHIP: 'internship',
};
const UNIT: Record<string, Salary['period']> = { HOUR: 'hour', DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' };

function salaryOf(v: unknown): Salary | undefined {
  const base = asArray(v)[0];
  if (!base || typeof base !== 'object') return undefined;
  const b = base as Json;
  const value = (typeof b.value === 'object' && b.value !== null ? b.value : b) as Json;
  const num = (x: unknown) => {
    const n = typeof x === 'number' ? x : typeof x === 'string' ? Number(x.replace(/[,\s]/g, '')) : NaN;
    return Number.isFinite(n) && n > 0 ? n : undefined;
  };
  const min = num(value.minValue) ?? num(value.value);
  const max = num(value.maxValue) ?? num(value.value);
  const currency = str(b.currency) ?? str(value.currency);
  const period = UNIT[String(value.unitText ?? b.unitText ?? '').toUpperCase()];
  if (min === undefined && max === undefined) return undefined;
  if (!period) return undefined; // An amount without its period is not read: an hourly rate would pass for a yearly one.
  if (currency && !/^[A-Za-z]{3}$/.test(currency)) return undefined;
  if (min !== undefined && max !== undefined && min > max) return undefined;
  return {
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
    ...(currency ? { currency: currency.toUpperCase() } : {}),
    period,
  };
}

function placeOf(v: unknown): string | undefined {
  const parts: string[] = [];
  for (const place of asArray(v)) {
    if (typeof place === 'string') {
      parts.push(place);
      continue;
    }
    const address = (place as Json)?.address;
    if (typeof address === 'string') {
      parts.push(address);
      continue;
    }
    const a = (address ?? {}) as Json;
    // A country given as its code ("DE") is left out: the place reads as the page shows it ("Hamburg").
    const rawCountry = nameOf(a.addressCountry) ?? str(a.addressCountry);
    const country = rawCountry && /^[A-Z]{2,3}$/.test(rawCountry) ? undefined : rawCountry;
    // A region given as a number ("13", an ATS's internal code) names nothing a reader knows.
    const region = str(a.addressRegion);
    const line = [str(a.addressLocality), region && /^\d+$/.test(region) ? undefined : region, country]
      .filter((x, i, all) => x && all.indexOf(x) === i)
      .join(', ');
    if (line) parts.push(line);
  }
  const unique = [...new Set(parts)];
  return unique.length ? unique.join('; ') : undefined;
}

function identifierOf(v: unknown): string | undefined {
  for (const id of asArray(v)) {
    if (typeof id === 'string' || typeof id === 'number') return String(id).trim() || undefined;
    const value = str((id as Json)?.value);
    if (value) return value;
  }
  return undefined;
}

const dateOf = (v: unknown) => {
  const s = str(v);
  return s ? parseLooseDate(s.slice(0, 10)) : undefined;
};

const meta = (document: Document, ...names: string[]) => meta_(document, ...names);

function meta_(document: Document, ...names: string[]): string | undefined {
  for (const name of names) {
    const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return decodeEntities(content);
  }
  return undefined;
}

const turndown = new TurndownService({
  headingStyle: 'atx',
  bulletListMarker: '-',
  codeBlockStyle: 'fenced',
  emDelimiter: '*',
});
turndown.use(gfm);
// Forms, buttons and media are the page's machinery, not its content.
turndown.remove([
  'script',
  'style',
  'noscript',
  'form',
  'button',
  'iframe',
  'canvas',
  'template',
  'select',
  'input',
  'textarea',
]);
turndown.remove((node) => node.nodeName.toLowerCase() === 'svg');
// An image becomes its description: the picture is not saved with the note.
turndown.addRule('imageAlt', {
  filter: 'img',
  replacement: (_content, node) => ((node as Element).getAttribute('alt') ?? '').trim(),
});

const cellText = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const cellsOf = (tr: Element) => Array.from(tr.children).filter((c) => /^T[DH]$/i.test(c.nodeName));

/**
 * A table of labels and values (`<tr><th>勤務地</th><td>大阪</td></tr>`, as careers pages lay out a posting's
 * facts): every row has two cells and the first is short.
 */
function isLabelTable(table: Element): boolean {
  const rows = Array.from(table.querySelectorAll('tr'));
  // A heading row over columns ("Job title | Location" over a list of jobs) makes a list, not labels: its first
  // row is all headers while the rows under it start with data.
  const headed =
    table.querySelector('thead') !== null ||
    (rows.length >= 2 &&
      cellsOf(rows[0]!).every((c) => /^TH$/i.test(c.nodeName)) &&
      rows.slice(1).some((tr) => /^TD$/i.test(cellsOf(tr)[0]?.nodeName ?? '')));
  return (
    !headed &&
    rows.length >= 1 &&
    rows.every((tr) => {
      const cells = cellsOf(tr);
      return cells.length === 2 && cellText(cells[0]!).length > 0 && cellText(cells[0]!).length <= 50;
    })
  );
}

/** `<p><strong>Label:</strong> value</p>`; a value of several blocks goes under its label. */
function labelParagraphs(document: Document, label: string, value: Element | undefined): Element[] {
  const p = document.createElement('p');
  const strong = document.createElement('strong');
  strong.textContent = `${label.replace(/[:：]\s*$/, '').trim()}:`;
  p.appendChild(strong);
  if (!value) return [p];
  const blocks = value.querySelector('br, p, ul, ol, div, li, table');
  if (!blocks) {
    p.appendChild(document.createTextNode(' '));
    while (value.firstChild) p.appendChild(value.firstChild);
    return [p];
  }
  const div = document.createElement('div');
  while (value.firstChild) div.appendChild(value.firstChild);
  return [p, div];
}

/**
 * Facts laid out for the eye made readable as lines, before the main content is picked: a table of labels
 * and values and a definition list (`<dt>Standort</dt><dd>Köln</dd>`) become "**Label:** value" paragraphs,
 * which the labelled-line reader understands in any language (GFM keeps a table without a heading row as
 * raw HTML, and Readability flattens it into one run of text); short inline items side by side
 * (`<span>CDI</span><span>Paris</span><span>Salaire : 55K à 65K €</span>`, the facts a board prints under a
 * title) are separated by " · " instead of running together.
 */
/** The mark a block of facts made readable carries, so the ones outside the main content can be found again. */
const FACTS_MARK = 'data-dossier-facts';

/**
 * The labelled facts the page lays out beside its main content (a board's key-facts box, a careers page's sidebar:
 * "Arbeidsgiver: …", "Frist: …"), as "Label: value" lines, when Readability's pick left them out. Not those of a
 * list of other jobs, the site's navigation or its footer.
 */
function factsBeside(document: Document, content: string): string[] {
  const lines: string[] = [];
  // At most 30 lines from the first 10 blocks: each is looked for in the content once, so the work stays bounded.
  const blocks = Array.from(document.querySelectorAll(`[${FACTS_MARK}]`))
    .filter((block) => !block.closest(`${OTHER_JOB_LISTS}, ${SITE_NAVIGATION}, footer`))
    .slice(0, 10);
  for (const block of blocks) {
    for (const p of Array.from(block.children)) {
      if (lines.length >= 30) return lines;
      const line = cellText(p);
      if (line && line.length <= 200 && !content.includes(line)) lines.push(line);
    }
  }
  return lines;
}

/**
 * A row of a label and its value: two cells, the first short and no sentence; `named`: a field's name
 * ("Arbeitsort", "Firma").
 */
function isLabelRow(tr: Element, named = false): boolean {
  const cells = cellsOf(tr);
  if (cells.length !== 2) return false;
  const label = cellText(cells[0]!);
  if (label.length === 0 || label.length > 50 || /[.!?]$/.test(label)) return false;
  return !named || labelField(label) !== undefined;
}

/** The field a label on a page names, read without its colon ("Arbeitsort:", "Standort"). */
const labelField = (label: string) => fieldOfLabel(label.replace(/[:：]$/, ''));

/**
 * A posting laid out as one table (old careers sites, umantis): its title, its facts as label rows, its text in
 * rows that span both columns. Three rows or more name fields.
 */
const isPostingTable = (table: Element) =>
  Array.from(table.querySelectorAll('tr')).filter((tr) => isLabelRow(tr, true)).length >= 3 &&
  table.querySelector('thead') === null;

function normalizeFacts(document: Document): void {
  for (const table of Array.from(document.querySelectorAll('table'))) {
    if (table.querySelector('table')) continue;
    const whole = isLabelTable(table);
    if (!whole && !isPostingTable(table)) continue;
    const out: Element[] = [];
    for (const tr of Array.from(table.querySelectorAll('tr'))) {
      const [label, value] = cellsOf(tr);
      if (whole || isLabelRow(tr)) out.push(...labelParagraphs(document, cellText(label!), value));
      else
        for (const cell of cellsOf(tr)) {
          const div = document.createElement('div');
          while (cell.firstChild) div.appendChild(cell.firstChild);
          out.push(div);
        }
    }
    const wrapper = document.createElement('div');
    wrapper.setAttribute(FACTS_MARK, '');
    for (const el of out) wrapper.appendChild(el);
    table.replaceWith(wrapper);
  }
  for (const dl of Array.from(document.querySelectorAll('dl'))) {
    const out: Element[] = [];
    let label: string | undefined;
    // HTML lets a <div> wrap each term and its description (<dl><div><dt>Salary</dt><dd>…</dd></div></dl>).
    const items = Array.from(dl.children).flatMap((c) =>
      c.nodeName.toUpperCase() === 'DIV' && Array.from(c.children).some((g) => /^D[TD]$/i.test(g.nodeName))
        ? Array.from(c.children)
        : [c],
    );
    for (const child of items) {
      const name = child.nodeName.toUpperCase();
      if (name === 'DT') {
        if (label !== undefined) out.push(...labelParagraphs(document, label, undefined));
        label = cellText(child);
      } else if (name === 'DD') {
        if (label !== undefined) out.push(...labelParagraphs(document, label, child));
        else {
          const div = document.createElement('div');
          while (child.firstChild) div.appendChild(child.firstChild);
          out.push(div);
        }
        label = undefined;
      }
    }
    if (label !== undefined) out.push(...labelParagraphs(document, label, undefined));
    const wrapper = document.createElement('div');
    wrapper.setAttribute(FACTS_MARK, '');
    for (const el of out) wrapper.appendChild(el);
    dl.replaceWith(wrapper);
  }
  for (const el of Array.from(document.querySelectorAll('div, p, header, section, li'))) {
    const items = Array.from(el.children);
    if (items.length < 2 || items.length > 12) continue;
    const loose = Array.from(el.childNodes).some((n) => n.nodeType === 3 && !/^[\s·|•,–-]*$/.test(n.textContent ?? ''));
    if (loose) continue;
    const inline = items.every(
      (c) =>
        INLINE_ITEM.test(c.nodeName) &&
        cellText(c).length > 0 &&
        cellText(c).length <= 80 &&
        !c.querySelector('div, p, ul, ol, table, h1, h2, h3, h4, h5, h6, br, li'),
    );
    if (!inline) continue;
    // A key fact as a label and its value side by side (`<span class="label">Standort</span><span>Aalen</span>`):
    // "Standort: Aalen", a labelled line; the list it stands in is a block of facts.
    if (items.length === 2 && factLabel(items[0]!, items[1]!)) {
      items[0]!.textContent = `${cellText(items[0]!).replace(/[:：]$/, '')}:`;
      el.insertBefore(document.createTextNode(' '), items[1]!);
      const list = el.parentElement;
      if (el.nodeName.toUpperCase() === 'LI' && list && !list.hasAttribute(FACTS_MARK))
        list.setAttribute(FACTS_MARK, '');
      continue;
    }
    for (const item of items.slice(1)) el.insertBefore(document.createTextNode(' · '), item);
  }
}

const FACT_FIELDS = new Set([
  'company',
  'position',
  'location',
  'salary',
  'employment',
  'workplace',
  'deadline',
  'jobId',
]);

/** Whether `label` names the fact `value` states: marked as a label by its class, or a field's name, and short. */
function factLabel(label: Element, value: Element): boolean {
  const text = cellText(label);
  if (text.length > 40 || /[.!?]$/.test(text)) return false;
  // "sg-keyfacts__label", "fact-key": a class that says label, not "author-name" (a writer's name, then the date).
  const marked = (e: Element) =>
    /(?:^|[-_\s])(?:label|key|term|caption)(?:$|[-_\s])/i.test(e.getAttribute('class') ?? '');
  if (marked(label) && !marked(value)) return true;
  // A field's name as plain text: not a link ("Website" beside the employer's name is a link to its site).
  const field = label.nodeName.toUpperCase() === 'A' ? undefined : labelField(text);
  return field !== undefined && FACT_FIELDS.has(field);
}

const INLINE_ITEM = /^(?:SPAN|A|TIME|STRONG|EM|B|SMALL|I|LABEL)$/i;

/** HTML to Markdown, with turndown's three-space list gap made one. */
export function htmlToMarkdown(html: string): string {
  return turndown
    .turndown(html)
    .replace(/^(\s*)([-*+]|\d+\.)\s{2,}/gm, '$1$2 ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A link's own words in a company block: "Website", "Visit website", "Twitter". */
const LINK_LABEL =
  /^(?:website|visit (?:our )?website|view website|homepage|twitter|x|linkedin|facebook|instagram|follow|follow us|(?:view |see )?all (?:jobs|offers|openings|positions|vacancies)|company (?:page|website|profile)|wszystkie oferty|strona firmy|profil firmy|alle (?:jobs|stellen(?:angebote)?)|unternehmensprofil|toutes les offres|site (?:web|internet)|todas las ofertas|sitio web|todas as vagas|site da empresa|alle vacatures)$/i;

/** A page's list of other jobs: WP Job Manager's `job_listings`, "related" and "similar" blocks, an aside. */
const OTHER_JOB_LISTS =
  '[class~="job_listings"], [class*="related"], [class*="similar"], [class*="recommend"], [class*="other-jobs"], [class*="more-jobs"]';
const OTHER_JOBS_BLOCK = `${OTHER_JOB_LISTS}, aside`;

/** The site's navigation: menus, and the header of the whole page (an article's own <header> holds its title). */
const SITE_NAVIGATION = 'nav, [role="navigation"], [class*="navbar"], body > header, [class*="cookie"], [id*="cookie"]';

/** The page's main content: Readability's pick, or else the body without its navigation, header, footer, forms and asides. */
function mainContent(document: Document): string {
  const body = document.querySelector('main') ?? document.querySelector('article') ?? document.body;
  let fallback = '';
  let fallbackText = 0;
  if (body) {
    const copy = body.cloneNode(true) as Element;
    for (const el of copy.querySelectorAll(
      'nav, header, footer, form, aside, script, style, noscript, [role="navigation"], [aria-hidden="true"], [class*="cookie"], [id*="cookie"]',
    ))
      el.remove();
    fallback = copy.innerHTML;
    fallbackText = (copy.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  }
  try {
    const clone = parseHTML(document.toString()).document;
    // The site's own navigation is no part of any content, and Readability keeps a menu that sits in the same
    // container as the job (a careers site's language menu, "Deutsch · English", read as languages asked for).
    for (const el of clone.querySelectorAll(SITE_NAVIGATION)) el.remove();
    const article = new Readability(clone as unknown as Document, { charThreshold: 200 }).parse();
    const length = (article?.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    // Readability keeps one block of a page built from many (a page builder's widgets): when its pick holds
    // less than half of the page's own text, the page's text without its navigation is the content.
    if (article?.content && length > 200 && length >= fallbackText / 2) return article.content;
  } catch {
    // Readability gives up on some pages; the fallback below still keeps the text.
  }
  return fallback;
}

/**
 * `validThrough` as the closing date, unless it is a listing's default lifetime: a whole number of quarters to
 * the day after `datePosted` (Workday writes a year). Such a date says when the listing expires, not
 * when applications close: the page's own words do that.
 */
function closingDate(posted: string | undefined, until: string | undefined): string | undefined {
  if (!posted || !until) return until;
  const [py, pm, pd] = posted.split('-').map(Number) as [number, number, number];
  const [uy, um, ud] = until.split('-').map(Number) as [number, number, number];
  const months = (uy - py) * 12 + (um - pm);
  return ud === pd && months >= 3 && months % 3 === 0 ? undefined : until;
}

/** Words of a site's sections, never of a writer's name. */
const SECTION_WORD =
  /^(?:blog|news|team|careers|jobs|engineering|home|about|community|posts|articles|stories|positions|open|product|design|company)$/;

/**
 * The writer of a post whose address starts with the writer's profile ("dev.to/kwameasante/…", "medium.com/@lena/…"):
 * the name of the link to that profile, as the post's header shows it ("Kwame Asante").
 */
function profileAuthor(document: Document, url: string | undefined): string | undefined {
  let profile: string | undefined;
  try {
    profile = url ? new URL(url).pathname.split('/').filter(Boolean)[0] : undefined;
  } catch {
    return undefined;
  }
  if (!profile || !/^@?[\w.-]{2,40}$/.test(profile) || url!.split('/').filter(Boolean).length < 4) return undefined;
  for (const a of Array.from(document.querySelectorAll('a[href]')).slice(0, 400)) {
    const href = (a.getAttribute('href') ?? '').replace(/^https?:\/\/[^/]+/, '').replace(/\/$/, '');
    const name = cellText(a);
    if (href !== `/${profile}` || !/^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}$/u.test(name)) continue;
    // The profile's handle spells the writer's name ("kwameasante", "@lena"); a section's link ("/engineering",
    // "Engineering Blog") names no one.
    const words = name.toLowerCase().split(' ');
    if (
      words.some((w) => w.length >= 3 && profile.toLowerCase().includes(w)) &&
      !words.some((w) => SECTION_WORD.test(w))
    )
      return name;
  }
  return undefined;
}

/**
 * The owner of a repository or a gist on a code host ("github.com/tobiokonkwo/system-design-drills",
 * "gist.github.com/…/<id>"): the handle the host shows as its writer. No other writer is named on such a page.
 */
function codeOwner(url: string | undefined): string | undefined {
  let u: URL;
  try {
    u = new URL(url ?? '');
  } catch {
    return undefined;
  }
  if (!/(?:^|\.)(?:github|gitlab|codeberg|bitbucket)\.[a-z.]+$/.test(u.hostname)) return undefined;
  const [owner, item] = u.pathname.split('/').filter(Boolean);
  return owner && item && /^[A-Za-z0-9][\w.-]{0,38}$/.test(owner) && !SECTION_WORD.test(owner) ? owner : undefined;
}

/** Whether employmentType says a temporary job and its hours only: ["FULL_TIME", "TEMPORARY"]. */
function temporaryHours(types: unknown): boolean {
  const named = asArray(types).map((t) => String(t).toUpperCase().replace(/[-\s]/g, '_'));
  return named.includes('TEMPORARY') && named.every((t) => ['TEMPORARY', 'FULL_TIME', 'PART_TIME'].includes(t));
}

/** What a schema.org JobPosting object states, in the note's terms. */
export function postingOf(job: Json): HtmlPage['posting'] {
  const remote = /TELECOMMUTE/i.test(String(job.jobLocationType ?? ''));
  const types = asArray(job.employmentType)
    .map((t) => EMPLOYMENT[String(t).toUpperCase().replace(/[-\s]/g, '_')])
    .filter(Boolean);
  return {
    title: str(job.title),
    company: nameOf(job.hiringOrganization),
    // A remote job open to applicants in several countries names no one place.
    location:
      placeOf(job.jobLocation) ??
      (remote && asArray(job.applicantLocationRequirements).length === 1
        ? nameOf(job.applicantLocationRequirements)
        : undefined),
    workplace: remote ? 'remote' : undefined,
    // Several types ("FULL_TIME, CONTRACTOR") say nothing certain: left out. A temporary job's hours beside it
    // ("FULL_TIME, TEMPORARY") are one job's: fixed-term work, a contract.
    employment:
      new Set(types).size === 1
        ? { type: types[0]! }
        : temporaryHours(job.employmentType)
          ? { type: 'contract' }
          : undefined,
    salary: salaryOf(job.baseSalary) ?? salaryOf(job.estimatedSalary),
    datePosted: dateOf(job.datePosted),
    deadline: closingDate(dateOf(job.datePosted), dateOf(job.validThrough)),
    jobId: identifierOf(job.identifier),
    url: str(job.url),
  };
}

/**
 * JobPosting objects written into a text: a Markdown note or a pasted page
 * that carries its schema.org JSON-LD in a code block, a `<script>` tag or as
 * bare JSON. Each `{` that opens a line before an `"@type": "JobPosting"` is
 * matched to its closing brace (one pass, strings skipped) and parsed.
 */
export function jobPostingsInText(text: string): Json[] {
  const out: Json[] = [];
  const at = text.search(/"@type"\s*:\s*(?:\[\s*)?"(?:https?:\/\/schema\.org\/)?JobPosting"/);
  if (at < 0) return out;
  // The outermost object around the type: the last line-opening "{" before it.
  const open = text.lastIndexOf('\n{', at);
  const start = open >= 0 ? open + 1 : text.indexOf('{') <= at ? text.indexOf('{') : -1;
  if (start < 0) return out;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      try {
        const value = JSON.parse(text.slice(start, i + 1)) as unknown;
        for (const node of asArray(value)) {
          const n = node as Json;
          for (const item of [n, ...asArray(n?.['@graph'])])
            if (typesOf(item as Json).includes('JobPosting')) out.push(item as Json);
        }
      } catch {
        // Not JSON after all: the text's other evidence still counts.
      }
      break;
    }
  }
  return out;
}

/**
 * What a page's own markup says beside its structured data: the `<h1>`, the
 * elements whose class names say what they hold (`class="location"`,
 * `company-name`, `job-meta`), and the address the page was saved from
 * ("Save page as" writes `<!-- saved from url=(…)… -->`).
 */
export interface PageHints {
  h1?: string;
  /** The `<title>` itself, when OpenGraph gives another ("Job Application for X at Y" beside og:title "X"). */
  docTitle?: string;
  company?: string;
  location?: string;
  meta: string[];
  savedFrom?: string;
  siteName?: string;
  /** The name the site's logo gives (its image's alt text, or the logo link's text): the site owner's. */
  logo?: string;
  /** The page footer's lines (outside the main content): a copyright line names the site's owner. */
  footer: string[];
  byline?: string;
  published?: string;
  /**
   * The page states when it was published or last revised (`article:published_time`, `article:modified_time`,
   * Dublin Core's `DC.date`), as news sites, blogs and public bodies' guidance pages do.
   */
  newsTime?: boolean;
  /** The page prints a reading time ("7 min read"), as blogs and writing platforms do; Readability drops it from the text. */
  readingTime?: boolean;
}

/** Elements that start a line of their own when a page is shown; text inside other elements runs on. */
const BLOCK =
  /^(?:ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|DD|DIV|DL|DT|FIELDSET|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TD|TH|TR|UL)$/;

/**
 * An element's text as the page shows it, one string per line: a block element (a `<div>`, a `<li>`, a
 * table cell, a `<br>`) ends a line, so "Locations" in one `<dd>` and "Pune, Maharashtra, India" in the
 * next do not run together as "LocationsPune…" the way `textContent` joins them.
 */
export function textLines(el: Element | null | undefined): string[] {
  if (!el) return [];
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) current += child.textContent ?? '';
      else if (child.nodeType === 1) {
        const name = (child as Element).nodeName.toUpperCase();
        if (/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG)$/.test(name)) continue;
        const block = BLOCK.test(name);
        if (block) flush();
        walk(child);
        if (block) flush();
      }
    }
  };
  walk(el);
  flush();
  return lines;
}

/** The evidence a video's page gives: its og:type. */
export const VIDEO_EVIDENCE = 'og:type video';

function pageHints(document: Document, html: string): PageHints {
  // An element's first line: a company element often holds the name, then a line about the company.
  const text = (el: Element | null | undefined) => textLines(el)[0];
  // What an element holds, as its class or a test hook says it (Indeed's data-testid, Workable's data-ui).
  const hinted = (re: RegExp, skip?: (el: Element) => boolean) =>
    Array.from(
      document.querySelectorAll(
        '[class], [data-testid], [data-ui], [data-automation-id], [data-automation], [itemprop]',
      ),
    ).find(
      (el) =>
        !skip?.(el) &&
        re.test(
          ['class', 'data-testid', 'data-ui', 'data-automation-id', 'data-automation']
            .map((a) => el.getAttribute(a) ?? '')
            .join(' '),
        ),
    );
  // A column of a list of jobs ("Toronto, Ontario" in each row of the open roles) says where each listed job is,
  // not this one: an element whose row (a `tr`, an `li`) has a sibling row holding an element of its class.
  const inList = (el: Element) => {
    const row = el.closest('tr, li');
    const kind = el.getAttribute('class');
    return Boolean(
      row &&
      kind &&
      Array.from(row.parentElement?.children ?? []).some(
        (other) =>
          other !== row && Array.from(other.querySelectorAll('[class]')).some((e) => e.getAttribute('class') === kind),
      ),
    );
  };
  const logoImage = document.querySelector(
    'header [class*="logo"] img[alt], [class*="branding"] img[alt], img[class*="logo"][alt], a[class*="logo"] img[alt]',
  );
  // A logo's alt text without the word for a logo ("Skarpa Mobility logo" is "Skarpa Mobility") or the tagline after
  // a dash ("Hydrelec Nord – Génie climatique et électricité").
  const logoName = (alt: string) =>
    alt
      .split(/\s+[–—|]\s+/)[0]!
      .replace(/\s+(?:logo|logotype|logotyp|logotipo)$/i, '')
      .trim();
  const logo = logoName(
    logoImage?.getAttribute('alt') ??
      textLines(document.querySelector('header a[class*="logo"], header [class*="brand"] a'))[0] ??
      '',
  );
  // A logo's alt text that names nobody: "Company logo", "Home", "Logo".
  const namesNobody =
    /^(?:company|logo|home|homepage|startseite|accueil|inicio|início|home page|site|brand|our logo)$/i;
  const meta = Array.from(
    document.querySelectorAll(
      '[class*="meta"] > span, [class*="meta"] > li, [class*="tags"] > span, [class*="criteria"] li, [class*="details"] li, [class*="job-attribute"], [class*="job-type"], [class*="keyfact"], [class*="job-info"] > li, [class*="job-info"] > span, [class*="summary"] > li, [class*="categor"] > div, [class*="categor"] > span, [class*="workplace"], [data-at^="metadata"], [data-automation-id="locations"], [data-automation-id="time"], [data-testid*="Location"], [data-testid*="location"]',
    ),
  )
    // The details of the other jobs a page lists under its own ("Weekend Packer · Part Time") are theirs.
    .filter((el) => !el.closest(OTHER_JOBS_BLOCK))
    .map((el) => textLines(el).join(' · '))
    .filter((t): t is string => Boolean(t && t.length <= 80));
  const saved = /<!--\s*saved from url=\(\d+\)(https?:\/\/[^\s>]+)\s*-->/i.exec(html.slice(0, 4000))?.[1];
  const h1 = text(
    document.querySelector('h1') ??
      // No <h1>: the job's heading by its class (Jobvite's h2.jv-header, Comeet's h2.positionName).
      document.querySelector(
        '[class*="headline"] h2, [class*="posting"] h2, h2[class*="title"], h2[class*="header"], h2[class*="position"], h2[class*="job"]',
      ),
  );
  // A class that names a company's styling ("font-company-header" on Teamtailor's <h1>) is no company element:
  // the heading holds the job.
  // Indeed marks its employer with an attribute of its own (data-company-name="true"), not a class.
  // A company block's links ("Website", "Twitter" in WP Job Manager's) are no part of its name.
  const companyEl = (
    document.querySelector('[data-company-name]') ??
    hinted(
      // Not a block about the employer ("employer-questions" holds the questions it asks, "company-benefits").
      /(?:^|[\s_-])(?:company|employer|organization|hiring-org|advertiser)(?:[-_]?name)?(?![-_]+(?:questions?|reviews?|benefits?|description|desc|size|rating|jobs|culture))(?:$|[\s_-])|topcard__org-name|company-name/i,
      (el) => /^H[1-3]$/.test(el.tagName),
    )
  )?.cloneNode(true) as Element | undefined;
  // Its links that say where they go ("Wszystkie oferty", "Company website") are no part of the name; with only
  // those and a logo, the logo's alt text is the name.
  for (const a of Array.from(companyEl?.querySelectorAll('a') ?? [])) if (LINK_LABEL.test(cellText(a))) a.remove();
  const logoAlt = companyEl?.querySelector('img[alt]')?.getAttribute('alt')?.trim();
  // What a removed link stood between ("Website · Acme · Twitter") is no part of the name either.
  const companyLines = textLines(companyEl)
    .map((l) => l.replace(/^[\s·|•–-]+|[\s·|•–-]+$/g, ''))
    .filter(Boolean);
  const company = (
    companyLines.length === 0 && logoAlt && !namesNobody.test(logoAlt) ? [logoName(logoAlt)] : companyLines
  )
    // A company block's own heading ("Sobre la empresa", "About the company") is no name, nor a line of its
    // reference numbers ("Dice Id: 91107442 · Position Id: CVS-PLAT-0412").
    .filter((l) => !sectionOf(l) && !/(?<![\p{L}])(?:id|ref|reference|nr|no)\.?\s*[:#]\s*\S*\d{3,}/iu.test(l))
    // A company block headed "About X" ("Om Fjällgarn", "Über Kranich", "À propos de Lumen") names X.
    .map((l) => ABOUT_NAME.exec(l)?.[1] ?? l)
    .map((l) =>
      // A board's rating after the name ("Arvelle Therapeutics ★ 4.2 (31 reviews)") is no part of it.
      withoutRating(
        l
          .split(' · ')
          .filter((part) => !LINK_LABEL.test(part))
          .join(' · '),
      ),
    )
    .find(Boolean);
  return {
    // Lever and some boards put the title in an h2 of the posting's header, and no h1.
    docTitle: text(document.querySelector('title')),
    h1,
    company: company && company !== h1 ? company : undefined,
    location:
      textLines(hinted(/(?:^|[\s_-])(?:location|job-location|topcard__flavor--bullet)(?:$|[\s_-])/i, inList)).join(
        ' · ',
      ) || undefined,
    meta,
    savedFrom: saved,
    siteName: meta_(document, 'og:site_name'),
    newsTime: Boolean(
      meta_(
        document,
        'article:published_time',
        'article:modified_time',
        'DC.date',
        'DC.date.issued',
        'DC.date.modified',
        'dcterms.date',
        'dcterms.issued',
        'dcterms.modified',
      ),
    ),
    readingTime: says('readingTime', (document.body?.textContent ?? '').slice(0, 200_000)),
    logo: logo && logo.length <= 60 && !namesNobody.test(logo) ? logo : undefined,
    footer: Array.from(document.querySelectorAll('footer, [class*="footer"], [id*="footer"]')).flatMap((el) =>
      textLines(el),
    ),
  };
}

/**
 * schema.org types of things read or watched while preparing, never a job on offer: articles and reports, a
 * talk or a conference session (`Event`), a podcast episode, a question-and-answer or forum thread.
 */
const READING_TYPES =
  /^(?:Article|BlogPosting|NewsArticle|TechArticle|Report|ScholarlyArticle|Event|EducationEvent|BusinessEvent|PodcastEpisode|QAPage|DiscussionForumPosting|SocialMediaPosting)$/;

/** A heading "About X" in the languages pages come in, X a name (capitalised): "Om Fjällgarn", "Über Kranich". */
const ABOUT_NAME = new RegExp(
  String.raw`^(?:${caselessPattern(['about', 'om', 'über', 'à propos de', 'a propos de', 'sobre', 'over', 'o', 'acerca de', 'informazioni su', 'tentang', 'o firmie', 'o společnosti'])})\s+(\p{Lu}[\p{L}\p{N}&'’. -]{1,60})$`,
  'u',
);

/**
 * The JobPosting a page is about when it carries several (a board keeps an expired one beside the current one):
 * the one titled as the page's heading, else the one posted last, else the first.
 */
function currentPosting(jobs: Json[], heading: string): Json | undefined {
  if (jobs.length <= 1) return jobs[0];
  const titled = jobs.filter((j) => typeof j.title === 'string' && j.title.trim() === heading.trim());
  if (titled.length === 1) return titled[0];
  const posted = (j: Json) => (typeof j.datePosted === 'string' ? j.datePosted : '');
  return jobs.reduce((best, j) => (posted(j) > posted(best) ? j : best));
}

/** Reads a saved page. `address` is the URL it was fetched from, when it was. */
export function readHtmlPage(html: string, address?: string): HtmlPage {
  const { document } = parseHTML(html);
  normalizeFacts(document);
  const evidence: string[] = [];
  const nodes = jsonLdNodes(document);
  for (const el of document.querySelectorAll('[itemscope][itemtype]')) {
    if (/JobPosting|Article|BlogPosting/.test(el.getAttribute('itemtype') ?? ''))
      nodes.push({ ...microdata(el), '@microdata': true });
  }
  const h1 = document.querySelector('h1');
  const job = currentPosting(
    nodes.filter((n) => typesOf(n).includes('JobPosting')),
    h1 ? cellText(h1) : '',
  );
  const art = nodes.find((n) => typesOf(n).some((t) => READING_TYPES.test(t)));
  const page: HtmlPage = {
    posting: {},
    article: {},
    markdown: '',
    text: '',
    evidence,
    hints: pageHints(document, html),
  };
  if (job) {
    evidence.push(job['@microdata'] ? 'microdata JobPosting' : 'JSON-LD JobPosting');
    page.type = 'posting';
    page.posting = postingOf(job);
  } else if (art) {
    const type = typesOf(art).find((t) => READING_TYPES.test(t))!;
    evidence.push(
      `${art['@microdata'] ? 'microdata' : 'JSON-LD'} ${/Article$|^Report$|^BlogPosting$/.test(type) ? 'Article' : type}`,
    );
    page.type = 'article';
  }
  const og = meta(document, 'og:type');
  if (!page.type && og === 'article') page.type = 'article';
  // A video's page (YouTube's og:type "video.other"): something watched while preparing, never a posting.
  if (!page.type && og !== undefined && /^video(?:\.|$)/.test(og)) {
    page.type = 'article';
    evidence.push(VIDEO_EVIDENCE);
  }
  if (meta(document, 'og:title', 'og:site_name')) evidence.push('OpenGraph');
  // Microformats2 (h-entry), which blog engines and Medium's export write: the author's h-card, the time it
  // was published, and the post's own address.
  const mf = (selector: string) => document.querySelector(selector);
  const mfAuthor = str(mf('.h-entry .p-author, .p-author.h-card, .h-card.p-author')?.textContent?.trim());
  const mfPublished = mf('.dt-published')?.getAttribute('datetime') ?? undefined;
  const mfUrl = mf('a.p-canonical, a.u-url.u-uid, .h-entry a.u-url')?.getAttribute('href') ?? undefined;
  // A byline in the page's own markup, as blog themes, Medium and Substack write it: a link to the author
  // (rel="author"), an element whose class or test hook names the author, and the post's <time datetime>.
  const bylineEl = document.querySelector(
    'article [rel="author"], [rel="author"], [data-testid="authorName"], [itemprop="author"] [itemprop="name"], [itemprop="author"], .byline a, [class*="author-name"], [class*="byline__name"], .author a, a.author',
  );
  // Microdata names the author in an attribute (<link itemprop="name" content="Código y Café">), not in text.
  const bylineName = bylineEl?.querySelector('[itemprop="name"]') ?? bylineEl;
  const byline = (bylineName?.getAttribute('content')?.trim() || textLines(bylineName)[0])?.replace(
    /^(?:by|von|par|por|door|av|af|di|przez)\s+/i,
    '',
  );
  const timeEl = document.querySelector('article time[datetime], header time[datetime], time[datetime]');
  const timePublished = timeEl?.getAttribute('datetime') ?? undefined;
  // A date printed in an element named for it ("Mar 14, 2027" in Medium's storyPublishDate), read as written.
  const printedDate = textLines(
    document.querySelector(
      '[data-testid="storyPublishDate"], [itemprop="datePublished"], [class*="publish-date"], [class*="published-date"], [class*="post-date"], [class*="post-meta-date"]',
    ),
  )[0];
  // A Reddit thread saved from its web app: the post's element carries its title, poster and time.
  const thread = document.querySelector('shreddit-post');
  const threadOf = (name: string) => str(thread?.getAttribute(name));
  // A Hacker News item saved as a page: the submission's table names its poster and its time ("2026-11-16T09:12:44 …").
  const hnItem = document.querySelector('table.fatitem');
  const hnPoster = str(hnItem?.querySelector('.hnuser')?.textContent?.trim());
  const hnTime = hnItem?.querySelector('.age[title]')?.getAttribute('title')?.split(' ')[0];
  page.article = {
    title:
      str(art?.headline) ?? str(art?.name) ?? threadOf('post-title') ?? meta(document, 'og:title', 'twitter:title'),
    author:
      names(asArray(art?.author).map(nameOf)) ??
      threadOf('author') ??
      names(
        Array.from(document.querySelectorAll('meta[property="article:author"], meta[name="article:author"]')).map((m) =>
          str(m.getAttribute('content')?.trim()),
        ),
      ) ??
      hnPoster ??
      meta(document, 'author', 'article:author', 'parsely-author') ??
      (mfAuthor && mfAuthor.length <= 80 ? mfAuthor : undefined) ??
      (byline && byline.length <= 60 && /^\p{Lu}/u.test(byline) && byline.split(/\s+/).length <= 5
        ? byline
        : undefined),
    published:
      dateOf(art?.datePublished) ??
      dateOf(threadOf('created-timestamp')) ??
      dateOf(hnTime) ??
      dateOf(meta(document, 'article:published_time', 'datePublished', 'date', 'pubdate')) ??
      dateOf(mfPublished) ??
      dateOf(timePublished) ??
      (printedDate && printedDate.length <= 40 ? parseLooseDate(printedDate) : undefined) ??
      // A public body's guidance page states when it was issued or last revised, in Dublin Core.
      dateOf(
        meta(
          document,
          'DC.date.issued',
          'dcterms.issued',
          'DC.date',
          'dcterms.date',
          'DC.date.modified',
          'dcterms.modified',
        ),
      ),
    source:
      nameOf(art?.publisher) ??
      (thread ? 'Reddit' : hnItem ? 'Hacker News' : meta(document, 'og:site_name', 'application-name')),
    url: str(art?.url),
  };
  if (page.article.author && /^https?:/.test(page.article.author)) page.article.author = undefined;
  page.title = meta(document, 'og:title') ?? str(document.querySelector('title')?.textContent);
  const canonical =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, 'og:url') ?? mfUrl;
  page.url =
    address ??
    page.hints.savedFrom ??
    (canonical && /^https?:\/\//.test(canonical) ? canonical : undefined) ??
    page.posting.url ??
    page.article.url;
  page.article.author ??= profileAuthor(document, page.url) ?? codeOwner(page.url);
  const content = mainContent(document);
  page.markdown = htmlToMarkdown(content);
  page.text =
    parseHTML(`<div>${content}</div>`)
      .document.querySelector('div')
      ?.textContent?.replace(/[ \t]+/g, ' ') ?? '';
  page.facts = factsBeside(document, page.text.replace(/\s+/g, ' '));
  // JSON-LD descriptions hold the posting when the visible page is a shell (boards that render with JavaScript).
  const description = str(job?.description) === undefined ? undefined : String(job!.description);
  if (page.markdown.trim().length < 200 && description) {
    page.markdown = htmlToMarkdown(decodeEntities(description));
    evidence.push('description from JSON-LD');
  } else if (page.text.trim().length < 200) {
    // A page that renders with JavaScript and has no JSON-LD: the summary in its head is all it says.
    const summary = meta(document, 'og:description', 'description', 'twitter:description');
    if (summary && !page.text.includes(summary)) {
      page.markdown = `${page.markdown.trim()}\n\n${summary}`.trim();
      page.text = `${page.text.trim()}\n${summary}`.trim();
      evidence.push("the page's own summary (meta description)");
    }
  }
  return page;
}
