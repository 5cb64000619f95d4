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
  | 'host'; // the web address's host

export interface Candidate {
  field: string;
  value: unknown;
  origin: Origin;
  /** How sure this one reading is, 0–1. */
  weight: number;
  /** What was read, for the report ("title: Senior Legal Counsel - Tidewell"). */
  evidence: string;
}

/** How much evidence a field needs, and how far ahead of any other value it must be. */
const ACCEPT = 0.6;
const MARGIN = 0.25;

export interface Resolved {
  /** Fields decided, with their value. */
  values: Record<string, unknown>;
  /** For each field written: the evidence that decided it. */
  evidence: Record<string, string>;
  /** Fields left empty for the user, with the candidates seen. */
  review: { field: string; candidates: { value: unknown; evidence: string }[] }[];
}

/** Legal forms a company's name may carry or leave out: "Halvorsen Pharma AG" and "Halvorsen Pharma" are one. */
const LEGAL_FORM =
  /\s+(?:gmbh|ggmbh|ag|se|ltd|limited|inc|llc|plc|corp|co|s a|sa|s r l|srl|s l|sl|sas|sarl|sp z o o|spa|s p a|bv|b v|nv|ab|as|asa|aps|oy|oyj|kg|ltda|pvt ltd|pty ltd|ooo|ооо|株式会社)$/;

/**
 * A key that agreeing values share: text folded, objects as JSON. A place is
 * keyed by its first part ("Milano (zona Lambrate)" and "Milano, MI, IT" are
 * one place), a company without its legal form.
 */
function keyOf(field: string, value: unknown): string {
  if (typeof value !== 'string') return JSON.stringify(value, Object.keys((value ?? {}) as object).sort());
  if (field === 'location') return foldLabel(value.replace(/\([^)]*\)/g, ' ').split(/[,/;|–—]/)[0]!);
  // Spaces aside too: the address's "kesslermobility" is "Kessler Mobility".
  if (field === 'company')
    return foldLabel(value)
      .replace(/^ооо\s+|^株式会社/, '')
      .replace(LEGAL_FORM, '')
      .replace(/\s+/g, '');
  return foldLabel(value);
}

/** Whether two folded texts agree: the same, or one the other with a qualifier ("stockholm" / "stockholm hq"). */
function agree(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 3 || b.length < 3) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.startsWith(`${short} `) || long.endsWith(` ${short}`);
}

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

export function resolve(candidates: Candidate[]): Resolved {
  const out: Resolved = { values: {}, evidence: {}, review: [] };
  const fields = [...new Set(candidates.map((c) => c.field))];
  for (const field of fields) {
    const groups: Group[] = [];
    for (const c of candidates.filter((x) => x.field === field)) {
      const key = keyOf(field, c.value);
      if (key === '' || key === '{}') continue;
      const group = groups.find((g) => (typeof c.value === 'string' ? agree(g.key, key) : g.key === key));
      if (group) {
        group.members.push(c);
        if (c.weight > group.best.weight) group.best = c;
      } else groups.push({ key, best: c, members: [c], score: 0 });
    }
    if (groups.length === 0) continue;
    for (const g of groups) g.score = combined(g.members);
    groups.sort((a, b) => b.score - a.score);
    const [top, second] = groups;
    const clear = !second || top!.score - second.score >= MARGIN || second.score < ACCEPT / 2;
    if (top!.score >= ACCEPT && clear) {
      out.values[field] = top!.best.value;
      out.evidence[field] = top!.members.map((m) => m.evidence).join('; ');
    } else {
      out.review.push({
        field,
        candidates: groups.slice(0, 3).map((g) => ({ value: g.best.value, evidence: g.best.evidence })),
      });
    }
  }
  return out;
}
