import type { NoteKind } from './types.ts';
import { findBoilerplateStart, SUBSCRIBERS } from './article-extract.ts';
import {
  caselessPattern,
  conceptPattern,
  findAll,
  findFirst,
  issueNumberPattern,
  says,
  type Concept,
} from './lexicon.ts';
import { languageOf } from './text-dates.ts';
import { DATE_IN_TEXT, dateInText } from './loose-date.ts';
import { extractSalary } from './salary.ts';
import { sectionsIn } from './sections.ts';
import { CONNECTION_DEGREE, isJobAddress } from './source-cues.ts';
import { jobPostingsInText } from './html-page.ts';
import { ROLE_NOUN } from './posting-extract.ts';
import { fieldOfLabel } from './vocabulary.ts';
import { isMailFieldLine, mailField, mailHeader } from './mail-header.ts';

/** Property names that only an application has, and that only an article has. */
const APPLICATION_KEYS =
  /^(?:position|role|job title|stage|status|applied|application date|date applied|cv|cv title|resume|company|salary|job id|recruiter)$/;
const ARTICLE_KEYS = /^(?:author|authors|speaker|publisher|published|publication|read|source url)$/;

/** A short line near the top that says who wrote it, in any of the importer's languages. */
const BYLINE = new RegExp(
  String.raw`^\s*(?:${caselessPattern(['by', 'von', 'par', 'por', 'przez', 'av', 'af', 'door', 'di', 'autor', 'autorka', 'autora', 'author', 'written by', 'posted by', 'speaker', 'presenter', 'bởi', 'tác giả', 'автор'])})\s*:?\s+[\p{Lu}@]`,
  'mu',
);
const FIELD_LINE =
  /^\s*(?:\*\*)?(?:job id|req(?:uisition)? id|reference(?: number)?|employment type|contract type|job type|rodzaj umowy|forma zatrudnienia|vertragsart|anstellungsart|type de contrat|tipo de contrato|regime de contratação|ansettelsesform|stillingstype|loại hình|hình thức làm việc)(?:\*\*)?\s*:/imu;
const DATE_LINE =
  /^\s*(?:(?:published|posted|updated|veröffentlicht|publié|publicado|opublikowano|publisert|gepubliceerd|pubblicato|publicerad)\b.*|\S.{0,40}\b(?:\d{4})\b.{0,20})$/i;
/** A line that says when it was published or updated, in the importer's languages. */
const PUBLISHED_LINE =
  /^\s*(?:published|posted|updated|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato|opublikowano|zaktualizowano|publisert|oppdatert|gepubliceerd|bijgewerkt|publicerad|uppdaterad|udgivet|opdateret)\b/iu;
const ARTICLE_WORDS =
  /\b(?:edited version|keynote|this talk|podcast|blog post|this post|newsletter|(?:published|posted) (?:on|by)|i (?:argue|found|learned|think|believe)|we (?:argue|found|showed|presented)|interview (?:tips|questions)|how to (?:prepare|answer|negotiate|ace))\b/i;
/**
 * A newsletter issue, also as a saved e-mail: "Issue #112", "View this email in your browser", "Read it online",
 * "Ausgabe 47", "Im Browser ansehen", "Voir en ligne", "Bekijk in je browser".
 * Job-alert e-mails say "View job" or "See all jobs" instead.
 */
const NEWSLETTER = new RegExp(
  String.raw`(?<![\p{L}])(?:${issueNumberPattern()}|${conceptPattern('webView').source}|forwarded this (?:e-?mail|newsletter))(?![\p{L}])`,
  'iu',
);
/** A quotation followed by who said it, as news reports write: `"…," says one baker`, `"…", sagt Müller`. */
const REPORTED =
  /[”"»],?\s+(?:says|said|explains|explained|adds|added|told|sagt|sagte|erklärt|dit|explique|affirme|dice|dijo|afirma|diz|disse|zegt|säger|sier|siger|mówi|powiedział|говорит)\s+\p{L}/u;
const POSTING_WORDS = /\b(?:equal opportunit(?:y|ies)|equal employment|we offer|what we offer)\b/i;
/** A credit naming what was written and its writer: "Summary by Ingrid Solberg", "Words by …". */
const CREDIT_LINE = new RegExp(
  String.raw`^\s*(?:${caselessPattern(['summary', 'words', 'text', 'report', 'story', 'analysis', 'essay', 'article', 'post', 'photos', 'interview'])})\s+(?:${caselessPattern(['by'])})\s+\p{Lu}\p{Ll}+\s+\p{Lu}`,
  'u',
);
/** A Q&A site's words for its answers: "Best answer", "3 answers", "回答（4件）", "ベストアンサー", "Beste Antwort". */
const QA_THREAD =
  /(?<![\p{L}])(?:best answer|accepted answer|\d+\s+(?:answers|antworten|réponses|respuestas|respostas|risposte|antwoorden)|beste antwort|meilleure réponse|mejor respuesta|melhor resposta|migliore risposta)(?![\p{L}])|ベストアンサー|回答\s*[（(]\s*\d+\s*件|質問者[:：]|답변\s*\d+|채택된 답변|最佳答案/iu;

/** A social post's counters beside its replies: reposts, likes, views, in the importer's languages. */
const SOCIAL_COUNTERS =
  /\d\s*(?:reposts?|retweets?|likes?|me gusta|j'aime|j’aime|gefällt mir|curtidas|mi piace|vind ik leuk|gilla|lubię to|views|visualizaciones|aufrufe|vues|visualizações|visualizzazioni|weergaven|visningar|wyświetle\p{L}*)(?![\p{L}])/iu;

/** A letter's opening to one person by name: "Hi Jonas,", "Dear Ms Okafor,", "Hallo Frau Weber,", "Bonjour Léa,". */
const PERSONAL_GREETING = new RegExp(
  String.raw`^(?:${[
    'hi',
    'hey',
    'hello',
    'dear',
    'hallo',
    'liebe[rs]?',
    'sehr geehrte[rs]?',
    'bonjour',
    'cher',
    'chère',
    'hola',
    'estimad[oa]',
    'olá',
    'oi',
    'ciao',
    'gentile',
    'beste',
    'hoi',
    'moin',
    'servus',
    'salut',
    'ahoj',
    'merhaba',
    'halo',
    'hallå',
    'hej',
    'hei',
    'cześć',
    'dzień dobry',
  ]
    // Any case for the greeting; the name after it must be capitalised, so the pattern has no "i" flag.
    .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
    .join('|')})\s+(?:(?:Mr|Mrs|Ms|Dr|Herr|Frau|M|Mme|Sr|Sra|Pan|Pani)\.?\s+)?\p{Lu}[\p{Ll}'’-]+[,!]?$`,
  'u',
);

/** The writer speaking of themself: an essay, not a posting ("I", "ich", "je", "eu", "jag", "я", "私"). */
const FIRST_PERSON =
  /(?<![\p{L}\p{N}'’])(?:I|I'm|I’m|I've|I’ve|my|me|ich|mein|meine|mir|mich|je|j'|j’|moi|mon|ma|mes|yo|mí|eu|meu|minha|io|ik|mijn|jag|mig|mitt|jeg|meg|minä|ja|mnie|mój|moja|já|mě|я|мне|мой|tôi)(?![\p{L}\p{N}])/gu;
/**
 * Encyclopedias and writing platforms: what is saved from them is read, not applied to (a hiring post there is
 * rare, and its posting sections and apply wording still outweigh this).
 */
const WRITING_HOST =
  /^https?:\/\/(?:[\w-]+\.)*(?:wikipedia\.org|wikimedia\.org|wikibooks\.org|medium\.com|substack\.com|dev\.to|hashnode\.dev|hashnode\.com|ghost\.io|blogspot\.com|wordpress\.com|tumblr\.com|note\.com|zenn\.dev|qiita\.com|velog\.io|habr\.com)(?:[/:?#]|$)/i;

/** A path of a site's writing: "/blog/…", "/engineering/values", "/news/…", "/insights/…". */
const WRITING_PATH =
  /^https?:\/\/[^/]+\/(?:[\w-]+\/)?(?:blog|blogs|engineering|articles?|news|insights|stories|posts?|magazine|journal|guides?|podcasts?|episodes?)(?:\/|$)/i;

/** What a saved page says about itself, beside its text. */
export interface PageSigns {
  /** A schema.org block of something read: an Article or BlogPosting, a talk (Event), a podcast episode, a thread. */
  articleData?: boolean;
  /** `og:type` "article" (many careers pages leave their theme's default). */
  ogArticle?: boolean;
  /** The page's `<title>`. */
  title?: string;
  /** The page's site name (og:site_name): its words in the title say nothing about the page ("The Hiring Desk"). */
  siteName?: string;
  /** The address it was saved or fetched from. */
  url?: string;
  /** The page states its publication time (`article:published_time`). */
  newsTime?: boolean;
  /** The page prints a reading time ("7 min read") outside the text Readability keeps. */
  readingTime?: boolean;
  /** The page names its writer in its markup (a byline element, `meta name="author"`, an h-card). */
  writer?: boolean;
}

interface Signs {
  posting: [string, number][];
  article: [string, number][];
}

/**
 * Whether a source is a job application (a posting, a recruiter's message, a tracker entry) or an article,
 * and why. Properties and structured data decide first (a Notion row with a Stage, a JobPosting block, a
 * one-line "Acme | Role | City" post). Otherwise the evidence of both kinds is weighed, in every language of
 * the lexicon: posting sections (responsibilities, requirements, benefits), hiring and apply wording, labelled
 * fields, pay, kinds of employment, a job board's address, a headline naming a role; against a byline, a
 * reading time, a date line, the writer speaking of themself, long prose without any posting structure. A
 * posting wins over blog front matter, an e-mail header or a social post's brevity; an article is the
 * answer only where there is evidence of one. Trailing boilerplate (job listings a site appends to an
 * article) is left out.
 */
export function explainKind(
  text: string,
  propertyKeys: string[] = [],
  opts: { frontMatter?: boolean; page?: PageSigns } = {},
): { kind: NoteKind; reason: string } {
  const keys = propertyKeys.map(foldKey);
  const appKey = keys.find((k) => APPLICATION_KEYS.test(k));
  if (appKey) return { kind: 'application', reason: `its property "${propertyKeys[keys.indexOf(appKey)]}"` };
  const artKey = keys.find((k) => ARTICLE_KEYS.test(k));
  if (artKey && !opts.frontMatter && text.trim() === '')
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
  // A pasted posting the user labelled ("Company: X", "Position: Y") is an application.
  const label =
    /^(?:\*\*)?(company|position|job title|employer|stanowisko|firma|unternehmen|empresa|entreprise|poste|cargo)(?:\*\*)?\s*[:–-]\s*\S/im.exec(
      text.split('\n').slice(0, 10).join('\n'),
    );
  if (label) return { kind: 'application', reason: `a "${label[1]}:" line at the top` };
  const signs = weigh(text, keys, propertyKeys, opts);
  const p = signs.posting.reduce((sum, [, w]) => sum + w, 0);
  const a = signs.article.reduce((sum, [, w]) => sum + w, 0);
  const why = (list: [string, number][]) => list.map(([s]) => s).join(', ') || 'nothing';
  // An article needs evidence of its own; with none, a source imported into a job tracker is a posting.
  const application = a === 0 ? p > 0 || text.trim().length < 3000 : p >= a + 1;
  return application
    ? {
        kind: 'application',
        reason: `${why(signs.posting)}${signs.article.length ? `; outweighs ${why(signs.article)}` : ''}`,
      }
    : {
        kind: 'article',
        reason:
          p === 0 && a === 0
            ? 'no posting structure (sections, apply wording, pay)'
            : `${why(signs.article)}${signs.posting.length ? `; outweighs ${why(signs.posting)}` : ''}`,
      };
}

/** The evidence for each kind, with its weight. */
function weigh(
  text: string,
  keys: string[],
  propertyKeys: string[],
  opts: { frontMatter?: boolean; page?: PageSigns },
): Signs {
  const signs: Signs = { posting: [], article: [] };
  const posting = (what: string, w: number) => signs.posting.push([what, w]);
  const article = (what: string, w: number) => signs.article.push([what, w]);
  const lines = text.split('\n');
  const main = lines.slice(0, findBoilerplateStart(lines));
  const mainText = main.join('\n');
  const language = languageOf(mainText);
  const nonEmpty = main.map((l) => l.trim()).filter(Boolean);
  const head = nonEmpty.slice(0, 12);
  const headText = nonEmpty.slice(0, 20).join('\n');
  const page = opts.page ?? {};

  const kinds = [
    ...new Set(
      sectionsIn(mainText)
        .filter((s) => ['responsibilities', 'requirements', 'preferred', 'benefits'].includes(s.kind))
        .map((s) => s.label),
    ),
  ];
  if (kinds.length) posting(`posting sections (${kinds.slice(0, 3).join(', ')})`, Math.min(3, kinds.length) * 2);
  const hiring = findFirst('hiring', mainText, language);
  if (hiring) posting(`hiring wording ("${hiring.phrase}")`, hiring.index < headText.length ? 2 : 1);
  const apply = findFirst('apply', mainText, language);
  if (apply) posting(`apply wording ("${apply.phrase}")`, 1.5);
  const labels = postingLabels(main);
  if (labels.length >= 2) posting(`labelled posting fields (${labels.slice(0, 3).join(', ')})`, 2);
  else if (labels.length === 1 || FIELD_LINE.test(mainText)) posting('a labelled posting field', 1);
  if (POSTING_WORDS.test(mainText)) posting('benefits or equal-opportunity wording', 1);
  const salary = extractSalary(mainText);
  if (salary && ((salary.min ?? 0) > 0 || (salary.max ?? 0) > 0)) posting('a pay range', 1.5);
  const employment = ['fullTime', 'partTime', 'contract', 'internship', 'permanent'].find((c) =>
    says(c as Concept, headText, language),
  );
  if (employment) posting('a kind of employment near the top', 1);
  const address = page.url ?? /https?:\/\/\S+/.exec(headText)?.[0];
  if (address && isJobAddress(address)) posting("a job board's address", 2);
  else if (address && WRITING_HOST.test(address)) article("an encyclopedia's or a writing platform's address", 2);
  else if (address && WRITING_PATH.test(address)) article("an address among the site's writing", 1.5);
  // The title without the site's own name: a publication called "The Hiring Desk" is hiring no one.
  const site = page.siteName?.trim();
  const title = page.title && site ? page.title.split(site).join(' ') : page.title;
  // "Acme hiring Senior Engineer in Berlin" (a board's title) names a role after the verb; "hiring" before a
  // lower-case noun is a kind of thing ("every hiring manager", "skimmed by hiring managers"), not an opening.
  if (
    title &&
    (says('hiring', title, language) ||
      /\S\s+hiring\s+(?:for\s+)?\p{Lu}/u.test(title) ||
      /^job application for\b/i.test(title))
  )
    posting(`the page title "${page.title!.slice(0, 60)}"`, 3);
  // A byline's role ("Summary by Ingrid Solberg, Senior Analyst") names the writer's job, not one on offer.
  const credit = (l: string) => /(?<![\p{L}])(?:by|von|par|por|door|av|af)\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(l);
  // A social network's author block ("Priya Raghunathan · 2nd" over "Senior Product Manager at …"): the line
  // under the name is the writer's own job, not one on offer.
  const author = (i: number) => i > 0 && CONNECTION_DEGREE.test(head[i - 1]!);
  if (
    head
      .slice(0, 4)
      // Not a numbered heading ("## 1. Teachers' time is the product"): a list's item, not the page's headline.
      .some(
        (l, i) =>
          l.length <= 120 &&
          ROLE_NOUN.test(l) &&
          !/[.!?]$/.test(l) &&
          !/^(?:#{1,6}\s+)?\d{1,2}\\?[.)]\s/.test(l) &&
          !credit(l) &&
          !author(i),
      )
  )
    posting('a headline naming a role', 1);
  // A message about a role: an e-mail, or a direct message with a subject line ("Onderwerp: Data Engineer bij
  // …" under a LinkedIn InMail), that names one and says what it pays or how to go on. Its sender writes in the
  // first person to the reader, which is no sign of an article.
  const mail = mailHeader(nonEmpty.slice(0, 16));
  const subject = mail ? (mail.subject ?? '') : head.map(mailField).find((f) => f?.field === 'subject')?.value;
  const roleInSubject = subject !== undefined && ROLE_NOUN.test(subject);
  // A letter to one person by name ("Hi Jonas,", "Hallo Frau Weber,"), as a recruiter writes: a newsletter greets
  // its readers ("Hi friends,"), an article no one.
  const personal = head.some((l) => PERSONAL_GREETING.test(l));
  const aboutRole = (subject !== undefined || personal) && ROLE_NOUN.test(headText) && (salary || hiring || apply);
  // A newsletter or an e-mail that lists jobs at several employers ("1) Senior Android Engineer — Pebblewise") is a
  // digest read for its picks: each job is a posting of its own, the issue is none, and it is about no one role.
  const issue = NEWSLETTER.exec(headText);
  const employers = issue || mail ? listedEmployers(main) : 0;
  const digest = employers >= 3;
  if ((roleInSubject || aboutRole) && !digest) posting('a message about a role', 3);
  // A short post (a toot, a tweet, a one-paragraph ad) that names a role and says it is open; not one whose
  // role is the writer's new job.
  const newJob = findFirst('newJob', mainText, language);
  if (latinLength(mainText) < 1500 && ROLE_NOUN.test(mainText) && (hiring || apply || salary) && !newJob && !digest)
    posting('a short post about a role', 2);

  // "By Mara Olsen", also after a word that says what was written ("Summary by …", "Words by …").
  // "*By Claire Dumont · 4 February 2026*": emphasis around a byline is no part of it.
  const byline = head.find((l) => l.length < 120 && (BYLINE.test(l.replace(/^[*_]+/, '')) || CREDIT_LINE.test(l)));
  if (byline) article(`a byline ("${byline.slice(0, 40)}")`, 2);
  // A date line, also as one of a line's parts ("Nordhavn Insights · Research report · Published 14 May 2025").
  // In any language where the line says so ("Publicado el 19 de noviembre de 2026") or opens with the day
  // ("2026年11月12日 ・ 採用 / 組織", "12. November 2026 · Karriere").
  const dateLine = (l: string) =>
    l.length < 80 &&
    !isMailFieldLine(l) &&
    (DATE_IN_TEXT.test(l)
      ? DATE_LINE.test(l)
      : (PUBLISHED_LINE.test(l) && dateInText(l) !== undefined) ||
        (/^\s*\d{1,4}[\s./年-]/.test(l) && dateInText(l.slice(0, 30)) !== undefined));
  if (
    head.some(
      (l) =>
        l.length < 200 && (dateLine(l) || l.split(/\s+[·|]\s+/).some((part) => dateLine(part.replace(/\*\*/g, '')))),
    )
  )
    article('a date line', 1);
  if (says('readingTime', head.join('\n'), language) || page.readingTime) article('a reading time', 2);
  // Each more way the page says it is an episode (where to listen, its notes, "in this episode") says it again.
  const episode = [...new Set(findAll('episode', mainText, language).map((f) => f.phrase.toLowerCase()))];
  if (episode.length)
    article(`a podcast episode ("${episode.slice(0, 3).join('", "')}")`, Math.min(4, 1 + episode.length));
  // A careers page names no writer; a blog post or a news story does, in its markup if not in its text.
  if (page.writer && !byline) article("the page's byline", 1.5);
  if (ARTICLE_WORDS.test(mainText)) article('article wording', 1);
  // A question-and-answer thread: the asker and the answers, counted or marked best ("回答（4件）", "ベストアンサー").
  // A thread quotes jobs, pay and "apply" as its people talk of them: the thread decides.
  // Not a social post's counters ("42 respuestas · 311 reposts · 276 Me gusta"): its replies are no answers.
  const thread = main.map((l) => (SOCIAL_COUNTERS.test(l) ? undefined : QA_THREAD.exec(l))).find(Boolean);
  if (thread) article(`a question-and-answer thread ("${thread[0]}")`, 5);
  if (issue) article(`a newsletter issue ("${issue[0]}")`, 2);
  if (digest) article(`a list of jobs at ${employers} employers`, 4);
  // A publication's audience ("Boletín quincenal · 9.871 suscriptores"): a newsletter or a channel, not an employer.
  const audience = head.find((l) => l.split(/\s+[·|•]\s+/).some((part) => SUBSCRIBERS.test(part.trim())));
  if (audience) article(`a subscriber count ("${audience.slice(0, 40)}")`, 2);
  // Reported speech: a journalist quoting people ("Nobody wants to start at three," says one baker).
  if (REPORTED.test(mainText)) article('reported speech', 1);
  if (opts.frontMatter) article('blog front matter', 1);
  const artKey = keys.find((k) => ARTICLE_KEYS.test(k));
  if (artKey) article(`its property "${propertyKeys[keys.indexOf(artKey)]}"`, 2);
  if (page.articleData) article("the page's Article data", 3);
  else if (page.ogArticle) article("the page's og:type article", 1);
  if (page.newsTime) article("the page's publication time", 1.5);
  // An article that was cut short of its boilerplate is still an article.
  if (main.length < lines.length) article("the site's related content at the end", 1);
  const words = mainText.split(/\s+/).length;
  const firstPerson = (mainText.match(FIRST_PERSON) ?? []).length;
  if ((roleInSubject || aboutRole) && !issue) {
    // A recruiter's message about the role its subject names: its first person is the sender's.
  } else if (words >= 150 && firstPerson / words >= 0.012) article('the writer speaking of themself', 2);
  else if (words >= 150 && firstPerson / words >= 0.006) article('the writer speaking of themself', 1);
  if (newJob) article(`news of the writer's own new job ("${newJob.phrase}")`, 3);
  const paragraphs = mainText.split(/\n\s*\n/).filter((para) => para.replace(/\s+/g, ' ').trim().length >= 250);
  if (paragraphs.length >= 5 && kinds.length === 0) article('long prose without posting sections', 1.5);
  return signs;
}

/**
 * A text's length as if written in a Latin script: a Chinese, Japanese or Korean character says about as much
 * as three Latin letters, so a 1,400-character Japanese blog post is no short post.
 */
function latinLength(text: string): number {
  return (
    text.length +
    2 * (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu) ?? []).length
  );
}

/** A line of a list of jobs: "1) Senior Android Engineer — Pebblewise (health)", "- Data Analyst at Korvo". */
const LISTED_JOB =
  /^\s*(?:\d{1,2}[).]|[-*•▪▸►◆●◦→]|#{1,4})?\s*([^\n—–|@]{3,80}?)\s+(?:[—–|@-]|at)\s+(\p{Lu}[\p{L}\p{N}&'.]*)/u;
/** The gender tag a job's name carries in German, French and Polish ads: "(m/w/d)", "(H/F)", "(k/m)". */
const GENDER_TAG = /\((?:[mwfdhkx]\/){1,2}[mwfdhkx]\)/i;

/** How many employers a text lists jobs at, one a line (see LISTED_JOB). */
function listedEmployers(lines: string[]): number {
  const employers = new Set<string>();
  for (const line of lines.slice(0, 400)) {
    const m = LISTED_JOB.exec(line);
    if (m && (ROLE_NOUN.test(m[1]!) || GENDER_TAG.test(m[1]!))) employers.add(m[2]!.toLowerCase());
  }
  return employers.size;
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
