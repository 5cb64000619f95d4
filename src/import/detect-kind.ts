import type { NoteKind } from './types.ts';
import { findBoilerplateStart } from './article-extract.ts';
import { DATE_IN_TEXT } from './loose-date.ts';
import { extractSalary } from './salary.ts';
import { sectionsIn } from './sections.ts';
import { jobPostingsInText } from './html-page.ts';
import { ROLE_NOUN } from './posting-extract.ts';
import { fieldOfLabel } from './vocabulary.ts';

/** Property names that only an application has, and that only an article has. */
const APPLICATION_KEYS =
  /^(?:position|role|job title|stage|status|applied|application date|date applied|cv|cv title|resume|company|salary|job id|recruiter)$/;
const ARTICLE_KEYS = /^(?:author|authors|speaker|publisher|published|publication|read|source url)$/;

/** A short line near the top that says who wrote it, in any of the importer's languages. */
const BYLINE =
  /^\s*(?:by|von|par|por|przez|av|af|autor(?:ka)?|author|written by|posted by|bởi|tác giả)\s*:?\s+[\p{Lu}@]/imu;
const READING_TIME =
  /\b(?:\d+\s*(?:-\s*)?min(?:ute)?s?\s+read|reading time|lesezeit|min de lecture|minutos de leitura|min de lectura|czas czytania|min lesetid)\b/i;
const APPLY =
  /(?<![\p{L}\p{N}])(?:apply now|how to apply|apply via|send (?:us )?your cv|send your (?:cv|resume|application)|candidature entro|invia il tuo cv|candidati|solliciteer|ansök|skicka din ansökan|søg stillingen|откликнуться|応募|apply (?:by|before|here|online|today|via)|submit your (?:application|cv|resume)|closing date|application deadline|aplikuj|wyślij cv|jetzt bewerben|bewirb dich|bewerben sie sich|postuler|postulez|candidate-se|candidatar-se|inscreva-se|postúlate|postula|aplica ahora|søk (?:nå|på stillingen|her)|søknadsfrist|ứng tuyển|nộp hồ sơ|hạn nộp)(?![\p{L}\p{N}])/iu;
const HIRING =
  /(?<![\p{L}\p{N}])(?:(?:is|are) (?:looking for|hiring|seeking|recruiting)|we(?:'re|’re| are) (?:hiring|looking for)|\[hiring\]|now hiring|who (?:are|is) looking for|zoekt|söker|cerca|ищем|ищет|募集|szukamy|poszukujemy|wir suchen|nous recherchons|recrute|buscamos|estamos buscando|procuramos|estamos contratando|vi søker|tuyển dụng|chúng tôi tuyển)(?![\p{L}\p{N}])/iu;
const FIELD_LINE =
  /^\s*(?:\*\*)?(?:job id|req(?:uisition)? id|reference(?: number)?|employment type|contract type|job type|rodzaj umowy|forma zatrudnienia|vertragsart|anstellungsart|type de contrat|tipo de contrato|regime de contratação|ansettelsesform|stillingstype|loại hình|hình thức làm việc)(?:\*\*)?\s*:/imu;
const DATE_LINE =
  /^\s*(?:(?:published|posted|updated|veröffentlicht|publié|publicado|opublikowano|publisert)\b.*|\S.{0,40}\b(?:\d{4})\b.{0,20})$/i;
const ARTICLE_WORDS =
  /\b(?:edited version|keynote|this talk|podcast|blog post|newsletter|(?:published|posted) (?:on|by)|i (?:argue|found|learned|think|believe)|we (?:argue|found|showed|presented)|interview (?:tips|questions)|how to (?:prepare|answer|negotiate|ace))\b/i;
const POSTING_WORDS = /\b(?:equal opportunity|equal employment|we offer|what we offer)\b/i;

/**
 * Whether a source is a job application (a posting, a tracker entry) or an
 * article, and why. Properties decide first (a Notion row with a Stage is an
 * application); otherwise the text's structure is weighed, not single words
 * ("salary" and "candidates" are in every interview-prep article): posting
 * section labels in any of the importer's languages (responsibilities,
 * requirements, benefits), apply wording, labelled posting fields, a pay
 * range; against a byline, a date line, a reading time. Trailing boilerplate
 * (job listings a site appends to an article) is left out.
 */
export function explainKind(
  text: string,
  propertyKeys: string[] = [],
  opts: { frontMatter?: boolean } = {},
): { kind: NoteKind; reason: string } {
  const keys = propertyKeys.map(foldKey);
  const appKey = keys.find((k) => APPLICATION_KEYS.test(k));
  if (appKey) return { kind: 'application', reason: `its property "${propertyKeys[keys.indexOf(appKey)]}"` };
  const artKey = keys.find((k) => ARTICLE_KEYS.test(k));
  if (artKey && !opts.frontMatter)
    return { kind: 'article', reason: `its property "${propertyKeys[keys.indexOf(artKey)]}"` };
  // Structured data in the text: a schema.org JobPosting block (in a code block, a script tag or bare JSON).
  if (jobPostingsInText(text).length) return { kind: 'application', reason: 'a JSON-LD JobPosting in the text' };
  // A one-line hiring post: "Acme | Backend Engineer | Salzburg | ONSITE | Full time | €42k+".
  const firstLine = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const parts = firstLine
    .split('|')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length >= 3 && parts.some((p) => ROLE_NOUN.test(p)) && firstLine.length <= 400)
    return { kind: 'application', reason: 'a one-line hiring post (company | role | …)' };
  // A recruiter's e-mail whose subject names a role with a place or a pay ("Lead Data Engineer – Manchester – £95k").
  const subject = /^subject:\s*(.+)$/im.exec(text.split('\n').slice(0, 12).join('\n'))?.[1];
  if (subject && ROLE_NOUN.test(subject) && /\s[–—|-]\s/.test(subject) && /^from:/im.test(text.slice(0, 500)))
    return { kind: 'application', reason: `an e-mail about a role ("${subject.slice(0, 60)}")` };
  // A pasted posting the user labelled ("Company: X", "Position: Y") is an application.
  const label =
    /^(?:\*\*)?(company|position|job title|employer|stanowisko|firma|unternehmen|empresa|entreprise|poste|cargo)(?:\*\*)?\s*[:–-]\s*\S/im.exec(
      text.split('\n').slice(0, 10).join('\n'),
    );
  if (label) return { kind: 'application', reason: `a "${label[1]}:" line at the top` };
  const lines = text.split('\n');
  const main = lines.slice(0, findBoilerplateStart(lines));
  const mainText = main.join('\n');
  const head = main
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 12);
  const posting: string[] = [];
  const article: string[] = [];
  let p = 0;
  let a = 0;
  const kinds = [
    ...new Set(
      sectionsIn(mainText)
        .filter((s) => ['responsibilities', 'requirements', 'preferred', 'benefits'].includes(s.kind))
        .map((s) => s.label),
    ),
  ];
  if (kinds.length) {
    posting.push(`posting sections (${kinds.slice(0, 3).join(', ')})`);
    p += Math.min(3, kinds.length) * 2;
  }
  if (APPLY.test(mainText)) {
    posting.push('apply wording');
    p += 1;
  }
  if (HIRING.test(mainText)) {
    posting.push('hiring wording');
    p += 1;
  }
  const labels = postingLabels(main);
  if (labels.length >= 2) {
    posting.push(`labelled posting fields (${labels.slice(0, 3).join(', ')})`);
    p += 2;
  } else if (FIELD_LINE.test(mainText)) {
    posting.push('labelled posting fields');
    p += 1;
  }
  if (POSTING_WORDS.test(mainText)) {
    posting.push('benefits or equal-opportunity wording');
    p += 1;
  }
  const salary = extractSalary(mainText);
  if (salary && (salary.min ?? 0) > 0) {
    posting.push('a pay range');
    p += 1;
  }
  const byline = head.find((l) => l.length < 120 && BYLINE.test(l));
  if (byline) {
    article.push(`a byline ("${byline.slice(0, 40)}")`);
    a += 2;
  }
  if (head.some((l) => l.length < 80 && DATE_IN_TEXT.test(l) && DATE_LINE.test(l))) {
    article.push('a date line');
    a += 1;
  }
  if (READING_TIME.test(head.join('\n'))) {
    article.push('a reading time');
    a += 2;
  }
  if (ARTICLE_WORDS.test(mainText)) {
    article.push('article wording');
    a += 1;
  }
  if (opts.frontMatter) {
    article.push('blog front matter');
    a += 1;
  }
  if (artKey) {
    article.push(`its property "${propertyKeys[keys.indexOf(artKey)]}"`);
    a += 2;
  }
  // An article that was cut short of its boilerplate is still an article.
  if (main.length < lines.length) {
    article.push("the site's related content at the end");
    a += 1;
  }
  // Blog front matter alone does not make a posting an article: the posting's shape wins.
  const application = p >= a + 2 || (p > 0 && a === 0) || (opts.frontMatter && p >= 3 && p >= a);
  const why = (list: string[]) => list.join(', ') || 'nothing';
  return application
    ? { kind: 'application', reason: `${why(posting)}${article.length ? `; outweighs ${why(article)}` : ''}` }
    : {
        kind: 'article',
        reason:
          p === 0 && a === 0
            ? 'no posting structure (sections, apply wording, pay)'
            : `${why(article)}${posting.length ? `; outweighs ${why(posting)}` : ''}`,
      };
}

/** Labels of posting fields at the start of lines ("Sede:", "Зарплата:", "勤務地："), by the one field vocabulary. */
function postingLabels(lines: string[]): string[] {
  const out = new Set<string>();
  for (const line of lines.slice(0, 200)) {
    const m = /^\s*(?:[-*•]\s*)?(?:\*\*)?([^:：*\n]{2,30}?)(?:\*\*)?\s*[:：]/u.exec(line);
    const field = m ? fieldOfLabel(m[1]!) : undefined;
    if (
      field &&
      ['company', 'position', 'location', 'salary', 'employment', 'deadline', 'jobId', 'workplace'].includes(field)
    )
      out.add(m![1]!.trim());
  }
  return [...out];
}

/** The kind alone; see explainKind. */
export function detectKind(text: string, propertyKeys: string[] = []): NoteKind {
  return explainKind(text, propertyKeys).kind;
}

/** A property name compared without emoji, case or punctuation: "📅 Application Date" → "application date". */
export function foldKey(key: string): string {
  return key
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
