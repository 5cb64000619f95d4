import { LEGAL_FORM_SOURCE, withoutLegalForm } from '../lib/legal-forms.ts';
import { sectionOf } from './sections.ts';
import { conceptPattern, type Concept } from './lexicon.ts';
import { CONNECTION_DEGREE } from './source-cues.ts';
import { inMenuRun, MENU_ITEM } from './site-chrome.ts';
import { fieldOfLabel } from './vocabulary.ts';
import { isPlace } from './places.ts';

/**
 * The whole-text readers of a posting that the evidence readers (propose.ts) use as one source among
 * others: the company and the job in running text, the workplace, the kind of employment, the job's
 * reference. Location, deadline and languages are read in propose.ts alone.
 */
export interface PostingFields {
  workplace?: 'onsite' | 'hybrid' | 'remote';
  employment?: { type: 'full-time' | 'part-time' | 'contract' | 'internship'; term?: string };
}

// Words that end most job titles; a line or phrase with one of them reads as a position.
// English, then Polish, German, French, Spanish, Portuguese, Norwegian and Vietnamese titles.
const ROLE_WORDS = [
  'engineer',
  'scientist',
  'linguist',
  'analyst',
  'manager',
  'developer',
  'designer',
  'associate',
  'specialist',
  'expert',
  'intern',
  'consultant',
  'lead',
  'director',
  'writer',
  'editor',
  'researcher',
  'annotator',
  'coordinator',
  'administrator',
  'architect',
  'officer',
  'assistant',
  'representative',
  'technician',
  'translator',
  'reviewer',
  'tester',
  'programmer',
  'strategist',
  'producer',
  'head',
  'advisor',
  'adviser',
  'trainer',
  'teacher',
  'tutor',
  'evaluator',
  'rater',
  'localizer',
  'copywriter',
  'interpreter',
  'accountant',
  'recruiter',
  'executive',
  'agent',
  'operator',
  'clerk',
  'nurse',
  'worker',
  'specjalista',
  'specjalistka',
  'inżynier',
  'programista',
  'programistka',
  'analityk',
  'analityczka',
  'kierownik',
  'tłumacz',
  'tłumaczka',
  'lingwista',
  'redaktor',
  'konsultant',
  'koordynator',
  'stażysta',
  'tester',
  'entwickler',
  'entwicklerin',
  'ingenieur',
  'ingenieurin',
  'berater',
  'beraterin',
  'übersetzer',
  'übersetzerin',
  'referent',
  'referentin',
  'sachbearbeiter',
  'sachbearbeiterin',
  'leiter',
  'leiterin',
  'werkstudent',
  'praktikant',
  'linguistin',
  'redakteur',
  'redakteurin',
  'développeur',
  'développeuse',
  'ingénieur',
  'ingénieure',
  'chef de projet',
  'traducteur',
  'traductrice',
  'chargé',
  'chargée',
  'linguiste',
  'rédacteur',
  'rédactrice',
  'stagiaire',
  'responsable',
  'desarrollador',
  'desarrolladora',
  'ingeniero',
  'ingeniera',
  'analista',
  'traductor',
  'traductora',
  'lingüista',
  'redactor',
  'redactora',
  'jefe',
  'técnico',
  'técnica',
  'becario',
  'desenvolvedor',
  'desenvolvedora',
  'engenheiro',
  'engenheira',
  'tradutor',
  'tradutora',
  'linguista',
  'redator',
  'redatora',
  'estagiário',
  'gerente',
  'coordenador',
  'coordenadora',
  'assistente',
  'utvikler',
  'ingeniør',
  'rådgiver',
  'oversetter',
  'konsulent',
  'lingvist',
  'leder',
  'prosjektleder',
  'saksbehandler',
  'nhân viên',
  'kỹ sư',
  'chuyên viên',
  'lập trình viên',
  'biên dịch viên',
  'phiên dịch viên',
  'trưởng nhóm',
  'trưởng phòng',
  'thực tập sinh',
  // More English, Italian, Dutch, Swedish, Danish and Russian titles.
  'candidate',
  'fellow',
  'postdoc',
  'counsel',
  'paralegal',
  'planner',
  'buyer',
  'chef',
  'driver',
  'electrician',
  'mechanic',
  'pharmacist',
  'physician',
  'therapist',
  'economist',
  'owner',
  'inspector',
  'surveyor',
  'auditor',
  'controller',
  'bookkeeper',
  'ranger',
  'estimator',
  'actuary',
  'underwriter',
  'dispatcher',
  'steward',
  'stewardess',
  'caretaker',
  'custodian',
  'janitor',
  'porter',
  'courier',
  'cashier',
  'lecturer',
  'professor',
  'apprentice',
  'hydrologist',
  'geologist',
  'biologist',
  'chemist',
  'physicist',
  'receptionist',
  'secretary',
  'sviluppatore',
  'sviluppatrice',
  'ingegnere',
  'consulente',
  'tecnico',
  'impiegato',
  'impiegata',
  'medewerker',
  'ontwikkelaar',
  'adviseur',
  'beheerder',
  'utvecklare',
  'ledare',
  'chef',
  'udvikler',
  'konsult',
  'аналитик',
  'разработчик',
  'инженер',
  'менеджер',
  'специалист',
  'руководитель',
  'дизайнер',
  'бухгалтер',
  'программист',
  // Care, shop, kitchen, warehouse and driving jobs, and doctoral posts, in the languages boards come in.
  'aide-soignant',
  'aide-soignante',
  'infirmier',
  'infirmière',
  'auxiliaire',
  'vendeur',
  'vendeuse',
  'serveur',
  'serveuse',
  'cuisinier',
  'cuisinière',
  'chauffeur',
  'magasinier',
  'magasinière',
  'préparateur',
  'préparatrice',
  'opérateur',
  'opératrice',
  'conseiller',
  'conseillère',
  'technicien',
  'technicienne',
  'monteur',
  'pfleger',
  'pflegerin',
  'verkäufer',
  'verkäuferin',
  'lagerist',
  'doktorand',
  'doktorandin',
  'promovendus',
  'promovenda',
  'verpleegkundige',
  'verzorgende',
  'enfermero',
  'enfermera',
  'camarero',
  'camarera',
  'cocinero',
  'cocinera',
  'enfermeiro',
  'enfermeira',
  'auxiliar',
  'atendente',
  'vendedor',
  'vendedora',
  'cozinheiro',
  'cameriere',
  'cameriera',
  'cuoco',
  'magazziniere',
  'addetto',
  'addetta',
  'księgowa',
  'księgowy',
  'sprzedawca',
  'magazynier',
  'kierowca',
  'pielęgniarka',
  // Site, floor and trade jobs, and the words for them in Danish, Czech, Indonesian and Malay.
  'supervisor',
  'superintendent',
  'foreman',
  'forewoman',
  'installer',
  'fitter',
  'welder',
  'carpenter',
  'plumber',
  'cleaner',
  'housekeeper',
  'barista',
  'bartender',
  'waiter',
  'waitress',
  'baker',
  'butcher',
  'picker',
  'packer',
  'dentist',
  'hygienist',
  'veterinarian',
  'caregiver',
  'carer',
  'medarbejder',
  'medarbetare',
  'sygeplejerske',
  'účetní',
  'vedoucí',
  'staf',
  'pengawas',
  'kepala',
  'penyelia',
  // Hungarian
  'kontroller',
  'könyvelő',
  'elemző',
  'mérnök',
  'fejlesztő',
  'vezető',
  'munkatárs',
  'asszisztens',
  'ügyintéző',
  'referens',
  'menedzser',
  'értékesítő',
  'tanácsadó',
  'technikus',
  'szakértő',
  'beszerző',
  // Ukrainian and Russian
  'бухгалтер',
  'менеджер',
  'розробник',
  'разработчик',
  'інженер',
  'инженер',
  'аналітик',
  'аналитик',
  'спеціаліст',
  'специалист',
  'водій',
  'водитель',
  'оператор',
  'керівник',
  'руководитель',
  'адміністратор',
  'администратор',
  'дизайнер',
  'тестувальник',
  'тестировщик',
  // Slovak and Czech
  'technik',
  'technička',
  'údržbár',
  'účtovník',
  'účtovníčka',
  'vedúci',
  'pracovník',
  'pracovníčka',
  'špecialista',
  'manažér',
  'programátor',
  'vývojár',
  'vývojář',
  'elektrikár',
  'skladník',
  // Finnish (also as the end of a compound, below)
  'lehtori',
  'insinööri',
  'kehittäjä',
  'suunnittelija',
  'asiantuntija',
  'päällikkö',
  'myyjä',
  'hoitaja',
  'tutkija',
  'opettaja',
  'analyytikko',
];
/** Germanic compounds end in a role word: "Dataanalytiker", "Produktionsledare", "Pflegefachkraft", "Buchhalter". */
const COMPOUND_END =
  'chef|doktorand|doktorandin|medarbejder|medarbetare|mitarbeiter|mitarbeiterin|sachbearbeitung|leitung|analytiker|ledare|leder|entwickler|entwicklerin|ingenieur|ingenieurin|berater|beraterin|kraft|techniker|elektroniker|halter|halterin|utvecklare|medewerker|ontwikkelaar|referent|referentin|sachbearbeiter|planer|spezialist|spezialistin|manager|designer|redakteur|assistent|assistentin|leiter|leiterin|koordinator|koordinatorin|agent|werker|fahrer|fahrerin|mechaniker|mechanikerin|monteur|pfleger|pflegerin|verkäufer|verkäuferin|helfer|helferin|lehtori|insinööri|kehittäjä|suunnittelija|asiantuntija|päällikkö|hoitaja|tutkija|opettaja';
export const ROLE_NOUN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${ROLE_WORDS.join('|')})(?:s|es)?(?![\p{L}\p{N}])|\p{L}{3}(?:${COMPOUND_END})(?![\p{L}\p{N}])|エンジニア|デザイナー|マネージャー|担当|개발자|엔지니어|디자이너|매니저|기획자|담당자|연구원|간호사|工程师|设计师|经理|专员|主管|开发`,
  'iu',
);

/** A word boundary that knows letters outside ASCII (JavaScript's \b does not: "ł" and "ứ" are not word characters to it). */
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
const words = (list: string, flags = 'iu') => new RegExp(`${B}(?:${list})${E}`, flags);

// A capitalized run of words: a name or a title. Stops at the first lower-case word, and after
// twelve words: no name is longer, and an unbounded run over a page of Title Case text made
// each match attempt read to the end of the page (quadratic) and took the page for a name.
const CAP_WORD = String.raw`(?:[A-Z0-9][\p{L}\p{N}&/+.'’-]*|&)`;
const CAP_RUN = String.raw`${CAP_WORD}(?:[ \t]+(?:${CAP_WORD}|of|and|for|in|de|the)){0,11}`;
/** An optional legal form after a capitalised run ("Acme Robotics GmbH", "Orrin Wind, Ltd"). */
const LEGAL = String.raw`(?:,?[ \t]+${LEGAL_FORM_SOURCE})?`;

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
    const inline = new RegExp(String.raw`^(?:#{1,6}\s+)?(?:${labels.source})\s*(?::|-|–|—)\s*(.+)$`, 'iu').exec(line);
    if (inline && !sectionOf(inline[1]!)) return inline[1]!.trim();
    // "Jobs finden" / "Unternehmen" / "Lohnrechner": a menu copied a line each, its items no labels.
    const bare = new RegExp(String.raw`^(?:#{1,6}\s+)?(?:${labels.source}):?$`, 'iu').test(line);
    if (bare && !inMenuRun(lines, i, (l) => fieldOfLabel(l) !== undefined)) {
      const next = lines.slice(i + 1).find((l) => l.trim() !== '');
      // The line after a bare label is its value only when it is short and is not the next section ("About the job").
      const value = next
        ?.trim()
        .replace(/^[-*+]\s+/, '')
        .replace(/\*\*/g, '')
        .trim();
      // "Unternehmen" over "Gehaltsrechner": a menu copied a line each, no label and its value.
      if (value && value.length <= 120 && !sectionOf(value) && !/^#/.test(value) && !MENU_ITEM.test(value))
        return value;
    }
  }
  return undefined;
}

/**
 * An organisation's name on a line of its own under the title ("Department
 * for Public Records", "Nordlicht Sprachdaten GmbH · Hamburg") that the
 * posting names again further down: the employer, as boards print it.
 */
function nameAtTop(lines: string[]): string | undefined {
  const head = lines
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(1, 4);
  const rest = lines.slice(4).join('\n');
  for (const line of head) {
    const part = line
      .replace(/\*\*/g, '')
      .split(/\s+[·|•]\s+|,\s+/)[0]!
      .trim();
    if (
      part.length < 3 ||
      part.length > 60 ||
      // "Rhys Penhaligon · 3rd": a person on a social network, the sender of a message.
      CONNECTION_DEGREE.test(line) ||
      // "Berlin, Germany (Hybrid)": where, not who.
      isPlace(part) ||
      ROLE_NOUN.test(part) ||
      sectionOf(part) ||
      /[.!?:]$/.test(part) ||
      /\d/.test(part)
    )
      continue;
    if (!new RegExp(String.raw`^${CAP_RUN}${LEGAL}$`, 'u').test(part) || part.split(/\s+/).length > 6) continue;
    const core = withoutLegalForm(part);
    if (rest.includes(core) && !PRONOUN.test(core.split(/\s+/)[0]!)) return part;
  }
  return undefined;
}

/**
 * A recruiting agency's posting: the agency is not the employer, and the client is unnamed unless the agency
 * names it ("Hays are delighted to be partnering with Brackenford Borough Council", CLIENT_NAMED).
 */
export const AGENCY =
  /\b(?:our client|on behalf of (?:our|a|the) client|employment (?:business|agency)|recruitment (?:agency|consultancy|partner)|staffing (?:agency|firm)|(?:delighted|pleased|excited|proud) to be (?:partnering|working) with|nasz klient|naszego klienta|unser(?:en|em)? kunden?|notre client|nuestro cliente|nosso cliente|il nostro cliente|per conto d(?:i|el|ella) (?:nostro|nostra) client[ea]|società di ricerca e selezione|vår kunde|(?:mijn|onze) opdrachtgever)\b/i;

/**
 * The staffing brands that post most of the agency ads on boards ("Hays Accountancy & Finance", "Randstad
 * Professional"): a posting under one is an agency's, whatever it says.
 */
export const STAFFING_BRAND =
  /\b(?:hays|randstad|adecco|manpower(?:group)?|michael page|page personnel|pagegroup|robert half|robert walters|kelly services|harvey nash|gi group|synergie|tempo-team|start people|pertemps|blue arrow|office angels|morgan mckinley|experis|akkodis|aerotek|teksystems|spring professional|harnham|proclinical)\b/i;
/** Words of a recruiting agency's name ("Brookfield Search", "Northpoint Staffing"), or a staffing brand. */
export const AGENCY_NAME = new RegExp(
  `search|recruit|staffing|talent|personnel|agency|consult|headhunt|placement|resourcing|${STAFFING_BRAND.source}`,
  'i',
);

/** Where an agency names its client: "partnering with X, who…", "a role I'm working on exclusively with X,", "on behalf of X.", "our client, X, is…", "Namens mijn opdrachtgever X". */
const CLIENT_NAMED = new RegExp(
  String.raw`(?:(?:partnering|working)(?:\s+on)?(?:\s+(?:exclusively|directly|closely))?\s+with|exclusively with|on behalf of|recruiting for|retained by|[Oo]ur client(?:,| is)?|[Ii]l nostro cliente è|[Pp]er conto di|[Nn]otre client(?:,| est)|[Nn]uestro cliente(?:,| es)|[Uu]nser Kunde(?:,| ist)|(?:[Mm]ijn|[Oo]nze) opdrachtgever(?:,| is)|namens (?:mijn|onze) opdrachtgever|im auftrag (?:von|unseres kunden)|pour le compte de|en nombre de|em nome de|w imieniu)\s+((?:the\s+)?\p{Lu}[\p{L}\p{M}&'’.-]*(?:\s+(?:of|for|and|&|de|du|des|la|le|van|der|für|\p{Lu}[\p{L}\p{M}&'’.-]*)){0,6}?)(?=\s*[,.(;]|\s+(?:who|which|to|in|is|are|has|have|for|—|–|-)\s)`,
  'u',
);

/** The client an agency's posting names, if it names one. */
export function agencyClient(text: string): string | undefined {
  const m = CLIENT_NAMED.exec(text.slice(0, 20000));
  const name = m?.[1]?.replace(/^the\s+/i, '');
  return name && !AGENCY_NAME.test(name) && !/^(?:our|a|an|us|you|we)$/i.test(name) ? name : undefined;
}

const COMPANY_LABELS =
  /company|employer|company name|organi[sz]ation|hiring company|firma|pracodawca|unternehmen|arbeitgeber|entreprise|employeur|société|empresa|empregador|arbeidsgiver|selskap|virksomhet|công ty|nhà tuyển dụng/;
/** Words after "About"/"Join" that name a section, not a company: "About The Team", "Join Our Team". */
const PRONOUN = /^(?:the|us|our|a|an|you|this|we|vi|wir|nous|my|nosotros|nós|nos|chúng|somos)$/i;
const NOT_A_NAME =
  /^(?:the|us|our|a|an|you|this|team|role|job|position|company|opportunity|department|programme|program|unit|directorate|we|vi|wir|nous|my|nosotros|nós|nos|chúng|somos|here|there|they|he|she|it|sie|ils|elles|ellos|ellas|eles|elas|loro|zij|de|oni|ony|dem|client)$/i;

/** The company, and whether it was stated (a label) or read from prose (guessed). */
export function extractCompanyWithEvidence(
  text: string,
): { name: string; guessed: boolean; how: 'label' | 'hiring' | 'join' | 'top' | 'legal' } | undefined {
  const lines = text.split('\n');
  const explicit = labelled(lines, COMPANY_LABELS);
  if (explicit && explicit.length <= 100)
    return { name: explicit.replace(/\s*\(.*\)\s*$/, '').trim() || explicit, guessed: false, how: 'label' };
  const looking = new RegExp(
    String.raw`(?:^|[.!?]\s+)(${CAP_RUN}${LEGAL})[ \t]+(?:(?:is|are)\s+(?:looking for|hiring|seeking|searching for|recruiting)|busca|buscan|recrute|recherche|szuka|poszukuje|sucht|procura|contrata|søker|tuyển)(?![\p{L}])`,
    'mu',
  ).exec(text);
  if (
    looking &&
    !/^(?:We|Our|The team|This team)$/i.test(looking[1]!) &&
    !NOT_A_NAME.test(looking[1]!.split(/\s+/)[0]!)
  )
    return { name: tidy(looking[1]!), guessed: false, how: 'hiring' };
  for (const join of text.matchAll(
    new RegExp(String.raw`\b(?:Join|Why Join|About|Working at|Life at)\s+(${CAP_RUN}${LEGAL})`, 'gu'),
  )) {
    const name = tidy(join[1]!.replace(/\s*\(.*$/, ''));
    const first = name.split(/\s+/)[0]!;
    if (NOT_A_NAME.test(first) || /\b(?:team|role|job|position)$/i.test(name) || sectionOf(`About ${name}`)) continue;
    return { name, guessed: true, how: 'join' };
  }
  const top = nameAtTop(lines);
  if (top) return { name: top, guessed: true, how: 'top' };
  const legal = new RegExp(String.raw`\b(${CAP_RUN}(?:,?[ \t]+${LEGAL_FORM_SOURCE}))(?![\p{L}])`, 'u').exec(text);
  if (legal && !NOT_A_NAME.test(legal[1]!.split(/\s+/)[0]!))
    return { name: legal[1]!.trim(), guessed: true, how: 'legal' };
  return undefined;
}

/** A headline such as "Remote Senior Data Linguist – Bilingual (…) – Team name": the first part that names a role. */
function positionFromHeadline(line: string): string | undefined {
  const clean = line
    .trim()
    .replace(/^#+\s*/, '')
    .replace(/\*\*/g, '');
  if (!clean || clean.length > 200 || /[.!?:]$/.test(clean) || !ROLE_NOUN.test(clean)) return undefined;
  const part = clean.split(/\s+[–—|-]\s+/).find((p) => ROLE_NOUN.test(p)) ?? clean;
  return tidy(
    part
      .replace(/^(?:Remote|Hybrid|On-?site|Fully remote)\s+/i, '')
      .replace(/\s*\((?:m\/w\/d|w\/m\/d|m\/f\/d|f\/h|h\/f|m\/k|k\/m|m\/f|f\/m|all genders)\)/gi, '')
      .replace(/\s*\((?:remote|hybrid|on-?site|zdalnie|remoto|hybrydowo)\)\s*$/i, ''),
  );
}

// "… is looking for a Data Linguist": the phrase after a company's name, and the title it introduces.
const HIRING = new RegExp(
  String.raw`\s+(?:is|are)\s+(?:looking for|hiring|seeking|searching for|recruiting)\s+(?:an?\s+|our next\s+)?(${CAP_RUN})`,
  'u',
);

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
  const explicit = labelled(
    lines,
    /position|job title|role|title|stanowisko|stelle|stellenbezeichnung|poste|intitulé du poste|puesto|cargo|vaga|stilling|stillingstittel|vị trí|chức danh/,
  );
  if (explicit) return explicit;
  const prose = company
    ? hiringAfter(text, company)
    : new RegExp(String.raw`\b${CAP_RUN}${HIRING.source}`, 'u').exec(text)?.[1];
  if (prose && ROLE_NOUN.test(prose)) return tidy(prose);
  const first = lines.find((l) => l.trim() !== '');
  const headline = first ? positionFromHeadline(first) : undefined;
  if (headline) return headline;
  // A saved page's first heading, when the page starts with navigation text.
  const heading = lines.slice(0, 40).find((l) => /^#{1,2}\s+\S/.test(l));
  const fromHeading = heading ? positionFromHeadline(heading) : undefined;
  if (fromHeading) return fromHeading;
  const we = new RegExp(
    String.raw`\b(?:We|we)\s+(?:are|’re|'re)\s+(?:looking for|hiring|seeking|searching for)\s+(?:an?\s+|our next\s+)?(${CAP_RUN})`,
    'u',
  ).exec(text);
  if (we && ROLE_NOUN.test(we[1]!)) return tidy(we[1]!);
  const as = new RegExp(String.raw`\bAs (?:an?|our)\s+(${CAP_RUN}),?\s+you\b`, 'u').exec(text);
  if (as && ROLE_NOUN.test(as[1]!)) return tidy(as[1]!);
  return undefined;
}

export function extractJobId(text: string): string | undefined {
  const m =
    /\b(?:Job|Req(?:uisition)?|Posting|Vacancy|Reference|Ref|Position|Stellen)\.?\s*(?:ID|No\.?|Number|#|Code)\s*[:#-]?\s*((?=[A-Z_./-]*\d)[A-Z0-9][A-Z0-9_./-]{2,})/i.exec(
      text,
    ) ??
    /(?:^|\s)(?:Reference|Ref\.?|Referenznummer|Kennziffer|Référence|Réf\.?|Referencia|Código(?: da vaga)?|Referansenummer|Numer referencyjny|Nr ref\.?|Mã (?:công việc|tin))\s*[:#]\s*((?=[A-Z_./-]*\d)[A-Z0-9][A-Z0-9_./-]{2,})/imu.exec(
      text,
    );
  return m?.[1]?.replace(/[./]$/, '');
}

/**
 * A word list of this module joined with the one lexicon's phrases for the same concepts: a phrase added to
 * lexicon.ts is read here too; the list keeps the forms the lexicon does not hold yet.
 */
const withLexicon = (list: string, concepts: Concept[], flags: string) =>
  new RegExp([words(list).source, ...concepts.map((c) => conceptPattern(c).source)].join('|'), flags);

const REMOTE = withLexicon(
  'remote|fully remote|work from home|work-from-home|wfh|zdalnie|praca zdalna|pracy zdalnej|zdalna|homeoffice|home office|home-office|mobiles arbeiten|remote-first|télétravail|teletravail|à distance|teletrabajo|remoto|trabajo remoto|trabalho remoto|100% remoto|home-office|hjemmekontor|fjernarbeid|từ xa|làm việc từ xa|remote work',
  ['remote'],
  'giu',
);
const HYBRID = withLexicon(
  'hybrid|hybrydowo|hybrydowa|hybrydowy|hybride|híbrido|hibrido|híbrida|hybrid arbeid|kết hợp|linh hoạt',
  ['hybrid'],
  'giu',
);
const ONSITE = withLexicon(
  'on-?site|in-office|in office \\d|office-based|site-based|stacjonarnie|praca stacjonarna|vor ort|präsenz|sur site|présentiel|presencial|no escritório|på kontoret|tại văn phòng',
  ['onsite'],
  'giu',
);

/** Words joined by slashes ("ONSITE/REMOTE/HYBRID", "Hybrid / Remote"): one slot of a list, read part by part. */
const SLASHED = /[^\s/]+(?:[ \t]*\/[ \t]*[^\s/]+)+/gu;

/**
 * The text without its choices between workplaces: "ONSITE/REMOTE/HYBRID" in a board's format line, or
 * "Hybrid/Remote" where either will do, says no one workplace.
 */
function withoutWorkplaceChoices(text: string): string {
  const kinds = (group: string) =>
    new Set(
      group.split('/').flatMap((part) =>
        (
          [
            ['remote', REMOTE],
            ['hybrid', HYBRID],
            ['onsite', ONSITE],
          ] as const
        )
          .filter(([, re]) => new RegExp(re.source, 'iu').test(part.trim()))
          .map(([kind]) => kind),
      ),
    ).size;
  return text.replace(SLASHED, (group) => (kinds(group) >= 2 ? ' ' : group));
}

/**
 * Remote work said not to be on offer: "Télétravail non autorisé", "no remote", "kein Homeoffice",
 * "Remote: No", "sin teletrabajo". The job is then at the workplace.
 */
const NOT_REMOTE = new RegExp(
  String.raw`(?<![\p{L}])(?:no|not|non|kein|keine|keinen|pas de|sans|sin|sem|geen|ingen|inte|ikke|brak|bez|niente|без)[\s-]+(?:${REMOTE.source})(?:\s+(?:or|and|oder|ou|o|ni|of|eller)\s+(?:${REMOTE.source}))?|(?:${REMOTE.source})(?:\s+[\p{L}-]+){1,5}?\s+(?:leider\s+)?(?:(?:is |are )?not (?:possible|available|allowed|offered|an option)|nicht möglich|pas possible|no (?:es )?posible|não (?:é )?possível|niet mogelijk|ikke mulig|inte möjligt)|(?<![\p{L}])(?:cannot|can't|can not|does not allow|doesn't allow|kan inte|kan ikke|kann nicht|erlaubt kein|ne peut pas|ne permet pas|n.autorise pas|no se puede|no permite|não pode|não permite|non può|non consente|kan niet)(?:\s+[\p{L}-]+){0,3}?\s+(?:${REMOTE.source})|(?:${REMOTE.source})\s*:?\s*(?:(?:is |are )?not (?:possible|available|allowed|offered|an option)|non (?:autorisé|possible|disponible|prévu|previsto|disponibile)|pas possible|nicht möglich|não (?:é )?(?:possível|permitido)|no (?:es )?posible|no disponible|niet mogelijk|ikke mulig|inte möjligt|niemożliwa|no(?![\p{L}])|nein(?![\p{L}])|non(?![\p{L}]))`,
  'giu',
);

/**
 * "リモート可", "在宅勤務可": remote work allowed, a Japanese posting's way of saying some days from home, not a
 * remote job ("フルリモート" is one). It says neither on its own; with its days before it ("週2日まで在宅勤務可") it is
 * hybrid, and is left for the hybrid phrases to read.
 */
const REMOTE_ALLOWED =
  /(?<!フル|週\s?[1-4１-４]\s?日(?:まで)?)(?:リモート(?:ワーク)?|在宅(?:勤務)?|テレワーク)可(?:能)?/gu;

/**
 * Something the office has, not where the work is: "free on-site parking", "an onsite gym", "on-site
 * interviews", "Parkplätze vor Ort".
 */
const ON_SITE_AMENITY =
  /(?<![\p{L}])on[- ]?site\s+(?:parking|car park|gym|fitness|canteen|cafeteria|café|cafe|restaurant|childcare|nursery|crèche|creche|interviews?|amenities|kitchen|shop|clinic|health|doctor|massage|showers?|bike storage|barista)(?![\p{L}])|(?<![\p{L}])(?:parkplätze|parkplatz|kantine)\s+vor\s+ort(?![\p{L}])/giu;

export function extractWorkplace(text: string): PostingFields['workplace'] {
  text = withoutWorkplaceChoices(text).replace(REMOTE_ALLOWED, ' ').replace(ON_SITE_AMENITY, ' ');
  const refused = text.match(NOT_REMOTE)?.length ?? 0;
  text = text.replace(NOT_REMOTE, ' ');
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  const first = text.split('\n').find((l) => l.trim() !== '') ?? '';
  // "two days from home", "Homeoffice an zwei Tagen", "télétravail deux jours", "2 ngày mỗi tuần": remote some days is
  // hybrid; "Posted 3 days ago" beside "Remote only" is not.
  const someDays =
    /(?<![\p{L}\p{N}])(?:[1-4]|one|two|three|four|jeden|dwa|dwóch|trzy|einem|zwei|drei|deux|trois|un|uno|una|due|quattro|dos|tres|dois|to|tre|en|een|twee|drie|vier|två|fyra|kaksi|kolme|neljä)\s+(?:days?|tage?n?|jours?|días?|dias?|giorn[oi]|dager|dagen|dagar|dage|dni|ngày|päivää|päivänä)(?![\p{L}])(?!\s+(?:ago|left|remaining))|teilweise|partiel|parcial|część|delvis/iu;
  // Japanese says the office days on their own: "週1～2日程度の出社" (coming in one or two days a week).
  const officeDays =
    /週\s?[1-4１-４](?:\s?[～〜~\-ー]\s?[1-4１-４])?\s?日[^\n。]{0,6}出社|出社[^\n。]{0,8}週\s?[1-4１-４]\s?日/u.test(
      text,
    )
      ? 1
      : 0;
  const hybridDays =
    [...text.matchAll(REMOTE)].filter((m) =>
      someDays.test(text.slice(Math.max(0, m.index - 50), m.index + m[0].length + 50)),
    ).length + officeDays;
  const scores = {
    remote: count(REMOTE) - hybridDays,
    hybrid: count(HYBRID) + hybridDays,
    onsite: count(ONSITE) + refused,
  };
  const test = (re: RegExp, s: string) => new RegExp(re.source, 'iu').test(s);
  // "Hybrid Remote" (Teamtailor), "Remote (hybrid)": a line that says hybrid is hybrid, whatever else it says.
  if (test(HYBRID, first)) return 'hybrid';
  if (test(REMOTE, first) && hybridDays === 0) return 'remote';
  // "presenza in stabilimento, con un giorno di smart working a settimana": the office, and home some days.
  if (test(ONSITE, first)) return hybridDays > 0 && test(REMOTE, first) ? 'hybrid' : 'onsite';
  // A hybrid posting mentions remote days: "hybrid" beats "remote" whenever it is said.
  if (scores.hybrid > 0) return 'hybrid';
  const best = (Object.entries(scores) as [keyof typeof scores, number][]).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : undefined;
}

const NUMBER_WORDS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  nine: '9',
  twelve: '12',
  eighteen: '18',
  'twenty-four': '24',
};

/**
 * Fixed-term and contract work: the lexicon's words (lexicon.ts `contract`, every language) and the phrases
 * only this reader needs. "B2B" is a Polish contract only as one ("umowa B2B", "B2B: 120 zł/h", "na B2B"): in
 * English it is mostly a market ("B2B or healthcare tools").
 */
const CONTRACT = withLexicon(
  'contractual (?:role|position|basis|job|employment|engagement)|contract (?:role|position|basis|job)|(?:w-?2|c2c|1099)\\s+contract|contract\\s*[-–:]\\s*(?:w-?2|c2c|1099|corp[- ]to[- ]corp)|\\d+[-\\s]months? contract|cdd|pj|b2b(?=\\s*(?:contract|umowa|[:(/|–-]|\\d))|(?:na|przez)\\s+b2b|b2b\\s+(?:or|lub|albo|i|and)\\s+(?:uop|umowa|employment)',
  ['contract'],
  'iu',
);
const PERMANENT = withLexicon(
  'full[-\\s‑]?time|pełny etat|pełen etat|pełnym etacie|umowa o pracę|uop|vollzeit|unbefristet|cdi|temps plein|jornada completa|tiempo completo|contrato indefinido|clt|tempo integral|efetivo|fast stilling|heltid|fast ansettelse|toàn thời gian|chính thức|permanent (?:position|role|contract|job|post)|festanstellung|feste anstellung|tempo pieno|tempo indeterminato|voltijd|vast contract|tillsvidareanställning|heltidstjänst|fuldtid|fastansættelse|полная занятость|na czas nieokreślony|plný úvazek|tam zamanlı|正社員|フルタイム',
  ['fullTime', 'permanent'],
  'iu',
);
const PART = withLexicon(
  'part[-\\s‑]?time|tempo parziale|deeltijd|deltidstjänst|deltid|частичная занятость|неполная занятость|zkrácený úvazek|yarı zamanlı|パートタイム|niepełny etat|część etatu|pół etatu|teilzeit|temps partiel|media jornada|tiempo parcial|meio período|meio periodo|deltid|bán thời gian|werkstudent|werkstudentin',
  ['partTime'],
  'iu',
);
/** Full-time hours, as against a permanent contract (CDI, unbefristet), which may be part-time. */
const FULL_HOURS =
  /full[-\s‑]?time|vollzeit|temps plein|tiempo completo|jornada completa|tempo integral|tempo pieno|heltid|voltijd|pełny etat|pełen etat|toàn thời gian/iu;
// Not the lexicon's internship words: its "Ausbildung" is as often a requirement ("abgeschlossene Ausbildung").
const INTERN = words(
  'internship|intern|staż|stażysta|praktyki|praktykant|praktikum|praktikant|praktikantin|stagiaire|stage de fin d.études|alternance|prácticas|becario|becaria|estágio|estagiário|estagiária|trainee|praksis|thực tập|thực tập sinh|인턴|인턴십|magang|pemagangan',
);

export function extractEmployment(text: string): PostingFields['employment'] {
  // A job's share of full hours alone, as a board's field gives it ("Stillingsprosent: 80 %", "Pensum: 60–80%").
  const share = /^\s*(?:(\d{1,3})\s*[-–]\s*)?(\d{1,3})\s*%\s*$/.exec(text);
  if (share) {
    const most = Number(share[2]);
    if (most > 0 && most < 100) return { type: 'part-time' };
    if (most === 100 && (share[1] === undefined || Number(share[1]) === 100)) return { type: 'full-time' };
    return undefined;
  }
  const contract = new RegExp(CONTRACT.source, 'iu').exec(text);
  const permanent = PERMANENT.test(text);
  if (contract) {
    const near = text.slice(Math.max(0, contract.index - 60), contract.index + 200);
    const term =
      /\b(?:for|of)\s+(\d+|one|two|three|four|five|six|nine|twelve|eighteen|twenty-four)\s+(months?|years?|weeks?)\b/i.exec(
        near,
      ) ??
      /\b(\d+|six|twelve)[-\s](months?|years?)\b/i.exec(near) ??
      /(?:na|für|pour|por|de|på)\s+(\d+)\s+(miesięcy|miesiące|monate|monaten|mois|meses|måneder)/i.exec(near);
    const n = term ? (NUMBER_WORDS[term[1]!.toLowerCase()] ?? term[1]!) : undefined;
    const unit = term
      ? /^(?:mies|monat|mois|mes|måned)/i.test(term[2]!)
        ? 'months'
        : term[2]!.toLowerCase().replace(/^(month|year|week)$/, n === '1' ? '$1' : '$1s')
      : undefined;
    // "B2B or employment contract": two kinds offered, neither is certain; a stated fixed term still is.
    if (!term && permanent && /b2b|(?:^|\s)pj|freelance|contractor/i.test(contract[0])) return undefined;
    return term ? { type: 'contract', term: `${n} ${unit}` } : { type: 'contract' };
  }
  // An internship and a permanent job both named: the first named is the posting's, the other another offer
  // ("Marketing Intern … full-time, 3 months"; "full-time, permanent … apply to our internship in the spring").
  const intern = text.search(new RegExp(INTERN.source, 'iu'));
  if (intern >= 0 && (!permanent || intern < text.search(new RegExp(PERMANENT.source, 'iu'))))
    return { type: 'internship' };
  // Both said: a line or list item that starts with the kind states the job's ("• Full time, permanent (38 hrs)");
  // the other is about someone else ("lead a team of 12 casual & part time crew"). A permanent contract and
  // part-time hours on one line are one job's ("CDI · Temps partiel").
  const partOfPermanent = text.split('\n').some((l) => PART.test(l) && PERMANENT.test(l) && !FULL_HOURS.test(l));
  if (PART.test(text) && (partOfPermanent || !(permanent && leads(PERMANENT, text) && !leads(PART, text))))
    return { type: 'part-time' };
  if (permanent) return { type: 'full-time' };
  return undefined;
}

/** Whether a line or a list item of `text` starts with what `re` matches. */
function leads(re: RegExp, text: string): boolean {
  const start = new RegExp(String.raw`^[ \t]*(?:[-*•·▪][ \t]*)?(?:${re.source})`, 'imu');
  return start.test(text);
}
