import { parse as parseHost } from 'tldts';
import { companyCues } from './company-cues.ts';
import { RATING_LINE, withoutFlags, withoutRating } from './decorations.ts';
import type { Candidate, Origin } from './evidence.ts';
import {
  ENDS_WITH_LEGAL_FORM,
  HOLDS_LEGAL_FORM,
  isRegisteredName,
  LEGAL_FORM_SOURCE,
  STARTS_WITH_LEGAL_FORM,
  withoutLegalForm,
} from '../lib/legal-forms.ts';
import { addressTown, isCity, isCountry, isPlace, placeAtStart, placeIn, STREET } from './places.ts';
import { fromPrintedLayout } from './printed-layout.ts';
import {
  AGENCY,
  AGENCY_NAME,
  agencyClient,
  extractCompanyWithEvidence,
  extractEmployment,
  extractJobId,
  extractPosition,
  extractWorkplace,
  ROLE_NOUN,
} from './posting-extract.ts';
import { extractSalary } from './salary.ts';
import { sectionOf, sectionsIn } from './sections.ts';
import { inMenuRun, MENU_ITEM } from './site-chrome.ts';
import {
  boardNamed,
  boardOfAddress,
  boardOfHost,
  CONNECTION_DEGREE,
  isCareersAt,
  isCareersWord,
  isMasthead,
  isSiteName,
  systemOfHost,
} from './source-cues.ts';
import { dayIn, documentDate, languageOf, monthFirst } from './text-dates.ts';
import { contactRoleOf, fieldOfLabel, type LabelField } from './vocabulary.ts';
import { isMailFieldLine, mailField, mailHeader, subjectLine } from './mail-header.ts';
import { findAll, says } from './lexicon.ts';

/**
 * The readers of a posting's text: each proposes values with the evidence
 * for them (see evidence.ts), none decides. Labelled lines in any language,
 * the first lines (a headline, a line of places, a one-line hiring post),
 * headings, running text, and the web address.
 */

const W: Record<Origin, number> = {
  structured: 0.95,
  property: 0.95,
  label: 0.9,
  meta: 0.75,
  title: 0.55,
  heading: 0.6,
  top: 0.6,
  prose: 0.6,
  host: 0.3,
  file: 0.2,
};

/** `read`: the line or sentence the value was read from (see Candidate.read in evidence.ts). */
type Push = (
  field: string,
  value: unknown,
  origin: Origin,
  evidence: string,
  weight?: number,
  read?: string,
  /** The reading is a name the document sets apart, which names its field alone (see Candidate.titled). */
  titled?: boolean,
) => void;

/** The text of a line without Markdown: links kept as their text, emphasis, heading hashes and list markers off. */
export function plainLine(line: string): string {
  return (
    line
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^\s{0,3}(?:#{1,6}\s+|>\s*)/, '')
      .replace(/^\s*(?:[-*+•●▪◦–]|\d{1,2}[.)])\s+/, '')
      .replace(/\*\*|__|`/g, '')
      .replace(/^[*_](.*)[*_]$/, '$1')
      // A bracket left of a link the line broke ("[Senior Developer"), not a tag ("[Acme] Developer").
      .replace(/^\[(?=[^\]]*$)/, '')
      .replace(/^([^[]*)\]$/, '$1')
      .trim()
  );
}

/** A tag before a title: "[Acme] Frontend Developer", "[채용] 백엔드 개발자", "[Remote] …". */
const TAG = /^\[[^\]]{1,40}\]\s+(?=\S)/u;

/** A company name as written, without "at", a handle's "@", legal brackets or a trailing period. */
function cleanCompany(name: string): string {
  return (
    // A board's rating after the name: "Arvelle Therapeutics ★ 4.2 (31 reviews)", "Acme 3,9 ★".
    withoutRating(name)
      .replace(/^(?:at|@|bei|chez|hos)\s+/i, '')
      .replace(/^@/, '')
      .replace(/[^\p{L}\p{N}.)]+$/u, '')
      .replace(/\s*\([^)]*\)\s*$/, '')
      .replace(/[,;:]+$/, '')
      .trim()
  );
}

/** A job title as written, without a "We're hiring:" lead-in or Markdown. */
export function cleanPosition(title: string): string {
  return (
    plainLine(title)
      .replace(
        /^(?:\[?hiring\]?\s*[:–-]?\s*|we(?:'|’)?re hiring\s*[:!–-]?\s*|we are hiring\s*[:!–-]?\s*|now hiring\s*[:–-]?\s*|job\s*:\s*|vacancy\s*:\s*|stellenausschreibung\s*:?\s*|offre d.emploi\s*:?\s*)/i,
        '',
      )
      // "مطلوب مهندس مدني", "Cercasi cameriere", "Wij zoeken: Orderpicker", "[채용] 백엔드 개발자": "wanted" before the job.
      .replace(
        /^(?:مطلوب|cercasi|si cerca|se busca|se necesita|precisa-se|procura-se|wij zoeken|we zoeken|gezocht|vi söker|vi søker|vi søger|wir suchen|gesucht|szukamy|zatrudnimy|требуется|вакансия|ζητείται|ζητειται|ζητούνται|ζητουνται|aranıyor|\[?채용\]?|【募集】|募集)\s*[:!–-]?\s+/iu,
        '',
      )
      .replace(/\s*[–—-]\s*(?:remote|hybrid|on-?site)\s*$/i, '')
      // "Contract Data Engineer (Databricks) — 6 months": how long a contract runs is no part of the job.
      .replace(
        /\s+[–—-]\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*(?:months?|weeks?|mois|monate|meses|mesi|maanden|månader|måneder)(?:\s+contract)?\s*$/iu,
        '',
      )
      .replace(/^(?:remote|hybrid|on-?site|fully remote)\s+(?=\S+\s)/i, '')
      .replace(
        /\s*\((?=[^)]*\b(?:remote|hybrid|on-?site|based|zdalnie|remoto|hybrydowo|télétravail)\b)[^)]*\)\s*$/i,
        '',
      )
      .replace(/^【[^】]*】\s*/, '')
      // A tag before the job ("[Acme] Frontend Developer", "[Remote] …") and Korean "experienced hire" after it.
      .replace(TAG, '')
      .replace(/\s*(?:(?:경력|신입|경력\/신입|신입\/경력)\s*)?(?:채용|모집)$/u, '')
      .replace(/^(?:an?|un|une|una|uno|ein|eine|um|uma)\s+(?=\p{L})/iu, '')
      .replace(/[.,;:]+$/, '')
      // "Financial Controller opportunity" (a recruiter's subject line): the word for an opening is no part of the job.
      .replace(/\s+(?:opportunity|role|position|vacancy|opening)$/i, (word, at: number, line: string) =>
        isRole(line.slice(0, at)) ? '' : word,
      )
      .trim()
  );
}

/** Words of a hiring headline that name no employer ("URGENT OPENING", "Now hiring"). */
const HEADLINE_WORDS =
  /^(?:urgent(?:ly)?|opening|openings|hiring|now|immediate|joiners?|vacancy|vacancies|job|jobs|careers?|position|opportunity|new|role|apply)$/i;

/** Legal forms and kinds of institution: a value that holds one and no job names an employer, not a position. */
const INSTITUTION =
  /(?<![\p{L}])(?:university|universität|université|universidad|universidade|università|uniwersytet|college|institute|institut|pvt|bank|hospital|ministry|ministerium|ministère|ministerio|ministério|ministero|ville de|city of|commune|communauté|council|county|municipality|gemeinde|stadt|landkreis|united nations|nations unies|naciones unidas|secretariat|ayuntamiento|municipio|prefeitura|comune di|gemeente|kommune|kommun|kunta|kaupunki|gmina|urząd|government|bureau of|office (?:of|for)|department of|agency|authority|foundation|fondazione|fondation|fundación|fundação|stiftung|stichting|fundacja|group|groupe|grupo|gruppo|holding|clinic|klinikum|klinik|ziekenhuis|krankenhaus|hôpital|\p{L}+(?:groep|gruppe))(?![\p{L}])|株式会社|주식회사|شركة/iu;
/** A kind of institution in any language: the list above, and the lexicon's organisation words ("Tromsø kommune"). */
const isInstitution = (v: string) => INSTITUTION.test(v) || says('organisation', v);
const ORGANIZATION = { test: (v: string) => HOLDS_LEGAL_FORM.test(v) || isInstitution(v) };

/**
 * The opening of a letter or a message, never a job: "Hi Marta", "Hallo Frau Weber", "Dear candidates",
 * "Bonjour à tous", "Здравствуйте". Anchored alternation: linear.
 */
const GREETING =
  /^(?:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening)|hallo|hallöchen|liebe[rs]?|sehr geehrte[rs]?|guten (?:tag|morgen)|moin|servus|grüezi|bonjour|bonsoir|salut|cher|chère|chers|hola|buenos días|buenas tardes|estimad[oa]s?|querid[oa]s?|olá|oi|prezad[oa]s?|caro|cara|cari|gentile|gentili|buongiorno|ciao|salve|beste|geachte|hoi|hej|hei|hallå|kære|kjære|moi|terve|hyvä|cześć|dzień dobry|witam|szanown\p{L}*|ahoj|dobrý den|merhaba|sayın|здравствуйте|привет|добрый день|уважаем\p{L}*|xin chào|chào|namaste|namaskar|こんにちは|안녕하세요)(?![\p{L}])/iu;

/** Words of a sentence about the reader or the writer, never of a job title: "…to rebuild our marketing site". */
const PRONOUN =
  /(?<![\p{L}])(?:our|your|my|we|us|you|unser\p{L}*|notre|nos|votre|nuestr[oa]s?|nosso|nossa|nostr[oa]|nasz\p{L}*|vår|vårt|vores|onze)(?![\p{L}])/iu;

/** "for our …", "für unsere …", "till vårt …": a job title's tail about the team, not part of the job. */
const FOR_OUR =
  /\s(?:for|für|zur|zum|till|til|pour|para|per|voor|dla|in|im|at|bei|à|au|en|w|i|to join)\s+(?:our|unser\p{L}*|vårt|vår|vores|notre|nos|nuestr[oa]s?|nosso|nossa|nostr[oa]|nasz\p{L}*|onze|ons)(?![\p{L}])/iu;

/** A page's own buttons and menus, never a job: "Mensajes", "Sign in", "Skip to content". */
const CHROME =
  /^(?:messages?|mensajes|messaggi|mensagens|nachrichten|notifications?|notificaciones|benachrichtigungen|home|inicio|my network|mi red|sign in|sign up|log in|login|iniciar sesión|anmelden|se connecter|menu|menú|search|buscar|suche|rechercher|skip to (?:main )?content|accept(?: all)?(?: cookies)?|cookies?|privacy|share|compartir|teilen|partager|save|guardar|speichern|apply(?: now)?|solicitar|bewerben|postuler|back|volver|zurück|retour|more|más|mehr)$/iu;

/** A clause inside a value ("Build robots that farmers actually want"): a tagline or a sentence, not a job title. */
const RELATIVE = /(?<![\p{L}])(?:that|which|who|whose|que|qui|dont|cui|welche\p{L}*)(?![\p{L}])/iu;

/** A message's or a request's first words: "Need a Webflow expert…", "Thanks for…", "Procuro designer…". */
const REQUEST_START =
  /^(?:need|needs|needed|seeking|searching|looking|got|have|thanks|thank|please|hope|just|check out|procuro|procuramos|busco|cerco|cerchiamo|cherche|cherchons|suche|szukam|szukamy|ищу|ищем|hledám|hledáme|etsimme|zoek)(?![\p{L}])/iu;

/** Decoration around a headline: "~ NOW HIRING ~", "*URGENT HIRING* 🚨", "=== Vacancy ===". */
const undecorated = (value: string) =>
  value.replace(
    /^(?:[~*=_#•·\s]|\p{Extended_Pictographic}|\uFE0F)+|(?:[~*=_•·\s]|\p{Extended_Pictographic}|\uFE0F)+$/gu,
    '',
  );

/** A hiring verb: a line that holds one is a sentence about the job ("La Commune de Lure recrute"), not its title. */
const HIRES =
  /(?<![\p{L}])(?:recrute|recrutent|is hiring|are hiring|sucht|suchen|busca|buscamos|contrata|procura|cerca|zatrudni|ищет|tuyển)(?![\p{L}])/iu;

/**
 * A team, department or function, not a job: "Data Platform", "Engineering", "Customer Success Team",
 * "Abteilung Vertrieb". Checked only on values without a role noun ("Marketing Manager" is a job).
 */
const DEPARTMENT =
  /^(?:(?:the|our|unser\w*|notre|nuestro)\s+)?(?:(?:data|platform|product|engineering|technology|tech|software|research|design|marketing|sales|finance|operations|ops|people|hr|human resources|legal|growth|infrastructure|security|customer|customers|success|support|experience|communications|content|analytics|digital|it|r&d|logistics|supply chain|procurement|administration|corporate|services|solutions|business|development|core|mobile|web|backend|frontend|cloud|ai|ml|machine learning|payments|risk|compliance|strategy|partnerships|brand|editorial|studio|manufacturing|production|quality|vertrieb|entwicklung|forschung|technik|verwaltung|personal|einkauf|produktion|ventes|recherche|développement|ingénierie|ventas|desarrollo|ingeniería|vendas|ingegneria|ricerca)(?:\s+|\s*&\s*|\s+and\s+|$))+(?:team|department|division|group|unit|org|organisation|organization|function|abteilung|bereich|équipe|equipo|equipe|squadra)?$/iu;
/** A team ("Customer Success Team", "Abteilung Vertrieb"), or the shift the job is worked in ("Night Shift", "Nachtschicht"). */
const TEAM_WORD =
  /^(?:abteilung|bereich|fachbereich|department of|division of|team|équipe|equipo|equipe|afdeling|avdelning)\s|\s(?:team|department|division|group|unit|abteilung|bereich|équipe|equipo|equipe|squadra|afdeling|avdelning)$|^(?:(?:night|day|evening|early|late|weekend|swing|rotating|graveyard|morning|afternoon)\s+shifts?|(?:weekend\s+)?(?:nights|days)|weekends|nachtschicht|frühschicht|spätschicht|wechselschicht|schichtdienst|nachtdienst|turno\s+(?:de\s+)?(?:noche|mañana|tarde|noite)|(?:équipe|poste)\s+de\s+nuit|de nuit|nattskift)$/iu;

/** Words of a page that lists jobs or is a newsletter issue, not of one job: "Weekly jobs roundup #41". */
const LISTING =
  /#\s?\d|(?<![\p{L}])(?:newsletter|roundup|round-up|digest|weekly|issue|jobs|roles|openings|vacancies|opportunities|stellenangebote|offres|vagas|empleos|ofertas|vacatures|lediga jobb)(?![\p{L}])/iu;

/** A sentence, not a title: "We are looking for a Hardware Engineer to design…", "Join our team as…". */
const SENTENCE_START =
  /^(?:we|we're|we’re|we are|i|i'm|i’m|you|you'll|you’ll|our|wir|nous|join|come|help|apply|meet|are you|do you|looking for)(?![\p{L}])/iu;

/** Where a breadcrumb starts: "Careers / Operations / Logistics Coordinator", "Home › Jobs › …". */
const NAV_WORD =
  /^(?:home|start|startseite|accueil|inicio|início|hem|forside|strona główna|careers?|jobs?|job search|open (?:positions|roles)|vacancies|karriere|stellen(?:angebote)?|jobbörse|carrières?|emplois?|offres|empleos?|trabaja con nosotros|vagas|carreiras|lavora con noi|vacatures|karriär|lediga jobb|jobb|praca|oferty)$/iu;

/** A breadcrumb's last step, when the value is one: undefined when it is not a breadcrumb. */
function breadcrumbEnd(value: string): string | undefined {
  const parts = value.split(/\s+(?:\/|›|»|>|→|\\)\s+/);
  if (parts.length < 3) return undefined;
  return NAV_WORD.test(parts[0]!.trim()) ? parts[parts.length - 1]!.trim() : '';
}

/**
 * A candidate as a note can hold it, or undefined when it cannot be right, whatever its source: a position cut
 * off mid-phrase ("Projektmanager –"), one that names an organization ("Norrvik University"), an adjective or a
 * gender ending before the job ("experienced Senior Engineer", "*n Data Engineer" of "eine*n"); a company
 * followed by the page's details ("Kanzlei Brenner · Steuerberatung · 11-50 Mitarbeitende") or made of
 * headline words only ("URGENT OPENING").
 */
export function tidyCandidate(c: Candidate): Candidate | undefined {
  if (typeof c.value !== 'string') return c;
  let value = c.value.trim();
  if (c.field === 'position') {
    // "three engineers in Bristol", "2 Backend Developers": a count of jobs names none of them.
    if (/^(?:two|three|four|five|six|several|multiple|many|\d{1,2})\s+\p{L}+s(?![\p{L}])/iu.test(value))
      return undefined;
    value = value
      .replace(/^[*:/_·]\p{Ll}{1,2}\s+/u, '')
      .replace(/^(?:\p{Ll}+\s+){1,2}(?=\p{Lu}\p{L}*\s+\p{Lu})/u, '')
      .trim();
    // "Freelance Copy Editor (remote": a bracket the reader cut opens a note about the job, not part of it.
    const open = value.lastIndexOf('(');
    if (open > 0 && value.indexOf(')', open) < 0) value = value.slice(0, open).trim();
    // "Join us: QA Engineer", "Tuyển dụng: Nhân viên Kế toán": a short lead-in before the job.
    const colon = value.indexOf(': ');
    if (colon > 0 && colon <= 30) {
      const [lead, job] = [value.slice(0, colon), value.slice(colon + 2).trim()];
      if (!ROLE_NOUN.test(lead) && lead.split(/\s+/).length <= 3 && job) value = job;
    }
    // A breadcrumb names the job in its last step, after the site's own sections; any other path is no title.
    const crumb = breadcrumbEnd(value);
    if (crumb !== undefined) value = crumb;
    else if (/\s[›»>→]\s.*\s[›»>→]\s/.test(value)) value = '';
    // A hashtag line ("#hiring #remotejobs") is no title; a first line's decoration ("~ NOW HIRING ~") is no part of one.
    if (/^#\p{L}/u.test(value)) return undefined;
    value = undecorated(value);
    // "Produktionsledare till vårt bageri", "Pflegefachkraft (m/w/d) für unsere Intensivstation": the job ends
    // where "for our …" starts; any other "our" or "you" makes the value a sentence (PRONOUN, below).
    const forOur = FOR_OUR.exec(value);
    if (forOur && forOur.index > 0) value = value.slice(0, forOur.index).trim();
    if (
      !value ||
      GREETING.test(value) ||
      GENERIC_HEAD.test(value) ||
      CHROME.test(value) ||
      (RELATIVE.test(value) && !ROLE_NOUN.test(value)) ||
      PRONOUN.test(value) ||
      REQUEST_START.test(value) ||
      // Two columns of a PDF's text on one line ("Vltavská energetika a.s.      Strana 1 z 2"), a page number.
      /\S\s{4,}\S/.test(value) ||
      /(?<![\p{L}])(?:page|seite|strana|strona|página|pagina|sida|side|sivu)\s+\d+\s+(?:of|von|z|de|di|av|af|\/)\s+\d+/iu.test(
        value,
      ) ||
      /[–—\-/(,&:]$/.test(value) ||
      value.split(/\s+/).length > 14 ||
      (!ROLE_NOUN.test(value) && (DEPARTMENT.test(value) || TEAM_WORD.test(value) || LISTING.test(value))) ||
      SENTENCE_START.test(value) ||
      // "Katharina Berger · Senior Consultant": a profile's or a page's details, not one job title.
      /\s[·•]\s/.test(value) ||
      HIRES.test(value) ||
      (ORGANIZATION.test(value) && !ROLE_NOUN.test(value))
    )
      return undefined;
  }
  if (c.field === 'company') {
    // "2026 Baltic Drydock Services": a copyright line's year is not part of the name.
    value = value
      .split(/\s+[·•]\s+/)[0]!
      .replace(/^(?:©\s*)?(?:19|20)\d\d\s+(?=\p{Lu})/u, '')
      .trim();
    if (
      !value ||
      !/\p{L}/u.test(value) ||
      value.split(/\s+/).every((w) => HEADLINE_WORDS.test(w)) ||
      GREETING.test(value) ||
      CHROME.test(value)
    )
      return undefined;
    // A tagline or a sentence is no name: "Bread that remembers where it came from".
    const lowerWords = value
      .split(/\s+/)
      .filter(
        (w) =>
          /^\p{Ll}{3,}$/u.test(w) &&
          !/^(?:and|und|for|les|des|del|der|die|das|van|von|the|dos|das|della|för|och|og)$/.test(w),
      );
    if (
      value.split(/\s+/).length > 8 ||
      lowerWords.length >= 3 ||
      SENTENCE_START.test(value) ||
      /[!?]$/.test(value) ||
      (/\.$/.test(value) && /(?:^|\s)\p{Ll}{4,}/u.test(value))
    )
      return undefined;
    // "ООО «Волжские Облачные Решения": the reader stopped at the closing mark.
    if (value.split('«').length > value.split('»').length) value = `${value}»`;
  }
  return value === c.value ? c : { ...c, value };
}

/**
 * A job title written for every gender: "Lohnverrechner:in", "Entwickler*in", "Disponent (m/w/d)". Only a short
 * phrase is a title: a sentence may speak of "20 Kolleg:innen".
 */
const GENDERED =
  /(?<=\p{L})(?::|\*|_|\/)in(?:nen)?(?![\p{L}])|\((?:m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/d|d\/m\/w|h\/f|f\/h|m\/f|f\/m|m\/k|k\/m|all genders)\)/iu;
const gendered = (text: string) => GENDERED.test(text) && text.split(/\s+/).length <= 6;

const isRole = (text: string) => ROLE_NOUN.test(text) && text.length <= 120;
const firstUrl = (text: string) => /https?:\/\/[^\s)>\]"'<]+/.exec(text)?.[0]?.replace(/[.,;:]+$/, '');

/**
 * "Label: value", "**Label:** value", "Label – value", "勤務地：東京", "【募集職種】バックエンドエンジニア": the label and
 * the value, or undefined.
 */
function splitLabelled(line: string): { label: string; value: string } | undefined {
  // Japanese and Chinese postings put a field's label in lenticular brackets before its value.
  const bracketed = /^\s*【([^】]{1,20})】\s*(\S.*)$/u.exec(line);
  if (bracketed) return { label: bracketed[1]!, value: bracketed[2]!.trim() };
  const plain = line
    .replace(/\*\*|__/g, '')
    .replace(/^\s*(?:[-*+•●▪◦]|\d{1,2}[.)])\s+/, '')
    .replace(/^[^\p{L}\p{N}]{1,3}(?=\p{L})/u, '')
    .trim();
  const colon = plain.search(/[:：]/);
  if (colon > 0 && colon <= 40) {
    const label = plain.slice(0, colon).trim();
    const value = plain.slice(colon + 1).trim();
    if (label.split(/\s+/).length <= 5 && !/^https?$/i.test(label)) return { label, value };
  }
  // "Standort – Wien"; never a pay range ("Bristol · Full-time · £26,000 – £29,000"): a label holds no figure.
  const dash = /^([^–—|\d·•]{2,30}?)\s+[–—]\s+(.+)$/.exec(plain);
  return dash ? { label: dash[1]!, value: dash[2]! } : undefined;
}

/**
 * A company's name withheld ("confidential", "undisclosed", "vertraulich", "notre client") or described in its
 * place ("a leading bank in Zurich", "une PME lilloise").
 */
const UNNAMED =
  /^(?:a|an|one|un|une|ein|eine|einem|uno|una|um|uma|een|en|ett)\s|\b(?:confidential|confidentiel(?:le)?|undisclosed|not disclosed|unnamed|anonym\w*|vertraulich|nicht genannt|riservat[oa]|confidencial|vertrouwelijk|our client|notre client|unser(?:em)? kunden?|nuestro cliente|nosso cliente|il nostro cliente|onze klant)\b/i;

/** The pay a short value states, read with the text around it, which says which dollar or krone a "$" or "kr" is. */
const payIn = (value: string, context: string) => extractSalary(`salary ${value}`, `salary ${value}\n${context}`);

/** What a labelled value says for its field, read the way that field is read everywhere else. */
function readLabelled(field: LabelField, value: string, text: string): unknown {
  const v = value.trim();
  if (!v) return undefined;
  switch (field) {
    case 'company':
      // "Client: confidential": an agency's client it does not name.
      if (UNNAMED.test(v)) return undefined;
      return v.length <= 100 ? cleanCompany(v.replace(/\s*[–—|]\s*.*$/, '')) : undefined;
    case 'position': {
      // "The role: Staff Data Engineer, first staff-level hire in a team of 9. You'd own…": the title is the
      // value up to its first sentence's end, and up to a comma that starts a note about the job.
      const title = v.length > 60 ? commaCut(v.split(/[.!?](?:\s|$)/)[0]!) : v;
      return title.length <= 150 ? cleanPosition(title) : undefined;
    }
    case 'location': {
      // The place the label names, validated by the gazetteer; a value that names none is not written.
      if (v.length > 300) return undefined;
      // Taleo's "Deutschland-Nordrhein-Westfalen-Köln", "United States-California-San Jose": country, region, town.
      const chain = v.split('-').map((p) => p.trim());
      if (chain.length >= 3 && chain.length <= 5 && isCountry(chain[0]!) && chain.every((p) => /^\p{Lu}/u.test(p)))
        return chain[chain.length - 1];
      const place = placeIn(v, { anySize: true });
      if (place) return place;
      // A sentence under the label: "Location: the role is based in Bergen. They want you…".
      const cued = /(?<![\p{L}])(?:based (?:in|out of)|located in|in)\s+(?=\p{Lu})/u.exec(v.split(/[.!?](?:\s|$)/)[0]!);
      return cued ? placeAtStart(v.slice(cued.index + cued[0].length)) : undefined;
    }
    case 'salary':
      return payIn(v, text);
    case 'workplace':
      return workplaceOf(v);
    case 'employment':
      // Under its label a bare word is enough: "Type of Contract: Temporary", "Vertragsart: Befristet".
      return (
        extractEmployment(v) ??
        // "Contract: Temporary, 2 years": the word before the details.
        (/^(?:temporary|fixed[- ]term|contract|contractor|freelance|befristet|temporaire|cdd|temporal|temporário|temporaneo|tijdelijk|tidsbegränsad|midlertidig|määräaikainen|czasowa|na czas określony)\.?$/iu.test(
          v.split(/[,;(]/)[0]!.trim(),
        )
          ? { type: 'contract' as const }
          : undefined)
      );
    case 'deadline': {
      const language = languageOf(text);
      const usOrder = monthFirst(text);
      return dayIn(v, { language, usOrder, reference: documentDate(text, { language, usOrder }) });
    }
    case 'jobId': {
      const id = /[A-Za-z0-9][A-Za-z0-9_./-]*\d[A-Za-z0-9_./-]*|\d[A-Za-z0-9_./-]*/.exec(v)?.[0];
      return id?.replace(/[./-]+$/, '');
    }
    case 'url':
      return firstUrl(v);
    case 'source':
    case 'cv':
      return v.length <= 80 ? v : undefined;
    case 'contact': {
      const name = v.split(/[,;(<]|\s[–—-]\s/)[0]!.trim();
      return name && name.length <= 60 ? [{ name }] : undefined;
    }
    default:
      return undefined;
  }
}

/** Fields a label without a colon may fill: their readers accept only a value of their kind. */
const BARE_LABEL_FIELDS = new Set(['location', 'salary', 'employment', 'workplace', 'deadline']);

/** An answer alone: "Yes", "No", in the languages postings come in; the second group is "no". */
const YES_NO = /^(?:(yes|ja|oui|sí|si|sim|tak)|(no|nein|non|nej|nei|não|nie))\.?$/iu;

/** Labelled lines anywhere in the text, in any language of the vocabulary, and a bare label with its value on the next line. */
function labelledLines(all: string[], text: string, push: Push): void {
  const seen = new Set<string>();
  // "Feltöltve: 2026.11.26.  |  Jelentkezési határidő: 2026. december 18.": labelled parts side by side on a line
  // of the posting's head, above its first section. Further down such a line is the employer's card
  // ("Industria: … · Sede: Tandil"), whose seat is not where the job is.
  const body = all.findIndex((l) => /^#{1,6}\s/.test(l) || sectionOf(l) !== undefined);
  const head = Math.min(30, body < 0 ? all.length : body);
  const lines = all.flatMap((l, i) => {
    if (l.length > 400 || i >= head) return [l];
    const parts = l.split(/\s+[|·•]\s+/);
    return parts.length >= 2 && parts.every((p) => splitLabelled(p)?.value) ? parts : [l];
  });
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 400) continue;
    let split = splitLabelled(line);
    // "Omfattning" / "Heltid", "Location" / "Leeds": a board's label on a line of its own, no colon, its value on
    // the next line. Only for fields whose reader checks the value (a place, pay, a kind of work): a bare word over
    // a line is as often a heading over a paragraph.
    const bare = !split && line.trim().length <= 30 && BARE_LABEL_FIELDS.has(fieldOfLabel(line.trim()) ?? '');
    if (bare || (split && !split.value)) {
      // "Location:" alone, or the bare label: the value is the next non-empty line, when short.
      let at = lines.findIndex((l, j) => j > i && j <= i + 2 && l.trim() !== '');
      // "Location" / "1 vacancy in the following location:" / "Tucson, AZ": a line that introduces the value.
      if (at > 0 && /:\s*$/.test(lines[at]!) && lines[at]!.trim().split(/\s+/).length >= 3)
        at = lines.findIndex((l, j) => j > at && j <= at + 2 && l.trim() !== '');
      const next = at > 0 ? lines[at] : undefined;
      if (next && next.length <= 120 && !sectionOf(next) && !(bare && splitLabelled(next)))
        split = { label: split?.label ?? line.trim(), value: plainLine(next) };
    }
    if (!split || !split.value) continue;
    const field = fieldOfLabel(split.label);
    if (!field || field === 'notes' || field === 'stage' || field === 'applied' || field === 'tags') continue;
    // The first label of a field counts; a later one may belong to another part of the page. A later location
    // label is still read, for the workplace it may name instead.
    if (seen.has(field) && field !== 'location') continue;
    // "Remote job: No", "Telework eligible: No": a question of remote work, answered; "No" is work on site.
    const answer = field === 'workplace' ? YES_NO.exec(split.value.trim()) : null;
    const value = answer
      ? answer[2]
        ? 'onsite'
        : /remote|télétravail|homeoffice/i.test(split.label) && !/eligible|possible|möglich/i.test(split.label)
          ? 'remote'
          : undefined
      : readLabelled(field, split.value, text);
    // "Work location: In person", "Standort: Homeoffice": the value says where one works, not a place (also
    // under an earlier "Location" that named the town).
    if (field === 'location' && value === undefined && split.value.length <= 80) {
      const workplace = workplaceOf(split.value);
      if (workplace) push('workplace', workplace, 'label', `"${line.trim().slice(0, 80)}"`, 0.85);
    }
    if (value === undefined || seen.has(field)) continue;
    seen.add(field);
    if (field === 'contact') {
      const role = contactRoleOf(split.label);
      push(
        'contacts',
        (value as { name: string }[]).map((c) => ({ ...c, ...(role ? { role } : {}) })),
        'label',
        line,
      );
    } else if (field === 'languages') continue;
    else push(field, value, 'label', `"${line.trim().slice(0, 80)}"`);
  }
}

/**
 * Parts of a one-line hiring post: "Acme | Backend Engineer | Salzburg | ONSITE | Full time | €42k+". Says
 * `'list'` when the line is a field list (a job, an employer and two slots their content tells), `'line'` when
 * it names a job only, false when it is no hiring line.
 */
function pipeLine(line: string, push: Push): 'list' | 'line' | false {
  const plain = plainLine(line);
  const parts = plain
    .split(/\s+\|\s+|\s*\|\s*(?=\S)/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 3 || plain.length > 400) return false;
  const evidence = `the hiring line "${plain.slice(0, 60)}…"`;
  let company: string | undefined;
  let position: string | undefined;
  // Slots whose field their content tells (an address, pay, a workplace, a place): with two of them, the line is
  // a field list (the "Who is hiring" format), and its job and employer slots are as good as labelled.
  let told = 0;
  for (const part of parts) {
    const url = firstUrl(part);
    if (url) {
      push('url', url, 'top', evidence, 0.75);
      told++;
      continue;
    }
    const salary = extractSalary(`salary ${part}`);
    if (salary && /\d/.test(part)) {
      push('salary', salary, 'top', evidence, 0.8);
      told++;
      continue;
    }
    const workplace = workplaceOf(part);
    const employment = extractEmployment(part);
    if (workplace) push('workplace', workplace, 'top', evidence, 0.75);
    if (employment) push('employment', employment, 'top', evidence, 0.75);
    if (workplace || employment) {
      told++;
      // "Remote (EU)", "Onsite in Berlin": a place may ride along.
      // "Remote (EU time zones, UTC-1 to UTC+3)": the region before the comma, without its "time zones".
      const inParens = /\(([^)]+)\)/.exec(part)?.[1];
      const place = [
        inParens,
        inParens
          ?.split(',')[0]!
          .replace(/\s+time\s*zones?$/i, '')
          .trim(),
      ].find((p) => p && isPlace(p));
      if (place) push('location', place, 'top', evidence, 0.6);
      continue;
    }
    if (!position && isRole(part) && !isPlace(part)) {
      position = cleanPosition(part);
      continue;
    }
    // "Leeds city centre", "Lyon et alentours": a place and a few words of its own about it.
    const placeFirst = placeAtStart(part);
    const around = placeFirst ? part.slice(placeFirst.length).trim() : undefined;
    if (isPlace(part) || (placeFirst && around !== undefined && /^[\p{Ll}\s'’-]{0,30}$/u.test(around))) {
      push('location', isPlace(part) ? (placeIn(part) ?? part) : part, 'top', evidence, 0.75);
      told++;
      continue;
    }
    if (!company && /^[\p{Lu}\p{N}@]/u.test(part) && part.split(/\s+/).length <= 6) company = cleanCompany(part);
  }
  const list = Boolean(company && position && told >= 2);
  if (position) push('position', position, list ? 'label' : 'top', evidence, list ? 0.8 : 0.75, plain);
  if (company && position) push('company', company, list ? 'label' : 'top', evidence, list ? 0.8 : 0.75, plain);
  return list ? 'list' : position ? 'line' : false;
}

/**
 * A hiring post in a chat's export, under the channel's header and the poster's name and time: the first of the
 * first lines that is a whole field list ("Tramontana Labs | Junior QA Engineer | Lisbon | ONSITE | …"). A line
 * that is not (a pinned "use the format Company | Role | Location" rule) adds nothing.
 */
function laterPipeLine(lines: string[], push: Push): boolean {
  for (const line of lines) {
    if ((line.match(/\|/g)?.length ?? 0) < 2) continue;
    const held: Parameters<Push>[] = [];
    if (pipeLine(line, (...found) => held.push(found)) !== 'list') continue;
    for (const found of held) push(...found);
    return true;
  }
  return false;
}

/** A line that is a name with its legal form: "Klinikum am Seebogen gGmbH". Bounded repetition: linear. */
const LEGAL_LINE = new RegExp(
  String.raw`^([\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*(?:\s+[\p{L}\p{N}&'’.-]+){0,6}?,?\s+${LEGAL_FORM_SOURCE})$`,
  'u',
);

/** A company's size as boards print it on the company's card: "51-200 Employees", "1.001–5.000 Mitarbeitende". */
const HEADCOUNT =
  /(?<![\p{L}\p{N}])\d[\d.,]*\s*(?:[-–+]\s*(?:\d[\d.,]*)?\s*)?(?:employees|staff|mitarbeitende|mitarbeiter(?::innen)?|beschäftigte|salariés|collaborateurs|empleados|trabajadores|funcionários|dipendenti|medewerkers|werknemers|ansatte|anställda|työntekijää|pracowników|직원|従業員|名)(?![\p{L}])/iu;

/** A board's badge beside an employer's name: "Actively Hiring", "Verified", "Top employer". */
const BADGE =
  /^(?:actively hiring|now hiring|hiring|urgently hiring|verified(?: employer)?|featured|promoted|sponsored|top employer|great place to work|be an early applicant|early applicant|new|top company|fast growing|top startup)$/iu;

/**
 * A board's company card over the job: the employer's name, a badge, a tagline and its size line ("Tallgrass
 * Data" / "Actively Hiring" / "Open telemetry for tractors…" / "51-200 Employees · B2B · Agriculture"), then the
 * job's own title. The size line tells the card: the name is the nearest short line above it that is no badge,
 * and the job the first line with a role noun under it.
 */
function companyCard(nonEmpty: string[], push: Push): Set<string> {
  // "Client : Maison Berthelot" over "Secteur : Retail · 500 à 1 000 salariés": a labelled name line gives its value.
  const head = nonEmpty.slice(0, 8).map((l) => {
    const plain = plainLine(l).trim();
    const labelled = splitLabelled(plain);
    return labelled && fieldOfLabel(labelled.label) === 'company' ? labelled.value : plain;
  });
  const size = head.findIndex((l) => l.length <= 120 && HEADCOUNT.test(l));
  if (size < 1) return new Set();
  const name = head.slice(Math.max(0, size - 3), size).find(
    (l) =>
      !BADGE.test(l) &&
      /^[\p{Lu}\p{N}]/u.test(l) &&
      l.split(/\s+/).length <= 5 &&
      !/[.!?:]$/.test(l) &&
      !isRole(cleanPosition(l)) &&
      !isPlace(l) &&
      // "Hybrid   Heltid   Mellannivå": the job's terms over the card, not the employer.
      !namesTerms(l),
  );
  if (!name) return new Set();
  const read = `${name} / ${head[size]}`;
  // The card's layout is as plain as a label: its name line is the employer's.
  push('company', cleanCompany(name), 'label', `the company card "${read.slice(0, 80)}"`, 0.8, name);
  const job = head
    .slice(size + 1, size + 4)
    .find((l) => isRole(cleanPosition(l)) && l.split(/\s+/).length <= 12 && !/[.!?]$/.test(l));
  if (job) {
    push('position', cleanPosition(job), 'label', `the job under the company card "${job}"`, 0.8, job);
    // The job's details under it: "London · Hybrid".
    const details = head[head.indexOf(job) + 1];
    for (const part of details && details.length <= 80 ? details.split(/\s+[·•|]\s+/) : []) {
      const workplace = workplaceOf(part);
      if (workplace) push('workplace', workplace, 'label', `the job's details "${details}"`, 0.75, details);
      else if (isPlace(part))
        push('location', placeIn(part) ?? part, 'label', `the job's details "${details}"`, 0.75, details);
    }
  }
  // The card's lines, from its name to its size line: none of them is the posting's headline.
  return new Set(head.slice(head.indexOf(name), size + 1));
}

/**
 * The employer's imprint, as a careers page's footer or a letter's foot prints it: its registered name, then its
 * address or register number ("Groenhart Installatietechniek B.V. · Nijverheidsweg-Noord 112 · 3812 PN Amersfoort",
 * "Dijkstra Webwerk B.V. · Damsterdiep 41 · … · KvK 01234567").
 */
function imprintLine(lines: string[], push: Push): void {
  for (const line of lines.slice(-60)) {
    const plain = plainLine(line).trim();
    if (plain.length > 200) continue;
    const parts = plain.split(/\s+[·|•]\s+/);
    if (parts.length < 3 || !ENDS_WITH_LEGAL_FORM.test(parts[0]!) || parts[0]!.split(/\s+/).length > 7) continue;
    const rest = parts.slice(1);
    const address = rest.some(
      (p) =>
        STREET.test(p) ||
        /^\d{4}\s?[A-Z]{2}\s+\p{Lu}|^\d{4,5}\s+\p{Lu}|\p{L}+\s\d{1,4}[a-z]?$/u.test(p) ||
        /^(?:kvk|hrb|hra|cvr|org\.?\s?nr|company (?:no|number)|registered in|vat|btw|ust-?id|siret|rcs|nip|krs)/i.test(
          p,
        ),
    );
    if (!address) continue;
    push('company', cleanCompany(parts[0]!), 'top', `the imprint "${plain.slice(0, 80)}"`, 0.7, plain);
    return;
  }
}

/**
 * A posting of several jobs, each under its number ("1) MANUTENTORE ELETTROMECCANICO", "2) ADDETTO/A AL CONTROLLO
 * QUALITÀ"): the first is the note's job. Two numbered headings at least, each a short line of its own that is a
 * job or written in capitals, not a sentence.
 */
function numberedRoles(lines: string[], push: Push): void {
  const heads: string[] = [];
  for (const line of lines.slice(0, 200)) {
    const m = /^\s{0,3}(?:#{1,4}\s*)?(?:\d{1,2}|[IVX]{1,4})[).:]\s+(.{3,80})$/u.exec(line);
    if (!m) continue;
    const head = plainLine(m[1]!).trim();
    const words = head.split(/\s+/);
    const capitals = head === head.toUpperCase() && /\p{Lu}{3}/u.test(head);
    if (words.length > 8 || /[.!?:;,]$/.test(head) || !(capitals || isRole(head))) continue;
    // "1. ABOUT US", "2) ZADANIA": a numbered section of one posting is no job.
    if (sectionOf(head) || GENERIC_HEAD.test(head)) continue;
    heads.push(head);
  }
  if (heads.length < 2) return;
  const first = heads[0]!;
  // Written in capitals as a heading is: the job in the case a title takes ("Manutentore elettromeccanico").
  const job = first === first.toUpperCase() ? first[0] + first.slice(1).toLowerCase() : first;
  push('position', cleanPosition(job), 'label', `the first of ${heads.length} numbered jobs "${first}"`, 0.8, first);
}

/**
 * The stacked header boards and their copies print above a posting: the job, the employer and a line of
 * details, one per line ("Disponent Nahverkehr (m/w/d)" / "Spedition Kranichsfeld GmbH & Co. KG" / "Hannover ·
 * Vollzeit"), or the employer first, or the employer with its places ("Brackenridge Holiday Park, Keswick,
 * Cumbria"). Like a pipe-separated hiring line it is a field list when the slots not taken by the job and the
 * employer are told by their content (a place the gazetteer knows, pay, a workplace or an employment word) and
 * the employer is a name of its own: it carries a legal form or the text names it again below the header.
 */
function stackedHeader(nonEmpty: string[], text: string, push: Push): void {
  // When it went up ("Geplaatst op 17 april 2027", "Hace 3 días") and the board's buttons ("View all jobs",
  // "[ Quick apply ]  [ Save ]") are no slots of the header.
  const slot = (l: string) => {
    const plain = plainLine(l).trim();
    return (
      !POSTED_LINE.test(plain) &&
      !EXPERIENCE_LINE.test(plain) &&
      !BUTTONS.test(plain) &&
      !RATING_LINE.test(plain) &&
      // "Stellenangebot" / "Zurück zur Ergebnisliste": what the page is and its way back are no slots.
      !BACK_LINK.test(plain) &&
      !GENERIC_HEAD.test(plain)
    );
  };
  const lines = nonEmpty.filter(slot).slice(0, 3);
  const head = lines
    .map((l) => plainLine(l).trim())
    // A board's rating of the employer after its name ("★ 4.1 (38 evaluaciones)") is no part of it.
    .map(withoutRating);
  if (head.length < 3 || head.some((l) => l.length > 140 || isMailFieldLine(l))) return;
  // A labelled line ("Standort: Wien") is read by the label readers; the header is the unlabelled kind.
  if (head.some((l) => /^[^:]{1,40}:\s/.test(l))) return;
  // Below the header: after its third line, or after its second when the third is already running text
  // ("Ledgerleaf is a small API company. …"), which then names the employer again.
  const prose = head[2]!.split(/\s+/).length >= 8 && /[.!?]\s+\p{Lu}|[.!?]$/u.test(head[2]!);
  const last = lines[prose ? 1 : 2]!;
  const below = text.slice(text.indexOf(last) + last.length);
  // A name of its own: a legal form, or the text names it again below the header ("Pennant Freight Software
  // is…", "Brackenridge is a family-run park…").
  const ownName = (p: string) => {
    const first = p.split(/\s+/)[0]!;
    return (
      ENDS_WITH_LEGAL_FORM.test(p) ||
      (STARTS_WITH_LEGAL_FORM.test(p) && !isRole(p)) ||
      // "Dental Assistant" over "Brightside Dental Group": a job's first word may open a sentence too.
      (first.length >= 4 && /^\p{Lu}/u.test(first) && subjectOfSentence(below, first) && !isRole(p))
    );
  };
  // Said again below: a name, unless it reads as a job (a job title is said again too). Its first word said
  // again inside a sentence counts too ("Mirefield Health" over "At Mirefield we build…", "…clinics use Mirefield").
  const inSentence = (word: string) =>
    word.length >= 5 &&
    /^\p{Lu}[\p{Ll}]+$/u.test(word) &&
    new RegExp(String.raw`[\p{L},]\s+${word}(?![\p{L}])`, 'u').test(below.slice(0, 6000));
  const isName = (p: string) =>
    ownName(p) ||
    (p.length >= 4 && below.includes(p) && !isRole(cleanPosition(p))) ||
    (p.split(/\s+/).length <= 4 && inSentence(p.split(/\s+/)[0]!) && !isRole(cleanPosition(p)) && !isPlace(p));
  let position: string | undefined;
  const names: { text: string; line: number }[] = [];
  const toldLines = new Set<number>();
  const found: [string, unknown][] = [];
  head.forEach((l, line) => {
    for (const raw of l.split(/\s+[·•|]\s+/)) {
      const part = raw.replace(/^[\p{Extended_Pictographic}\uFE0F\s]+/u, '').trim();
      if (!part) continue;
      // "Bilanzbuchhalter:in (Vollzeit)": a job with its hours in brackets is the job, and says the hours.
      const bare = part.replace(/\s*\([^)]*\)/g, '').trim();
      if (
        !position &&
        bare !== part &&
        (isRole(bare) || gendered(part)) &&
        !workplaceOf(bare) &&
        !extractEmployment(bare) &&
        part.split(/\s+/).length <= 12 &&
        !ownName(part)
      ) {
        position = cleanPosition(part);
        const employment = extractEmployment(part);
        if (employment) {
          found.push(['employment', employment]);
          toldLines.add(line);
        }
        continue;
      }
      const salary = /\d/.test(part) ? payIn(part, text) : undefined;
      const workplace = !salary && part.length <= 40 ? workplaceOf(part) : undefined;
      const employment = !salary && part.length <= 40 ? extractEmployment(part) : undefined;
      if (salary) found.push(['salary', salary]);
      if (workplace) found.push(['workplace', workplace]);
      if (employment) found.push(['employment', employment]);
      if (salary || workplace || employment) {
        toldLines.add(line);
        continue;
      }
      if (isPlace(part.replace(/\s*\([^)]*\)/g, ''))) {
        found.push(['location', placeIn(part) ?? part]);
        toldLines.add(line);
        continue;
      }
      if (!position && isRole(cleanPosition(part)) && part.split(/\s+/).length <= 12 && !ownName(part)) {
        position = cleanPosition(part);
        continue;
      }
      // "Brackenridge Holiday Park, Keswick, Cumbria": the employer, then its places.
      const comma = part.indexOf(', ');
      const tail = comma > 0 ? part.slice(comma + 2) : '';
      if (tail && isPlace(tail.split(/,\s*/)[0]!)) {
        names.push({ text: part.slice(0, comma), line });
        found.push(['location', placeIn(tail) ?? tail]);
        toldLines.add(line);
      } else names.push({ text: part, line });
    }
  });
  const nameLike = (p: string) =>
    /^[\p{Lu}\p{N}(]/u.test(p) &&
    // "40 uur", "24/7": a name has a capital somewhere.
    /\p{Lu}/u.test(p) &&
    // "Join Kelpie Ltd": a call to the reader, not the name.
    !/^(?:join|werde|rejoignez|únete|unisciti|dołącz)(?![\p{L}])/iu.test(p) &&
    // A slash or a colon belongs to no name, but to a legal form's ("Havgaard Marine A/S").
    !/[?!/:]/.test(withoutLegalForm(p)) &&
    (!p.endsWith('.') || ENDS_WITH_LEGAL_FORM.test(p)) &&
    p.split(/\s+/).length <= 6;
  const strong =
    names.find((n) => nameLike(n.text) && isRegisteredName(n.text)) ??
    // "Zorggroep De Vechtstroom", "Klinikum Nord": a kind of institution names the employer.
    names.find((n) => nameLike(n.text) && isInstitution(n.text) && !isRole(cleanPosition(n.text)));
  const company = strong ?? names.find((n) => nameLike(n.text) && isName(n.text));
  if (!company) return;
  if (toldLines.size === 0) {
    // No line of details: "Medical Support Assistant" / "Department of Veterans Affairs" / "Veterans Health
    // Administration". A job over a registered name or an institution is still the posting's header.
    if (strong && position && company.line === 1 && (isRole(position) || gendered(position))) {
      const read = head.join(' / ');
      push('position', position, 'label', `the header "${read.slice(0, 80)}"`, 0.8, read);
      push('company', cleanCompany(company.text), 'label', `the header "${read.slice(0, 80)}"`, 0.8, read);
    }
    return;
  }
  // The job, when no part has a role noun: the one part left outside the details line (the list's last slot).
  const rest = names.filter((n) => n !== company && !(toldLines.has(n.line) && n.line !== company.line));
  // A bare label ("Arbeitsort") opens the facts under the header: no job.
  if (
    !position &&
    rest.length === 1 &&
    rest[0]!.text.split(/\s+/).length <= 10 &&
    !/[.!?]$/.test(rest[0]!.text) &&
    !fieldOfLabel(rest[0]!.text) &&
    // "Nr. înreg. 3412/26.11.2026": a register number or a date is no job.
    !/\d/.test(rest[0]!.text)
  )
    position = cleanPosition(rest[0]!.text);
  const read = head.join(' / ');
  const evidence = `the header "${read.slice(0, 80)}"`;
  // A flag beside the town ("Stellenbosch 🇿🇦") is no part of its name.
  const unflagged = (v: unknown) => (typeof v === 'string' ? withoutFlags(v) : v);
  if (!position) {
    // An employer over its address, no job named: the address still says where ("Timișoara, jud. Timiș").
    for (const [field, value] of found)
      if (field === 'location') push(field, unflagged(value), 'top', evidence, 0.6, read);
    return;
  }
  // A part of the details line the gazetteer knows inside ("Hannover-Lahe"): the place.
  for (const n of names)
    if (n !== company && n.line !== company.line && toldLines.has(n.line) && n.text !== rest[0]?.text) {
      const place = placeIn(n.text);
      if (place) found.push(['location', place]);
    }
  // The header's job is the posting's own headline: its full title ("Coordinador(a) de Talento Humano") over a
  // label's shorter one ("Cargo: Coordinador").
  push('position', position, 'label', evidence, 0.8, read, true);
  push('company', cleanCompany(company.text), 'label', evidence, 0.8, read);
  for (const [field, value] of found)
    push(
      field,
      field === 'location' ? unflagged(value) : value,
      'top',
      evidence,
      field === 'location' ? 0.7 : 0.75,
      read,
    );
}

/** A board's line for the experience asked: "5-9 Yrs", "3+ years", "2–4 Jahre", "経験3年以上". */
const EXPERIENCE_LINE =
  /^(?:\d{1,2}\s*(?:[-–]\s*\d{1,2}|\+)?\s*(?:yrs?|years?|jahre|ans|años|anos|anni|jaar|år|lat)(?:\s+(?:exp(?:erience)?|berufserfahrung|d.expérience|de experiencia))?|経験\d+年以上)$/iu;

/** A line that says when the posting went up: "Posted 3 days ago", "Geplaatst op 17 april 2027", "Hace 3 días". */
const POSTED_LINE =
  /^(?:posted|published|reposted|geplaatst|gepubliceerd|publié|publiée|veröffentlicht|publicado|publicada|pubblicato|opublikowano|publicerad|julkaistu|hace\s+\d|il y a\s+\d|vor\s+\d|há\s+\d|\d+\s+(?:days?|hours?|weeks?)\s+ago)(?![\p{L}])/iu;

/** Words of a hiring sentence in the languages postings come in: "X is hiring a Y", "X recrute un(e) Y", "X sucht …". */
const HIRING_VERB =
  /(?:\s(?:is|are)|(?<=\bwe)(?:'|’)re)\s+(?:looking for|hiring|seeking|searching for|recruiting)\s+(?:to\s+(?:appoint|recruit|hire|employ|find)\s+)?(?:an?\s+|our\s+(?:next|first)\s+|(?:two|three|several)\s+)?|\s(?:just\s+|has\s+|have\s+)?(?:opened|posted)\s+(?:an?\s+)?(?:new\s+)?(?=\p{Lu})|\s(?:recrute|recherche)\s+(?:un(?:\(e\))?|une|des|son|sa)?\s*|\s(?:sucht|suchen)\s+(?:eine?(?:\/n|\(n\)|n)?|zum\s+\S+\s+)?\s*|\s(?:busca|contrata|procura)\s+(?:un[ao]?|uma?)?\s*|\s(?:zoekt|söker|søker|søger|cerca|seleziona|szuka|poszukuje|hledá|hľadá|hakee|etsii)\s+(?:nu\s+)?(?:een|en|ett|un[oa]?|un\/una)?\s*|\s(?:ищет)\s+|\s(?:angajează|angajăm)\s+(?:un|o)?\s*/iu;

const titleCase = (phrase: string) =>
  phrase
    .split(/\s+/)
    .map((w) => (w.length > 2 ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join(' ');

/** The title after a hiring verb: up to the end of the role noun's phrase. */
function titleAfter(rest: string): string | undefined {
  let phrase = rest
    .split(
      /[.!?;:\n]|,\s|\s(?:to|who|with|for our|for the|for its|for their|in our|in|at|on|per|pour|für|zur|para|per il|to join)\s/i,
    )[0]!
    .trim()
    // "a part-time Staff Accountant": the hours are no part of the title.
    .replace(/^(?:part[- ]time|full[- ]time|freelance|temporary|permanent)\s+(?=\p{Lu})/iu, '');
  // "… Staff Accountant (around 24 hours a week, …": a bracket the sentence leaves open ends the title.
  const open = phrase.lastIndexOf('(');
  if (open > 0 && !phrase.includes(')', open)) phrase = phrase.slice(0, open).trim();
  if (!phrase || phrase.length > 100 || !isRole(phrase)) return undefined;
  // "a Data Engineer role (Snowflake + dbt)": the job ends before the word that says it is one.
  const job = /^(.+?)\s+(?:role|position|opening|vacancy|job)(?![\p{L}])/iu.exec(phrase)?.[1];
  if (job && job !== phrase && isRole(job)) return titleAfter(job);
  const words = phrase.split(/\s+/);
  // "those candidates who…", "people who…": a description of the reader, not a title.
  if (/^(?:those|these|the|people|someone|somebody|candidates|individuals|talent|you|a|an)$/i.test(words[0]!))
    return undefined;
  if (words.every((w) => w === w.toLowerCase()) && words.length > 4) return undefined;
  // Title case a lower-case phrase ("a founding designer" → "Founding Designer"), as job titles are written.
  return words.every((w) => w === w.toLowerCase())
    ? words.map((w) => (w.length > 3 || words.length === 1 ? w[0]!.toUpperCase() + w.slice(1) : w)).join(' ')
    : cleanPosition(phrase);
}

/**
 * A job named in a message without a hiring verb: "a great fit for a Senior Product Manager role", "we need a
 * Controls Engineer for our sites", "I'm recruiting for a DevOps Engineer", "Platform engineer wanted at
 * Skyloom!". The job is a capitalised run of words with a role noun (after "wanted", any case), read once.
 */
function jobInMessage(text: string, push: Push): void {
  // A reply quotes the first message ("> I'm recruiting" / "> for a DevOps Engineer"): its sentences run on
  // over the quote marks.
  const window = text.slice(0, 8000).replace(/^[ \t]*(?:>[ \t]?)+/gm, '');
  const run = String.raw`\p{Lu}[\p{L}/&+.-]*(?:\s+(?:\p{Lu}[\p{L}/&+.-]*|of|and|&)){0,5}`;
  const role = new RegExp(
    String.raw`(?<![\p{L}])(?:an?|the)\s+(${run})\s+(?:role|position|opening|vacancy)(?![\p{L}])`,
    'u',
  ).exec(window);
  const need = new RegExp(
    String.raw`(?<![\p{L}])(?:need|needs|seeking|seek|want|recruiting(?:\s+for)?|hiring\s+for)\s+(?:an?\s+)?(${run})`,
    'u',
  ).exec(window);
  for (const m of [role, need]) {
    const job = m?.[1]?.replace(/\s+(?:of|and|&)$/, '');
    if (job && isRole(job) && job.split(/\s+/).length <= 6) {
      push('position', cleanPosition(job), 'prose', `"${m![0].slice(0, 80)}"`, 0.6);
      return;
    }
  }
  const wanted =
    /^(.{3,60}?)\s+wanted(?:\s+(?:at|@|by)\s+@?(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,3}))?/mu.exec(
      window,
    );
  if (wanted && isRole(wanted[1]!) && wanted[1]!.split(/\s+/).length <= 5) {
    push('position', titleCase(cleanPosition(wanted[1]!)), 'prose', `"${wanted[0]}"`, 0.6);
    if (wanted[2]) push('company', cleanCompany(wanted[2]), 'prose', `"${wanted[0]}"`, 0.6);
  }
}

/** "we're hiring a senior illustrator at @pinecone_books": the words before "at/for/in" are the job, the name after "at" the employer. */
function weAreHiring(sentence: string, push: Push): boolean {
  const we = /\bwe(?:'|’)?re hiring\s+(?:an?\s+)?([^.!?\n]{3,80})/i.exec(sentence);
  if (!we) return false;
  // "We're hiring again at Tidewell Energy": an adverb after the verb is no job.
  const rest = we[1]!.replace(/^(?:again|now|soon|too|also|more|once more|right now|actively|urgently)\b\s*/i, '');
  const phrase = rest.split(/(?:^|\s)(?:at|for|in|to|who|with|on)\s|[,:(🧵]/u)[0]!.trim();
  const t = phrase && (titleAfter(phrase) ?? (phrase.split(/\s+/).length <= 4 ? titleCase(phrase) : undefined));
  if (t) push('position', t, 'prose', `"${sentence.trim().slice(0, 80)}"`, 0.6, sentence.trim());
  // "at @loomwell", "at Tidewell Energy": a handle, or a name of up to four capitalised words.
  const at = /\bat\s+(?:@([A-Za-z][\w&.-]{1,40})|([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}))/.exec(rest);
  const name = at?.[1] ? titleCase(at[1].replace(/_/g, ' ')) : at?.[2];
  if (name) push('company', cleanCompany(name), 'prose', sentence.trim(), 0.6, sentence.trim());
  return Boolean(t || name);
}

/** The words after a hiring verb on a headline, up to a preposition or a clause: a job, job word or not. */
function looseTitleAfter(rest: string): string | undefined {
  const phrase = rest
    .split(
      /[.!?;:\n]|,\s|\s(?:to|who|with|for|in|at|on|per|pour|für|zur|zum|para|till|för|til|pentru|în|da|di|dans|au|à|en|på|i|w|na|do|z|que|qui|che|som|der|die|das)\s/iu,
    )[0]!
    .trim();
  const words = phrase.split(/\s+/);
  if (!phrase || words.length > 5 || !/\p{L}/u.test(phrase)) return undefined;
  if (/^(?:you|someone|people|talent|candidates|du|dich|vous|toi|te|tu|jij|dig|sinua|ciebie)$/i.test(words[0]!))
    return undefined;
  return cleanPosition(phrase) || undefined;
}

/** "Marés Software is looking for a Senior Frontend Engineer", "Klinikum … sucht …", "we're hiring a founding designer". */
function hiringSentences(text: string, push: Push, firstLine = ''): void {
  const sentences = text.slice(0, 20000).split(/(?<=[.!?])\s+|\n/);
  const first = plainLine(firstLine).trim();
  let found = 0;
  for (const sentence of sentences) {
    if (found >= 2) break;
    // A breadcrumb trail ("Accueil > Offres d'emploi > Résultats de la recherche > …") is no sentence.
    if (crumbsOf(plainLine(sentence).trim())) continue;
    const m = HIRING_VERB.exec(sentence);
    if (!m) {
      // "we're hiring a founding designer at @loomwell": no named subject, the job and the employer after it.
      if (weAreHiring(sentence, push)) found++;
      continue;
    }
    const before = sentence.slice(0, m.index).trim();
    const after = sentence.slice(m.index + m[0].length);
    const title = titleAfter(after);
    // The subject is a company when it is a name, not "We" or "The team".
    // The capitalised words that end the text before the verb; words are split by spaces only, so this is linear.
    const subject =
      /(?:^|\s)((?:[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*)(?:\s+(?:[\p{Lu}\p{N}&][\p{L}\p{N}&'’.-]*|of|de|am|an|der|du|la|and|und|srl|s\.r\.l\.|spa|s\.p\.a\.|gmbh|ltd|sl|bv)){0,5})$/u
        .exec(before.slice(-100))?.[1]
        ?.trim();
    // "Zur Verstärkung unseres Teams suchen wir": the subject comes after the verb, and it is "wir".
    const inverted = /^\s*(?:wir|nous|vi|we)\b/i.test(after);
    const named = Boolean(
      subject &&
      !inverted &&
      // A pronoun or "the client" is no name ("They are looking for…", said of a recruiter's client).
      !/^(?:we|our|the|this|you|wir|nous|nosotros|vi|my|i|they|he|she|it|sie|ils|elles|ellos|ellas|eles|elas|loro|zij|oni|ony)\b/i.test(
        subject,
      ) &&
      subject.length <= 80,
    );
    const read = sentence.trim();
    // The posting's own first line is the hiring sentence ("Atelier Morvan recrute un(e) ébéniste confirmé(e)"):
    // the employer and the job after the verb are its title, job word or not.
    const headline = named && first !== '' && plainLine(read) === first;
    const job = title ?? (headline ? looseTitleAfter(after) : undefined);
    if (named) push('company', cleanCompany(subject!), 'prose', `"${read.slice(0, 80)}"`, 0.65, read, headline);
    // A title introduced by a named employer is read with more confidence than one after "We are looking for".
    if (job) push('position', job, 'prose', `"${read.slice(0, 80)}"`, named ? 0.7 : 0.5, read, headline);
    weAreHiring(sentence, push);
    found++;
  }
}

/** First lines that say what the document is, not which job: "Stellenanzeige", "OFFRE D'EMPLOI N° 2025-031", "Vacancy". */
const GENERIC_HEAD =
  /^(?:stellenanzeige|stellenausschreibung|stellenangebot|offre d.emploi|avis de recrutement|job (?:posting|advert|ad|opening|announcement)|vacancy(?: (?:announcement|notice))?|vacature|vacante|oferta de (?:empleo|trabajo)|vaga|annuncio|tuyển dụng|ogłoszenie|oferta pracy|overview|job description|työpaikkailmoitus|avoin työpaikka|stillingsannonse|stillingsutlysning|ledige? stilling(?:er)?|platsannons|jobbannons|lediga jobb|iş ilanı|вакансия|anuncio(?: de convocatoria)?|convocatoria|avviso(?: di selezione)?|bando|offerta di lavoro|now hiring|urgent(?:ly)? hiring|hiring now|wir suchen dich|on recrute|anunț de angajare|anunt de angajare|álláshirdetés|állásajánlat|nabídka práce|pracovní nabídka|αγγελία εργασίας|lowongan kerja)(?![\p{L}]).{0,30}$|^(?:notes?|notater|notizen|anteckningar|noter|description|beschreibung|summary|details|job details|descripción|descrição|descrizione|omschrijving|beskrivning|beskrivelse|opis|описание|about|about (?:the )?(?:job|role|position|us)|join (?:the|our) team|join us|work with us|lavora con noi|trabaja con nosotros|arbeite bei uns|rejoignez-nous|werken bij ons|open (?:positions|roles)|we(?:'|’)?re hiring|we are hiring|careers?|jobs?|karriere|carrières?|empleo|vagas)!?$/iu;

/** A line that can be a job title: short, capitalised, not a sentence, a label, a section, a place or a company. */
function isHeadline(line: string): boolean {
  const words = line.split(/\s+/);
  return (
    line.length >= 3 &&
    line.length <= 90 &&
    words.length <= 10 &&
    /^[\p{Lu}\p{Lo}【]/u.test(line) &&
    !/[.!?:]$/.test(line) &&
    !splitLabelled(line) &&
    !sectionOf(line) &&
    !isPlace(line) &&
    !/https?:|@/.test(line) &&
    !HOLDS_LEGAL_FORM.test(line) &&
    !isMailFieldLine(line)
  );
}

/**
 * Phrases that introduce a place: "based in Lyon", "Poste situé à Besançon", "Standort: Köln", "📍 Berlin"; at a
 * word's start only ("Rui Mendes" holds no "i Mendes").
 */
const PLACE_CUE =
  /(?<![\p{L}\p{N}])(?:based (?:in|out of)|based at (?:(?:their|our|the) )?(?:office|offices|head office|site|hq) (?:at|in)|remote within(?: the)?|located in|location is|office in|offices in|(?:team|teams|studio|lab|site|hub) in|work from our|poste situé à|situé à|basé à|basée à|localisé à|en|con sede en|sede(?: di)?|stabilimento di|presso (?:la sede|lo stabilimento) di|com sede em|em|mit sitz in|standort|in unserem büro in|i|på kontoret i|w|в г\.|в городе)\s+/giu;

function placesInText(lines: string[], start: string[], text: string, push: Push): void {
  // Emoji-led lines: "🌎 Germany", "📍 Berlin, Germany"; a pin or a globe says a place is meant.
  // A pin in a line of parts too: "Posted Nov 24 · 📍 Americas Only · ⏰ Full-Time".
  const pieces = lines
    .slice(0, 40)
    .flatMap((l) =>
      l.length <= 200 && /\s[·|•]\s/.test(l) ? l.split(/\s+[·|•]\s+/).filter((p) => /^\s*📍/u.test(p)) : [l],
    );
  for (const line of pieces) {
    const emoji = /^\s*(?:[-*•]\s*)?((?:\p{Extended_Pictographic}\uFE0F?\s*)+)(.+)$/u.exec(line);
    if (!emoji) continue;
    const pin = /[📍🌍🌎🌏🗺🏢🏙]/u.test(emoji[1]!);
    // "Americas Only": a remote board's limit on where one may live is the region.
    const said = plainLine(emoji[2]!).trimEnd();
    const value = / only$/i.test(said) ? said.slice(0, -5).trimEnd() : said;
    const place = placeIn(value, { anySize: pin });
    if (place && (pin || place.length >= value.split(/\s+[–—|·]\s+|[(]/)[0]!.trim().length * 0.6))
      push('location', place, 'label', `"${line.trim()}"`, pin ? 0.8 : 0.7);
  }
  // The first lines: a line that is only a place ("Copenhagen, Denmark (Hybrid, 2 days remote per week)"),
  // or one part of a line of parts ("Kranich Logistik GmbH · Hamburg · Hybrid"), from where the posting starts
  // (a careers site's menu and cookie banner above it are left out: postingStart).
  const head = start.slice(0, 8);
  // The first line too when it is a place and nothing else ("US, WA, Seattle" over the posting).
  // Not a letterhead ("ASHGROVE COUNTY, OREGON"): its first part must be a known place too.
  const firstPart = head[0] ? plainLine(head[0]).split(',')[0]!.trim() : '';
  const firstIsPlace =
    head[0] !== undefined &&
    /,/.test(head[0]) &&
    isPlace(plainLine(head[0])) &&
    (isCity(firstPart) || isCountry(firstPart));
  const listed = listRows(start.slice(0, 12));
  // Or a first line of parts ("Finance & Admin  ·  Asheville, North Carolina"): a page's meta line over the posting.
  const firstParts = head[0] !== undefined && /\s[·•|]\s/.test(head[0]) && !isRole(plainLine(head[0]));
  for (const line of firstIsPlace || firstParts ? head : head.slice(1)) {
    const plain = plainLine(line);
    // A row of a list ("| Practice Manager | Leeds |" under "| Job title | Location |") is one of several things,
    // each with its own place.
    if (plain.length > 160 || sectionOf(plain) || /^\p{Extended_Pictographic}/u.test(plain) || listed.has(line))
      continue;
    // A flag beside a town ("Durban 🇿🇦") is no part of it.
    const parts = withoutFlags(plain.replace(/\s*\([^)]*\)/g, ''))
      .split(/\s+[·|•–—]\s+/)
      .map((p) => p.trim())
      .filter(Boolean);
    const part = parts.find((p) => !isRole(p) && !/[.!?]$/.test(p) && p.split(/\s+/).length <= 6 && isPlace(p));
    // An address line under the letterhead: "Sklářská 214, 473 01 Nový Bor".
    const place = (part && placeIn(part)) || parts.map(addressTown).find(Boolean);
    if (place) {
      push('location', place, 'top', `the line "${plain.slice(0, 60)}"`, 0.6);
      break;
    }
  }
  // Running text: a place right after a cue.
  const window = text.slice(0, 30000);
  let language: string | undefined;
  for (const m of window.matchAll(PLACE_CUE)) {
    // A place after a cue stays on the cue's line ("em Campinas, SP" over "Denunciar vaga").
    const rest = window.slice(m.index + m[0].length, m.index + m[0].length + 60).split('\n')[0]!;
    // A cue as plain as "based in" or "situé à" names a place even when the gazetteer does not know it (Lure, 8,000 people).
    const strong = /based|located|situé|basé|localisé|sitz|standort|sede/i.test(m[0]);
    const name = strong ? /^[\p{Lu}][\p{L}'’-]+(?:[- ][\p{Lu}][\p{L}'’-]+){0,3}/u.exec(rest)?.[0] : undefined;
    if (name && !isPlace(name) && !STREET.test(name)) {
      push('location', name, 'prose', `"${window.slice(m.index, m.index + m[0].length + name.length).trim()}"`, 0.6);
      continue;
    }
    // "en Valencia, Sevilla y Zaragoza para…": where the employer works, a list; no one place of the job.
    if (/^\p{Lu}[^,.;]{1,30},\s*\p{Lu}[^,.;]{1,30}\s+(?:y|and|und|et|e|i|og|och|or|o|ou|oder)\s+\p{Lu}/u.test(rest))
      continue;
    const place = placeAtStart(rest);
    // A one-word cue ("en", "i", "w") needs a city or country, not a region word; and Dutch "en" is "and"
    // ("Amersfoort en Utrecht").
    const cue = m[0].trim().toLowerCase();
    if (cue === 'en' && (language ??= languageOf(window)) === 'nld') continue;
    if (!place || (cue.length <= 2 && !(isCity(place.split(',')[0]!) || isCountry(place)))) continue;
    push('location', place, 'prose', `"${window.slice(m.index, m.index + m[0].length + place.length).trim()}"`, 0.5);
  }
}

/** Words that introduce the closing date, in the languages postings here come in. */
const DEADLINE_CUE =
  /closing date|closes on|closing on|applications? close|apply (?:by|before|until)|deadline|no later than|bewerbungsfrist|bewerbungsschluss|bis (?:zum|spätestens|am)|applications? (?:until|through|till)|(?:accepted|accepting applications|open) (?:until|through|till)|last date (?:to|for|of) (?:apply|application|submission)|last date|closes at|reageren kan tot|solliciteren kan tot|tot en met|sluitingsdatum|آخر موعد|date limite|avant le|jusqu.au|fecha límite|hasta el|antes del|prazo|inscrições até|até o dia|entro il|scadenza|uiterlijk|reageer (?:voor|vóór)|solliciteer (?:voor|vóór)|(?:candidate-se|candidatar-se|inscrições abertas|inscreva-se|envie (?:seu|o) currículo) até|até (?:o dia )?\d|até (?:\*|_|a |o )?(?:segunda|terça|quarta|quinta|sexta|sábado|domingo)|접수\s?기간|마감|sista ansökningsdag|senast|søknadsfrist|ansøgningsfrist|termin składania|aplikuj do|до \d|срок|締切|hạn nộp|προθεσμία|(?:αιτήσεις|βιογραφικό)[^.\n]{0,60}?(?:έως|μέχρι)/iu;

function deadlineInText(lines: string[], text: string, push: Push): void {
  const language = languageOf(text);
  const usOrder = monthFirst(text);
  const reference = documentDate(text, { language, usOrder });
  for (const [i, cueLine] of lines.entries()) {
    const m = DEADLINE_CUE.exec(cueLine);
    if (!m) continue;
    // A hard line break after the cue ("closes at 11:59 p.m. on" / "Sunday, January 3, 2027"): the next line
    // goes on the sentence, unless it starts a paragraph or an item of its own.
    const next = lines[i + 1]?.trim() ?? '';
    const own = dayIn(cueLine.slice(m.index, m.index + 160), { language, usOrder, reference });
    const line = !own && next && !/^[-*•#]/.test(next) ? `${cueLine.trimEnd()} ${next}` : cueLine;
    // "Open & closing dates: 03/10/2025 to 03/24/2025", "접수기간: 2026.11.20 ~ 2026.12.15": the closing one is the last.
    const range =
      /closing dates?\s*:?\s*(.+?)\s+(?:to|–|-|bis|au)\s+(.+)$/i.exec(line) ?? /()[~〜]\s*([^~〜]+)$/u.exec(line);
    const day = range
      ? dayIn(range[2]!, { language, usOrder, reference })
      : line === cueLine
        ? own
        : dayIn(line.slice(m.index, m.index + 160), { language, usOrder, reference });
    if (day) {
      push('deadline', day, 'prose', `"${line.trim().slice(0, 80)}"`, 0.75);
      return;
    }
  }
}

/** "quoting reference 7822", "Job ID: R-123", "Kennziffer 2026-ITS-014". */
function jobIdInText(text: string, push: Push): void {
  const id = extractJobId(text);
  if (id) push('jobId', id, 'prose', `a reference number (${id})`, 0.7);
  const quoting =
    /\b(?:quoting|quote|citing|mention(?:ing)?|unter angabe der|en indiquant la|indicando)\s+(?:the\s+|der\s+|la\s+)?(?:reference|ref\.?|referenz(?:nummer)?|kennziffer|référence|referencia)\s*(?:number|no\.?|nr\.?)?\s*:?\s*([A-Z0-9][A-Z0-9_./-]*\d[A-Z0-9_./-]*|\d[A-Z0-9_./-]*)/i.exec(
      text,
    );
  if (quoting) push('jobId', quoting[1]!.replace(/[./-]+$/, ''), 'prose', `"${quoting[0]}"`, 0.75);
}

/** The workplace a short text states: office days first ("onsite 3 days/week" is hybrid), else its words. */
function workplaceOf(text: string): 'onsite' | 'hybrid' | 'remote' | undefined {
  let days: 'onsite' | 'hybrid' | 'remote' | undefined;
  const said = (_f: string, v: unknown) => (days = v as 'onsite' | 'hybrid' | 'remote');
  if (!officeDays(text, said)) workplaceSaid(text, said);
  return days ?? extractWorkplace(text);
}

/** Days in the office: "in our offices at least 3 days a week" is hybrid, "in person 5 days" onsite. */
function officeDays(text: string, push: Push): boolean {
  const m =
    /\b(?:in (?:the|our) offices?|in[- ]person|on[- ]site|at the office|in office|im büro|au bureau|en la oficina|no escritório|in ufficio|op kantoor|på kontoret|w biurze|в офисе)\b[^.\n]{0,40}?\b([1-5]|one|two|three|four|five)\s*(?:days?|tage?n?|jours?|días?|dias?|giorni|dagen|dagar|dager|dni|дн)/iu.exec(
      text,
    ) ??
    /\b([1-5]|one|two|three|four|five)\s*(?:days?|tage?n?|jours?|días?|dias?|giorni|dagen|dagar|dager|dni|дн\S*)\s+(?:a week\s+|per week\s+|pro woche\s+|par semaine\s+)?(?:in (?:the|our) offices?|in[- ]person|on[- ]site|at the office|in office|im büro|au bureau|en la oficina|no escritório|in ufficio|op kantoor|på kontoret|w biurze|в офисе|wfo)/iu.exec(
      text,
    );
  if (!m) return false;
  const n = { one: 1, two: 2, three: 3, four: 4, five: 5 }[m[1]!.toLowerCase()] ?? Number(m[1]);
  push('workplace', n >= 5 ? 'onsite' : 'hybrid', 'prose', `"${m[0]}"`, 0.75);
  return true;
}

/** The job itself said to be on site or remote, where no office days say so: "This is an in-person role". */
function workplaceSaid(text: string, push: Push): void {
  // "This is an in-person role", "the position is fully on-site": the job itself said to be on site.
  const role =
    /\b(?:(?:this|it)(?:'s| is) an? (?:fully |100% )?(?:in[- ]person|on[- ]?site|office[- ]based)|(?:the |this )?(?:role|position|job) is (?:fully |100% )?(?:in[- ]person|on[- ]?site|office[- ]based))(?: (?:role|position|job))?\b/i.exec(
      text,
    );
  if (role) push('workplace', 'onsite', 'prose', `"${role[0]}"`, 0.7);
  // "Fully remote within the UK", "This role is fully remote": said of the job, not of sensing or customers.
  const remote =
    /(?:^|[-–•*]\s+|[.!?]\s+)(?:fully remote|100% remote|remote-first (?:role|position|job)|(?:this |the )?(?:role|position|job) is (?:fully |100% )?remote)(?![\p{L}])/imu.exec(
      text,
    );
  if (remote) push('workplace', 'remote', 'prose', `"${remote[0].trim()}"`, 0.7);
}

/** Languages a posting may require, by ISO 639-1 code. */
const LANGUAGE_CODES = [
  'en',
  'de',
  'fr',
  'es',
  'pt',
  'it',
  'nl',
  'pl',
  'sv',
  'nb',
  'no',
  'da',
  'fi',
  'cs',
  'sk',
  'hu',
  'ro',
  'bg',
  'el',
  'tr',
  'ru',
  'uk',
  'ar',
  'he',
  'fa',
  'hi',
  'bn',
  'ur',
  'zh',
  'ja',
  'ko',
  'vi',
  'th',
  'id',
  'ms',
  'tl',
  'ca',
  'eu',
  'gl',
  'hr',
  'sr',
  'sl',
  'et',
  'lv',
  'lt',
  'is',
  'ga',
  'cy',
  'sw',
  // India's languages beside Hindi and Bengali: store and field jobs ask for the state's own.
  'mr',
  'ta',
  'te',
  'gu',
  'pa',
  'kn',
  'ml',
];
/** The interface languages whose names for languages are read ("Englisch", "engelsk", "inglese", "английский"). */
const NAMING = [
  'en',
  'de',
  'fr',
  'es',
  'pt',
  'it',
  'nl',
  'pl',
  'sv',
  'nb',
  'da',
  'fi',
  'cs',
  'ru',
  'uk',
  'ja',
  'vi',
  'tr',
  'el',
  'ro',
];

/**
 * Names Intl's tables do not give in a form a posting writes. Finnish names a language's skill in the genitive,
 * with a change of stem ("englanti" → "englannin kielen taito", "suomi" → "suomen"). Hungarian and Indonesian
 * are not naming languages: their names are English words or countries ("lett" in "letter", "Latvia"), so only
 * the names that are neither are listed ("Inggris", "Jerman", "angol" is left out: "Angola").
 */
const MORE_NAMES: Record<string, string> = {
  inggris: 'English',
  jerman: 'German',
  mandarin: 'Chinese',
  englannin: 'English',
  suomen: 'Finnish',
  ruotsin: 'Swedish',
  saksan: 'German',
  ranskan: 'French',
  venäjän: 'Russian',
  espanjan: 'Spanish',
  norjan: 'Norwegian',
  tanskan: 'Danish',
  viron: 'Estonian',
  // Greek names in their cases ("άριστη γνώση της ελληνικής γλώσσας", "καλή γνώση αγγλικών").
  ελληνικά: 'Greek',
  ελληνικής: 'Greek',
  ελληνικών: 'Greek',
  αγγλικά: 'English',
  αγγλικής: 'English',
  αγγλικών: 'English',
  γερμανικά: 'German',
  γερμανικής: 'German',
  γαλλικά: 'French',
  γαλλικής: 'French',
};

let languageNames: { pattern: RegExp; names: Map<string, string>; any: RegExp } | undefined;

/**
 * Every name of every language in every naming language (Intl.DisplayNames),
 * matched at a word's start with the endings language names take: "italiana",
 * "Deutschkenntnisse", "engelska". Built once, as one alternation.
 */
function namesOfLanguages() {
  if (languageNames) return languageNames;
  const english = new Intl.DisplayNames(['en'], { type: 'language' });
  const names = new Map<string, string>();
  for (const ui of NAMING) {
    const display = new Intl.DisplayNames([ui], { type: 'language' });
    for (const code of LANGUAGE_CODES) {
      // "İngilizce" lower-cases to "i̇ngilizce" (a dot above): kept without it, and the text's "İ" is read as "I".
      const name = display
        .of(code)
        ?.toLowerCase()
        .replace(/\u0307/g, '');
      const canonical = english.of(code === 'nb' || code === 'no' ? 'no' : code);
      if (name && canonical && name.length >= 3 && !names.has(name)) names.set(name, canonical.replace(/ Bokmål$/, ''));
      // "lingua inglese e tedesca", "língua inglesa": the feminine the Romance names take after "lingua".
      const feminine =
        ['it', 'es', 'pt'].includes(ui) && name ? name.replace(/o$|ês$/, (e) => (e === 'o' ? 'a' : 'esa')) : '';
      if (feminine && feminine !== name && canonical && !names.has(feminine))
        names.set(feminine, canonical.replace(/ Bokmål$/, ''));
    }
  }
  for (const [name, language] of Object.entries(MORE_NAMES)) if (!names.has(name)) names.set(name, language);
  const alternation = [...names.keys()]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // CJK names are whole words of their own script; others start a word and may take an ending.
  const pattern = new RegExp(
    String.raw`(?<![\p{L}])(${alternation.join('|')})(?:kenntnisse?n?|kunskaper|kundskaber|kunnskaper|sprachig|ego|[aeo]s?|en|er)?(?![\p{L}])|(${Object.keys(CJK).join('|')})`,
    'giu',
  );
  // The same names without the global flag, for a test that keeps no position between calls.
  languageNames = { pattern, names, any: new RegExp(pattern.source, 'iu') };
  return languageNames;
}

const CJK: Record<string, string> = {
  日本語: 'Japanese',
  英語: 'English',
  中国語: 'Chinese',
  韓国語: 'Korean',
  ドイツ語: 'German',
  フランス語: 'French',
  한국어: 'Korean',
  영어: 'English',
  일본어: 'Japanese',
  중국어: 'Chinese',
  독일어: 'German',
  英语: 'English',
  英文: 'English',
  日语: 'Japanese',
  普通话: 'Chinese',
  中文: 'Chinese',
};

/** A clause about language skills: fluency, a level, "knowledge of", in the languages postings come in. */
const LANGUAGE_SKILL =
  /fluen|proficien|native|bilingual|speak|spoken|written|spreekt|spreken|schrijft|schrijven|vloeiend|mondeling|schriftelijk|sprichst|sprechen|schreibst|parles|parlez|écrivez|hablas|hablar|escribes|falas|parli|language|professional|business level|communication|command|excellent|good|strong|skills|kommunikasjon|muntlig|skriftlig|gode|gute|dobra|[ABC][12]\b|kenntnis|sprach|fließend|fliessend|in wort und schrift|zwingend|courant|maîtrise|langue|idioma|fluido|fluente|lingua|conoscenza|taal|beheersing|språk|sprog|flydende|flytende|język|znajomo|язык|владение|語|tiếng|ngoại ngữ|nativ|natif|muttersprach|requi[rs]|exig|indispensab|imprescindib|obrigatóri|wymagan|vereist|kunnskap|kielitaito|taito|derece|bilen|bilgisi|seviye|kommunicera|i tal och skrift|(?:work|working|present\w*|communicat\w*|write|writing) (?:\w+ ){0,3}in|intermediate|advanced|уровень|не ниже|γνώση|γλώσσ|berbahasa|bahasa|cunoștinț|limba|능통|유창|구사|회화|원어민|언어|流利|熟练|精通|语言|母语/iu;
/** Nouns after a language's name that make it a country's adjective ("German market", "Swedish company"). */
const NOT_LANGUAGE_NEXT =
  // "Polish your skills", "Polish the details": the verb, before a pronoun or an article.
  /^(?:your|the|our|my|their|his|her|it|up|off|a|an|market|markets|company|companies|brand|brands|client|clients|customer|customers|office|offices|government|law|laws|cuisine|citizen|citizens|citizenship|nationality|resident|residents|subsidiary|headquarters|region|border|startup|startups|culture|industry|retail|sector|university|universities|economy|tax|taxes|court|courts|state|team|teams|partners|operations|branch|branches|site|sites|manufacturer|manufacturers|authorities|standards|regulations|regulation|payroll|entity|entities|accounts|insurance)$/i;

/** Words that make a language a plus, not a requirement. */
const PLUS =
  /\b(?:a plus|(?:a|an|big|strong|great|real|huge|definite) plus|is a bonus|bonus|nice[- ]to[- ]have|preferred|preferably|ideally|desirable|desired|advantage|advantageous|an asset|beneficial|helpful|welcome|optional|would be great|not a requirement|not required|wäre schön|idealerweise|de préférence|idéalement|idealmente|preferibile|preferibilmente|titolo preferenziale|nicht erforderlich|pas nécessaire|no es necesario|não é necessário|non richiesto|von vorteil|wünschenswert|ein plus|sind ein plus|un plus|un atout|serait un plus|valorable|se valorará|deseable|diferencial|desejável|è un plus|gradit[oaie]|pluspunt|meriterande|en fordel|et plus|mile widzian[aeyo]|atutem|eduksi|eduksi katsotaan|nilai tambah|diutamakan|előny|αποτελεί πλεονέκτημα|επιθυμητή|constituie un avantaj)\b|(?:een|is een) pr[eé](?![\p{L}])|будет плюсом|плюсом|желательно|преимуществом|歓迎|尚可|優遇/iu;

/**
 * Clauses that name languages without asking for them: "English and French are the working languages of the
 * Secretariat", "the official languages", "offered in German and English", "translations into Spanish".
 */
const NOT_REQUIRED =
  /working languages|official languages?|(?:is|are)n[’']?t (?:needed|required|necessary)|(?:is|are) not (?:needed|required|necessary)|not needed|(?:team|everyone|we) speaks?\b|no \p{L}+ (?:needed|required|necessary)|ei vaadita|behövs inte|nicht (?:nötig|notwendig)|langues de travail|langues officielles|idiomas (?:de trabajo|oficiales)|Arbeitssprachen|Amtssprachen|lingue (?:di lavoro|ufficiali)|línguas (?:de trabalho|oficiais)|translat(?:e|es|ed|ing|ion|ions) (?:into|from)|we (?:offer|provide|teach)|courses? in|classes in|lessons in|not a (?:requirement|must)|kein muss|keine (?:voraussetzung|pflicht)|geen (?:vereiste|vereist|must|eis)|pas (?:obligatoire|exigé|indispensable)|no (?:es )?(?:imprescindible|obligatorio|requerido)|não é (?:obrigatório|exigido)|non (?:è )?(?:obbligatori[oa]|richiest[oa])|inget krav|ikke et krav|ikke påkrævet|ikke påkrevd/iu;

/** Languages a posting requires: language clauses outside its "nice to have" sections and without "a plus" wording. */
function requiredLanguages(lines: string[], push: Push): void {
  const sections = sectionsIn(lines.join('\n'));
  const optional = new Set<number>();
  for (let i = 0; i < sections.length; i++) {
    if (sections[i]!.kind !== 'preferred') continue;
    const end = sections[i + 1]?.line ?? lines.length;
    for (let l = sections[i]!.line; l < end; l++) optional.add(l);
  }
  const { pattern, names, any } = namesOfLanguages();
  const found: string[] = [];
  lines.forEach((own, i) => {
    if (optional.has(i) || own.length > 600) return;
    // A sentence wrapped by hand goes on on the next line ("Fluency in Marathi and Hindi, along with" /
    // "working English for reports"): read with it, as one line.
    const next = lines[i + 1]?.trim() ?? '';
    const line = /[^.!?:;]\s*$/.test(own) && /^\p{Ll}/u.test(next) ? `${own.trimEnd()} ${next}` : own;
    // Clauses: "Professional English; Portuguese or Spanish is a bonus" keeps English only. A line about
    // language skills makes each of its clauses one ("Ottima conoscenza dell'italiano; inglese tecnico").
    const clauses = line.split(/[;,]\s+|(?<=[.!?])\s+/);
    if (!clauses.some((clause) => LANGUAGE_SKILL.test(clause))) return;
    const unmarked = (raw: string) => raw.replace(/İ/g, 'I').replace(/\*\*|__|(?<![\p{L}])[*_]|[*_](?![\p{L}])/gu, '');
    // "Englischkenntnisse sind schön, aber kein Muss": a clause of contrast that names no language of its own
    // says it of the clause before it.
    const withdrawn = (i: number) => {
      const next = clauses[i + 1] === undefined ? undefined : unmarked(clauses[i + 1]!);
      return (
        next !== undefined &&
        /^(?:aber|but|mais|pero|ma|maar|men|mas|however|jedoch)\s/i.test(next) &&
        (PLUS.test(next) || NOT_REQUIRED.test(next)) &&
        !any.test(next)
      );
    };
    for (const [i, raw] of clauses.entries()) {
      // "Portuguese is *not* required": emphasis is no part of the words.
      const clause = unmarked(raw);
      // "good English (that's our working language)": an aside does not make the clause about working languages.
      if (PLUS.test(clause) || NOT_REQUIRED.test(clause.replace(/\([^)]*\)/g, ' ')) || withdrawn(i)) continue;
      // A clause of the line that says nothing of skills is another's ("Ottima conoscenza dell'italiano; inglese
      // tecnico") when short; in a long one a language's name before a noun is an adjective ("… from Danish
      // field beans and peas").
      const prose = !LANGUAGE_SKILL.test(clause) && clause.split(/\s+/).length > 6;
      for (const m of clause.matchAll(pattern)) {
        if (prose && /^\s+\p{Ll}/u.test(clause.slice(m.index + m[0].length))) continue;
        // "the German market", "a Swedish company", "Danish customers": a country's adjective, not a language.
        const next = /^[\s-]*(\p{L}+)/u.exec(clause.slice(m.index + m[0].length, m.index + m[0].length + 30))?.[1];
        if (next && NOT_LANGUAGE_NEXT.test(next)) continue;
        const language = m[2] ? CJK[m[2]] : names.get(m[1]!.toLowerCase());
        if (language && !found.includes(language)) found.push(language);
      }
    }
  });
  if (found.length) push('languages', found, 'prose', 'language requirements', 0.65);
}

/** A path segment before an employer's own name on a board: "/companies/<name>/jobs/…", "/cmp/<name>". */
const COMPANY_SEGMENT =
  /^(?:companies|company|cmp|employer|employers|empresa|empresas|firma|firmen|unternehmen|entreprise|entreprises|azienda|aziende|bedrijf|bedrijven|organisations?|organizations?)$/i;

/** The board a posting was read from, and the employer a careers site's address names. */
export function fromAddress(url: string | undefined, push: Push): void {
  if (!url) return;
  let host: string;
  let path: string[];
  try {
    const u = new URL(url);
    host = u.hostname.toLowerCase();
    path = u.pathname.split('/').filter(Boolean);
  } catch {
    return;
  }
  const board = boardOfHost(host);
  if (board) {
    push('source', board.name, 'meta', `the address ${host}`, 0.8);
    // A board's employer page in the path ("join.com/companies/holzwerk-sennfeld/…", "/cmp/Brackenfield-Foods"):
    // the employer, as weak as a careers site's host (it only confirms a name read elsewhere).
    const at = path.findIndex((p) => COMPANY_SEGMENT.test(p));
    const slug = at >= 0 ? path[at + 1] : undefined;
    if (slug && /\p{L}{3}/u.test(slug) && !/^\d+$/.test(slug))
      push(
        'company',
        decodeURIComponent(slug).replace(/[-_]+/g, ' '),
        'host',
        `the address's employer page ${slug}`,
        0.3,
      );
    return;
  }
  const parsed = parseHost(host);
  if (parsed.isIp || host === 'localhost') return;
  if (systemOfHost(host)) {
    const sub = parsed.subdomain?.split('.')[0];
    const name = sub && !/^(?:boards|jobs|job-boards|careers|apply|www|app)$/.test(sub) ? sub : path[0];
    if (name) push('company', name, 'host', `the address ${host}`, 0.3);
    return;
  }
  const name = parsed.domainWithoutSuffix;
  if (name && name.length > 1) push('company', name, 'host', `the address ${host}`, 0.3);
}

export interface TextProposals {
  candidates: Candidate[];
}

/** Words after "About" that name a part of the posting, not the employer: "About the role", "About you". */
const ABOUT_NOT_NAME =
  /^(?:the|this|our|us|you|your|me|the role|the job|the team|the position|the company|working|benefits|company|role|job|team|position)(?![\p{L}])/iu;

/**
 * "## About Tessaly" (also "Über Kvist", "À propos de Lumora", "Acerca de", "Sobre", "Om Kvist") names the
 * employer; the paragraph under it starting with the same name ("Tessaly builds…") says so twice.
 */
function aboutCompany(lines: string[], push: Push): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 80) continue;
    const plain = plainLine(line).replace(/[:.]$/, '');
    const m = /^(?:about|über|à propos d(?:e |')|acerca de|sobre|om|informazioni su|over)\s*(.+)$/iu.exec(plain);
    if (!m || ABOUT_NOT_NAME.test(m[1]!) || !/^[\p{Lu}\p{N}]/u.test(m[1]!) || m[1]!.split(/\s+/).length > 5) continue;
    // Only a heading or a line of its own: "About Tessaly" inside a sentence is not a section.
    const heading =
      /^\s{0,3}#{1,6}\s/.test(line) || /^\*\*[^*]+\*\*\s*$/.test(line.trim()) || lines[i + 1]?.trim() === '';
    if (!heading) continue;
    const name = cleanCompany(m[1]!);
    const para = lines.slice(i + 1, i + 4).find((l) => l.trim() !== '');
    const repeated = para !== undefined && plainLine(para).startsWith(`${name} `);
    push('company', name, 'heading', `the section "${plain}"`, 0.55, plain);
    // The paragraph that starts with the name is a second place that names it.
    if (repeated) push('company', name, 'prose', `the paragraph under "${plain}"`, 0.45);
    return;
  }
}

/**
 * Whether the text writes a capitalised phrase in lower case as well, as a subject is ("motor control",
 * "data platform"), never a name: not inside an address or a domain ("jobs@volute-systems.example").
 */
function writtenAsTopic(name: string, text: string): boolean {
  const lower = name.toLowerCase();
  if (lower === name || !/^[\p{L} ]+$/u.test(name) || name.length < 4) return false;
  const window = text.slice(0, 30000);
  for (let at = window.indexOf(lower); at >= 0; at = window.indexOf(lower, at + 1)) {
    const before = window[at - 1] ?? ' ';
    const after = window[at + lower.length] ?? ' ';
    if (
      !/[\p{L}\p{N}@./_-]/u.test(before) &&
      !/[\p{L}\p{N}@/_-]/u.test(after) &&
      !(after === '.' && /\w/.test(window[at + lower.length + 1] ?? ''))
    )
      return true;
  }
  return false;
}

/**
 * An employer introducing itself in a short sentence of its own: "Hi, we're Volute Systems.", "We are Nordlys
 * Energi!", "Wir sind die Kranich GmbH.", "Hi all! I run Copper Kettle, a small roastery…". A name, then the
 * sentence's end or an apposition.
 */
const WE_ARE =
  /(?:^|[.!?]\s+|^(?:hi|hello|hey|hallo|bonjour|hola|olá|ciao|hej)(?: all| everyone)?[,!]?\s+)(?:we(?:'|’)re|we are|wir sind(?: die| das| der)?|nous sommes|somos|siamo|wij zijn|vi är|vi er|i run|i own|we run)\s+(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,3})\s*(?:[.!](?:\s|$)|,\s+(?:a|an|the)\s)/imu;

function weAre(lines: string[], push: Push): void {
  for (const line of lines.slice(0, 40)) {
    const plain = plainLine(line).trim();
    if (plain.length > 160) continue;
    const m = WE_ARE.exec(plain);
    // The pattern is case-blind for its verbs, and so for the name's capital too: "We're hiring!" names no one.
    const name = m && /^\p{Lu}/u.test(m[1]!) && cleanCompany(m[1]!.replace(/\.$/, ''));
    if (name && !isRole(name) && !isPlace(name)) {
      push('company', name, 'prose', `"${m![0].trim()}"`, 0.6, plain);
      return;
    }
  }
}

/** Verbs that follow an organisation's name as the subject of a sentence, in the languages postings come in. */
const NAME_VERB =
  /^(?:is|are|was|has|have|builds|makes|runs|helps|develops|designs|creates|provides|offers|operates|ist|sind|baut|entwickelt|est|sont|développe|es|son|desarrolla|é|são|è|sono|er|är|har|jest|to|—|–|-)$/iu;

/**
 * Whether the text uses `name` as the subject of a sentence ("Vintergata is a small theatre company…"):
 * then the line that holds only the name is the employer, not the job. Compared as text (the name is input).
 */
function subjectOfSentence(text: string, name: string): boolean {
  const window = text.slice(0, 6000);
  for (let at = window.indexOf(`${name} `); at >= 0; at = window.indexOf(`${name} `, at + name.length)) {
    const before = at === 0 ? '\n' : window[at - 1]!;
    if (!/[\n.!?]|\s/.test(before)) continue;
    const next = window.slice(at + name.length + 1, at + name.length + 30).split(/\s+/)[0] ?? '';
    if (NAME_VERB.test(next)) return true;
  }
  return false;
}

/**
 * A letterhead: the employer's name in capitals on one of the first lines ("FONDAZIONE ALPINA PER LE SCIENZE
 * DELLA VITA", "NORDVIK ANALYTICS — SUMMER INTERNSHIPS 2027"), written again below in ordinary case ("La
 * Fondazione Alpina per le Scienze della Vita indice…"). The line and the text are two places; the name is
 * written as the text writes it. A job, a place, a document type a newsletter's masthead or a line with figures is no letterhead.
 */
function letterhead(nonEmpty: string[], text: string, push: Push): void {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return;
  for (const line of nonEmpty.slice(0, 3)) {
    // A newsletter's masthead names the newsletter.
    if (isMasthead(plainLine(line))) continue;
    const part = plainLine(line)
      .split(/\s+[—–|·-]\s+/)[0]!
      .trim();
    const words = part.split(/\s+/);
    if (part.length < 4 || part.length > 80 || words.length > 8 || /\p{Ll}|\d/u.test(part) || !/\p{Lu}{2}/u.test(part))
      continue;
    if (isRole(part) || isPlace(part) || GENERIC_HEAD.test(part) || HEADLINE_WORDS.test(words[0]!)) continue;
    const name = part.toLowerCase();
    for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
      const written = text.slice(at, at + name.length);
      const edges = `${text[at - 1] ?? ' '}${text[at + name.length] ?? ' '}`;
      if (!/\p{Ll}/u.test(written) || /\p{L}/u.test(edges)) continue;
      push('company', written, 'top', `the letterhead "${part}"`, 0.6, part);
      push('company', written, 'prose', `"${written}", named again in the text`, 0.45);
      return;
    }
  }
}

/**
 * A forum comment's header: "ferrowise_cto 2 days ago | parent | next [–]", "jdoe on Dec 2, 2026 | prev". The
 * links after the age tell it from a posting's own "Posted 5 days ago".
 */
const COMMENT_HEADER =
  /^\s*[\w.-]{2,40}\s+(?:\d{1,3}\s+(?:minutes?|hours?|days?|months?|years?)\s+ago|on\s+\p{L}{3,9}\s+\d{1,2},\s+\d{4})\s*(?:\||\[[–-]\]).{0,80}$/iu;

/** A network's offer of its paid plan in its menu: "Try Premium for $0", "Prova Premium för 0 kr". */
const UPSELL =
  /^(?:try|get|reactivate|prova|prøv|probeer|essayez|essayer|prueba|probar|experimente|teste|testen sie|wypróbuj|vyzkoušejte)\s+(?:premium|sales navigator|recruiter lite)\b/iu;

/** The accessibility link a page starts with: "Skip to content", "Zum Inhalt springen", "Aller au contenu". */
const SKIP_LINK =
  /^(?:skip to (?:the )?(?:main )?content|skip navigation|zum (?:haupt)?inhalt springen|direkt zum inhalt|aller au contenu(?: principal)?|passer au contenu(?: principal)?|saltar al contenido(?: principal)?|ir al contenido(?: principal)?|pular para o conteúdo(?: principal)?|ir para o conteúdo(?: principal)?|hoppa till (?:huvud)?innehåll(?:et)?|spring til (?:hoved)?indhold(?:et)?|hopp til (?:hoved)?innhold(?:et)?|ga naar (?:de )?(?:hoofd)?inhoud|naar (?:de )?hoofdinhoud|vai al contenuto(?: principale)?|salta al contenuto(?: principale)?|przejdź do (?:głównej )?treści|přejít na (?:hlavní )?obsah|siirry (?:pää)?sisältöön|ana içeriğe (?:geç|atla)|skip to main)$/iu;

/**
 * A site's cookie banner copied with the page ("We use cookies… Accept all | Reject", "Wir verwenden Cookies…",
 * "Bu sitede çerezler kullanılmaktadır"): chrome wherever it stands at the top.
 */
const COOKIE_LINE =
  /(?<![\p{L}])(?:cookies?|çerez(?:ler)?|informasjonskapsler|evästeitä|sütiket|クッキー)(?![\p{L}])/iu;

/**
 * A social network's message view copied with the message: "Messaging", "InMail", "Focused | Other  Search
 * messages", and the short date the message was sent on ("Nov 26", "26 nov.", "Yesterday", "3d").
 */
/**
 * When a social post was posted, on the line under its poster's name: "4d", "2 h", "3 Δεκεμβρίου στις 10:42 · 🌍",
 * "December 2 at 9:14 AM ·". A time of day with a separator, or a short age alone on its line.
 */
const POSTED_AT =
  /^(?:\d{1,2}\s?(?:h|d|w|m|min|hrs?|days?|wks?|mo)|[^\n]{0,40}\b\d{1,2}:\d{2}(?:\s?[AP]M)?\s*·[^\n]{0,6})$/iu;

const MESSAGE_CHROME =
  /^(?:messaging|inmail|sponsored|focused\s*\|\s*other\b.*|prioritaires\s*\|\s*autres\b.*|relevant\s*\|\s*andere\b.*|destacados\s*\|\s*otros\b.*|search messages|nachrichten|messagerie|mensajes|mensagens|berichten|meldingar|wiadomości)$/iu;
const SENT_ON =
  /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}|\d{1,2}\.? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mär|mai|okt|dez|févr|avr|juin|juil|déc)[a-zé]*\.?|yesterday|today|gestern|heute|hier|aujourd.hui|ayer|hoy|ontem|hoje|\d{1,2}[hdw])$/iu;

/** A line as a headline: an e-mail's subject without its "Subject:", no other header field, any other line as is. */
function asHeadline(line: string): string {
  const field = mailField(plainLine(line).trim());
  if (!field) return line;
  return field.field === 'subject' ? subjectLine(field.value) : '';
}

/** A board's search bar copied with its query: "What: warehouse team leader   Where: Coventry", "Was: … Wo: …". */
const SEARCH_BAR =
  /^(?:what|was|quoi|qué|que|o que|o quê|cosa|wat|vad|co|search(?: jobs)?|job title|keywords?|suche|stichwort|rechercher|buscar)\s*[:?]\s*.{0,80}\s(?:where|wo|où|dónde|donde|onde|dove|waar|var|gdzie|location|ort|lieu|ubicación)\s*[:?]/iu;

/** A search engine's name over its job panel. */
const SEARCH_ENGINE = /^(?:google|bing|duckduckgo|yahoo)$/i;

/** A government site's banner over its page: "An official website of the United States government". */
const GOV_BANNER = /^an official website of the\s|^(?:beta|alpha)\s+this is a new service/i;

/** A board's buttons copied as text: "View all jobs", "[ Apply ]   [ Save ]", "Alle Jobs anzeigen". */
const BUTTONS =
  /^(?:\[\s*[^\]]{1,30}\s*\]\s*)+$|^(?:view|see|show) (?:all|more) (?:jobs|vacancies|roles|openings)$|^(?:quick|easy) apply$|^(?:apply now|save job|save|follow|share)$|^alle (?:jobs|stellen) anzeigen$|^voir (?:toutes les|les) offres$|^ver (?:todas las )?ofertas$/iu;

/** A link back to the list a page was opened from: "Back to search results", "Tillbaka till sökresultat". */
const BACK_LINK =
  /^(?:[←<«‹]\s*)?(?:back to|zurück zur?|retour aux?|volver a|voltar (?:para|a)|tillbaka till|tilbake til|takaisin|terug naar|powrót do|torna a|kembali ke|вернуться к|назад к)(?![\p{L}]).{0,40}$/iu;

/** A bare web address in a line: "hh.ru — Работа найдётся для каждого". */
const DOMAIN = /(?<![@/\p{L}\p{N}.-])[\p{L}\p{N}-]{2,30}\.(?:[a-z]{2,3}|[A-Z]{2,3}|info)(?![\p{L}\p{N}.-])/u;

/**
 * The parts of a board's menu copied with the page ("Glints  Lowongan Kerja  Perusahaan  Blog  Masuk | Daftar"):
 * items apart by wide gaps or bars, each a word or three, none a job, a place or a figure.
 */
function isMenu(line: string): boolean {
  if (line.length > 140) return false;
  const parts = line
    .split(/\s{2,}|\s+\|\s+|\t+/)
    .map((p) => p.trim())
    // The board's search box with its query ("Suche: Polymechaniker Winterthur", "🔍") is part of the bar.
    .filter((p) => p && !/^(?:suche|search|recherche|buscar|busca|cerca|zoeken|sök|søk|szukaj)\s*:/iu.test(p))
    .filter((p) => !/^(?:\p{Extended_Pictographic}\uFE0F?)+$/u.test(p));
  return (
    parts.length >= 2 &&
    // A short question is a menu's too ("Recruiting?", "Hiring?").
    parts.every(
      (p) =>
        p.split(/\s+/).length <= 4 &&
        !/[\d.!:]$|\d/.test(p) &&
        !(p.endsWith('?') && p.split(/\s+/).length > 2) &&
        !isRole(p) &&
        !isPlace(p),
    )
  );
}

/** A breadcrumb trail ("Vakansii > Kazan > Analitik dannykh", "Etusivu › Työpaikat › Tampere › …"): its crumbs. */
function crumbsOf(line: string): string[] | undefined {
  // "Customer Support › Technical Support Engineer": a board's category over its job, two crumbs only.
  const pair = /^([^›»>]{2,40})\s+[›»]\s+([^›»>]{2,80})$/u.exec(line);
  if (pair && isRole(pair[2]!) && !isRole(pair[1]!)) return [pair[1]!.trim(), pair[2]!.trim()];
  // "Home / Werken bij / Backend developer": slashes too, when the trail starts at the home page.
  const slashed = /^(?:home|start|startseite|accueil|inicio|início|hjem|hem|etusivu|strona główna)\s+\/\s+/iu.test(
    line,
  );
  const crumbs = line.split(slashed ? /\s+[>›»/]\s+/ : /\s+[>›»]\s+/).map((c) => c.trim());
  return crumbs.length >= 3 && line.length <= 200 && crumbs.every((c) => c && c.length <= 80) ? crumbs : undefined;
}

/**
 * A logo's stand-in: the initials of the name on the next line ("TD" over "Tallgrass Data"), as boards print
 * them where an employer has no logo.
 */
function logoInitials(plain: string, next: string | undefined): boolean {
  if (!/^\p{Lu}{1,3}$/u.test(plain) || !next) return false;
  const initials = plainLine(next)
    .trim()
    .split(/\s+/)
    .slice(0, 3)
    .map((w) => w[0] ?? '')
    .join('');
  return initials.length >= plain.length && initials.startsWith(plain);
}

/**
 * What a phone's share sheet writes over a job it shares, in the app's language: a short lead-in, a colon, the job,
 * and the job's address on the next line alone. "Check out this job at Halden & Pryce: Night Shift Supervisor",
 * "Schau dir diesen Job auf XING an: Pflegefachkraft (m/w/d)", "Regarde cette offre d'emploi sur Indeed :
 * Préparateur de commandes H/F - Logirhône Services - Saint-Priest (69)". The shape says it, not the words: a
 * lead-in with no figures and no label of the vocabulary, then a line that is only an address. The app fills a
 * template there, so its job and employer count as labelled.
 */
const SHARE_LEAD = /^([^:\d|]{8,80}?)\s?:\s+(\S.{1,200})$/u;
/** The employer in a lead-in: "… this job at Halden & Pryce", "… diesen Job bei Alsterblick", "… cette offre chez X". */
const SHARE_AT = /\s(?:at|bei|chez|bij|hos|presso|la|na|no|em|en|w|u|pri)\s+(\p{Lu}[^:]{1,60})$/u;

/** The lines a share sheet wrote, when the text starts with them: the job, its employer and place, its address. */
function shareLines(nonEmpty: string[], push: Push): boolean {
  const lead = SHARE_LEAD.exec(plainLine(nonEmpty[0] ?? '').trim());
  const address = (nonEmpty[1] ?? '').trim();
  if (!lead || !/^https?:\/\/\S+$/.test(address) || fieldOfLabel(lead[1]!.trim()) !== undefined) return false;
  const evidence = `the share line "${lead[0].slice(0, 70)}"`;
  push('url', address, 'top', evidence, 0.8, address);
  const board = boardOfAddress(address);
  if (board) push('source', board.name, 'top', evidence, 0.8, address);
  const at = SHARE_AT.exec(lead[1]!.trim())?.[1];
  // "… auf XING an", "… sur Indeed": a board named in the lead-in is where it was shared from, never the employer.
  if (at && boardNamed(at) === undefined && !isRole(at)) push('company', cleanCompany(at) ?? at, 'label', evidence);
  // "Job - Employer - Place": the board's own headline.
  const parts = lead[2]!.split(/\s+[-–—]\s+/).map((p) => p.trim());
  const job = parts.length >= 3 ? parts[0]! : lead[2]!.trim();
  if (parts.length >= 3 && isPlace(parts.at(-1)!.replace(/\s*\(\d{1,3}\)$/, ''))) {
    push('company', cleanCompany(parts[1]!) ?? parts[1]!, 'label', evidence);
    push('location', parts.at(-1)!, 'top', evidence, 0.75);
  }
  push('position', cleanPosition(job), 'label', evidence, undefined, job, true);
  return true;
}

/**
 * Where the posting starts in a copy of a page or a thread. Left out above it: a forum's thread title and comment
 * header ("Ask HN: Who is hiring?" / "user 2 days ago | parent | next"), and a board's chrome: its name with a
 * slogan, its menu, a breadcrumb trail, a "Back to search results" link. A breadcrumb's last crumb that starts the
 * first line left is a second place for that line as the job ("… › Ohjelmistokehittäjä, sulautetut järjestelmät").
 */
function postingStart(all: string[], push: Push): string[] {
  const header = all.slice(0, 4).findIndex((l) => COMMENT_HEADER.test(l));
  let nonEmpty = header >= 0 && all.length > header + 1 ? all.slice(header + 1) : all;
  if (shareLines(nonEmpty, push)) nonEmpty = nonEmpty.slice(2);
  let crumb: string | undefined;
  let skip = 0;
  // The sender's block of a message view: "Name · 3rd", their own headline under it, the day it was sent.
  let sender = -1;
  const top = nonEmpty.slice(0, 30);
  for (const [i, line] of top.entries()) {
    const plain = plainLine(line).trim();
    const parts = plain.split(/\s+[·•|]\s+/);
    const crumbs = crumbsOf(plain);
    // The site's name over its menu, a line an item ("Brackenridge Analytics" / "Home" / "Solutions"): on an
    // employer's careers page, the employer.
    const siteName =
      (i === 0 || (i === skip && SKIP_LINK.test(plainLine(top[i - 1]!).trim()))) &&
      plain.length <= 40 &&
      plain.split(/\s+/).length <= 5 &&
      top.slice(i + 1, i + 3).length === 2 &&
      top.slice(i + 1, i + 3).every((l) => MENU_ITEM.test(plainLine(l).trim())) &&
      !MENU_ITEM.test(plain) &&
      !isRole(plain);
    if (siteName && boardNamed(plain) === undefined)
      push('company', cleanCompany(plain) ?? plain, 'top', `the site's name over its menu "${plain}"`, 0.5, plain);
    if (CONNECTION_DEGREE.test(plain)) sender = i;
    // A social post's poster over the time it was posted ("cragsandcask" / "4d"): who posted, not the job.
    if (i === 0 && plain.length <= 60 && POSTED_AT.test(plainLine(top[1] ?? '').trim())) sender = i;
    const senderBlock =
      sender >= 0 &&
      (i === sender || (i === sender + 1 && plain.length <= 120 && !/[€$£]\s?\d/.test(plain)) || SENT_ON.test(plain));
    const chrome =
      crumbs !== undefined ||
      MESSAGE_CHROME.test(plain) ||
      SEARCH_BAR.test(plain) ||
      GOV_BANNER.test(plain) ||
      // A search engine's job panel: its name, then the words searched for ("Google" / "administrativo madrid").
      (i === 0 && SEARCH_ENGINE.test(plain)) ||
      (i === 1 && SEARCH_ENGINE.test(plainLine(top[0]!).trim()) && plain === plain.toLowerCase()) ||
      logoInitials(plain, top[i + 1]) ||
      senderBlock ||
      SKIP_LINK.test(plain) ||
      siteName ||
      // A forum post's header: "r/forhire • Posted by u/… • 3 days ago".
      /^r\/\w{2,21}\s*[•·|-]\s*posted by u\/|^posted by u\//i.test(plain) ||
      (plain.length <= 400 && COOKIE_LINE.test(plain)) ||
      // A menu copied one item a line, under the board's name or the skip link: short words, no job, no place.
      (skip > 0 && MENU_ITEM.test(plain)) ||
      // An item of a menu copied a line each that no list of menu words knows ("Saved", "Matches").
      (skip > 0 &&
        !isRole(plain) &&
        inMenuRun(
          top.map((l) => plainLine(l)),
          i,
          (l) => fieldOfLabel(l.trim()) !== undefined,
        )) ||
      // "Stellenangebot" under the board's name: what the page is, not which job.
      (skip > 0 && GENERIC_HEAD.test(plain)) ||
      boardNamed(plain) !== undefined ||
      // "Remote OK 🌏 · Post a job · Hire remote talent · Log in": the board's name leading its menu.
      (parts.length >= 3 && boardNamed(withoutFlags(parts[0]!)) !== undefined) ||
      // The board's name with its slogan: "Green - IT/Web業界の求人・転職サイト"; on the first line, whatever the slogan
      // says ("EURAXESS – Researchers in Motion").
      (/\s[|–—-]\s/.test(plain) &&
        boardNamed(plain.split(/\s+[|–—-]\s+/)[0]!) !== undefined &&
        (i === 0 || !isRole(plain))) ||
      BACK_LINK.test(plain) ||
      UPSELL.test(plain) ||
      isMenu(line) ||
      (DOMAIN.test(plain) && plain.split(/\s+/).length <= 8 && !isRole(plain) && !/https?:/.test(plain));
    if (!chrome) break;
    if (crumbs) {
      crumb = crumbs[crumbs.length - 1];
      // "Вакансии > Казань > Аналитик данных": a board files the job under its place; the last one named is the nearest.
      const place = crumbs
        .slice(1, -1)
        .reverse()
        .find((c) => isCity(c) || isCountry(c));
      if (place) push('location', place, 'top', `the breadcrumb "${plain.slice(0, 60)}"`, 0.6, plain);
    }
    // The board's own name in its chrome ("hh.ru — Работа найдётся…", "Glints  Lowongan Kerja…"): where it was found.
    const board = plain
      .split(/\s{2,}|\s+[|–—·•-]\s+|\t+/)
      // "Remote OK 🌏": a logo's emoji beside the name.
      .map((p) => boardNamed(withoutFlags(p)))
      .find(Boolean);
    if (board) push('source', board.name, 'top', `the board's name at the top "${plain.slice(0, 60)}"`, 0.7, plain);
    skip++;
  }
  if (skip > 0 && nonEmpty.length > skip) nonEmpty = nonEmpty.slice(skip);
  const first = plainLine(nonEmpty[0] ?? '').trim();
  if (crumb && first && skip > 0 && first.toLowerCase().startsWith(crumb.toLowerCase()) && first.length <= 120) {
    const evidence = `the breadcrumb's last crumb and the first line "${first}"`;
    push('position', cleanPosition(first), 'top', evidence, 0.7, first, true);
  }
  return nonEmpty;
}

/**
 * Whether a headline stands over a block of labelled fields: two of the five lines after it are "Label: value"
 * with a label of the vocabulary ("Ubicación: Zaragoza", "Maaş: 45.000 TL"), the way a pasted posting prints its
 * title over its facts.
 */
function overFieldBlock(nonEmpty: string[], headline: string): boolean {
  const at = nonEmpty.findIndex((l) => undecorated(plainLine(l)) === headline);
  if (at < 0) return false;
  const labelled = nonEmpty.slice(at + 1, at + 6).filter((l) => {
    const split = splitLabelled(plainLine(l));
    return Boolean(split && fieldOfLabel(split.label));
  });
  return labelled.length >= 2;
}

/**
 * A board's pay line under the title, with no label: "от 180 000 ₽ на руки", "Rp 5.500.000 - 7.000.000 / bulan",
 * "£28,000 - £32,000 a year". Only a short line among the first eight, mostly figures and a currency.
 */
function payLineAtTop(nonEmpty: string[], push: Push): void {
  for (const line of nonEmpty.slice(0, 8)) {
    const plain = plainLine(line).trim();
    if (plain.length > 60 || !/\d/.test(plain) || splitLabelled(plain)) continue;
    if ((plain.match(/\p{L}{2,}/gu) ?? []).length > 5) continue;
    const salary = payIn(plain, nonEmpty.join('\n'));
    if (salary) {
      push('salary', salary, 'top', `the line "${plain}"`, 0.7, plain);
      return;
    }
  }
}

/**
 * The rows of Markdown tables that list things: a table whose heading row names its columns ("| Job title |
 * Location |"). A table of labels and values has an empty heading row ("| | |"), as a page's facts are turned
 * into one, and its rows stay readable.
 */
export function listRows(lines: string[]): Set<string> {
  const rows = new Set<string>();
  for (let i = 1; i < lines.length; i++) {
    if (!/^\s*\|?\s*:?-{3,}/.test(lines[i]!)) continue;
    const cells = lines[i - 1]!.split('|').slice(1, -1);
    if (cells.length < 2 || cells.some((c) => c.trim() === '')) continue;
    // The scan goes on after the table, so each line is read once however many tables there are.
    let j = i + 1;
    for (; j < lines.length && /^\s*\|/.test(lines[j]!); j++) rows.add(lines[j]!);
    i = j - 1;
  }
  return rows;
}

/** Every reader of a posting's text, over the text's extraction window. */
export function proposeFromText(printed: string, opts: { page?: boolean } = {}): Candidate[] {
  // A PDF's columns and hyphenated line ends read as the lines meant (printed-layout.ts).
  const text = fromPrintedLayout(printed);
  const out: Candidate[] = [];
  const push: Push = (field, value, origin, evidence, weight, read, titled) => {
    if (value === undefined || value === null || value === '') return;
    out.push({
      field,
      value,
      origin,
      weight: weight ?? W[origin],
      evidence,
      ...(read ? { read } : {}),
      ...(titled ? { titled } : {}),
    });
  };
  const lines = text.split('\n');
  labelledLines(lines, text, push);
  const nonEmpty = postingStart(
    lines.filter((l) => l.trim() !== ''),
    push,
  );
  const first = nonEmpty[0] ?? '';
  // A careers site's header copied with the page: "St. Brigid's Regional Medical Center | Careers" names the employer.
  const siteHeader = lines.find((l) => l.trim() !== '');
  const ownName = siteHeader && !opts.page ? careersTitleEmployer(plainLine(siteHeader).trim()) : undefined;
  if (ownName)
    push(
      'company',
      cleanCompany(ownName),
      'top',
      `the site's header "${siteHeader!.trim().slice(0, 60)}"`,
      0.55,
      siteHeader,
    );
  // An e-mail: its subject is the posting's headline ("Lead Data Engineer – Manchester – up to £95k").
  const subject = mailHeader(lines)?.subject;
  if (subject) pipeLine(subjectLine(subject).replace(/\s+[–—-]\s+/g, ' | '), push);
  const isPipe = Boolean(pipeLine(first, push)) || laterPipeLine(nonEmpty.slice(1, 8), push);
  // A saved page's text starts where its layout put it (a breadcrumb, a team, a button): its header is read from
  // the page's own elements instead.
  if (!isPipe && !opts.page) stackedHeader(nonEmpty, text, push);
  // The employer's card (its name, badge, tagline and size) holds no headline.
  const card = !isPipe && !opts.page ? companyCard(nonEmpty, push) : new Set<string>();
  payLineAtTop(nonEmpty, push);
  letterhead(nonEmpty, text, push);
  numberedRoles(lines, push);
  imprintLine(lines, push);
  // The headline: one of the first lines, or the first heading, when it reads as a job title.
  if (!isPipe) {
    const heading = lines.slice(0, 40).find((l) => /^\s{0,3}#{1,2}\s+\S/.test(l));
    const firstRole = nonEmpty
      .slice(0, 4)
      .find((l) => isRole(cleanPosition(l)) && !splitLabelled(l) && cleanPosition(l).length <= 120);
    // A short first line of its own is how a pasted posting names the job, role noun or not ("Sykepleier",
    // "Coordinador/a de Almacén"), after a generic heading ("Stellenanzeige", "OFFRE D'EMPLOI N° 12").
    let headline = nonEmpty
      .slice(0, 3)
      // A tag before the headline ("[채용]", "[Remote]") is no part of it.
      .map((l) => undecorated(plainLine(l)).replace(TAG, ''))
      // An e-mail's header: its subject is a headline ("Financial Controller opportunity – Rotterdam"), its
      // other fields ("Von: Florian Weißgerber <…>") are none.
      .map(asHeadline)
      .find((l) => l && !GENERIC_HEAD.test(l) && !card.has(l) && !BADGE.test(l));
    // "Sjuksköterska till akutmottagningen, Karlstad", "Senior Engineer – Berlin": the job, then where.
    const where = headline ? /^(.{3,}?)(?:,\s*|\s+[–—|-]\s+)([^,–—|()]{2,40})$/u.exec(headline) : null;
    // The place is said again below, or is a country: "Product Designer, Mobile" is a team, not Mobile, Alabama.
    const saidAgain = (place: string) =>
      isCountry(place) || text.slice(text.indexOf(headline ?? '') + (headline ?? '').length).includes(place);
    if (
      headline &&
      where &&
      isPlace(where[2]!) &&
      saidAgain(where[2]!.trim()) &&
      !isPlace(where[1]!) &&
      !/[,–—|]/.test(where[1]!)
    ) {
      push('location', placeIn(where[2]!) ?? where[2]!.trim(), 'top', `the first line "${headline}"`, 0.6, headline);
      headline = where[1]!.trim();
    }
    const labelledHead = (l: string) => {
      const split = splitLabelled(plainLine(l));
      return Boolean(split && fieldOfLabel(split.label));
    };
    // A first line without a role noun, above a line that has one, is the employer's name or a tagline
    // ("Frostline" over "Hardware Engineer"): the role line names the job.
    const roleBelow = firstRole !== undefined && plainLine(firstRole) !== headline;
    const named = headline !== undefined && !isRole(headline) && subjectOfSentence(text, headline);
    // The name alone on the first line, the job under it and the name again as the subject of a sentence
    // ("Kestrelgate" / "Payroll Administrator" / "Kestrelgate is a …"): two readings of one employer.
    // Two places: the line of its own, and the sentence that names it as its subject.
    if (named && headline !== undefined) {
      push('company', cleanCompany(headline), 'top', `the first line "${headline}"`, roleBelow ? 0.55 : 0.45, headline);
      push('company', cleanCompany(headline), 'prose', `"${headline}", the subject of a sentence`, 0.35);
    }
    if (headline && isHeadline(headline) && !(roleBelow && !isRole(headline)) && !named) {
      // "Junior Illustrator at Papercrane Studio": the job before the connector, the employer after it.
      const found = /^(.+?)\s+(?:at|@|bei|chez|hos|presso|bij)\s+(\p{Lu}.+)$/u.exec(headline);
      // "… på Torsvik", "… at Heathrow": a place after the connector is where, not who.
      const at = found && !isPlace(found[2]!) ? found : null;
      if (at && splitTitleParts(headline).position === undefined) {
        if (at[1]!.split(/\s+/).length <= 5)
          push('position', cleanPosition(at[1]!), 'top', `the first line "${headline}"`, 0.55, headline);
        push('company', cleanCompany(at[2]!), 'top', `the first line "${headline}"`, 0.5, headline);
      } else if (!at) {
        // A line of parts ("Payroll Manager - Leading Fintech - Manchester | Agency") whose parts hold a job: the
        // parts are read apart below, and the whole line is no title. Otherwise the line is the job, and it names
        // it alone when it reads as a job title (a role noun, or a line over a block of labelled fields).
        const parts = /\s[|–—·-]\s/.test(headline);
        if (!parts || !splitTitleParts(headline).position)
          push(
            'position',
            cleanPosition(headline),
            'top',
            `the first line "${headline}"`,
            isRole(headline) ? 0.65 : 0.6,
            headline,
            !parts && (isRole(headline) || overFieldBlock(nonEmpty, headline)),
          );
      }
    }
    for (const [line, origin] of [
      [first, 'top'],
      [heading, 'heading'],
      [firstRole !== first ? firstRole : undefined, 'top'],
    ] as const) {
      // A sentence ends with a full stop; a registered name may too ("… – Vetreria Lagunare S.r.l."). An e-mail's
      // header line ("Von: Florian Weißgerber <…>") is no title.
      if (!line || card.has(plainLine(line).trim()) || BADGE.test(plainLine(line).trim())) continue;
      const own = asHeadline(line);
      if (!own) continue;
      const raw = plainLine(own).trim();
      const legalEnd = ENDS_WITH_LEGAL_FORM.test(raw);
      if (labelledHead(own) || (/[.!?]$/.test(raw) && !legalEnd)) continue;
      let plain = cleanPosition(own);
      if (legalEnd && raw.endsWith('.') && !plain.endsWith('.')) plain += '.';
      if (!plain || plain.length > 240 || (/[.!?]$/.test(plain) && !legalEnd) || sectionOf(plain)) continue;
      const split = splitTitleParts(plain);
      // "Job – Registered Name S.r.l." as the posting's own title: each part names its field alone.
      // A job under a registered name alone on the line above ("(주)한빛모빌리티" over "프론트엔드 개발자"): the
      // posting's own header, as "Job – Name S.r.l." on one line is.
      const above = nonEmpty[nonEmpty.indexOf(line) - 1];
      const underName =
        origin === 'top' && line === firstRole && above !== undefined && isRegisteredName(plainLine(above).trim());
      const registered =
        (split.position !== undefined && split.company !== undefined && isRegisteredName(split.company)) ||
        (split.position !== undefined && split.company === undefined && underName);
      const where = `the ${origin === 'top' ? 'first line' : 'first heading'} "${plain.slice(0, 60)}"`;
      if (split.position) push('position', split.position, origin, where, undefined, plainLine(line), registered);
      // "Embedded Software Engineer – Motor Control" over "…with our two motor control specialists": a part the
      // text writes in lower case is a subject, not a name.
      if (split.company && !writtenAsTopic(split.company, text))
        push('company', split.company, origin, where, 0.5, plainLine(line), registered);
    }
  }
  // A name with a legal form on a line of its own near the top: "Klinikum am Seebogen gGmbH – Akademisches Lehrkrankenhaus".
  for (const line of nonEmpty.slice(0, 8)) {
    const plain = plainLine(line)
      .split(/\s+[–—|·]\s+/)[0]!
      .trim();
    const legal = LEGAL_LINE.exec(plain)?.[1] ?? (STARTS_WITH_LEGAL_FORM.test(plain) ? plain : undefined);
    if (legal && plain.length <= 80 && !isRole(plain)) {
      // A registered name set apart near the top names the employer alone when nothing disagrees.
      push('company', legal, 'top', `the line "${plain}"`, 0.65, plain, true);
      break;
    }
  }
  aboutCompany(lines, push);
  weAre(lines, push);
  const { signer } = companyCues(lines, push);
  // "### Company" followed by a paragraph that starts with the name.
  const companyHeading = lines.findIndex((l) => /^\s{0,3}#{1,6}\s+(?:the\s+)?company\s*$/i.test(l));
  if (companyHeading >= 0) {
    const para = lines.slice(companyHeading + 1).find((l) => l.trim() !== '');
    const name =
      para &&
      /^([\p{Lu}][\p{L}&'’.-]*(?:\s+[\p{Lu}&][\p{L}&'’.-]*){0,4})\s+(?:is|builds|makes|develops|was|are|has|helps|creates)\b/u.exec(
        plainLine(para),
      )?.[1];
    // A "Company" heading labels the name under it, as "Company:" does.
    if (name) push('company', cleanCompany(name), 'label', `the Company section ("${name.trim()}")`, 0.8);
  }
  // The old readers, each one piece of evidence now.
  const company = extractCompanyWithEvidence(text);
  // A name holds a letter: "10" of "about 10–15 hours" is none.
  if (company && /\p{L}/u.test(company.name)) {
    const agency = AGENCY.test(text);
    const weight = { label: 0.85, hiring: 0.65, join: 0.6, top: 0.5, legal: 0.45 }[company.how];
    const origin: Origin = company.how === 'label' ? 'label' : company.how === 'top' ? 'top' : 'prose';
    // An older whole-text reader: it re-reads lines the readers above read, so it never counts as a second source.
    if (!(agency && (company.guessed || AGENCY_NAME.test(company.name))))
      out.push({
        field: 'company',
        value: cleanCompany(company.name),
        origin,
        weight,
        evidence: `the company named in the text (${company.how})`,
        echo: company.how !== 'label',
      });
  }
  if (AGENCY.test(text)) push('agency', true, 'prose', 'agency wording', 1);
  // The employer an agency names as its client is the one company its posting states.
  const client = agencyClient(text);
  if (client)
    out.push({
      field: 'company',
      value: cleanCompany(client),
      origin: 'prose',
      weight: 0.75,
      evidence: `the agency's client "${client.slice(0, 60)}"`,
      client: true,
    });
  const position = extractPosition(nonEmpty.join('\n'), company?.name);
  if (position)
    out.push({
      field: 'position',
      value: cleanPosition(position),
      origin: 'prose',
      weight: 0.5,
      evidence: 'the position read from the text',
      echo: true,
    });
  hiringSentences(text, push, first);
  jobInMessage(text, push);
  placesInText(lines, nonEmpty, text, push);
  deadlineInText(lines, text, push);
  jobIdInText(text, push);
  if (!officeDays(text, push)) workplaceSaid(text, push);
  // Workplace words in the first lines are about this job; further down they may be about anything ("remote sensing").
  // A question answered on the next line ("Remote job" / "No") is read by the label reader, not as wording.
  const unasked = (list: string[]) =>
    list.filter((l, i) => !(l.trim().length <= 40 && YES_NO.test((list[i + 1] ?? '').trim())));
  const headWorkplace = extractWorkplace(unasked(nonEmpty.slice(0, 8)).join('\n'));
  if (headWorkplace) push('workplace', headWorkplace, 'top', `${headWorkplace} in the first lines`, 0.65);
  // A table that lists other jobs ("| Office Coordinator (12-month contract) | Toronto |") says nothing of this one's
  // terms: the wording readers read the text without its rows.
  const listed = listRows(lines);
  const ownText = listed.size ? lines.filter((l) => !listed.has(l)).join('\n') : text;
  const workplace = extractWorkplace(unasked(ownText.split('\n').filter((l) => l.trim() !== '')).join('\n'));
  // "Hybrid" is said only of where one works; "remote" also of sensing, teams and customers, and "on site" of
  // parking and interviews, so each needs saying twice to be as sure.
  const saidTimes =
    workplace === 'remote' || workplace === 'onsite' ? findAll(workplace, ownText, languageOf(ownText)).length : 0;
  if (workplace)
    push(
      'workplace',
      workplace,
      'prose',
      `${workplace} wording`,
      workplace === 'hybrid' ? 0.65 : saidTimes >= 2 ? 0.6 : 0.5,
    );
  const employment = extractEmployment(ownText);
  if (employment) push('employment', employment, 'prose', `${employment.type} wording`, 0.6);
  const salary = extractSalary(ownText);
  if (salary) push('salary', salary, 'prose', 'a pay sentence', 0.75);
  requiredLanguages(lines, push);
  // A board's or a platform's copy ends with the site's own copyright line ("© Saramin Co., Ltd."): the name
  // there, whatever reader offered it, is the site's, not the employer's.
  // Nor is the board itself ("About SEEK" in its footer read as "Join X"/"About X").
  const sources = out.filter((c) => c.field === 'source');
  const siteNames = new Set(
    [
      ...sources,
      ...(sources.length
        ? out.filter((c) => c.field === 'company' && c.evidence.startsWith('the copyright line'))
        : []),
    ].flatMap((c) => (typeof c.value === 'string' ? [c.value.toLowerCase()] : [])),
  );
  const siteName = (v: unknown) => typeof v === 'string' && siteNames.has(v.toLowerCase());
  // The person who signed a message is not its employer, whatever reader offered the name.
  return out.filter((c) => c.field !== 'company' || (c.value !== signer && !siteName(c.value)));
}

/** A title's part that names no job and no employer: the page's own name for itself. */
const PLACEHOLDER_TITLE = /^(?:job application|apply|home|vacancy|posting)$/i;

/**
 * A title up to a comma that starts a note about the job ("developer, remote (US only)", "Engineer, Berlin"),
 * kept whole when what follows names a part of the job ("Senior Software Engineer, Payments").
 */
function commaCut(title: string): string {
  const comma = title.indexOf(', ');
  if (comma < 0) return title;
  const rest = title.slice(comma + 2).trim();
  const note = /^[\p{Ll}\p{N}$€£(]/u.test(rest) || isPlace(rest.split(/[,(]/)[0]!.trim()) || Boolean(workplaceOf(rest));
  return note ? title.slice(0, comma) : title;
}

const titleParts = (title: string) =>
  plainLine(title)
    .split(/\s+[|–—-]\s+|\s*｜\s*/)
    .map((p) => p.trim())
    .filter(Boolean);

/** Whether a page's title calls it a careers page ("Maintenance Planner | Careers | Acme", "Karriär – Acme"). */
export const isCareersTitle = (title: string) => titleParts(title).some((p) => isCareersWord(p) || isCareersAt(p));

/**
 * The employer a careers page's title names beside the page's word for itself: "Karriär – Björkviks Bageri",
 * "Careers | Acme Robotics", "Jobs - Nordlicht Bäckerei". Only when no part reads as a job, and the other part
 * is one short name (not a place, a board or a sentence).
 */
export function careersTitleEmployer(title: string): string | undefined {
  const parts = titleParts(title);
  if (parts.length < 2 || parts.length > 3) return undefined;
  const own = parts.filter(isCareersWord);
  const rest = parts.filter((p) => !isSiteName(p));
  if (own.length === 0 || rest.length !== 1) return undefined;
  const name = rest[0]!;
  const words = name.split(/\s+/);
  return words.length <= 5 && /^[\p{Lu}\p{N}]/u.test(name) && !isRole(name) && !isPlace(name) && !/[,.!?:]$/.test(name)
    ? name
    : undefined;
}

/** A board's words before the job in its page titles: "Oferta de trabajo …", "Stellenangebot: …". */
const BOARD_LEAD =
  /^(?:oferta de (?:trabajo|empleo)|offre d['’]emploi|stellenangebot|stellenanzeige|jobangebot|job offer|vacature|vaga de emprego|offerta di lavoro|oferta pracy)\s*:?\s+(?=\p{Lu})/iu;

/**
 * A part of a page title as the job it names: without the board's lead words and the place after it ("Oferta de
 * trabajo Mozo/a de almacén en Alzira" is "Mozo/a de almacén").
 */
export function titlePart(part: string): string {
  // "Audit Senior job in Bristol": a board's "job in <place>" after the title.
  // "Account Executive Job in Shah Alam, Selangor": a place of several parts too.
  const jobIn = /^(.+?)\s+(?:jobs?|vacancy)\s+(?:in|at)\s+(.{2,80})$/iu.exec(part);
  if (jobIn && isPlace(jobIn[2]!)) return jobIn[1]!;
  const led = part.replace(BOARD_LEAD, '');
  // "Auxiliar de bodega en Bogotá, D.C.": the place a board adds after the job, in the job's language.
  const placed = /^(.+?)\s+(?:en|à|em|in)\s+(\p{Lu}.{1,80})$/u.exec(led);
  // The place may carry a short qualifier of its own (", D.C.", " (69)").
  const town = placed ? placeAtStart(placed[2]!) : undefined;
  if (led === part) return town && placed![2]!.length - town.length <= 8 ? placed![1]! : part;
  const where = /^(.+?)\s+(?:en|in|à|em|w|i|på)\s+([^,]{2,60})$/u.exec(led);
  return where && isPlace(where[2]!) ? where[1]! : led;
}

/** A board's word for a job ad before the job's name in a page title: "Praca …", "Вакансія …", "Vacancy …". */
const BOARD_TITLE =
  /^(?:praca|oferta pracy|вакансія|вакансия|vacancy|job|emploi|offre d'emploi|oferta de empleo|oferta de trabajo|stellenangebot|vaga|lavoro|työpaikka|állás)\s+(.+)$/iu;

/**
 * Company and position from a page title or heading, in the shapes boards
 * print them: "Job Application for X at Y", "Y hiring X in Z | LinkedIn",
 * "X at Y", "X - Y | Board". A part is the position only when it reads as a
 * job title; the company is the other short name.
 */
export function splitTitleParts(title: string): { company?: string; position?: string } {
  const t = plainLine(title).replace(/\s+/g, ' ').trim();
  const greenhouse = /^Job Application for (.+?) at (.+)$/i.exec(t);
  if (greenhouse) return { position: greenhouse[1]!.trim(), company: greenhouse[2]!.trim() };
  const linkedin =
    /^(.+?)\s+(?:is\s+|are\s+)?hiring\s+(?:an?\s+)?(.+?)(?:\s+in\s+([^|]+?))?(?:\s*\|\s*LinkedIn)?$/i.exec(t);
  // The employer before "hiring" is a name ("Acme Robotics hiring …"), unless "is hiring" says so: "What three
  // years of hiring data engineers taught me" names no employer.
  const employerBefore = (name: string) =>
    /\s(?:is|are)\s+hiring\s/i.test(t) ||
    /\|\s*LinkedIn$/i.test(t) ||
    /^(?:\[hiring\]\s*)?[\p{Lu}\p{N}@][\p{L}\p{N}&.'’-]*(?:\s+(?:[\p{Lu}\p{N}&][\p{L}\p{N}&.'’-]*|of|de|and|für|&)){0,5}$/u.test(
      name,
    );
  // "Praca Senior Data Engineer, Sowa Analytics, Kraków - No Fluff Jobs", "Вакансія Бухгалтер, ТОВ «…», Дніпро —
  // Work.ua": a board's word for a job, then the job, its employer and its town.
  const listed = BOARD_TITLE.exec(t.split(/\s+[|–—-]\s+(?=[^,]*$)/)[0]!);
  if (listed) {
    const items = listed[1]!.split(/,\s+/);
    if (items.length >= 3 && isPlace(items.at(-1)!) && isRole(items[0]!))
      return { position: cleanPosition(items[0]!), company: cleanCompany(items.slice(1, -1).join(', ')) };
  }
  if (linkedin && isRole(linkedin[2]!) && employerBefore(linkedin[1]!))
    return {
      company: cleanCompany(linkedin[1]!.replace(/^\[hiring\]\s*/i, '')),
      // "a part-time Shopify developer – $45–60/hr, remote (US only)": the title ends at a dash or a comma.
      position: cleanPosition(commaCut(linkedin[2]!.split(/\s+[–—|]\s+/)[0]!)),
    };
  const parts = t
    // A Japanese board's "／" before the terms ("SREエンジニア／リモート可・フレックス"), not between two jobs.
    .split(/\s+[|–—]\s+|\s+-\s+(?=\S)|\s*｜\s*|\s*／\s*(?=リモート|フレックス|在宅|年収|月給|未経験|残業|土日|週休)/)
    // "X at Y": Y is the employer, unless Y is a place ("Produktionsledare till vårt bageri på Torsvik").
    .flatMap((p) => {
      const at = /^(.+?)\s+(?:at|@|bei|chez|hos|presso|bij)\s+(.+)$/.exec(p);
      return at && !isPlace(at[2]!) ? [at[1]!, at[2]!] : [p];
    })
    .map((p) => titlePart(p.trim()))
    .filter((p) => p && !isSiteName(p) && !PLACEHOLDER_TITLE.test(p));
  if (parts.length === 0) return {};
  const role = parts.findIndex((p) => isRole(p) && p.split(' ').length <= 12);
  if (role < 0) {
    // "Agente Commerciale Senior – Vetreria Lagunare S.r.l.": beside a registered name, the other part is the job,
    // job word or not.
    const company = parts.length === 2 ? parts.findIndex(isRegisteredName) : -1;
    const job = parts[1 - company];
    if (company < 0 || !job || isRegisteredName(job) || isPlace(job) || job.split(/\s+/).length > 8) return {};
    return { position: job, company: parts[company] };
  }
  // A big company's "Senior Test Engineer - Autonomous Driving": the part after a dash is the team, not the employer,
  // when the title has a board or company part further on; with two parts only, the second is the company.
  const position = parts[role]!;
  const rest = parts.filter((_, i) => i !== role);
  const other = rest.find(
    (p) =>
      !isRole(p) &&
      p.split(' ').length <= 5 &&
      /^[\p{Lu}\p{N}]/u.test(p) &&
      // "Grupo Tandil Agro S.A.": a legal form keeps its closing dot.
      (!/[,.]$/.test(p) || (p.endsWith('.') && ENDS_WITH_LEGAL_FORM.test(p))) &&
      !isPlace(p) &&
      !isTeam(p) &&
      // "6 Month Contract", "Remote": the terms of the job, not its employer.
      !namesTerms(p),
  );
  // "Registered Nurse - Emergency Department (Per Diem)": the team after the job is part of its title, not an employer.
  const team = parts[role + 1];
  if (!other && rest.length === 1 && team !== undefined && isTeam(team)) return { position: `${position} - ${team}` };
  return { position, company: other };
}

/** Whether a part of a title names a team ("Emergency Department (Per Diem)"), with its qualifier in brackets off. */
const isTeam = (part: string) => TEAM_WORD.test(part.replace(/\s*\([^)]*\)\s*$/, ''));
/** Whether a short part states the job's terms ("6 Month Contract", "Remote", "Heltid"): never an employer's name. */
const namesTerms = (part: string) => Boolean(extractEmployment(part) || extractWorkplace(part));
