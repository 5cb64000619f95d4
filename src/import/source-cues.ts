import * as chrono from 'chrono-node';
import { parse as parseHost } from 'tldts';
import type { Origin } from './evidence.ts';
import { foldLabel } from './sections.ts';
import { isCountry } from './places.ts';
import { issueNumberPattern } from './lexicon.ts';
import { mailField, senderAddress } from './mail-header.ts';

/**
 * Where a posting was found (`source`): every way a document says it, read generally. A board or a site is
 * named by its address (the posting's own, any job link in the text, the sender of a forwarded job alert), by
 * the page's site name or the end of its title, by a line that says so ("Posted on X", "via X", "Gezien op X",
 * "pubblicato su X"), by a credit line ("… · Jobs.cz"), and by the marks a board's own layout leaves
 * (LinkedIn's "Easy Apply", a connection's "· 2nd"; "Ask HN: Who is hiring?"). The boards are known by name
 * from general knowledge, not from any document; an applicant-tracking system (Greenhouse, Lever…) is the
 * employer's own careers site, not a board, and gives no source.
 */

type Push = (field: string, value: unknown, origin: Origin, evidence: string, weight: number, read?: string) => void;

export interface Board {
  /** The name a note holds. */
  name: string;
  /**
   * The board's addresses: a registrable name without its suffix ("indeed" for uk.indeed.com), a whole domain
   * where the name alone says little ("jobs.cz"), or the last subdomain and the name ("news.ycombinator").
   */
  hosts: string[];
  /** Other ways the board is written: "Indeed.com", "HN", "사람인". */
  aliases?: string[];
  /** Its name is an everyday word ("Indeed", "Green", "Seek"): never read from running text without a cue. */
  word?: boolean;
}

/** Job boards, aggregators, communities and public job services, by region (general knowledge). */
export const BOARDS: readonly Board[] = [
  { name: 'LinkedIn', hosts: ['linkedin', 'lnkd'] },
  { name: 'Indeed', hosts: ['indeed'], aliases: ['Indeed.com'], word: true },
  { name: 'Glassdoor', hosts: ['glassdoor'] },
  { name: 'Monster', hosts: ['monster'], word: true },
  { name: 'ZipRecruiter', hosts: ['ziprecruiter'] },
  { name: 'SimplyHired', hosts: ['simplyhired'] },
  { name: 'CareerBuilder', hosts: ['careerbuilder'] },
  { name: 'Dice', hosts: ['dice'], word: true },
  { name: 'Built In', hosts: ['builtin'], aliases: ['BuiltIn'] },
  { name: 'Wellfound', hosts: ['wellfound', 'angel'], aliases: ['AngelList', 'AngelList Talent'] },
  { name: 'Work at a Startup', hosts: ['workatastartup'] },
  { name: 'Hacker News', hosts: ['news.ycombinator'], aliases: ['HN', 'Ask HN'] },
  { name: 'Reddit', hosts: ['reddit', 'redd'] },
  { name: 'Stack Overflow', hosts: ['stackoverflow'] },
  { name: 'Idealist', hosts: ['idealist'] },
  { name: 'USAJOBS', hosts: ['usajobs'] },
  // The UK government's board (DWP): its name is an everyday phrase, read only where a board's name stands.
  { name: 'Find a job', hosts: ['findajob.dwp.gov.uk'], aliases: ['GOV.UK Find a job'], word: true },
  { name: 'Handshake', hosts: ['joinhandshake'], word: true },
  { name: 'Craigslist', hosts: ['craigslist'] },
  { name: 'Upwork', hosts: ['upwork'] },
  { name: 'Freelancer', hosts: ['freelancer'], word: true },
  { name: 'Fiverr', hosts: ['fiverr'] },
  { name: 'Toptal', hosts: ['toptal'] },
  { name: 'Malt', hosts: ['malt'], word: true },
  { name: 'We Work Remotely', hosts: ['weworkremotely'] },
  { name: 'Remote OK', hosts: ['remoteok'], aliases: ['RemoteOK'] },
  { name: 'Remotive', hosts: ['remotive'] },
  { name: 'Working Nomads', hosts: ['workingnomads'] },
  { name: 'Himalayas', hosts: ['himalayas'], word: true },
  { name: 'Dribbble', hosts: ['dribbble'] },
  { name: 'Otta', hosts: ['otta'] },
  { name: 'Welcome to the Jungle', hosts: ['welcometothejungle', 'wttj'], aliases: ['WTTJ'] },
  { name: 'Jooble', hosts: ['jooble'] },
  { name: 'Adzuna', hosts: ['adzuna'] },
  { name: 'Talent.com', hosts: ['talent.com'] },
  { name: 'Jobted', hosts: ['jobted'] },
  // United Kingdom and Ireland
  { name: 'Totaljobs', hosts: ['totaljobs'] },
  { name: 'Reed', hosts: ['reed.co.uk'], aliases: ['reed.co.uk'], word: true },
  { name: 'CV-Library', hosts: ['cv-library'], aliases: ['CV Library', 'CVLibrary'] },
  { name: 'MyCareersFuture', hosts: ['mycareersfuture', 'mycareersfuture.gov'] },
  { name: 'GC Jobs', hosts: ['emploisfp-psjobs', 'psjobs-emploisfp'], aliases: ['Emplois GC', 'GC Jobs / Emplois GC'] },
  { name: 'APSjobs', hosts: ['apsjobs', 'apsjobs.gov'] },
  { name: 'Internshala', hosts: ['internshala'] },
  { name: 'Civil Service Jobs', hosts: ['civilservicejobs', 'civilservicejobs.service'] },
  { name: 'NHS Jobs', hosts: ['jobs.nhs'] },
  { name: 'jobs.ac.uk', hosts: ['jobs.ac.uk'] },
  // Research jobs across Europe.
  { name: 'EURAXESS', hosts: ['euraxess', 'euraxess.ec'] },
  { name: 'AcademicPositions', hosts: ['academicpositions'], aliases: ['Academic Positions'] },
  { name: 'CharityJob', hosts: ['charityjob'] },
  { name: 'Guardian Jobs', hosts: ['jobs.theguardian'] },
  { name: 'Jobsite', hosts: ['jobsite'] },
  { name: 'IrishJobs', hosts: ['irishjobs'], aliases: ['IrishJobs.ie'] },
  { name: 'Jobs.ie', hosts: ['jobs.ie'] },
  // German-speaking countries
  { name: 'StepStone', hosts: ['stepstone'] },
  { name: 'XING', hosts: ['xing'] },
  { name: 'JOIN', hosts: ['join.com'], word: true },
  { name: 'Bundesagentur für Arbeit', hosts: ['arbeitsagentur'], aliases: ['Jobbörse der Arbeitsagentur', 'Jobbörse'] },
  { name: 'Stellenanzeigen.de', hosts: ['stellenanzeigen'] },
  // Public-sector boards: Germany's Interamt and service.bund.de, France's Choisir le service public and
  // Place de l'emploi public, Austria's Karriere im öffentlichen Dienst.
  { name: 'Interamt', hosts: ['interamt'] },
  { name: 'service.bund.de', hosts: ['service.bund'], aliases: ['Service Bund'] },
  { name: 'Choisir le service public', hosts: ['choisirleservicepublic'] },
  { name: "Place de l'emploi public", hosts: ['place-emploi-public'] },
  { name: 'Jobware', hosts: ['jobware'] },
  { name: 'GetInIT', hosts: ['get-in-it'], aliases: ['get in IT'] },
  { name: 'karriere.at', hosts: ['karriere.at'] },
  { name: 'willhaben', hosts: ['willhaben'] },
  { name: 'AMS', hosts: ['ams.at'], word: true },
  { name: 'jobs.ch', hosts: ['jobs.ch'] },
  { name: 'jobup.ch', hosts: ['jobup'] },
  { name: 'Kimeta', hosts: ['kimeta'] },
  // France, Belgium, the Netherlands
  { name: 'HelloWork', hosts: ['hellowork'] },
  { name: 'APEC', hosts: ['apec'], word: true },
  { name: 'France Travail', hosts: ['francetravail', 'pole-emploi'], aliases: ['Pôle emploi'] },
  { name: 'Cadremploi', hosts: ['cadremploi'] },
  { name: 'Meteojob', hosts: ['meteojob'] },
  { name: 'JobTeaser', hosts: ['jobteaser'] },
  { name: 'Jobat', hosts: ['jobat'] },
  { name: 'Nationale Vacaturebank', hosts: ['nationalevacaturebank'] },
  { name: 'Werkzoeken.nl', hosts: ['werkzoeken'] },
  { name: 'Werk.nl', hosts: ['werk.nl'] },
  { name: 'Jobbird', hosts: ['jobbird'] },
  // Southern Europe and Latin America
  { name: 'InfoJobs', hosts: ['infojobs'] },
  { name: 'Tecnoempleo', hosts: ['tecnoempleo'] },
  { name: 'Computrabajo', hosts: ['computrabajo'] },
  { name: 'OCC Mundial', hosts: ['occ.com.mx'], aliases: ['OCC'], word: true },
  { name: 'Bumeran', hosts: ['bumeran'] },
  { name: 'Catho', hosts: ['catho'] },
  { name: 'Vagas.com', hosts: ['vagas'], aliases: ['Vagas'] },
  { name: 'Net-Empregos', hosts: ['net-empregos'] },
  { name: 'Sapo Emprego', hosts: ['emprego.sapo'] },
  { name: 'Subito', hosts: ['subito'] },
  { name: 'Kijiji', hosts: ['kijiji'] },
  // Nordics, Central and Eastern Europe
  { name: 'FINN.no', hosts: ['finn'], aliases: ['FINN'] },
  { name: 'NAV', hosts: ['nav.no', 'arbeidsplassen'], aliases: ['arbeidsplassen.no'], word: true },
  { name: 'Jobindex', hosts: ['jobindex'] },
  { name: 'Jobnet', hosts: ['jobnet'] },
  { name: 'Platsbanken', hosts: ['arbetsformedlingen'], aliases: ['Arbetsförmedlingen'] },
  { name: 'Blocket Jobb', hosts: ['blocket'] },
  { name: 'Duunitori', hosts: ['duunitori'] },
  { name: 'Työmarkkinatori', hosts: ['tyomarkkinatori'] },
  { name: 'Pracuj.pl', hosts: ['pracuj'] },
  { name: 'Just Join IT', hosts: ['justjoin'], aliases: ['JustJoinIT', 'justjoin.it'] },
  { name: 'No Fluff Jobs', hosts: ['nofluffjobs'], aliases: ['NoFluffJobs'] },
  { name: 'OLX', hosts: ['olx'] },
  { name: 'Jobs.cz', hosts: ['jobs.cz'] },
  { name: 'Prace.cz', hosts: ['prace.cz'] },
  { name: 'Profesia', hosts: ['profesia'] },
  { name: 'Profession.hu', hosts: ['profession.hu'] },
  { name: 'eJobs', hosts: ['ejobs'] },
  { name: 'BestJobs', hosts: ['bestjobs'] },
  { name: 'Kariyer.net', hosts: ['kariyer'] },
  { name: 'kariera.gr', hosts: ['kariera.gr'] },
  { name: 'Jobfind.gr', hosts: ['jobfind'] },
  { name: 'hh.ru', hosts: ['hh', 'headhunter'], aliases: ['HeadHunter'] },
  { name: 'Хабр Карьера', hosts: ['career.habr'], aliases: ['Habr Career', 'Хабр Карьера'] },
  { name: 'SuperJob', hosts: ['superjob'] },
  { name: 'Work.ua', hosts: ['work.ua'] },
  { name: 'robota.ua', hosts: ['robota.ua', 'rabota.ua'] },
  { name: 'Djinni', hosts: ['djinni'] },
  { name: 'DOU', hosts: ['jobs.dou'], word: true },
  { name: 'EURES', hosts: ['eures'] },
  // Middle East, Africa, Asia and Oceania
  { name: 'Bayt', hosts: ['bayt'], aliases: ['Bayt.com', 'بيت.كوم'] },
  { name: 'GulfTalent', hosts: ['gulftalent'] },
  { name: 'Naukrigulf', hosts: ['naukrigulf'] },
  { name: 'Wuzzuf', hosts: ['wuzzuf'] },
  { name: 'Jobberman', hosts: ['jobberman'] },
  { name: 'PNet', hosts: ['pnet'] },
  { name: 'Careers24', hosts: ['careers24'] },
  { name: 'Naukri', hosts: ['naukri'], aliases: ['Naukri.com'] },
  { name: 'Instahyre', hosts: ['instahyre'] },
  { name: 'Foundit', hosts: ['foundit'] },
  { name: 'JobStreet', hosts: ['jobstreet'] },
  { name: 'JobsDB', hosts: ['jobsdb'] },
  { name: 'Glints', hosts: ['glints'] },
  { name: 'Kalibrr', hosts: ['kalibrr'] },
  { name: 'ITviec', hosts: ['itviec'] },
  { name: 'TopCV', hosts: ['topcv'] },
  { name: 'VietnamWorks', hosts: ['vietnamworks'] },
  { name: '사람인', hosts: ['saramin'], aliases: ['Saramin'] },
  { name: '잡코리아', hosts: ['jobkorea'], aliases: ['JobKorea'] },
  { name: '원티드', hosts: ['wanted.co.kr'], aliases: ['Wanted'] },
  { name: 'Green', hosts: ['green-japan'], word: true },
  { name: 'doda', hosts: ['doda'] },
  { name: 'リクナビNEXT', hosts: ['next.rikunabi', 'rikunabi'], aliases: ['Rikunabi', 'リクナビ'] },
  { name: 'マイナビ転職', hosts: ['tenshoku.mynavi', 'mynavi'], aliases: ['Mynavi', 'マイナビ'] },
  { name: 'BizReach', hosts: ['bizreach'], aliases: ['ビズリーチ'] },
  { name: 'Wantedly', hosts: ['wantedly'] },
  { name: 'BOSS直聘', hosts: ['zhipin'] },
  { name: '前程无忧', hosts: ['51job'], aliases: ['51job'] },
  { name: '拉勾', hosts: ['lagou'], aliases: ['Lagou'] },
  { name: '104人力銀行', hosts: ['104.com'] },
  { name: 'SEEK', hosts: ['seek'], word: true },
  { name: 'Jora', hosts: ['jora'] },
  { name: 'Trade Me Jobs', hosts: ['trademe'] },
  { name: 'Job Bank', hosts: ['jobbank.gc'] },
  { name: 'Workopolis', hosts: ['workopolis'] },
  { name: 'Impactpool', hosts: ['impactpool'] },
  { name: 'ReliefWeb', hosts: ['reliefweb'] },
  { name: 'Devex', hosts: ['devex'] },
  { name: 'UN Careers', hosts: ['careers.un'], aliases: ['UN Careers', 'Inspira'] },
];

/**
 * Applicant-tracking systems: the software an employer's own careers site runs on (general knowledge). Their
 * pages are postings and name the employer (in the address, the title), but the system is neither the employer
 * nor a board: it gives no `source`, and its name in a title or og:site_name is no company.
 */
export const TRACKING_SYSTEMS: readonly Board[] = [
  { name: 'Greenhouse', hosts: ['greenhouse'] },
  { name: 'Lever', hosts: ['lever'] },
  { name: 'Workday', hosts: ['myworkdayjobs', 'myworkdaysite', 'workday'] },
  { name: 'SmartRecruiters', hosts: ['smartrecruiters'] },
  { name: 'Ashby', hosts: ['ashbyhq'], aliases: ['AshbyHQ'] },
  { name: 'Workable', hosts: ['workable'] },
  { name: 'Recruitee', hosts: ['recruitee'] },
  { name: 'Teamtailor', hosts: ['teamtailor'] },
  { name: 'Personio', hosts: ['personio'] },
  { name: 'BambooHR', hosts: ['bamboohr'] },
  { name: 'Gupy', hosts: ['gupy'] },
  { name: 'Jobvite', hosts: ['jobvite'] },
  { name: 'iCIMS', hosts: ['icims'] },
  { name: 'Taleo', hosts: ['taleo'] },
  { name: 'SuccessFactors', hosts: ['successfactors'] },
  { name: 'Breezy HR', hosts: ['breezy'] },
  { name: 'JazzHR', hosts: ['applytojob'] },
  { name: 'Pinpoint', hosts: ['pinpointhq'] },
  { name: 'Homerun', hosts: ['homerun'] },
  { name: 'softgarden', hosts: ['softgarden'] },
  { name: 'Rexx', hosts: ['rexx-systems'] },
];

/**
 * A careers page's words for itself, and sites that are neither a board nor an employer: "Careers", "Jobs",
 * "Karriär", "Jobba hos oss", "GOV.UK". A title's part that is one of them names no employer and no job.
 */
const CAREERS_WORD =
  /^(?:jobs?|careers?|career site|job board|job details?|jobb|karriär|karriere|carrière|carrières|carreras|empleo|empleos|vacatures|jobbörse|stellenangebote|jobba hos oss|arbeite bei uns|lavora con noi|trabaja con nosotros|work with us|join us|open positions|offres d'emploi|ofertas de empleo|kariera|praca|työpaikat|rekry|ledige stillinger|lediga jobb|werken bij|vagas|採用情報|採用|求人情報|채용|채용정보|招聘|gov\.uk)$/i;

/** The registrable name, the domain, the host and the last subdomain with the name: the keys a board's address is listed by. */
function hostKeys(host: string): string[] {
  const p = parseHost(host.toLowerCase());
  if (p.isIp || !p.domainWithoutSuffix) return [];
  const sub = p.subdomain ? p.subdomain.split('.').filter((s) => s !== 'www') : [];
  const keys = [p.domainWithoutSuffix, p.domain ?? '', p.hostname ?? ''];
  if (sub.length) keys.push(`${sub.at(-1)}.${p.domainWithoutSuffix}`, `${sub.at(-1)}.${p.domain}`);
  return keys.filter(Boolean);
}

/** The board an address belongs to, or undefined (a company's own site, an applicant-tracking system). */
export function boardOfHost(host: string): Board | undefined {
  const keys = hostKeys(host);
  return BOARDS.find((b) => b.hosts.some((h) => keys.includes(h)));
}

const BY_NAME = new Map<string, Board>();
for (const b of BOARDS) for (const n of [b.name, ...(b.aliases ?? [])]) BY_NAME.set(foldLabel(n), b);
const SYSTEM_BY_NAME = new Map<string, Board>();
for (const b of TRACKING_SYSTEMS) for (const n of [b.name, ...(b.aliases ?? [])]) SYSTEM_BY_NAME.set(foldLabel(n), b);

/** The applicant-tracking system an address belongs to ("boards.greenhouse.io", "acme.recruitee.com"), or undefined. */
export function systemOfHost(host: string): Board | undefined {
  const keys = hostKeys(host);
  return TRACKING_SYSTEMS.find((b) => b.hosts.some((h) => keys.includes(h)));
}

/** A careers page's word for itself ("Careers", "Karriär", "Jobba hos oss"): the page is an employer's own. */
export const isCareersWord = (name: string) => CAREERS_WORD.test(name.trim().replace(/[.:;,!)]+$/, ''));

/** A careers page's word for itself with its owner: "Karriere bei Spedition Kallweit", "Careers at Acme", "Carrières chez Lumen". */
export const isCareersAt = (part: string) =>
  /^(?:careers?|jobs?|karriere|karriär|carrières?|carreras?|carreiras?|empleo|kariera|werken|vacatures|vagas|jobba)\s+(?:at|bei|chez|en|na|hos|w|bij|presso|på|em)\s+\p{Lu}/iu.test(
    part.trim(),
  );

/** A name as a site is named: without its trademark signs ("Upwork®") and the marks after it. */
const plainSiteName = (name: string) =>
  name
    .trim()
    .replace(/[®™©]/g, '')
    .replace(/[.:;,!)]+$/, '');

/**
 * Whether a name is a site's own and never an employer or a job: a board ("LinkedIn", "stepstone.de"), an
 * applicant-tracking system ("Greenhouse", "Personio") or a careers page's word for itself ("Careers", "Karriär").
 */
export function isSiteName(name: string): boolean {
  // "Upwork® Global Inc.": the marks and the legal form are no part of the board's name.
  const plain = plainSiteName(name);
  return (
    CAREERS_WORD.test(plain) ||
    SYSTEM_BY_NAME.has(foldLabel(plain)) ||
    Boolean(boardNamed(plain)) ||
    // The board's company: "Totaljobs Group", "StepStone Media", "Jobindex Holding".
    Boolean(
      boardNamed(
        plain
          .replace(/,?\s+(?:inc|llc|ltd|gmbh|ag|sa|bv|ab|as|plc|corp)\.?$/i, '')
          .replace(/\s+(?:group|media|holdings?|network|international|online|global)$/i, ''),
      ),
    ) ||
    (/^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)+$/u.test(plain) && Boolean(systemOfHost(plain)))
  );
}

/**
 * A path with a part that starts with a job word: "/jobs/…", "/viewjob?jk=…", "/stellenangebote--…", "/it-jobs/…",
 * "/vacancy/…" (not "/pulse/why-i-left-my-job").
 */
const JOB_WORD_PATH =
  /\/(?:[a-z]{2,3}-)?(?:jobs?\b|job-|viewjob|getjob|vacanc|vacatur|stellen|oferta|offre|annonce|annons|vaga|empleo|lavoro|praca|vakans|viec|posting|position)/i;

/** The job board an address is on, or undefined (an employer's own site, its tracking system, no address). */
export function boardOfAddress(address: string): Board | undefined {
  try {
    return boardOfHost(new URL(address).hostname);
  } catch {
    return undefined;
  }
}

/** Whether an address is a job board's (not an employer's own site or its tracking system). */
export const isBoardAddress = (address: string): boolean => boardOfAddress(address) !== undefined;

/** Whether an address's path names a job on any site ("https://loomwell.example/jobs/design"). */
export function namesJobPath(address: string): boolean {
  try {
    const u = new URL(address);
    return JOB_WORD_PATH.test(`${u.pathname}${u.search}`);
  } catch {
    return false;
  }
}

/**
 * Whether a page's address is a job's: an applicant-tracking system's page, a careers subdomain ("jobs.",
 * "careers.", "karriere."), or a board's page whose path names a job (a board's articles and company pages
 * are not postings).
 */
export function isJobAddress(address: string): boolean {
  let u: URL;
  try {
    u = new URL(/^https?:\/\//i.test(address) ? address : `https://${address}`);
  } catch {
    return false;
  }
  if (systemOfHost(u.hostname)) return true;
  if (/(?:^|\.)(?:jobs|careers|career|karriere|jobb|emploi|empleo)\./i.test(u.hostname)) return true;
  return Boolean(boardOfHost(u.hostname)) && JOB_WORD_PATH.test(`${u.pathname}${u.search}`);
}

/** The board a whole name says ("Indeed.com", "stepstone", "사람인"), or undefined. */
export function boardNamed(name: string): Board | undefined {
  const plain = plainSiteName(name);
  const folded = foldLabel(plain);
  if (!folded) return undefined;
  const byName = BY_NAME.get(folded);
  if (byName) return byName;
  // A board's national site: "Computrabajo México", "Indeed Deutschland".
  const country = /^(.+?)\s+(\p{L}+)$/u.exec(plain);
  if (country && isCountry(country[2]!)) {
    const board = BY_NAME.get(foldLabel(country[1]!));
    if (board && !board.word) return board;
  }
  // A site written as its domain: "stepstone.de", "www.reed.co.uk".
  return /^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)+$/u.test(plain) ? boardOfHost(plain) : undefined;
}

/** The board a run of text starts with ("InfoJobs il 28/11/2026" → InfoJobs), trying longer names first. */
function boardAtStart(text: string): Board | undefined {
  const words = text.trim().split(/\s+/).slice(0, 5);
  for (let n = words.length; n >= 1; n--) {
    const b = boardNamed(words.slice(0, n).join(' '));
    // "Green Jobs Weekly" is not the board Green: an everyday word counts only as the whole name.
    if (b && b.word && /^[\p{Lu}\p{N}]/u.test(words[n] ?? '')) return undefined;
    if (b) return b;
  }
  return undefined;
}

/**
 * Lines that say where a posting was found: "Posted on X", "Found on X", "via X", "mention you saw this on X",
 * and the same in the languages the importer reads. The name follows the cue. `open` cues name a place
 * explicitly, so a name not in the table is taken too; "via" is also "apply via our form", so only a known
 * board counts after it.
 */
const CUE =
  /(?<![\p{L}])(?:(?:originally |first )?(?:posted|found|seen|spotted|published|listed|advertised|shared)\s+(?:on|at)|(?:saw|found|spotted) (?:this|it|the (?:job|post|posting|ad|listing|role))? ?(?:on|at)|source(?:d)? from|gefunden (?:auf|bei)|gesehen (?:auf|bei)|veröffentlicht (?:auf|bei|in)|erschienen (?:auf|bei|in)|publié(?:e)? sur|vu(?:e)? sur|trouvé(?:e)? sur|publicad[oa] en|publicad[oa] (?:em|no|na)|visto en|vist[oa] (?:no|na)|encontrad[oa] (?:en|no|na)|pubblicat[oa] su|visto su|trovat[oa] su|gezien op|gevonden op|geplaatst op|opublikowan[oey] (?:na|w)|znalezion[oey] na|hittad på|sett på|funnet på|set på|fundet på|via|a través de|através de|über|tramite)(?![\p{L}])\s*:?\s*/giu;

const WEEKDAY_OR_MONTH =
  /^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|montag|dienstag|lundi|lunes|lunedì|today|yesterday)/i;

/** The name a cue gives: a known board, else (for an open cue) a short run of capitalised words. */
function nameAfterCue(rest: string, open: boolean): { board?: Board; name?: string } {
  const url = /^<?https?:\/\/([^/\s>]+)/i.exec(rest);
  if (url) {
    const board = boardOfHost(url[1]!);
    return board ? { board } : {};
  }
  const board = boardAtStart(rest);
  if (board) return { board };
  if (!open) return {};
  // "Posted on Green Roles Digest.", "Gezien op Werkzoeken": capitalised words, at most four, up to a stop.
  const clause = rest.split(/[.,;:!?()|·•–—\n]|\s-\s|\s(?:on|am|il|le|el|op|the)\s/u)[0]!.trim();
  const words = clause.split(/\s+/);
  if (!clause || words.length > 4 || clause.length > 50) return {};
  if (
    !words.every(
      (w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && /^(?:&|of|de|du|des|la|le|van|der|und|and)$/i.test(w)),
    )
  )
    return {};
  if (WEEKDAY_OR_MONTH.test(clause) || chrono.parse(clause).length) return {};
  return { name: clause };
}

/** Marks LinkedIn's own layout leaves in a copied page or message: each says little, two say it. */
const LINKEDIN_MARKS = [
  /(?<![\p{L}])Easy Apply(?![\p{L}])/u,
  /(?<![\p{L}])Meet the hiring team(?![\p{L}])/u,
  /(?<![\p{L}])(?:over )?\d[\d,]* applicants(?![\p{L}])/iu,
  /(?<![\p{L}])See who .{1,80} has hired/u,
  /(?<![\p{L}])InMail(?![\p{L}])/u,
  /(?<![\p{L}])Promoted by hirer(?![\p{L}])|(?<![\p{L}])Actively recruiting(?![\p{L}])/u,
];

/** A person's connection degree after their name ("Lucía Arrieta · 2.º", "Sam Lee • 3rd+"): a LinkedIn profile line. */
/**
 * The chat or social network a post was copied from, by the marks its export or its page leaves: a WhatsApp
 * message line ("[03/12/26, 8:47:15 PM] Rakesh: …", "12/03/2026, 20:47 - Rakesh: …") or its "Forwarded many
 * times", a Telegram channel's subscriber count, a Slack channel over "Name  10:42 AM", Discord's
 * "Name — Today at 09:12", a Mastodon handle (@anna@fosstodon.social), a Bluesky one (@anna.bsky.social).
 * Each pattern is anchored or bounded: linear.
 */
const CHAT_PLATFORMS: [name: string, marks: RegExp[]][] = [
  [
    'WhatsApp',
    [
      /^\[\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?\s?[Mm]\.?)?\]\s+[^:\n]{1,40}:\s/mu,
      /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[AaPp]\.?\s?[Mm]\.?)?\s[-–]\s[^:\n]{1,40}:\s/mu,
      /(?:Forwarded many times|Encaminhada com frequência|Reenviado muchas veces|Häufig weitergeleitet|Transféré plusieurs fois|बार-बार फ़ॉरवर्ड किया गया)/u,
    ],
  ],
  [
    'Telegram',
    [
      /^\s*\d[\d\s.,]*\s(?:subscribers|inscritos|abonnés|Abonnenten|suscriptores|iscritti|subskrybentów|abonnees|подписчик\p{L}*)\s*$/imu,
      /(?<![\w.])t\.me\/[\w+]/u,
    ],
  ],
  [
    'Discord',
    [
      /^[^\n]{1,60}\s[—–]\s(?:Today at|Yesterday at|Heute um|Hoy a las|Hoje às|Aujourd’hui à|Aujourd'hui à)\s\d{1,2}:\d{2}/mu,
    ],
  ],
  ['Mastodon', [/(?<![\w@])@[A-Za-z0-9_]{1,30}@[a-z0-9-]+(?:\.[a-z0-9-]+)+(?![\w@])/u]],
  ['Bluesky', [/(?<![\w@])@[a-z0-9-]{1,40}\.bsky\.social(?![\w.])/u]],
];

/** Slack's copy: a channel's name first ("#jobs-board  |  Frontend Guild"), and a message header "Name  10:42 AM". */
const SLACK_CHANNEL = /^\s*#[\w-]{2,80}(?:\s+\|\s+[^\n]{1,80})?\s*$/u;
const SLACK_MESSAGE = /^[^\n]{2,80}\s{2,}\d{1,2}:\d{2}(?:\s?[AP]M)?\s*$/mu;

/** The chat or social network a post was copied from, with what says so. */
export function chatPlatform(text: string): { name: string; mark: string } | undefined {
  const head = text.slice(0, 6000);
  const first = head.split('\n').find((l) => l.trim() !== '') ?? '';
  if (SLACK_CHANNEL.test(first) && SLACK_MESSAGE.test(head))
    return { name: 'Slack', mark: `the channel "${first.trim()}"` };
  for (const [name, marks] of CHAT_PLATFORMS) {
    const m = marks.map((re) => re.exec(head)).find(Boolean);
    if (m) return { name, mark: `"${m[0].trim().slice(0, 50)}"` };
  }
  return undefined;
}

/**
 * A name and its degree of connection, as LinkedIn prints the author of a post or a message in its languages
 * ("Priya Raghunathan · 2nd", "Sanne de Wit · 1e", "Jonas Weber • 3.", "Ana Lima · 2º"), a line of its own;
 * the name is group 1.
 */
export const CONNECTION_DEGREE =
  /^([^\n·•]{2,60}?)\s[·•]\s(?:1st|2nd|3rd\+?|[123](?:\.º|er|re|ème|e|º|ª|\.)\+?)(?:\s|$)/u;

/** "Ask HN: Who is hiring? (December 2026)": a Hacker News thread. */
const HN_THREAD =
  /Ask HN:\s*Who is hiring|Who is hiring\?\s*\((?:January|February|March|April|May|June|July|August|September|October|November|December)/i;

/** Every web address in a text. */
const URL_IN_TEXT = /https?:\/\/([^/\s<>()"']+)(\/[^\s<>()"']*)?/giu;

/** A path that names one posting: a number or a job word ("/jobs/view/4190872311", "/viewjob?jk=…", "/stellenangebote--…"). */
const JOB_PATH =
  /\d{5,}|job|vacanc|vacatur|stellen|oferta|offre|annonce|vaga|empleo|lavoro|praca|vakans|item\?id|viewjob|posting|position/i;

/**
 * The writing platform an article's address names when the post is a writer's own, not a publication's:
 * "medium.com/@lena/…" and "medium.com/p/…" are Medium's, "dev.to/lena/…" DEV's. A publication on a platform
 * ("x.substack.com", "medium.com/some-magazine/…") names itself in the page (og:site_name) instead.
 */
export function platformOf(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  const keys = hostKeys(u.hostname);
  if ((keys.includes('medium.com') || keys[0] === 'medium') && /^\/(?:@|p\/)/.test(u.pathname)) return 'Medium';
  if (keys.includes('dev.to')) return 'DEV Community';
  if (keys.includes('hashnode.dev') || keys.includes('hashnode.com')) return 'Hashnode';
  if (keys.includes('linkedin') && /^\/pulse\//.test(u.pathname)) return 'LinkedIn';
  if (keys.includes('wikipedia.org')) return 'Wikipedia';
  // A video or a forum thread: the platform is the source, whoever posted.
  if (keys.includes('youtube') || keys.includes('youtu.be') || keys.includes('youtube.com')) return 'YouTube';
  if (keys.includes('reddit') || keys.includes('reddit.com')) return 'Reddit';
  return undefined;
}

/**
 * A row of share buttons ("Share this vacancy: Email | LinkedIn | X | Facebook", "Teilen: XING · LinkedIn"):
 * where the job may be passed on, not where it was found.
 */
const SHARE_BUTTONS =
  /(?<![\p{L}])(?:share|teilen|partager|compartir|compartilhar|condividi|dela|del|deel|delen|udostępnij|sdílet|jaa|paylaş)(?![\p{L}])|(?<![\p{L}])(?:facebook|twitter|whatsapp)(?![\p{L}])/iu;

/** A subreddit or a Reddit user in a pasted post: "r/forhire", "Posted by u/sam". */
const REDDIT =
  /(?<![\w/])r\/[A-Za-z0-9_]{2,21}(?![\w/])[^\n]{0,80}(?:posted by\s+)?u\/[A-Za-z0-9_-]{3,20}|posted by u\/[A-Za-z0-9_-]{3,20}/i;

/**
 * A newsletter's masthead in its first lines: "From The Green Roles Digest · Issue #212 · 6 November 2025",
 * "Emprego Tech Lisboa — edição nº 58". Markdown emphasis is read through.
 */
const MASTHEAD = new RegExp(
  // Without the i flag, so capitals mean capitals: with it, "of" and "the" could be read both as a name's
  // words and as its small words, and a sentence of them took exponential time ("You run the night shift of…").
  String.raw`^(?:[fF]rom\s+)?([\p{Lu}\p{N}][\p{L}\p{N}'&.-]*(?:\s+(?:[\p{Lu}\p{N}&][\p{L}\p{N}'&.-]*|of|the|de|da|do|for|für|des|du))*?)\s*[·•|–—,:-]\s*${issueNumberPattern({ caseless: true })}`,
  'u',
);

/** A newsletter's masthead: "The Green Roles Digest · Issue #212", "EMPREGO TECH LISBOA · Edição 58". */
export const isMasthead = (line: string) => MASTHEAD.test(line);

/** Every candidate for `source` a text (and the page's site name and title, when it is a page) offers. */
export function proposeSource(text: string, push: Push, page: { siteName?: string; titles?: string[] } = {}): void {
  const say = (board: Board, origin: Origin, evidence: string, weight: number, read?: string) =>
    push('source', board.name, origin, evidence, weight, read);
  // The page's own name: og:site_name, and the last part of its title ("… | Hacker News", "… - Green").
  const site = page.siteName?.trim();
  const siteBoard = site ? boardNamed(site) : undefined;
  if (siteBoard) say(siteBoard, 'meta', `the site's name "${site}"`, 0.75);
  for (const t of page.titles ?? []) {
    const last = t.split(/\s+[|｜–—-]\s+|｜/).at(-1)!;
    const board = last !== t ? boardNamed(last) : undefined;
    if (board) say(board, 'title', `the page title "${t}"`, 0.7, `<title> ${t}`);
  }
  const lines = text.split('\n');
  // E-mail senders: a job alert forwarded from a board ("From: StepStone Jobagent <jobagent@mail.stepstone.de>").
  for (const line of text.slice(0, 20000).split('\n')) {
    const f = mailField(line);
    const host = f?.field === 'from' ? senderAddress(f.value)?.split('@')[1] : undefined;
    const board = host && boardOfHost(host);
    if (board) say(board, 'label', `the sender's address …@${host}`, 0.8);
  }
  // Job links to a board anywhere in the text ("Jetzt bewerben: https://www.stepstone.de/stellenangebote--…").
  const linked = new Set<string>();
  for (const m of text.matchAll(URL_IN_TEXT)) {
    const board = boardOfHost(m[1]!);
    if (!board || linked.has(board.name) || !JOB_PATH.test(m[2] ?? '')) continue;
    linked.add(board.name);
    say(board, 'host', `a job link to ${m[1]}`, 0.6);
  }
  // Lines that say where it was found.
  const cued = new Set<string>();
  for (const line of lines) {
    if (line.length > 400) continue;
    for (const m of line.matchAll(CUE)) {
      // "via", "über", "a través de" also say how to apply ("über unser Formular"): a known board's name only.
      const open = !/^(?:via|über|a través de|através de|tramite)/i.test(m[0]);
      const rest = line.slice(m.index + m[0].length);
      const { board, name } = nameAfterCue(rest, open);
      const value = board?.name ?? name;
      if (!value || cued.has(value)) continue;
      // Each cue after the first says less: a page's "similar jobs" say where they were found too.
      const later = cued.size > 0;
      cued.add(value);
      push(
        'source',
        value,
        'prose',
        `"${line.trim().slice(0, 80)}"`,
        (board ? 0.75 : 0.6) / (later ? 2 : 1),
        line.trim(),
      );
    }
  }
  // A credit line with the board as one of its parts ("Inzerát vložen 27. 11. 2026 · Jobs.cz").
  for (const line of lines) {
    if (line.length > 120 || !/[·•|]/.test(line) || SHARE_BUTTONS.test(line)) continue;
    for (const part of line.split(/\s*[·•|]\s*/)) {
      const board = part.length <= 40 ? boardNamed(part) : undefined;
      if (board && !board.word && foldLabel(part).length > 2) {
        say(board, 'top', `the line "${line.trim()}"`, 0.6, line.trim());
        break;
      }
    }
  }
  for (const line of lines.filter((l) => l.trim()).slice(0, 5)) {
    const plain = line
      .replace(/[*_`#>]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    const m = plain.length <= 160 ? MASTHEAD.exec(plain) : null;
    if (m && m[1]!.length <= 60 && m[1]!.split(' ').length <= 6) {
      push('source', boardNamed(m[1]!)?.name ?? m[1]!, 'top', `the masthead "${plain}"`, 0.65, line.trim());
      break;
    }
  }
  const chat = chatPlatform(text);
  if (chat) push('source', chat.name, 'top', `a ${chat.name} post (${chat.mark})`, 0.75);
  if (REDDIT.test(text.slice(0, 3000)))
    say(
      BOARDS.find((b) => b.name === 'Reddit')!,
      'top',
      'a Reddit post (r/…, u/…)',
      0.75,
    );
  if (HN_THREAD.test(text.slice(0, 4000)))
    say(
      BOARDS.find((b) => b.name === 'Hacker News')!,
      'top',
      'an "Ask HN: Who is hiring?" thread',
      0.8,
    );
  const linkedin = BOARDS.find((b) => b.name === 'LinkedIn')!;
  const marks = LINKEDIN_MARKS.filter((re) => re.test(text)).length;
  if (
    text
      .slice(0, 6000)
      .split('\n')
      .some((l) => CONNECTION_DEGREE.test(l.trim()))
  )
    say(linkedin, 'top', "a profile line with a connection's degree (· 2nd)", 0.6);
  if (marks) say(linkedin, 'prose', `LinkedIn's layout (${marks} of its marks)`, marks >= 2 ? 0.7 : 0.35);
}
