import slugifyLib from '@sindresorhus/slugify';
import { ROLE_NOUN } from './posting-extract.ts';
import { DATE_IN_TEXT, dateInText, parseLooseDate } from './loose-date.ts';

/** A web address and nothing else on its line. */
const ADDRESS_ALONE = /^https?:\/\/\S+$/;

/** A web clipper's or a read-later app's stamp of the day a page was kept: "Clipped: 2026-12-03", "Saved on 3 Dec". */
const SAVED_STAMP = /^\s*(?:clipped|saved|captured|archived|retrieved|accessed|fetched|imported)\b/i;
import { mailHeader, senderName, subjectLine } from './mail-header.ts';
import { CONNECTION_DEGREE, isMasthead } from './source-cues.ts';
import { copyrightOwner } from './company-cues.ts';
import { conceptPattern, issueNumberPattern } from './lexicon.ts';

/** What a saved article states about itself. */
export interface ArticleFields {
  title?: string;
  author?: string;
  source?: string;
  published?: string;
  url?: string;
  /** Organisations the author speaks for ("Amazon senior applied scientist …" → Amazon). */
  companies: string[];
}

const NAME = String.raw`[A-Z][\p{L}'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\p{L}'’-]+)){1,2}`;
const IMAGE_FILE = /\.(?:png|jpe?g|gif|webp|svg|avif)$/i;

/** Lines sites print under and after an article: where its trailing boilerplate starts. */
const BOILERPLATE_MARKER =
  /^(?:Research areas|Related content|Related articles|Related posts|Related stories|Read more|More from .{1,40}|You (?:may|might) also like|Recommended(?: for you)?|Latest (?:news|articles|posts)|Share(?: this)?(?: article| post)?|Tags|Topics|Comments|Jobs|Job openings|Open positions|Careers at .{1,40}|Explore more|Subscribe.{0,40}|Sign up for .{1,60}|Follow us.{0,30})$/i;

const isLong = (line: string) => line.length > 100 || /[.!?]["”’)]?$/.test(line.trim());

/**
 * Where the site's trailing boilerplate begins (related-content blurbs, an
 * appended list of job openings), as an index into `lines`, or `lines.length`
 * when there is none. It starts at a marker line ("Related content",
 * "Research areas"…) after which the text is only short headers each followed
 * by at most one paragraph, unlike the article, where paragraphs run on.
 * A "Related content" blurb in the middle of the article is followed by more
 * article and so stays in place.
 */
export function findBoilerplateStart(lines: string[]): number {
  // One pass from the end (a scan of the rest after every marker is quadratic in a
  // page of markers): what follows line i is known before line i is looked at.
  let found = lines.length;
  // A marker among the first lines is the site's navigation ("WORK  ABOUT  JOURNAL  JOBS" / "Jobs" over the
  // posting), not what follows an article: boilerplate starts after some content.
  let seen = 0;
  const contentFrom = lines.findIndex((l) => l.trim() !== '' && ++seen > 4);
  let hasRest = false; // a non-empty line follows
  let nextIsLong = false; // the next non-empty line is article prose
  let prose = false; // two lines of prose in a row follow somewhere
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const marker = BOILERPLATE_MARKER.test(line);
    if (marker && hasRest && !prose && contentFrom >= 0 && i >= contentFrom) found = i;
    const long = isLong(line) && !marker;
    if (long && nextIsLong) prose = true;
    nextIsLong = long;
    hasRest = true;
  }
  return found;
}

function labelled(lines: string[], label: RegExp): string | undefined {
  const pattern = new RegExp(String.raw`^\s*(?:${label.source})\s*:\s*(.+)$`, 'i');
  for (const line of lines) {
    const m = pattern.exec(line.replace(/\*\*/g, ''));
    if (m) return m[1]!.trim();
  }
  return undefined;
}

/** The article's title: a Markdown heading, a "Title:" line, or the first short line that is not a caption or an image name. */
const plausibleTitle = (l: string) =>
  l !== '' &&
  l.length <= 150 &&
  !IMAGE_FILE.test(l) &&
  !/[.:;,]$/.test(l) &&
  !DATE_IN_TEXT.test(l) &&
  !/^by\s/i.test(l) &&
  !/^https?:/.test(l) &&
  !/^[^\s:]{1,30}:\s/.test(l) &&
  // A forum's header: the subreddit ("r/cscareerquestionsEU") and "Posted by u/…" name where and who, not what.
  !SUBREDDIT.test(l) &&
  !POSTED_BY.test(l) &&
  // A site's menu copied as one line: "Bajtowy Rynek  |  Praca  |  Technologie  |  Raporty", "Nyheter   Näringsliv   Jobb".
  l.split(/\s*[|·•]\s*|\s{3,}/).filter(Boolean).length < 3;

/** A line in capitals alone: a masthead ("VÄSTKUSTENS AFFÄRER") or a section ("RAPORTY") over the headline. */
const inCapitals = (l: string) => /\p{Lu}.*\p{Lu}/u.test(l) && !/\p{Ll}/u.test(l);

/** A subreddit on a line of its own. */
const SUBREDDIT = /^r\/[A-Za-z0-9_]{2,21}$/;
/** "Posted by u/kalter_kaffee_42": a Reddit post's writer, group 1. */
const POSTED_BY = /^posted by (u\/[A-Za-z0-9_-]{3,20})\b/i;
/**
 * A video channel's or a newsletter's subscriber count on a line of its own ("312K subscribers", "312 mil
 * suscriptores", "1,2 Mio. Abonnenten"): over a video, the line above names the channel.
 */
export const SUBSCRIBERS =
  /^[\d.,]+\s*(?:k|m|mil|mio\.?|mln|tys\.?)?\s*(?:subscribers|suscriptores|abonnés|abonnenten|inscritos|iscritti|subskrybentów|abonnees|prenumeranter|abonnenter)$/iu;

/**
 * The article's title: a Markdown heading, a "Title:" line, the line above a
 * byline ("By Mara Olsen"), or else the first short line that is not a
 * caption or an image name. With a byline, a short line above the title is
 * the publication's name, as sites print it.
 */
function findTitle(lines: string[], url?: string): { title?: string; publisher?: string } {
  const explicit = labelled(lines.slice(0, 15), /title/);
  if (explicit) return { title: explicit };
  // The post's own address names it: ".../p/counteroffers-are-a-trap-sometimes" is the line
  // "Counteroffers are a trap (sometimes)", whatever stands above it (the newsletter's name).
  const slug = url ? slugOfAddress(url) : undefined;
  if (slug) {
    const head = lines
      .slice(0, 20)
      .map((l) => l.replace(/^#+\s+/, '').trim())
      .filter((l) => l !== '');
    const at = head.findIndex((l) => l.length <= 150 && slugifyLib(l) === slug);
    if (at >= 0) {
      const above = head[at - 1];
      return { title: head[at], publisher: at === 1 && above && plausibleTitle(above) ? above : undefined };
    }
  }
  // A podcast's page copied as text: the show's name, then the episode's ("Folge #87: Gehaltsbänder lesen").
  const top = lines
    .slice(0, 8)
    .map((l) => l.replace(/^#{1,6}\s+/, '').trim())
    .filter((l) => l !== '');
  const episode = top.findIndex((l, i) => i <= 3 && EPISODE_LINE.test(l) && l.length <= 150);
  if (episode >= 0) {
    const above = top[episode - 1];
    return {
      title: top[episode],
      publisher: episode === 1 && above && plausibleTitle(above) && !EPISODE_LINE.test(above) ? above : undefined,
    };
  }
  const heading = lines.find((l) => /^#\s+\S/.test(l));
  if (heading) return { title: heading.replace(/^#\s+/, '').trim() };
  // A lower heading is still a line of words: its marks ("## ") are no part of the title.
  const head = lines
    .slice(0, 15)
    .map((l) => l.replace(/^#{1,6}\s+/, '').trim())
    .filter((l) => l !== '');
  const byline = head.findIndex((l) => /^[Bb]y\s+[A-Z]/.test(l));
  if (byline > 0 && plausibleTitle(head[byline - 1]!)) {
    const above = head[byline - 2];
    return { title: head[byline - 1], publisher: byline === 2 && above && plausibleTitle(above) ? above : undefined };
  }
  return { title: head.find((l) => plausibleTitle(l) && !inCapitals(l)) ?? head.find(plausibleTitle) };
}

/** The last part of an address's path, as a slug of three words or more ("counteroffers-are-a-trap"), or undefined. */
function slugOfAddress(url: string): string | undefined {
  try {
    const last = new URL(url).pathname.split('/').filter(Boolean).pop() ?? '';
    const slug = decodeURIComponent(last)
      .replace(/\.[a-z]{2,5}$/i, '')
      .toLowerCase();
    return /^[a-z0-9]+(?:-[a-z0-9]+){2,}$/.test(slug) ? slug : undefined;
  } catch {
    return undefined;
  }
}

/** "By Ana Lopes", "Von …", "Par …", "Por …", "Przez …", "Door …", "Di …", "Autor: …": the author's name. */
const BYLINE = new RegExp(
  String.raw`^\s*(?:by|von|par|por|przez|door|di|av|af|autor(?:a|ka)?:?|author:?|written by|speaker:?)\s+(${NAME}(?:(?:,| and| und| et| y| e| i)\s+${NAME})*)\s*(?:[·|,–—].*)?$`,
  'iu',
);

/**
 * A name the case-blind bylines caught, if its words are capitalised ("by the way" names no one): the `i` flag
 * makes NAME's capitals match any letter. Particles stay small: "Sanne de Wilde", "Ludwig van der Berg".
 */
function properName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const words = name.split(/\s+|,\s*/).filter(Boolean);
  return words.every((w) => /^[\p{Lu}@]/u.test(w) || NAME_PARTICLE.test(w)) ? name : undefined;
}
const NAME_PARTICLE =
  /^(?:and|und|et|y|e|i|de|del|della|der|den|van|von|da|das|di|do|dos|du|la|le|ten|ter|zu|bin|binti|al)$/;

/** An episode's own line: "Episode 112: …", "Folge #87: …", "Épisode 12 – …", "Avsnitt 40. …". */
const EPISODE_LINE =
  /^(?:episode|ep\.|folge|épisode|aflevering|avsnitt|afsnit|odcinek|episodio|episódio|jakso|epizoda|epizód)\s*#?\d{1,4}\s*[:.–—|-]\s*\S/iu;

/** A show's host: "Hosted by Dario Mendes", "Host & Produktion: Till Marquardt", "Moderation: …"; group 1. */
const HOSTED_BY = new RegExp(
  String.raw`(?:^|[·|•–—]\s*)(?:hosted by|host(?:\s*(?:&|and|und|et|y|e)\s*\p{L}+)?:|moderation:|gastgeber(?:in)?:|presented by|moderated by|apresentado por|präsentiert von|moderiert von|animé par|présenté par|conducido por|presentado por|condotto da)\s+(${NAME})\s*(?:[·|•,–—].*)?$`,
  'iu',
);
/** Words of a byline that say what the author does, not who they are. */
const BYLINE_ROLE =
  /(?<![\p{L}])(?:reporter|editor|correspondent|writer|journalist|columnist|contributor|staff|redakteur(?:in)?|rédacteur|rédactrice|journaliste|periodista|redactor(?:a)?|jornalista|redattore|redattrice|dziennikarz|dziennikarka)(?![\p{L}])/iu;

/** "Aisha Karim, Business Reporter" → "Aisha Karim": the name, without the role after it. */
function withoutRole(author: string): string {
  const parts = author.split(/\s*[,|·–—]\s*/);
  const at = parts.findIndex((p, i) => i > 0 && (BYLINE_ROLE.test(p) || ROLE_NOUN.test(p)));
  return at < 0 ? author : parts.slice(0, at).join(', ');
}

/**
 * A saved e-mail's header block (a newsletter issue kept as text), when the text starts with one naming its
 * sender and its subject: the subject is the issue's title, the sender's name its publication or its writer.
 */
function newsletterHeader(
  lines: string[],
): { from?: string; subject?: string; date?: string; lines: number } | undefined {
  const mail = mailHeader(lines);
  if (!mail?.subject || lines.slice(0, mail.start).some((l) => l.trim() !== '')) return undefined;
  // "… was das für deine Bewerbung heißt | Ausgabe 47": the issue's number is the newsletter's, not the title's.
  const subject = subjectLine(mail.subject).replace(ISSUE_SUFFIX, '').trim();
  return { from: senderName(mail.from!), subject: subject || undefined, date: mail.date, lines: mail.end };
}

/** An issue's number after a subject: " | Issue #112", " – Ausgabe 47", " (Numéro 12)". */
const ISSUE_SUFFIX = new RegExp(
  String.raw`\s*(?:[|–—·-]\s*|\()(?:${issueNumberPattern()}|(?:no\.?|nr\.?)\s*\d{1,4})\)?\s*$`,
  'iu',
);

/** "View this email in your browser: <address>", "View this post on the web at <address>": the issue's own address. */
const WEB_VIEW = new RegExp(
  String.raw`^\s*(?:${conceptPattern('webView').source}|${conceptPattern('webViewLink').source})(?: at|:)?\s*<?(https?:\/\/[^\s>]+)>?\s*$`,
  'imu',
);

/** A writer's sign-off at the end of a letter: "- Harriet Osei-Mensah", "— Lotte". */
const SIGN_OFF = new RegExp(String.raw`^[-–—~]\s*(${NAME})\s*$`, 'u');

/**
 * The name a newsletter issue is signed with: the last sign-off line of the text before its footer, on a
 * line of its own, not an item of a list ("- Product Manager" among others) and not a job.
 */
function signedBy(lines: string[]): string | undefined {
  const item = (l: string | undefined) => l !== undefined && /^\s*[-–—~*•]\s/.test(l);
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 40; i--) {
    const line = lines[i]!.trim();
    // Or the name under a closing line that ends in a comma: "See you next Sunday,", "Bis bald,", "Cheers,".
    const m = SIGN_OFF.exec(line) ?? (VALEDICTION.test(lines[i - 1]?.trim() ?? '') ? NAME_ALONE.exec(line) : null);
    if (m && !item(lines[i - 1]) && !item(lines[i + 1]) && !ROLE_NOUN.test(m[1]!)) return m[1];
  }
  return undefined;
}

/** A short closing line of a letter, ending in a comma. */
const VALEDICTION = /^\p{L}[^.!?:;\n]{1,38},$/u;
const NAME_ALONE = new RegExp(String.raw`^(${NAME})$`, 'u');

/** The author of a LinkedIn post, from its author block among the first lines: a post has no headline of its own. */
function poster(lines: string[]): string | undefined {
  const first = lines
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 6);
  return first.map((l) => CONNECTION_DEGREE.exec(l)?.[1]).find(Boolean);
}

export function extractArticle(text: string): ArticleFields {
  const mail = newsletterHeader(text.split('\n', 14));
  if (mail) text = text.split('\n').slice(mail.lines).join('\n');
  // A newsletter e-mail starts with "View this post on the web at <address>": the address, then the post.
  const web = WEB_VIEW.exec(text.split('\n', 8).join('\n'));
  if (web) text = text.replace(web[0], '');
  const lines = text.split('\n');
  const main = lines.slice(0, findBoilerplateStart(lines));
  const head = main.slice(0, 25);
  const companies: string[] = [];
  const trimmed = head.map((l) => l.trim()).filter(Boolean);
  // A channel's name over its subscriber count (a video page copied as text).
  const channel = trimmed.findIndex((l, i) => i > 0 && SUBSCRIBERS.test(l));
  let author =
    labelled(head, /author|authors|by|written by|speaker|presenter/) ??
    trimmed.map((l) => POSTED_BY.exec(l)?.[1]).find(Boolean) ??
    (channel > 0 ? trimmed[channel - 1] : undefined) ??
    // "*By Claire Dumont · 4 February 2026*": bold or italic around the byline is no part of it.
    head.map((l) => properName(BYLINE.exec(l.replace(/\*\*|^[*_]+|[*_]+$/g, ''))?.[1])).find(Boolean) ??
    // A show's host, in its episode's meta line ("Published November 4 · 48 min · Hosted by Dario Mendes") or in
    // the credits under the show notes ("Host & Produktion: Till Marquardt · Schnitt: …"): the first line says it.
    lines.map((l) => properName(HOSTED_BY.exec(l.replace(/\*\*|[*_]/g, ''))?.[1])).find(Boolean);
  // "Amazon senior applied scientist Jack FitzGerald delivered a keynote…": the speaker and whom they work for.
  const speaker = new RegExp(
    String.raw`\b([A-Z][\p{L}.&-]+(?:\s[A-Z][\p{L}.&-]+)?)\s+(?:(?:senior|principal|staff|lead|chief|distinguished)\s+)?(?:(?:applied|research|data|software|machine learning)\s+)?(?:scientist|engineer|researcher|director|manager|vice president|VP|fellow|professor)\s+(${NAME}),?\s+(?:delivered|delivering|gave|giving|presented|presenting|spoke|speaking|wrote|writes|explained|explains)`,
    'u',
  ).exec(main.join('\n'));
  if (speaker) {
    author ??= speaker[2];
    companies.push(speaker[1]!);
  }
  const publishedText =
    labelled(head, /published|date|posted|published on|updated/) ??
    head
      // A web clipper's stamp ("Clipped: 2026-12-03", "Saved on …") is the day it was kept, not published.
      .filter((l) => !SAVED_STAMP.test(l))
      .map((l) => DATE_IN_TEXT.exec(l)?.[0])
      .find(Boolean) ??
    // A meta line in another language or in lower case ("184.302 visualizaciones · 12 nov 2026"): short lines only,
    // where a page prints its date, not a sentence of the article.
    trimmed
      .slice(0, 8)
      .filter((l) => l.length <= 80 && !SAVED_STAMP.test(l))
      .map((l) => dateInText(l))
      .find(Boolean);
  // A saved e-mail was published when it was sent ("Datum: 19. November 2026 um 07:05").
  const published =
    (publishedText ? parseLooseDate(DATE_IN_TEXT.exec(publishedText)?.[0] ?? publishedText) : undefined) ??
    (mail?.date ? dateInText(mail.date) : undefined);
  const sourceLine = labelled(head, /source|publisher|publication|site|published by|originally published (?:in|on|by)/);
  // "Source: https://…", as web clippers write it: the article's address, not its publication.
  const sourceAddress = sourceLine && ADDRESS_ALONE.test(sourceLine.trim()) ? sourceLine.trim() : undefined;
  const labelledSource = sourceAddress ? undefined : sourceLine;
  const copyright = main.map(copyrightOwner).find(Boolean);
  const url =
    web?.[1] ??
    /https?:\/\/[^\s)>\]]+/.exec(labelled(head, /url|link|source url|original/) ?? '')?.[0] ??
    sourceAddress ??
    // An address alone on one of the first lines, as a copied thread or video page starts: the page's own.
    trimmed.slice(0, 6).find((l) => ADDRESS_ALONE.test(l));
  const found = findTitle(main, url);
  // A saved e-mail: its subject is the issue's title (a "Title:" line still wins), and a sender named in
  // the subject or printed as the masthead ("Remote Roundup <hello@…>" over "REMOTE ROUNDUP") is the
  // publication; the writer signs off at the end ("- Harriet Osei-Mensah").
  const sender = mail?.from;
  // Its footer's masthead counts too ("Remote Roundup · issue #118" under the sign-off).
  const senderIsMasthead =
    sender !== undefined &&
    (mail!.subject?.toLowerCase().includes(sender.toLowerCase()) ||
      main.some((l) => l.trim().toLowerCase() === sender.toLowerCase()) ||
      lines.some((l) => isMasthead(l.trim()) && l.trim().toLowerCase().startsWith(sender.toLowerCase())));
  const title = (!labelled(main.slice(0, 15), /title/) && mail?.subject) || found.title;
  const publisher = (senderIsMasthead ? sender : undefined) ?? found.publisher;

  // A name alone on a line under the title (after a subtitle, perhaps), with a date under it: the author, as
  // newsletters print them.
  if (!author && title) {
    const rest = main.map((l) => l.trim()).filter(Boolean);
    const at = rest.indexOf(title);
    for (let i = at + 1; at >= 0 && i <= at + 2; i++) {
      const name = rest[i];
      // Not a masthead in capitals ("REMOTE ROUNDUP" over "Issue #112 · 23 March 2027").
      if (
        name &&
        name !== name.toUpperCase() &&
        new RegExp(String.raw`^${NAME}$`, 'u').test(name) &&
        DATE_IN_TEXT.test(rest[i + 1] ?? '')
      ) {
        author = name;
        break;
      }
    }
  }
  if (mail && !author) author = signedBy(main);
  // A newsletter's copyright line names its writer more often than its name: the name printed above the
  // title wins over it, and the author is never the publication.
  // A LinkedIn post: its writer is the name over it, its first line ("Feed post") is the site's, and it has no title.
  const postedBy = poster(main);
  if (postedBy) return { author: postedBy, source: 'LinkedIn', published, url, companies };
  const byCopyright = copyright && copyright !== author ? copyright : undefined;
  const source = labelledSource ?? (publisher && copyright === author ? publisher : (byCopyright ?? publisher));
  return { title, author: author && withoutRole(author), source, published, url, companies };
}
