import { LEGAL_FORMS } from '../lib/legal-forms.ts';
import { foldLabel } from './sections.ts';

/**
 * Candidates with evidence, and the one resolver that decides each field.
 *
 * Every reader of a source (structured data, the page's title and headings,
 * front matter, labelled lines, the first lines, running text, the web
 * address) proposes values, each with where it was read and how reliable
 * that kind of evidence is. The resolver groups the proposals of a field by
 * value (agreeing spellings: "Stockholm" and "Stockholm (HQ)" are one), adds
 * up the evidence of each group as independent signals, and writes the best
 * value only when it is strong enough and no other value comes close. A field
 * whose sources disagree, or whose only evidence is weak, stays empty and is
 * listed under `review:` with its candidates, for the user to decide.
 */

/** Where a value was read. */
export type Origin =
  | 'structured' // schema.org JSON-LD or microdata
  | 'property' // a property the user typed (Notion, front matter)
  | 'label' // a labelled line or a labelled element of the page ("Location: Berlin", class="location")
  | 'meta' // OpenGraph and meta tags, the saved page's address
  | 'title' // the page's <title> or og:title, split
  | 'heading' // the first heading
  | 'top' // the first lines: a headline, a line of places, a pipe-separated hiring line
  | 'prose' // running text ("Acme is looking for…", "based in Lyon")
  | 'host' // the web address's host
  | 'file'; // the source's file name: it may confirm a value read elsewhere, never propose one

export interface Candidate {
  field: string;
  value: unknown;
  origin: Origin;
  /** How sure this one reading is, 0–1. */
  weight: number;
  /** What was read, for the report ("title: Senior Legal Counsel - Tidewell"). */
  evidence: string;
  /**
   * The text this reading was taken from (a line, a heading, an element's text). Two readers of the same
   * line ("the first line" and "the first heading") are one piece of evidence, not two. Defaults to `evidence`.
   */
  read?: string;
  /**
   * A reader that re-reads what others read (the older whole-text readers): it is listed for review and adds
   * to a value's weight, but never counts as the second, independent source of a job title or an employer.
   */
  echo?: boolean;
  /**
   * A name the document sets apart and that reads as one on its own: a job title as its headline (a role noun
   * of the lexicon, or a short line over a block of labelled fields, the shape of a pasted posting), or an
   * employer's registered name (with its legal form) on a line of its own near the top. It names its field
   * alone when nothing else disagrees.
   */
  titled?: boolean;
  /**
   * An employer a recruiting agency names as its client ("partnering with Brackenford Borough Council"): on an
   * agency's posting, where every other name read from the text may be the agency's, it still counts, and it
   * names the employer alone when nothing else disagrees (the agency's words are the one place that says it).
   */
  client?: boolean;
}

/** How much evidence a field needs, and how far ahead of any other value it must be. */
const ACCEPT = 0.6;
const MARGIN = 0.25;

export interface Resolved {
  /** Fields decided, with their value. */
  values: Record<string, unknown>;
  /** For each field written: the evidence that decided it. */
  evidence: Record<string, string>;
  /** Job titles and employers written on places that agree, none of them strong: the report says "guessed". */
  agreed: string[];
  /** Fields left empty for the user, with the candidates seen. */
  review: { field: string; candidates: { value: unknown; evidence: string }[] }[];
}

/** The legal forms as keys fold them ("sp z o o", "s a"), longest first; forms written before a name. */
const FOLDED_FORMS = [...new Set(LEGAL_FORMS.map((f) => foldLabel(f)).filter(Boolean))].sort(
  (a, b) => b.length - a.length,
);
const FOLDED_PREFIXES = ['ооо ', 'ooo ', '株式会社', '주식회사'];

/** A folded name without its legal form: "halvorsen pharma ag" and "halvorsen pharma" are one company. */
function foldedWithoutLegalForm(folded: string): string {
  let out = folded;
  for (const p of FOLDED_PREFIXES) if (out.startsWith(p)) out = out.slice(p.length).trimStart();
  const form = FOLDED_FORMS.find((f) => out.endsWith(` ${f}`));
  return form ? out.slice(0, -form.length - 1) : out;
}

/**
 * A key that agreeing values share: text folded, objects as JSON. A place is
 * keyed by its first part ("Milano (zona Lambrate)" and "Milano, MI, IT" are
 * one place), a company without its legal form.
 */
function keyOf(field: string, value: unknown): string {
  // "Contract" and "contract, 6 months" are one kind of employment: the readings agree on the kind.
  if (field === 'employment' && typeof (value as { type?: unknown } | null)?.type === 'string')
    return (value as { type: string }).type;
  if (typeof value !== 'string') return JSON.stringify(value, Object.keys((value ?? {}) as object).sort());
  if (field === 'location') return foldLabel(value.replace(/\([^)]*\)/g, ' ').split(/[,/;|–—]/)[0]!);
  // Spaces aside too: the address's "kesslermobility" is "Kessler Mobility".
  if (field === 'company')
    // A company without its legal form: "Halvorsen Pharma AG" and "Halvorsen Pharma" are one.
    return foldedWithoutLegalForm(foldLabel(value)).replace(/\s+/g, '');
  return foldLabel(value);
}

/** Whether two folded texts agree: the same, or one the other with a qualifier ("stockholm" / "stockholm hq"). */
function agree(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 3 || b.length < 3) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.startsWith(`${short} `) || long.endsWith(` ${short}`);
}

/**
 * Fields that name something (the job, the employer): a wrong one is worse than an empty one, so a value is
 * written only on a strong source of its own or on two independent sources that agree (see `supported`).
 */
const NAMED = new Set(['position', 'company']);

/** A reading strong enough to name the job or the employer alone: structured data, a labelled field, a property. */
const strong = (c: Candidate) => ['structured', 'label', 'property'].includes(c.origin) && c.weight >= 0.8;

/**
 * Where a reading was taken from, for counting independent sources. The page title and og:title are one
 * place, as are all sentences of the running text and the address; each line or heading at the top, each
 * e-mail header or signature, is a place of its own, however many readers read it.
 */
function placeOf(c: Candidate): string {
  if (['top', 'heading', 'meta'].includes(c.origin)) return `line:${foldLabel(c.read ?? c.evidence)}`;
  return c.origin;
}

/** Origins of readings taken from the document's own text, which the older whole-text readers re-read. */
const TEXT_ORIGINS: Origin[] = ['label', 'top', 'heading', 'prose'];

/**
 * Whether a group of agreeing readings may name the job or the employer: one strong source, or two places. A
 * reading that echoes the text stands for "the text" as one place: it adds nothing next to another reading of
 * the text, and is the second place next to readings from elsewhere (an address, the page's title, the file name).
 */
function supported(members: Candidate[]): boolean {
  if (members.some(strong) || members.some((m) => m.titled || m.client)) return true;
  const own = members.filter((m) => !m.echo);
  // Readings of one text by readers of different kinds ("X is looking for…" as a line of its own and as a
  // sentence) are one place: a reading counts only when its text is another's, or a sentence inside another's
  // (a title's words inside a longer title are a second place: "Senior Legal Counsel" in the <h1> and the <title>).
  const texts: { text: string; title: boolean }[] = [];
  const places = new Set<string>();
  const sameText = (a: { text: string; title: boolean }, b: { text: string; title: boolean }) => {
    const [short, long] = a.text.length < b.text.length ? [a.text, b.text] : [b.text, a.text];
    if (short === long) return true;
    // The page's title is never a sentence of the text, whatever it holds.
    return !a.title && !b.title && short.split(' ').length >= 6 && long.includes(short);
  };
  for (const m of own) {
    const read = { text: m.read ? foldLabel(m.read) : '', title: m.origin === 'title' };
    if (read.text && texts.some((t) => sameText(t, read))) continue;
    if (read.text) texts.push(read);
    places.add(placeOf(m));
  }
  if (members.some((m) => m.echo) && !own.some((m) => TEXT_ORIGINS.includes(m.origin))) places.add('text');
  return places.size >= 2;
}

type Pay = { min?: number; max?: number; currency?: string; period?: string };
/** Whether an employment reading states its term. */
const terms = (v: unknown) => ((v as { term?: string }).term !== undefined ? 1 : 0);
/** How many bounds a pay reading states. */
const bounds = (v: unknown) => ((v as Pay).min !== undefined ? 1 : 0) + ((v as Pay).max !== undefined ? 1 : 0);
/**
 * Whether two pay readings state the same pay: the same currency and period, and every bound one states is the
 * other's too ("up to £105k" in a subject line and "£90,000 - £105,000" in the body).
 */
function samePay(a: unknown, b: unknown): boolean {
  const [x, y] = [a as Pay, b as Pay];
  if (x.currency !== y.currency || x.period !== y.period) return false;
  // A bound alone joins a range, never a single figure: "€38k+" (from) is not "€38k".
  const fits = (p: Pay, q: Pay) =>
    (p.min === undefined || p.min === q.min) &&
    (p.max === undefined || p.max === q.max) &&
    bounds(p) > 0 &&
    (bounds(p) === bounds(q) || (q.min !== undefined && q.max !== undefined && q.min < q.max));
  return fits(x, y) || fits(y, x);
}

/** Words of a folded name, as a run: "senior test engineer" holds "test engineer" ("engineering" does not). */
const holds = (long: string, short: string) => short.length >= 3 && ` ${long} `.includes(` ${short} `);

/**
 * Whether two readings of a job title or an employer name the same thing, once the employer's name and the
 * separators are off: the same words, or one run of words inside the other ("Senior Test Engineer" in
 * "Senior Test Engineer - Autonomous Driving"; "Halvorsen Pharma" in "Halvorsen Pharma Group").
 */
function agreeNamed(field: string, a: string, b: string): boolean {
  if (a === b) return a !== '';
  if (field === 'company') {
    // "copperkettle" (an address's domain) starts "Copper Kettle Coffee Roasters": a domain shortens the name.
    const [x, y] = [a.replace(/\s+/g, ''), b.replace(/\s+/g, '')];
    const [short, long] = x.length < y.length ? [x, y] : [y, x];
    if (short === long || (short.length >= 6 && long.startsWith(short) && !a.includes(' ') !== !b.includes(' ')))
      return true;
  }
  return holds(a, b) || holds(b, a);
}

/**
 * A job title's key: folded, without the employer's name at either end ("Senior Legal Counsel - Tidewell" with
 * Tidewell offered as the company is "senior legal counsel"). Compared as text, never compiled (names are input).
 */
function positionKey(value: string, companies: string[]): string {
  let key = foldLabel(value);
  for (const name of companies) {
    if (name.length < 3 || key === name) continue;
    if (key.endsWith(` ${name}`))
      key = key
        .slice(0, -name.length)
        .trim()
        .replace(/\s(?:at|bei|chez|hos|en|em)$/, '');
    else if (key.startsWith(`${name} `)) key = key.slice(name.length);
    key = key.trim();
  }
  return key;
}

/** A company's key for agreement: folded, without its legal form, spaces kept ("kessler mobility"). */
const companyKey = (value: string) => foldedWithoutLegalForm(foldLabel(value)).trim();

interface Group {
  key: string;
  best: Candidate;
  members: Candidate[];
  score: number;
}

/**
 * Independent signals: each one removes part of the doubt the others left. A
 * second reading of the same kind (two sentences of prose) adds half its
 * weight: it is less independent than a reading of another kind.
 */
const combined = (members: Candidate[]) => {
  const sorted = [...members].sort((a, b) => b.weight - a.weight);
  const seen = new Set<Origin>();
  let doubt = 1;
  for (const m of sorted) {
    doubt *= 1 - (seen.has(m.origin) ? m.weight / 2 : m.weight);
    seen.add(m.origin);
  }
  return 1 - doubt;
};

/** Words a name's initials pass over ("of", "per le", "für"). */
const SMALL_WORD =
  /^(?:of|the|and|for|de|del|della|di|du|la|le|les|per|da|do|dos|das|der|die|und|für|van|von|en|et|y|i|e|og|och|og)$/;

/**
 * Whether a folded company name is the one an address names: its words run together from the start or to the
 * end (five letters or more), or the initials of its first words (three or more). `host` is an address's key.
 */
function namesAddress(name: string, host: string): boolean {
  const bare = host.replace(/\s+/g, '');
  if (bare.length < 3 || !/^[a-z0-9]+$/.test(bare)) return false;
  // "Fjärrvik" at fjarrvik.teamtailor.com, "Müller" at mueller.example: an address spells letters without marks.
  const spellings = [
    name,
    name.normalize('NFD').replace(/\p{M}/gu, ''),
    name.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss'),
  ].map((n) => n.replace(/\s+/g, ''));
  if (bare.length >= 5 && spellings.some((t) => t.startsWith(bare) || t.endsWith(bare))) return true;
  const initials = name
    .split(' ')
    .filter((w) => w && !SMALL_WORD.test(w))
    .map((w) => w[0])
    .join('');
  return initials.length >= bare.length && initials.startsWith(bare) && name.split(' ').length >= 3;
}

/** The readings of one field, grouped by the value they agree on. */
function groupsOf(field: string, candidates: Candidate[], companies: string[]): Group[] {
  const named = NAMED.has(field);
  const key = (c: Candidate) =>
    !named || typeof c.value !== 'string'
      ? keyOf(field, c.value)
      : field === 'company'
        ? companyKey(c.value)
        : positionKey(c.value, companies);
  const groups: Group[] = [];
  // An address names an employer as its words run together, or by its initials ("fondazionealpina" for
  // "Fondazione Alpina per le Scienze della Vita", "hdu" for "Hollandse Delta University"): it joins the groups
  // it agrees with that way, read after the others, and starts a group of its own only when it joins none.
  const fromAddress = (x: Candidate) => field === 'company' && x.origin === 'host' && typeof x.value === 'string';
  for (const c of candidates.filter((x) => x.origin !== 'file' && !fromAddress(x))) {
    const k = key(c);
    if (k === '' || k === '{}') continue;
    const group = groups.find((g) =>
      field === 'salary'
        ? samePay(g.best.value, c.value)
        : typeof c.value !== 'string'
          ? g.key === k
          : named
            ? agreeNamed(field, g.key, k)
            : agree(g.key, k),
    );
    if (group) {
      group.members.push(c);
      // The headline's own words are the job's full title ("Staff Nurse for the day ward", not a sentence's "nurse").
      const better = c.titled === group.best.titled ? c.weight > group.best.weight : Boolean(c.titled);
      // Of two readings of the same pay, the one with both bounds says more ("£90,000 - £105,000" over "up to £105k").
      // Of two readings of one kind of employment, the one with its term says more.
      const detail = (v: unknown) => (field === 'salary' ? bounds(v) : field === 'employment' ? terms(v) : 0);
      if (detail(c.value) > detail(group.best.value) || (better && detail(c.value) === detail(group.best.value)))
        group.best = c;
    } else groups.push({ key: k, best: c, members: [c], score: 0 });
  }
  for (const c of candidates.filter(fromAddress)) {
    const k = key(c);
    if (k === '') continue;
    const joined = groups.filter((g) => g.key.replace(/\s+/g, '') === k.replace(/\s+/g, '') || namesAddress(g.key, k));
    for (const g of joined) g.members.push(c);
    if (joined.length === 0) groups.push({ key: k, best: c, members: [c], score: 0 });
  }
  for (const c of candidates.filter((x) => x.origin === 'file' && typeof x.value === 'string')) {
    const words = foldLabel(String(c.value));
    // A file named after its first line ("Vaga - Analista de Dados (cópia).txt") repeats that line, with a word
    // or two changed: no second place for it.
    const fileWords = new Set(words.split(' '));
    const copies = (m: Candidate) => {
      const read = foldLabel(m.read ?? '')
        .split(' ')
        .filter(Boolean);
      const common = read.filter((w) => fileWords.has(w)).length;
      return read.length > 0 && common >= 0.6 * Math.max(read.length, fileWords.size);
    };
    // An employer's name in a file name is often its first words run together ("fjordline-…" for "Fjordline
    // Media AS", "cedarfinch" for "Cedar & Finch Dental Partners").
    const lead = (key: string) =>
      field === 'company'
        ? [1, 2, 3].map((n) => key.split(' ').slice(0, n).join('')).filter((w) => w.length >= 5 && fileWords.has(w))
        : [];
    for (const g of groups)
      if (
        (holds(words, g.key) || holds(words, g.key.replace(/\s+/g, '')) || lead(g.key).length > 0) &&
        g.members.some((m) => !copies(m))
      )
        g.members.push(c);
  }
  return groups;
}

/**
 * The job's full title in a group that agrees on it: the page's <h1> and its <title> both saying "Founding Backend
 * Engineer" win over a labelled "Role: Backend Engineer", a board's category for the job.
 */
function fullTitle(g: Group, companies: string[]): Candidate {
  const keyOf = (c: Candidate) => (typeof c.value === 'string' ? positionKey(c.value, companies) : '');
  const best = keyOf(g.best);
  const heading = g.members.find(
    (m) =>
      m.origin === 'heading' &&
      keyOf(m) !== best &&
      holds(keyOf(m), best) &&
      g.members.some((t) => t.origin === 'title' && keyOf(t) === keyOf(m)),
  );
  return heading ?? g.best;
}

export function resolve(candidates: Candidate[]): Resolved {
  const out: Resolved = { values: {}, evidence: {}, agreed: [], review: [] };
  const fields = [...new Set(candidates.map((c) => c.field))];
  const companies = [
    ...new Set(
      candidates
        .filter((c) => c.field === 'company' && c.origin !== 'file' && typeof c.value === 'string')
        .flatMap((c) => [foldLabel(String(c.value)), companyKey(String(c.value))]),
    ),
  ];
  const employers = new Set(
    candidates
      .filter((c) => c.field === 'company' && strong(c) && typeof c.value === 'string')
      .flatMap((c) => [foldLabel(String(c.value)), companyKey(String(c.value))]),
  );
  const jobTitles = candidates
    .filter((c) => c.field === 'position' && strong(c) && typeof c.value === 'string')
    .map((c) => foldLabel(String(c.value)));
  for (const field of fields) {
    // A "position" that is only the employer's name, as a strong source gives it ("Maison Cérèse Maison Cérèse",
    // a logo's text and the name, on the first line), is no job.
    // Likewise an "employer" that is words of the job's title as a strong source gives it: "Offshore Wind" of
    // "Electrical Commissioning Engineer – Offshore Wind" (JSON-LD), split off the page's title.
    const named = (x: Candidate) => {
      if (typeof x.value !== 'string' || strong(x)) return true;
      if (field === 'position') return !employers.has(positionKey(x.value, companies));
      if (field === 'company') {
        const key = foldLabel(x.value);
        return employers.has(companyKey(x.value)) || !jobTitles.some((t) => holds(t, key));
      }
      return true;
    };
    const groups = groupsOf(
      field,
      candidates.filter((x) => x.field === field && named(x)),
      companies,
    );
    if (groups.length === 0) continue;
    if (field === 'position') for (const g of groups) g.best = fullTitle(g, companies);
    for (const g of groups) g.score = combined(g.members);
    groups.sort((a, b) => b.score - a.score);
    const [top, second] = groups;
    const clear = !second || top!.score - second.score >= MARGIN || second.score < ACCEPT / 2;
    if (top!.score >= ACCEPT && clear && (!NAMED.has(field) || supported(top!.members))) {
      out.values[field] = top!.best.value;
      out.evidence[field] = top!.members.map((m) => m.evidence).join('; ');
      if (NAMED.has(field) && !top!.members.some(strong)) out.agreed.push(field);
    } else {
      out.review.push({
        field,
        candidates: groups.slice(0, 3).map((g) => ({ value: g.best.value, evidence: g.best.evidence })),
      });
    }
  }
  return out;
}
