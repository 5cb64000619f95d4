import { extractSalary, type Salary } from './salary.ts';

/** What a job posting states, as far as the text says it. */
export interface PostingFields {
  company?: string;
  position?: string;
  jobId?: string;
  location?: string;
  workplace?: 'onsite' | 'hybrid' | 'remote';
  employment?: { type: 'full-time' | 'part-time' | 'contract' | 'internship'; term?: string };
  salary?: Salary;
  languages: string[];
  url?: string;
}

// Words that end most job titles; a line or phrase with one of them reads as a position.
const ROLE_NOUN =
  /\b(?:engineer|scientist|linguist|analyst|manager|developer|designer|associate|specialist|expert|intern|consultant|lead|director|writer|editor|researcher|annotator|coordinator|administrator|architect|officer|assistant|representative|technician|translator|reviewer|tester|programmer|strategist|producer|head|advisor|trainer|teacher|tutor|evaluator|rater)s?\b/i;

// A capitalized run of words: a name or a title. Stops at the first lower-case word, and after
// twelve words: no name is longer, and an unbounded run over a page of Title Case text made
// each match attempt read to the end of the page (quadratic) and took the page for a name.
const CAP_WORD = String.raw`(?:[A-Z0-9][\p{L}\p{N}&/+.'’-]*|&)`;
const CAP_RUN = String.raw`${CAP_WORD}(?:\s+(?:${CAP_WORD}|of|and|for|in|de|the)){0,11}`;
const LEGAL = String.raw`(?:,?\s+(?:Inc\.?|LLC|Ltd\.?|GmbH|S\.A\.|SA|AG|plc|B\.V\.|Sp\. z o\.o\.|Corp\.?|Co\.))?`;

/** Trims words a capitalized run picks up at its end ("… Expert II to" stops before "to", but "of"/"and" may trail). */
function tidy(name: string): string {
  return name
    .replace(/\s+(?:of|and|for|in|de|the|&)$/i, '')
    .replace(/[\s,;:–—-]+$/, '')
    .trim();
}

/** "Company: X", "Company - X", "**Company**" followed by "- X": the label's value. */
function labelled(lines: string[], labels: RegExp): string | undefined {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim().replace(/\*\*/g, '');
    const inline = new RegExp(String.raw`^(?:${labels.source})\s*(?::|-|–|—)\s*(.+)$`, 'i').exec(line);
    if (inline) return inline[1]!.trim();
    if (new RegExp(String.raw`^(?:${labels.source}):?$`, 'i').test(line)) {
      const next = lines.slice(i + 1).find((l) => l.trim() !== '');
      if (next) return next.trim().replace(/^[-*+]\s+/, '').trim();
    }
  }
  return undefined;
}

export function extractCompany(text: string): string | undefined {
  const lines = text.split('\n');
  const explicit = labelled(lines, /company|employer|company name|organi[sz]ation/);
  if (explicit) return explicit;
  const looking = new RegExp(String.raw`(?:^|[.!?]\s+)(${CAP_RUN}${LEGAL})\s+(?:is|are)\s+(?:looking for|hiring|seeking|searching for|recruiting)\b`, 'mu').exec(text);
  if (looking && !/^(?:We|Our|The team|This team)$/i.test(looking[1]!)) return tidy(looking[1]!);
  const join = new RegExp(String.raw`\b(?:Join|Why Join|About|Working at|Life at)\s+(?!the\b|us\b|our\b|a\b|an\b)(${CAP_RUN}${LEGAL})`, 'u').exec(text);
  if (join) return tidy(join[1]!.replace(/\s*\(.*$/, ''));
  const legal = new RegExp(String.raw`\b(${CAP_RUN}(?:,?\s+(?:Inc\.|LLC|Ltd\.|GmbH|plc|AG|Corp\.)))`, 'u').exec(text);
  if (legal) return legal[1]!.trim();
  return undefined;
}

/** A headline such as "Remote Senior Data Linguist – Bilingual (…) – Team name": the first part that names a role. */
function positionFromHeadline(line: string): string | undefined {
  const clean = line.trim().replace(/^#+\s*/, '').replace(/\*\*/g, '');
  if (!clean || clean.length > 200 || /[.!?:]$/.test(clean) || !ROLE_NOUN.test(clean)) return undefined;
  const part = clean.split(/\s+[–—|-]\s+/).find((p) => ROLE_NOUN.test(p)) ?? clean;
  return tidy(part.replace(/^(?:Remote|Hybrid|On-?site|Fully remote)\s+/i, '').replace(/\s*\((?:remote|hybrid|on-?site)\)\s*$/i, ''));
}

// "… is looking for a Data Linguist": the phrase after a company's name, and the title it introduces.
const HIRING = new RegExp(String.raw`\s+(?:is|are)\s+(?:looking for|hiring|seeking|searching for|recruiting)\s+(?:an?\s+|our next\s+)?(${CAP_RUN})`, 'u');

/**
 * The title in "<company> is looking for a <title>". The company is compared
 * as text before each phrase, never compiled into a regex: a name is input,
 * and a megabyte-long one would not compile ("Invalid regular expression").
 */
function hiringAfter(text: string, company: string): string | undefined {
  for (const m of text.matchAll(new RegExp(HIRING.source, 'gu'))) {
    const start = m.index - company.length;
    if (start < 0 || text.slice(start, m.index) !== company) continue;
    // The name must start a word, as \b required before.
    if (start > 0 && /[\p{L}\p{N}_]/u.test(text[start - 1]!) && /[\p{L}\p{N}_]/u.test(company[0] ?? '')) continue;
    return m[1];
  }
  return undefined;
}

export function extractPosition(text: string, company?: string): string | undefined {
  const lines = text.split('\n');
  const explicit = labelled(lines, /position|job title|role|title/);
  if (explicit) return explicit;
  const prose = company ? hiringAfter(text, company) : new RegExp(String.raw`\b${CAP_RUN}${HIRING.source}`, 'u').exec(text)?.[1];
  if (prose && ROLE_NOUN.test(prose)) return tidy(prose);
  const first = lines.find((l) => l.trim() !== '');
  const headline = first ? positionFromHeadline(first) : undefined;
  if (headline) return headline;
  const we = new RegExp(String.raw`\b(?:We|we)\s+(?:are|’re|'re)\s+(?:looking for|hiring|seeking|searching for)\s+(?:an?\s+|our next\s+)?(${CAP_RUN})`, 'u').exec(text);
  if (we && ROLE_NOUN.test(we[1]!)) return tidy(we[1]!);
  const as = new RegExp(String.raw`\bAs (?:an?|our)\s+(${CAP_RUN}),?\s+you\b`, 'u').exec(text);
  if (as && ROLE_NOUN.test(as[1]!)) return tidy(as[1]!);
  return undefined;
}

export function extractJobId(text: string): string | undefined {
  const m = /\b(?:Job|Req(?:uisition)?|Posting|Vacancy|Reference|Ref)\.?\s*(?:ID|No\.?|Number|#|Code)\s*[:#-]?\s*((?=[A-Z_./-]*\d)[A-Z0-9][A-Z0-9_./-]{2,})/i.exec(text);
  return m?.[1]?.replace(/[./]$/, '');
}

export function extractLocation(text: string): string | undefined {
  const lines = text.split('\n');
  const explicit = labelled(lines, /location|job location|office location|based in/);
  if (explicit) return explicit;
  // Careers sites put "US, WA, Seattle" or "GB, London" on a line of its own near the top.
  const top = lines.slice(0, 6).find((l) => /^[A-Z]{2}(?:, [A-Z]{2,3})?, [A-Z][\p{L} .'-]+$/u.test(l.trim()));
  return top?.trim();
}

export function extractWorkplace(text: string): PostingFields['workplace'] {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  const first = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const scores = {
    remote: count(/\b(?:remote|work from home|work-from-home|wfh)\b/gi),
    hybrid: count(/\bhybrid\b/gi),
    onsite: count(/\b(?:on-?site|in-office|in office \d|office-based)\b/gi),
  };
  for (const kind of ['remote', 'hybrid', 'onsite'] as const) {
    if (new RegExp(kind === 'onsite' ? String.raw`\bon-?site\b` : String.raw`\b${kind}\b`, 'i').test(first)) return kind;
  }
  const best = (Object.entries(scores) as [keyof typeof scores, number][]).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : undefined;
}

const NUMBER_WORDS: Record<string, string> = { one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', nine: '9', twelve: '12', eighteen: '18', 'twenty-four': '24' };

export function extractEmployment(text: string): PostingFields['employment'] {
  const contract = /\b(?:fixed[-\s]term|contractual|contract (?:role|position|basis|job)|temporary (?:role|position|contract)|contractor)\b/i.exec(text);
  if (contract) {
    const near = text.slice(contract.index, contract.index + 200);
    const term = /\b(?:for|of)\s+(\d+|one|two|three|four|five|six|nine|twelve|eighteen|twenty-four)\s+(months?|years?|weeks?)\b/i.exec(near) ?? /\b(\d+|six|twelve)[-\s](months?|years?)\b/i.exec(near);
    const n = term ? (NUMBER_WORDS[term[1]!.toLowerCase()] ?? term[1]!) : undefined;
    return term ? { type: 'contract', term: `${n} ${term[2]!.toLowerCase()}` } : { type: 'contract' };
  }
  if (/\binternship\b|\bintern\b/i.test(text)) return { type: 'internship' };
  if (/\bpart[-\s‑]?time\b/i.test(text)) return { type: 'part-time' };
  if (/\bfull[-\s‑]?time\b/i.test(text)) return { type: 'full-time' };
  return undefined;
}

const LANGUAGES = [
  'English', 'Spanish', 'French', 'German', 'Italian', 'Portuguese', 'Dutch', 'Polish', 'Czech', 'Slovak', 'Hungarian', 'Romanian',
  'Bulgarian', 'Greek', 'Turkish', 'Russian', 'Ukrainian', 'Swedish', 'Norwegian', 'Danish', 'Finnish', 'Icelandic', 'Estonian',
  'Latvian', 'Lithuanian', 'Croatian', 'Serbian', 'Slovenian', 'Arabic', 'Hebrew', 'Persian', 'Farsi', 'Hindi', 'Bengali', 'Urdu',
  'Tamil', 'Telugu', 'Marathi', 'Punjabi', 'Gujarati', 'Chinese', 'Mandarin', 'Cantonese', 'Japanese', 'Korean', 'Vietnamese', 'Thai',
  'Indonesian', 'Malay', 'Tagalog', 'Filipino', 'Swahili', 'Catalan', 'Basque', 'Galician', 'Welsh', 'Irish',
];
// A line about language skills: fluency, proficiency, a CEFR level, "native", "bilingual".
const LANGUAGE_CONTEXT = /\b(?:fluen\w*|proficien\w*|native|bilingual|multilingual|speak\w*|spoken|written|language|languages|[ABC][12]\+?)\b/i;

export function extractLanguages(text: string): string[] {
  const found = new Map<string, number>();
  let offset = 0;
  for (const line of text.split('\n')) {
    if (LANGUAGE_CONTEXT.test(line)) {
      for (const language of LANGUAGES) {
        const at = new RegExp(String.raw`\b${language}\b`).exec(line);
        if (at && !found.has(language)) found.set(language, offset + at.index);
      }
    }
    offset += line.length + 1;
  }
  return [...found].sort((a, b) => a[1] - b[1]).map(([language]) => language);
}

export function extractUrl(text: string): string | undefined {
  return /https?:\/\/[^\s)>\]]+/.exec(labelled(text.split('\n'), /url|link|job link|posting|apply at|apply here/) ?? '')?.[0];
}

/** Everything a posting states. */
export function extractPosting(text: string): PostingFields {
  const company = extractCompany(text);
  const salary = extractSalary(text);
  return {
    company,
    position: extractPosition(text, company),
    jobId: extractJobId(text),
    location: extractLocation(text),
    workplace: extractWorkplace(text),
    employment: extractEmployment(text),
    ...(salary ? { salary } : {}),
    languages: extractLanguages(text),
    url: extractUrl(text),
  };
}
