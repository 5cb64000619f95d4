import type { DossierContext } from '../config/load.ts';
import type { StageKind } from '../lib/stages.ts';
import { foldLabel } from './sections.ts';

/**
 * The one vocabulary of field names the importer reads: tracker columns,
 * Notion and front-matter properties, and labelled lines of a posting
 * ("Company: X", "Компания: X", "勤務地：東京"). A name is compared folded
 * (no case, accents, punctuation or emoji), in English and the languages
 * postings here come in: German, French, Spanish, Portuguese, Italian, Dutch,
 * Polish, Swedish, Norwegian, Danish, Finnish, Russian, Japanese, Vietnamese.
 */
export type LabelField =
  | 'company'
  | 'position'
  | 'stage'
  | 'applied'
  | 'url'
  | 'salary'
  | 'location'
  | 'deadline'
  | 'jobId'
  | 'source'
  | 'cv'
  | 'workplace'
  | 'employment'
  | 'tags'
  | 'languages'
  | 'notes'
  | 'contact';

const NAMES: Record<LabelField, string[]> = {
  company: [
    'company',
    'company name',
    'employer',
    'organisation',
    'organization',
    'org',
    'hiring company',
    'hiring organization',
    'hiring organisation',
    'business',
    'firm',
    'firma',
    'pracodawca',
    'nazwa firmy',
    'unternehmen',
    'arbeitgeber',
    'entreprise',
    'employeur',
    'societe',
    'structure',
    'organisme',
    'collectivite',
    'etablissement',
    'empresa',
    'empleador',
    'entidad',
    'organismo',
    'empregador',
    'azienda',
    'societa',
    'bedrijf',
    'werkgever',
    'organisatie',
    'foretag',
    'arbetsgivare',
    'bedrift',
    'arbeidsgiver',
    'selskap',
    'virksomhet',
    'virksomhed',
    'arbejdsgiver',
    'tyonantaja',
    'yritys',
    'компания',
    'работодатель',
    'организация',
    '会社名',
    '企業名',
    '会社',
    'cong ty',
    'nha tuyen dung',
  ],
  position: [
    'position',
    'job title',
    'title',
    'role',
    'the role',
    'the position',
    'the job',
    'role title',
    'job',
    'job position',
    'position title',
    'job role',
    'job name',
    'vacancy',
    'stanowisko',
    'stelle',
    'stellenbezeichnung',
    'stellentitel',
    'poste',
    'intitule du poste',
    'titre du poste',
    'puesto',
    'cargo',
    'vaga',
    'posizione',
    'ruolo',
    'functie',
    'vacature',
    'tjanst',
    'befattning',
    'yrkesroll',
    'roll',
    'stilling',
    'stillingstittel',
    'titel',
    'tehtava',
    'должность',
    'вакансия',
    'позиция',
    '職種',
    '募集職種',
    'ポジション',
    'vi tri',
    'chuc danh',
  ],
  stage: [
    'status',
    'stage',
    'progress',
    'application status',
    'state',
    'pipeline',
    'pipeline stage',
    'list',
    'column',
    'etap',
    'statut',
    'estado',
    'stato',
    'fase',
    'статус',
    'ステータス',
  ],
  applied: [
    'date applied',
    'applied on',
    'applied date',
    'application date',
    'applied',
    'date of application',
    'submitted',
    'submitted on',
    'applied at',
    'date submitted',
    'date',
    'data aplikacji',
    'beworben am',
    'bewerbungsdatum',
    'date de candidature',
    'fecha de postulacion',
    'fecha de aplicacion',
    'data da candidatura',
    'data candidatura',
    'sollicitatiedatum',
    'ansokningsdatum',
    'soknadsdato',
    'ansogt',
    'дата отклика',
    '応募日',
  ],
  url: [
    'link',
    'url',
    'listing',
    'job link',
    'job url',
    'posting',
    'posting url',
    'job posting',
    'listing url',
    'job listing',
    'website',
    'apply link',
    'application link',
    'apply',
    'apply here',
    'apply at',
    'apply online',
    'to apply',
    'post url',
    'stellenanzeige',
    'lien',
    'enlace',
    'link oferty',
    'annonce',
    'annons',
    'annonse',
    'ссылка',
    'リンク',
  ],
  salary: [
    'salary',
    'pay',
    'compensation',
    'salary range',
    'expected salary',
    'rate',
    'day rate',
    'hourly rate',
    'wage',
    'comp',
    'base salary',
    'pay range',
    'min salary',
    'max salary',
    'minimum salary',
    'maximum salary',
    'salary min',
    'salary max',
    'salary from',
    'salary to',
    'wynagrodzenie',
    'widelki',
    'gehalt',
    'verguetung',
    'vergutung',
    'entgelt',
    'salaire',
    'remuneration',
    'salario',
    'sueldo',
    'remuneracao',
    'retribuzione',
    'stipendio',
    'ral',
    'salaris',
    'lon',
    'lonn',
    'palkka',
    'зарплата',
    'заработная плата',
    'оклад',
    'доход',
    '給与',
    '年収',
    '月給',
    'luong',
    'muc luong',
  ],
  location: [
    'location',
    'primary location',
    'primarer standort',
    'city',
    'place',
    'office',
    'where',
    'based in',
    'work location',
    'job location',
    'office location',
    'locations',
    'lokalizacja',
    'miejsce pracy',
    'miasto',
    'standort',
    'arbeitsort',
    'einsatzort',
    'dienstort',
    'ort',
    'lieu',
    'lieu de travail',
    // Indeed's "Work location" in French ("Lieu du poste : En présentiel") and Spanish.
    'lieu du poste',
    'lugar de trabajo',
    'localisation',
    'ville',
    'ubicacion',
    'localizacion',
    'ciudad',
    'localizacao',
    'local de trabalho',
    'local',
    'cidade',
    'sede',
    'sede di lavoro',
    'luogo di lavoro',
    'citta',
    'locatie',
    'standplaats',
    'plaats',
    'werklocatie',
    'placering',
    'arbetsort',
    'kommun',
    'kunta',
    'paikkakunta',
    'arbeidssted',
    'sted',
    'kontorsted',
    'arbejdssted',
    'sijainti',
    'город',
    'местоположение',
    'место работы',
    '勤務地',
    'dia diem',
    'noi lam viec',
    'dia diem lam viec',
  ],
  deadline: [
    'deadline',
    'closing date',
    'job posting end date',
    'posting end date',
    'unposting date',
    'ablaufdatum der stellenausschreibung',
    'ablaufdatum',
    'apply by',
    'due date',
    'application deadline',
    'closes',
    'close date',
    'apply before',
    'bewerbungsfrist',
    'bewerbungsschluss',
    'date limite',
    'date limite de candidature',
    'fecha limite',
    'prazo',
    'scadenza',
    'sluitingsdatum',
    'sista ansokningsdag',
    'soknadsfrist',
    'frist',
    'ansogningsfrist',
    'haku paattyy',
    'termin skladania ofert',
    'срок',
    '応募締切',
    'han nop',
    'han nop ho so',
  ],
  jobId: [
    'job id',
    'job post id',
    'job posting id',
    'req id',
    'requisition',
    'requisition id',
    'reference',
    'job reference',
    'ref',
    'job number',
    'reference number',
    'ref no',
    'vacancy number',
    'vacancy id',
    'job ref',
    'announcement number',
    'kennziffer',
    'referenznummer',
    'reference de l offre',
    'referencia',
    'codigo',
    'codigo da vaga',
    'riferimento',
    'codice',
    'rif',
    'vacaturenummer',
    'referensnummer',
    'referanse',
    'referansenummer',
    'numer referencyjny',
    'nr ref',
    'номер вакансии',
    '求人番号',
    'ma cong viec',
  ],
  source: [
    'source',
    'found via',
    'platform',
    'board',
    'job board',
    'where found',
    'found on',
    'channel',
    'quelle',
    'zrodlo',
    'fuente',
    'fonte',
    'bron',
    'kalla',
    'kilde',
    'источник',
  ],
  cv: ['cv', 'resume', 'cv version', 'resume version', 'cv title', 'resume used', 'lebenslauf'],
  workplace: [
    'remote',
    'remote job',
    'remote work',
    'remote work policy',
    'remote policy',
    'workplace type',
    'work arrangement',
    'telework eligible',
    'work mode',
    'workplace',
    'remote hybrid onsite',
    'work type',
    'work model',
    'remote onsite',
    'on site remote',
    'arbeitsmodell',
    'modalidad',
    'modalidade',
    'modalita',
    'tryb pracy',
    'формат работы',
    'график работы',
    '勤務形態',
    'hinh thuc lam viec',
  ],
  employment: [
    'employment type',
    'job type',
    'employment',
    'contract type',
    // EURAXESS's facts: "Type of Contract: Temporary", "Job Status: Full-time".
    'type of contract',
    'job status',
    'type',
    'contract',
    'vertragsart',
    'stellenart',
    'arbeitszeit',
    'arbeitszeitmodell',
    'working hours',
    'anstellungsart',
    'beschaftigungsart',
    'beschaftigungsumfang',
    'stellenumfang',
    'wochenarbeitszeit',
    'type de contrat',
    'tipo de contrato',
    'jornada',
    'tipo di contratto',
    'contratto',
    'dienstverband',
    'anstallningsform',
    'omfattning',
    'ansettelsesform',
    'stillingstype',
    'stillingsprosent',
    'stillingsandel',
    'tjanstgoringsgrad',
    'arbeitspensum',
    'pensum',
    'beschaftigungsgrad',
    'stellenumfang',
    'ansaettelsesform',
    'rodzaj umowy',
    'forma zatrudnienia',
    'wymiar etatu',
    'занятость',
    'тип занятости',
    '雇用形態',
    'loai hinh',
  ],
  tags: ['tags', 'labels', 'keywords'],
  languages: ['languages', 'language', 'sprachen', 'langues', 'idiomas', 'lingue', 'talen', 'sprak', 'jezyki', 'языки'],
  notes: ['notes', 'comments', 'comment', 'note', 'remarks', 'description', 'next steps', 'next step', 'notizen'],
  contact: [
    'contact',
    'contacts',
    'recruiter',
    'contact person',
    'hiring manager',
    'contact name',
    'recruiter name',
    'point of contact',
    'referrer',
    'referred by',
    'referral',
    'ansprechpartner',
    'ansprechpartnerin',
    'kontakt',
    'kontaktperson',
    'osoba kontaktowa',
    'rekruter',
    'contacto',
    'reclutador',
    'recruteur',
    'contato',
    'recrutador',
    'referente',
    'contactpersoon',
    'контактное лицо',
    'рекрутер',
    '担当者',
  ],
};

// Trackers' own ways of naming the job and the employer columns ("Role name", "Position applied for",
// "Jobtitel", "Functietitel", "Employer name").
NAMES.position.push(
  'opportunity',
  'opening',
  'job opening',
  'role name',
  'position name',
  'title of role',
  'job applied for',
  'applied for',
  'applied position',
  'position applied for',
  'role applied for',
  'jobtitel',
  'berufsbezeichnung',
  'positie',
  'functietitel',
  'functienaam',
  'rol',
  'intitule',
);
NAMES.company.push('organisation name', 'organization name', 'employer name', 'firmenname', 'bedrijfsnaam');

// Czech, Turkish and Finnish labels, and French and Portuguese ones postings print as sentences.
NAMES.company.push('spolecnost', 'zamestnavatel', 'sirket', 'isveren', 'kurum');
NAMES.position.push('pozice', 'pracovni pozice', 'pozisyon', 'unvan', 'tehtava');
NAMES.location.push(
  'misto vykonu prace',
  'misto prace',
  'lokalita',
  'lokasyon',
  'konum',
  'sehir',
  'calisma yeri',
  'poste situe a',
);
NAMES.salary.push('mzda', 'plat', 'maas', 'ucret', 'loon', 'faixa salarial');
NAMES.employment.push(
  'uvazek',
  'pracovni pomer',
  'calisma sekli',
  'tyosuhde',
  'regime',
  'contratacao',
  'temps de travail',
);

// Korean, Chinese, Arabic, Greek, Ukrainian, Indonesian and Hindi labels, stored folded: Hangul folds to its
// letters (NFKD), so "회사" is compared as the label's folded form.
const MORE: Partial<Record<LabelField, string[]>> = {
  company: [
    '회사',
    '회사명',
    '기업',
    '기업명',
    '公司',
    '公司名称',
    '单位',
    'الشركة',
    'شركة',
    'εταιρεία',
    'компанія',
    'роботодавець',
    'perusahaan',
    'कंपनी',
  ],
  position: [
    '직무',
    '포지션',
    '모집 직무',
    '모집분야',
    '职位',
    '岗位',
    'الوظيفة',
    'المسمى الوظيفي',
    'θέση',
    'посада',
    'вакансія',
    'posisi',
    'jabatan',
    'पद',
  ],
  location: [
    '근무지',
    '근무 지역',
    '근무지역',
    '工作地点',
    '地点',
    'الموقع',
    'مكان العمل',
    'τοποθεσία',
    'місто',
    'місце роботи',
    'lokasi',
    'स्थान',
  ],
  salary: ['연봉', '급여', '薪资', '薪酬', '工资', 'الراتب', 'μισθός', 'заробітна плата', 'gaji', 'वेतन'],
  // A notice's "Posting Title:", "Duty Station:"; "Wij zoeken: Orderpicker", "Szukamy: Spawacz" name the job.
  deadline: ['마감일', '마감', '접수 마감', '截止日期', 'آخر موعد', 'προθεσμία', 'термін подання', 'batas waktu'],
};
MORE.position!.push(
  'posting title',
  'wij zoeken',
  'we zoeken',
  'gezocht',
  'wir suchen',
  'gesucht',
  'vi söker',
  'vi søker',
  'vi søger',
  'szukamy',
  'zatrudnimy',
  'buscamos',
  'se busca',
  'cercasi',
  'cerchiamo',
  'procuramos',
  'we are hiring',
  "we're hiring",
  'now hiring',
  'hiring',
  'требуется',
);
MORE.location!.push('duty station', 'lieu d’affectation', 'lugar de destino');
// Hungarian labels of postings and trackers ("Cég", "Munkavégzés helye", "Jelentkezési határidő").
MORE.company!.push('cég', 'cégnév', 'munkáltató', 'foglalkoztató');
// A freelance mission's "Client :" is whom the work is for: the employer of the posting.
MORE.company!.push('client', 'cliente', 'kunde', 'klant', 'klient');
MORE.position!.push('pozíció', 'munkakör', 'állás', 'állás megnevezése', 'meghirdetett pozíció');
// "Empresa – Função": the job as Portugal names it.
MORE.position!.push('função', 'função pretendida', 'función');
MORE.location!.push('helyszín', 'munkavégzés helye', 'munkahely', 'város');
MORE.salary!.push('fizetés', 'bér', 'bérezés', 'juttatás');
MORE.deadline!.push('határidő', 'jelentkezési határidő', 'beadási határidő');
(MORE.stage ??= []).push('státusz', 'állapot', 'stav', 'стан');
(MORE.applied ??= []).push('jelentkezve', 'jelentkezés', 'jelentkezés dátuma', 'beadva', 'дата відгуку', 'odoslané');
(MORE.notes ??= []).push('megjegyzés', 'megjegyzések', 'poznámka', 'poznámky', 'нотатки', 'примітки');
for (const [field, names] of Object.entries(MORE) as [LabelField, string[]][])
  NAMES[field].push(...names.map((n) => foldLabel(n)));

const BY_NAME = new Map<string, LabelField>();
for (const [field, names] of Object.entries(NAMES) as [LabelField, string[]][])
  for (const name of names) if (!BY_NAME.has(name)) BY_NAME.set(name, field);

/** Folded names that are the date a posting was saved, never the day it was sent. */
const NOT_APPLIED = new Set(['date added', 'created', 'date saved', 'saved', 'added', 'created at', 'date created']);

/**
 * The field a column, property or label names, or undefined. Compared
 * folded; a header with a unit in brackets ("Gehalt (€/Jahr)") is read
 * without it.
 */
export function fieldOfLabel(label: string): LabelField | undefined {
  const folded = foldLabel(label);
  if (NOT_APPLIED.has(folded)) return undefined;
  return (
    BY_NAME.get(folded) ??
    BY_NAME.get(foldLabel(label.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '))) ??
    // A label with its article, as a recruiter writes one in a letter: "Le poste :", "Die Position:", "El puesto:".
    BY_NAME.get(folded.replace(ARTICLE, '')) ??
    oneFieldOfParts(label)
  );
}

/** "Organisation/Company", "Ort / Standort": two names of one field joined by a slash name that field. */
function oneFieldOfParts(label: string): LabelField | undefined {
  if (!label.includes('/')) return undefined;
  const fields = new Set(label.split('/').map((part) => BY_NAME.get(foldLabel(part))));
  const [field] = fields;
  return fields.size === 1 ? field : undefined;
}

/**
 * The two fields a header joins, in its order: "Company – Role", "Cég / Pozíció" → company, position;
 * "Role @ Company", "Position at company" → position, company. Only the company and the position are joined so.
 */
export function pairOfLabel(label: string): ['company', 'position'] | ['position', 'company'] | undefined {
  const parts = label.split(/\s*[–—|@/&+-]\s*|\s+(?:at|and|und|et|y|e|és|bei|chez)\s+/iu).filter((p) => p.trim());
  if (parts.length !== 2) return undefined;
  const [a, b] = parts.map((p) => BY_NAME.get(foldLabel(p)) ?? BY_NAME.get(foldLabel(p).replace(ARTICLE, '')));
  if (a === 'company' && b === 'position') return ['company', 'position'];
  if (a === 'position' && b === 'company') return ['position', 'company'];
  return undefined;
}

/** The articles a letter's label may start with, in the languages postings come in (folded: no accents). */
const ARTICLE = /^(?:the|le|la|les|l|die|der|das|el|los|las|o|a|os|as|il|lo|i|gli|de|het|den|det)\s+/;

/** The role a person-like column names: "Recruiter" → Recruiter, "Hiring manager", "Referrer". */
export function contactRoleOf(label: string): string | undefined {
  const folded = foldLabel(label);
  if (/\b(?:recruiter|rekruter|recruteur|reclutador|recrutador)\b/.test(folded) || folded.includes('рекрутер'))
    return 'Recruiter';
  if (/\bhiring manager\b/.test(folded)) return 'Hiring manager';
  if (/\b(?:referrer|referred by|referral)\b/.test(folded)) return 'Referrer';
  return undefined;
}

/** Every folded name of a field, for building label patterns. */
export const labelNames = (field: LabelField): readonly string[] => NAMES[field];

/**
 * Status words trackers use, in the languages the importer reads (matched
 * folded), by what the stage means. Tried after the configured labels and
 * aliases; each kind goes to the first configured stage of that kind, so a
 * pipeline of one's own works too. Trackers and Notion both read statuses
 * through stageOfStatus.
 */
const STATUS_WORDS: [RegExp, StageKind][] = [
  // Phrases whose words would each say another stage: "Not applied" is not "applied", "Offer declined" is
  // not an offer, "Not accepted" not an acceptance. Tried first.
  [
    /\b(?:not (?:yet )?applied|haven t applied|havent applied|have not applied|didn t apply|did not apply|to apply|yet to apply|want to apply|will apply|not submitted|noch nicht beworben|pas encore postule|aun no aplicad\w*|do wyslania|do aplikowania|por postular|por aplicar|pendiente de postular|a postuler|por candidatar|da candidare|nog niet gesolliciteerd|nog solliciteren|te solliciteren)\b/,
    'saved',
  ],
  // The applicant's own choice, in words that would otherwise say an acceptance or the employer's rejection:
  // "Accepted another offer", "Declined by me", "Turned them down", "Pulled out".
  [
    /\b(?:accepted (?:another|a different|other) (?:offer|job|role|position)|took (?:another|a different|other|the other|an other) (?:offer|job|role)|accepted elsewhere|declined by me|i declined|turned (?:them|it) down|pulled out|dropped out|no longer interested|not interested|lost interest)\b/,
    'withdrawn',
  ],
  // Someone else got the job: the application ended against it.
  [
    /\b(?:(?:position|role|job|vacancy) (?:filled|has been filled)|filled internally|went with (?:another|someone else)|hired someone else)\b/,
    'rejected',
  ],
  [
    /\b(?:interview (?:offered|invite\w*|scheduled|booked|accepted|requested|arranged)|invited to (?:an? )?interview\w*|offered an interview|accepted (?:the |an )?interview\w*)\b/,
    'interview',
  ],
  [/\b(?:application (?:accepted|received|acknowledged|viewed|seen|opened))\b/, 'sent'],
  [
    /\b(?:declined (?:the |their |an )?offer|offer (?:declined|rejected|turned down|refused)|turned down (?:the |their |an )?offer|rejected (?:the |their |an )?offer|angebot abgelehnt|offre refusee|oferta rechazada|proposta recusada)\b/,
    'withdrawn',
  ],
  [
    /\b(?:no offer|not accepted|not hired|not successful|offer (?:rescinded|withdrawn|revoked|pulled)|keine zusage|nicht angenommen|no seleccionad\w*|nao selecionad\w*)\b/,
    'rejected',
  ],
  [
    /\b(?:offer accepted|accepted|hired|signed|unterschrieben|starting (?:on |in )?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|next)|start date|angenommen|zusage|eingestellt|przyjet\w*|zatrudnion\w*|accepte\w*|embauche\w*|aceptad\w*|contratad\w*|aceit\w*|ansatt|nhan viec|elfogad\w*|prijat\w*)\b/,
    'accepted',
  ],
  [
    /\b(?:offer|counter ?offer|negotiat\w*|angebot|oferta|offre|proposta|tilbud|de nghi|erbjudande|aanbod|ajanlat\w*|ponuk\w*|nabid\w*)\b/,
    'offer',
  ],
  [
    /\b(?:reject\w*|unsuccessful|not selected|not moving forward|declined by|turned down|no offer|denied|closed by|absage|abgelehnt|odrzuc\w*|odmow\w*|refus\w*|rechazad\w*|descartad\w*|rejeitad\w*|reprovad\w*|recusad\w*|avslag|avslatt|afslag|afgewezen|niet aangenomen|tu choi|failed|did ?n t (?:get|pass|make)|not progressed|not shortlisted|no luck|pas retenu|non retenu\w*|non selezionat\w*|scartat\w*|hylatty|ei valittu|nicht weiter|nie przeszl\w*|elutasit\w*|nem nyert|zamietnut\w*|zamitnut\w*)\b/,
    'rejected',
  ],
  [
    /\b(?:ghost\w*|no response|no reply|no answer|no news|never heard|unresponsive|silence|keine antwort|keine ruckmeldung|brak odpowiedzi|sans reponse|pas de reponse|sin respuesta|sem resposta|ingen svar|ingen respons|geen reactie|geen antwoord|nessuna risposta|ei vastausta|khong phan hoi|nincs valasz|bez odpovede|bez odpovedi)\b/,
    'no-answer',
  ],
  [
    /\b(?:withdr\w*|declined|not interested|passed|archived by me|zuruckgezogen|wycofan\w*|retire\w*|retirad\w*|desisti\w*|trukket|rut ho so|visszalep\w*)\b/,
    'withdrawn',
  ],
  // A talk with HR or the recruiter is the screen, before the interviews ("Rozmowa z HR", "HR-Gespräch").
  [
    /\b(?:rozmowa z (?:hr|rekruter\w*)|(?:hr|recruiter) (?:interview|gesprach|gesprek|call)|hr gesprach|gesprek met (?:hr|de recruiter)|entrevista con (?:rrhh|recursos humanos)|entretien (?:rh|avec les rh))\b/,
    'answered',
  ],
  [
    /\b(?:interview\w*|onsite|on site|final round|technical|assessment|take home|case study|panel|\d(?:st|nd|rd|th) round|(?:first|second|third|next) round|(?:eerste|tweede|derde|laatste|volgende) ronde|coding (?:challenge|test|exercise)|home ?assignment|tech(?:nical)? test|test task|superday|reference check\w*|references|background check|psychometric|one way video|hirevue|portfolio review|trial (?:day|shift)|work trial|probearbeit|eingeladen|vorstellungsgesprach|(?:erst|zweit|dritt|fach|abschluss|personal)gesprach|gesprach|gesprek|haastattelu|rozmow\w*|entretien|entrevista|colloquio|sollicitatiegesprek|intervju|phong van|interju\w*|pohovor\w*)\b/,
    'interview',
  ],
  [
    /\b(?:screen\w*|phone|recruiter call|hr call|intro call|telefon\w*|llamad\w*|rrhh|recursos humanos|appel rh|chamada|ligacao)\b/,
    'answered',
  ],
  [
    /\b(?:applied|applying|submitted|application sent|sent|in review|under review|waiting|pending|in progress|beworben|gesendet|wyslan\w*|aplikowal\w*|envoye\w*|postulad\w*|enviad\w*|candidatad\w*|candidatura inviata|gesolliciteerd|aplicat\w*|soknad sendt|sokt|ansokt|sogt|haettu|verschickt|verstuurd|inviata|awaiting (?:a )?(?:response|reply|answer)|in process|en proceso|em analise|in bearbeitung|en cours|da nop|jelentkeztem|jelentkezve|beadva|elkuldve|palyaztam|odoslan\w*|odeslan\w*)\b/,
    'sent',
  ],
  [
    /\b(?:wish\s?list|saved|bookmark\w*|interested|interessant|to apply|not applied|draft|planned|researching|backlog|not started|to do|todo|idea|maybe|considering|gespeichert|merkliste|zapisan\w*|sauvegard\w*|guardad\w*|salv\w*|lagret|kiszemelt\w*|mentve|erdekel\w*)\b/,
    'saved',
  ],
  // Cyrillic and Japanese words: JavaScript's \b knows only ASCII letters.
  [/(?<![\p{L}])(?:отказ|不採用|お見送り|不合格)/u, 'rejected'],
  [/(?<![\p{L}])(?:оффер|内定|オファー)/u, 'offer'],
  [/(?<![\p{L}])(?:собеседован|面接)/u, 'interview'],
  [/(?<![\p{L}])(?:отклик|応募済)/u, 'sent'],
  // "書類選考中" (the papers are being read): Japanese writes words without spaces, so no boundary is asked for.
  [/選考中/u, 'sent'],
];

/** Statuses written as a mark alone. */
const EMOJI_STATUS: [RegExp, StageKind][] = [
  [/^(?:❌|✖️?|✗|⛔|🚫|👎)+$/u, 'rejected'],
  [/^👻+$/u, 'no-answer'],
];

/** The stage a status word stands for: the configured names first, then the words above. */
export function stageOfStatus(value: string, ctx: DossierContext): string | undefined {
  const direct = ctx.stages.normalize(value.trim());
  if (direct) return direct;
  const folded = foldLabel(value);
  if (!folded) {
    // A status that is only a mark: ❌ is a rejection and 👻 a silence in any language; other marks say nothing.
    const mark = EMOJI_STATUS.find(([re]) => re.test(value.trim()));
    return mark ? ctx.stages.firstOfKind(mark[1]) : undefined;
  }
  const direct2 = ctx.stages.normalize(folded);
  if (direct2) return direct2;
  for (const [re, kind] of STATUS_WORDS) {
    if (!re.test(folded)) continue;
    const key = ctx.stages.firstOfKind(kind);
    if (key) return key;
  }
  return undefined;
}
