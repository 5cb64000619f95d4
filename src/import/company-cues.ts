import { parse as parseHost } from 'tldts';
import type { Origin } from './evidence.ts';
import { ENDS_WITH_LEGAL_FORM, LEGAL_FORM_SOURCE } from '../lib/legal-forms.ts';
import { isPlace } from './places.ts';
import { AGENCY, AGENCY_NAME, ROLE_NOUN } from './posting-extract.ts';
import { mailHeader, senderAddress } from './mail-header.ts';

/**
 * Where messages, flyers and pasted pages name their employer without a label: an e-mail's signature and
 * its sender's domain, a copyright line, "Join X" / "Rejoignez X", a name with its legal form before a
 * hiring verb ("Hämeenlinnan Kaukolämpö Oy hakee"), "Bij X in Venlo", and the line under a job title
 * ("Kronwerk Systems – Wien"). Each proposes a candidate (see evidence.ts); none decides alone when it is
 * weak: an address's domain only agrees with a name read elsewhere.
 */

/** `read`: the line the value was read from (see Candidate.read in evidence.ts). */
type Push = (field: string, value: unknown, origin: Origin, evidence: string, weight?: number, read?: string) => void;

/** Mail providers: an address there names a person's mailbox, not an employer. */
const FREE_MAIL =
  /^(?:gmail|googlemail|outlook|hotmail|live|msn|yahoo|ymail|icloud|me|mac|aol|proton|protonmail|pm|gmx|web|t-online|freenet|mail|yandex|rambler|qq|163|126|sina|naver|daum|wp|onet|o2|interia|seznam|libero|virgilio|orange|free|laposte|sfr|wanadoo|bluewin|hey|fastmail|zoho|rediffmail|uol|bol|terra)$/i;

/** A letter's closing: the lines under it are the sender's name, role and employer. */
const SIGN_OFF =
  /^(?:best|best regards|kind regards|regards|warm regards|warmly|cheers|thanks|many thanks|thank you|all the best|sincerely|yours sincerely|yours faithfully|mit freundlichen grüßen|freundliche grüße|viele grüße|beste grüße|liebe grüße|cordialement|bien à vous|bien cordialement|salutations|saludos|un saludo|atentamente|saludos cordiales|atenciosamente|abraços|cordiali saluti|saluti|distinti saluti|met vriendelijke groet|vriendelijke groet|groeten|med vänlig hälsning|vänliga hälsningar|hälsningar|mvh|med venlig hilsen|venlig hilsen|vennlig hilsen|med vennlig hilsen|pozdrawiam|z poważaniem|s pozdravem|ystävällisin terveisin|terveisin|saygılarımla|с уважением|trân trọng)[,!.]?$/iu;

/** The message view's buttons and box under a signature ("[ Reply ]", "Write a message…"): the signature ends. */
const VIEW_END = /^\[\s*[^\]]{1,30}\]|^(?:write|type|send) a (?:message|reply)/i;

/** Words of a role or a team in a signature ("Senior Recruiter", "Ihr Recruiting-Team"), not an employer's name. */
const SIGNATURE_ROLE =
  /recruit|talent|hiring|people|human resources|\bhr\b|personal|rekryt|rekrutt|team|équipe|equipo|ressources humaines|partner|sourcer|acquisition|manager|director|head of|lead|founder|ceo|cto|coo|officer|specialist|consultant|coordinator|assistant|generalist|recruteur|recrutement|reclutamento|selección|seleção/i;

/** "Baltic Drydock Services Sp. z o.o.": capitalised words, then a legal form. Bounded repetition: linear. */
const LEGAL_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])([\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*(?:[ \t]+(?:[\p{Lu}\p{N}&][\p{L}\p{N}&'’.-]*|of|and|&|de|du|la|der|di)){0,5},?[ \t]+${LEGAL_FORM_SOURCE})(?![\p{L}])`,
  'u',
);

/** Hiring verbs that follow the employer's name, in the languages notices come in ("X hakee", "X zatrudni:"). */
const HIRES_AFTER =
  /^\s*(?:hakee|etsii|zatrudni|zatrudnimy|poszukuje|szuka|sucht|recrute|recherche|busca|contrata|procura|cerca|seleziona|zoekt|söker|søker|søger|arıyor|ищет|приглашает|is hiring|is looking for|is recruiting|are hiring|tuyển)(?![\p{L}])/iu;

/** "Join X", "Rejoignez X !", "Únete a X", "Dołącz do X", "Kom werken bij X": a line of its own. */
const JOIN =
  /^(?:join|come join|rejoignez|rejoins|rejoindre|únete a|unete a|súmate a|junte-se à|junte-se ao|junte-se a|venha para a|unisciti a|entra in|dołącz do|kom werken bij|werken bij|werde teil von|komm zu|bli med i|bli en del av|bliv en del af|jobba på|liity|katıl)\s+(.+)$/iu;

/** What "Join …" names when it is not an employer: "Join us", "Join our team", "Rejoignez-nous". */
const JOIN_NOT_NAME =
  /^(?:us|our|the|a|an|my|this|nous|notre|nuestro|nosso|unser\p{L}*|uns|oss|os|nas|noi|il|le|la|el|o|a)(?![\p{L}])/iu;

/** A name as a line shows it: no trailing punctuation, spacing before "!" or brackets. */
const bare = (name: string) =>
  name
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/[\s!,;:·|–—-]+$/u, '')
    // A sentence's period goes, an abbreviation's stays ("Sp. z o.o.", "Inc.").
    .replace(/(?<=\p{Ll}{4})\.$/u, '')
    .trim();

/** A short run of words that can be a name: capitalised, at most six words, not a sentence, role or place. */
function nameLike(value: string): boolean {
  const words = value.split(/\s+/);
  return (
    value.length >= 2 &&
    value.length <= 70 &&
    words.length <= 6 &&
    /^[\p{Lu}\p{N}]/u.test(value) &&
    words.filter((w) => /^\p{Ll}{4,}$/u.test(w)).length <= 1 &&
    !/[@:?]|https?|www\./i.test(value) &&
    !/\d{3}/.test(value) &&
    !ROLE_NOUN.test(value) &&
    !SIGNATURE_ROLE.test(value) &&
    !isPlace(value)
  );
}

/** The employer a domain names ("hannah@brackenridge-energy.example" → "brackenridge energy"), or undefined for a mailbox provider. */
function domainName(address: string): string | undefined {
  const host = address.split('@')[1]?.toLowerCase();
  if (!host) return undefined;
  const parsed = parseHost(host);
  const name = parsed.domainWithoutSuffix ?? host.split('.')[0];
  if (!name || name.length < 3 || FREE_MAIL.test(name) || parsed.isIp) return undefined;
  return name.replace(/[-_]+/g, ' ');
}

/** The first e-mail address of a text, found from its "@" outwards (a pattern run from every letter would be quadratic). */
function firstAddress(text: string): string | undefined {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && /[\w.+-]/.test(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && end - at < 255 && /[\w.-]/.test(text[end]!)) end++;
    const address = text.slice(start, end).replace(/\.+$/, '');
    if (start < at && /^[^@]+@[\w-]+(?:\.[\w-]+)+$/.test(address)) return address;
  }
  return undefined;
}

/**
 * The owner a copyright line names ("© 2026 Baltic Drydock Services Sp. z o.o. All rights reserved.",
 * "Copyright © 2025 Björkviks Bageri AB"): the name, '' for a copyright line that names none, undefined for
 * another line.
 */
export function copyrightOwner(line: string): string | undefined {
  const text = line.replace(/\*\*|__|`/g, '').trim();
  const m = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(.{2,120})$/iu.exec(text);
  if (!m) return undefined;
  const phrase = m[1]!.search(
    /\s*(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|todos os direitos reservados|tutti i diritti riservati|wszelkie prawa zastrzeżone|alle rettigheter reservert|med ensamrätt|kaikki oikeudet pidätetään)|\s[·|•]\s/iu,
  );
  // A sentence after the name: "Kestrel Freight Ltd. Registered in England no. 0441" (not "Sp. z o.o.").
  const sentence = m[1]!.search(/\.\s+(?=\p{Lu}\p{Ll}+\s\p{Ll})/u);
  // The sentence's full stop stays when it ends a legal form ("Kestrel Freight Ltd.").
  const stop = sentence >= 0 && ENDS_WITH_LEGAL_FORM.test(m[1]!.slice(0, sentence + 1)) ? sentence + 1 : sentence;
  const cut = phrase >= 0 ? phrase : stop;
  // The year after the name: "© Northgate Business Review 2026. All rights reserved."
  const name = bare((cut >= 0 ? m[1]!.slice(0, cut) : m[1]!).replace(/,?\s+\d{4}(?:\s*[-–]\s*\d{4})?\.?\s*$/, ''));
  return name && nameLike(name) ? name : '';
}

/**
 * Proposes the employer from the cues above. Returns the signer's name, when a signature was read: a person,
 * which other readers (a name alone near the top) must not take for the employer.
 */
export function companyCues(lines: string[], push: Push): { signer?: string } {
  const nonEmpty = lines.map((l) => l.replace(/\\$|\s+$/g, '').trim()).filter((l) => l !== '');
  const plain = (l: string) => l.replace(/\*\*|__|`/g, '').trim();

  // The sender's domain, else the first address of the text: an employer's, unless a mailbox provider's.
  const from = mailHeader(lines)?.from;
  const sender = from && senderAddress(from);
  const anyAddress = firstAddress(lines.join('\n').slice(0, 20000));
  for (const address of [sender, anyAddress]) {
    const name = address && domainName(address);
    if (name) {
      // Below half of what a field needs: it confirms a name read elsewhere, and never holds one back.
      push('company', name, 'meta', `the e-mail address ${address}`, 0.25);
      break;
    }
  }

  // A signature: after the closing (or as the last lines), the sender's name, then a role and the employer
  // ("Talent Partner | X", or "Senior Recruiter" over "X").
  const closing = nonEmpty.findIndex((l, i) => i >= nonEmpty.length - 14 && SIGN_OFF.test(plain(l)));
  const tail = nonEmpty.slice(-3).map(plain);
  const unsigned =
    closing < 0 &&
    tail.length === 3 &&
    /^\p{Lu}\p{L}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u.test(tail[0]!) &&
    SIGNATURE_ROLE.test(tail[1]!)
      ? nonEmpty.length - 4
      : -1;
  const signed = closing >= 0 ? closing : unsigned;
  const signer = signed >= 0 ? nonEmpty[signed + 1]?.split(/\s+[|,–—]\s+/)[0]?.trim() : undefined;
  // The signer's full name again under a "--" separator ("Marcus" then "-- / Marcus Bell") is a person too.
  const signerWord = signer?.split(/\s+/)[0];
  const signerAgain = (line: string) =>
    /^-{2,}\s*$/.test(line) ||
    (signerWord !== undefined && signerWord.length >= 2 && plain(line).startsWith(signerWord));
  // A registered name among the signature's lines ("Talentia Search S.r.l.") is the sender's firm, and the part
  // after a dash on the role's line ("Senior Consultant – Industrial & Automotive") only their field.
  const block = signed >= 0 ? nonEmpty.slice(signed + 2, signed + 7) : [];
  const stop = block.findIndex((l) => VIEW_END.test(plain(l)));
  const firm = (stop >= 0 ? block.slice(0, stop) : block)
    .map((l) => bare(plain(l)))
    .find((l) => l.length <= 80 && ENDS_WITH_LEGAL_FORM.test(l) && !signerAgain(l));
  // A recruiter who writes of "our client" signs with the agency's name, whatever it is called.
  const agency = AGENCY.test(lines.join('\n').slice(0, 20000));
  if (firm) {
    if (!AGENCY_NAME.test(firm) && !agency)
      push('company', firm, 'meta', `the signature line "${firm.slice(0, 60)}"`, 0.6);
  } else if (signed >= 0 && !agency)
    for (const line of nonEmpty.slice(signed + 2, signed + 7)) {
      if (signerAgain(line)) continue;
      // The message view's buttons and box under the signature ("[ Reply ]", "Write a message…") end it.
      if (VIEW_END.test(plain(line))) break;
      const parts = plain(line)
        .split(/\s+[|·•–—,]\s+|\s+(?:at|@|bei|chez|hos|presso|bij|w)\s+/)
        .map(bare);
      // "Altiplan Conseil · Recrutement par approche directe": a recruiting firm's line names no employer.
      if (
        parts.length > 1 &&
        parts.some((p) =>
          /recrut|recruit|headhunt|executive search|personalberatung|selección|seleção|selezione/i.test(p),
        )
      )
        break;
      if (parts.length > 1 && !parts.some((p) => SIGNATURE_ROLE.test(p) || ROLE_NOUN.test(p))) continue;
      const name = parts.find((p) => nameLike(p));
      if (name) {
        // An agency's recruiter signs with the agency: only the client, never named there, is the employer.
        if (!AGENCY_NAME.test(name)) push('company', name, 'meta', `the signature line "${line.slice(0, 60)}"`, 0.6);
        break;
      }
    }

  // A copyright line: the site's or the document's owner ("© 2026 Baltic Drydock Services Sp. z o.o. All rights reserved.").
  for (const line of nonEmpty.slice(-12)) {
    const owner = copyrightOwner(line);
    if (owner === undefined) continue;
    if (owner)
      push('company', owner, 'meta', `the copyright line "${line.slice(0, 60)}"`, LEGAL_NAME.test(owner) ? 0.6 : 0.5);
    break;
  }

  for (const [i, line] of nonEmpty.slice(0, 10).entries()) {
    const text = plain(line);
    // "Rejoignez Atelier Sablon !", "Dołącz do Kwadrat Studio".
    const join = JOIN.exec(text);
    if (join && !JOIN_NOT_NAME.test(join[1]!)) {
      const name = bare(join[1]!);
      if (nameLike(name)) push('company', name, 'top', `the line "${text.slice(0, 60)}"`, 0.6, text);
    }
    // "Hämeenlinnan Kaukolämpö Oy hakee", "Deniz Lojistik A.Ş. · İzmir", "Firma budowlana BUD-MAX Sp. z o.o. zatrudni:".
    const legal = text.length <= 160 ? LEGAL_NAME.exec(text) : null;
    if (legal) {
      const rest = text.slice(legal.index + legal[0].length);
      const alone = /^\s*(?:[·|•–—-]\s+.{0,60})?$/u.test(rest) && legal.index === 0;
      if (alone || HIRES_AFTER.test(rest))
        push('company', legal[1]!, 'top', `the line "${text.slice(0, 60)}"`, HIRES_AFTER.test(rest) ? 0.7 : 0.6, text);
    }
    // "Bij Koelhuis Vermeulen in Venlo", "At Brightgrain Bakery": the employer on a line of its own.
    const at =
      /^(?:[Aa]t|[Bb]ij|[Bb]ei|[Cc]hez|[Hh]os|[Pp]resso)\s+(\p{Lu}.{1,60}?)(?:\s+(?:in|à|en|em|i|w)\s+(\p{Lu}[\p{L} -]{1,40}))?$/u.exec(
        text,
      );
    if (at && nameLike(bare(at[1]!)) && (!at[2] || isPlace(at[2])))
      push('company', bare(at[1]!), 'top', `the line "${text.slice(0, 60)}"`, 0.6, text);
    // The line under a job title on an aggregator or a board: "Kronwerk Systems – Wien", "Acme · Berlin (Hybrid)".
    if (i === 1 && ROLE_NOUN.test(plain(nonEmpty[0]!))) {
      const parts = text
        .replace(/\s*\([^)]*\)/g, '')
        .split(/\s+[–—|·•-]\s+/)
        .map(bare);
      if (parts.length === 2 && isPlace(parts[1]!) && nameLike(parts[0]!))
        push('company', parts[0]!, 'top', `the line under the title "${text.slice(0, 60)}"`, 0.6, text);
    }
  }
  return signer ? { signer } : {};
}
