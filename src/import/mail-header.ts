/**
 * The header an e-mail client prints or saves above a message ("From: …", "Subject: …"), in the languages
 * postings come in. A pasted recruiter's e-mail, a forwarded job alert and a newsletter kept as text all
 * start with one; the kind, the employer, the source and an article's title are read from it, so its field
 * names and its shape are known here once.
 */

/** A header field the importer reads. */
export type MailField = 'from' | 'to' | 'cc' | 'date' | 'subject' | 'reply-to';

/**
 * Each field's name as mail clients print it: English, German, French, Spanish, Portuguese, Italian, Dutch,
 * Polish, Swedish, Danish and Norwegian, Finnish, Russian.
 */
const FIELD_NAMES: Record<MailField, readonly string[]> = {
  from: ['from', 'von', 'de', 'da', 'van', 'od', 'från', 'fra', 'lähettäjä', 'от'],
  to: ['to', 'an', 'à', 'para', 'aan', 'do', 'till', 'til', 'vastaanottaja', 'кому'],
  cc: ['cc', 'kopie', 'copie'],
  date: [
    'date',
    'sent',
    'datum',
    'gesendet',
    'envoyé',
    'enviado',
    'fecha',
    'data',
    'verzonden',
    'skickat',
    'sendt',
    'дата',
  ],
  subject: [
    'subject',
    'betreff',
    'objet',
    'asunto',
    'assunto',
    'oggetto',
    'onderwerp',
    'temat',
    'ämne',
    'emne',
    'aihe',
    'тема',
  ],
  'reply-to': ['reply-to'],
};

const FIELD_OF = new Map(
  Object.entries(FIELD_NAMES).flatMap(([field, names]) => names.map((n) => [n, field as MailField] as const)),
);

/** A header line: a field's name, a colon and its value ("Betreff: Ihre Bewerbung"). Longest names first. */
const FIELD_LINE = new RegExp(
  String.raw`^\s*(${[...FIELD_OF.keys()].sort((a, b) => b.length - a.length).join('|')})\s*:\s*(.*)$`,
  'iu',
);

/** The field a line of an e-mail's header states, with its value; undefined for any other line. */
export function mailField(line: string): { field: MailField; value: string } | undefined {
  const m = FIELD_LINE.exec(line);
  return m ? { field: FIELD_OF.get(m[1]!.toLowerCase())!, value: m[2]!.trim() } : undefined;
}

/** Whether a line is a field of an e-mail's header. */
export const isMailFieldLine = (line: string): boolean => FIELD_LINE.test(line);

/** The fields of an e-mail's header block, each the first time it is said, and the lines the block spans. */
export interface MailHeader {
  from?: string;
  to?: string;
  date?: string;
  subject?: string;
  /** The index of the block's first line. */
  start: number;
  /** The index of the first line after the block. */
  end: number;
}

/**
 * The header block near the start of a text: field lines one under the other, the first of them within
 * the first `within` lines (a "Forwarded message" line or a note above it is allowed). Undefined when the
 * block states no sender: without one, "Date:" and "Subject:" lines are a form's labels, not an e-mail.
 */
export function mailHeader(lines: readonly string[], within = 8): MailHeader | undefined {
  let start = 0;
  while (start < lines.length && start < within && !isMailFieldLine(lines[start]!)) start++;
  if (start >= within) return undefined;
  const header: MailHeader = { start, end: start };
  for (; header.end < lines.length; header.end++) {
    const f = mailField(lines[header.end]!);
    if (!f) break;
    if (f.field !== 'cc' && f.field !== 'reply-to') header[f.field] ??= f.value;
  }
  return header.from ? header : undefined;
}

/** A subject without the reply and forward marks mail clients put before it ("Re: Fwd: AW: …"). */
export const subjectLine = (subject: string): string =>
  subject.replace(/^(?:(?:re|fwd?|aw|wg|tr|rv|res|enc|sv|vs|odp|fw)\s*:\s*)+/i, '').trim();

/** The address in a From field ("Anna Berg <anna@acme.example>"), if it holds one. */
export const senderAddress = (from: string): string | undefined => /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u.exec(from)?.[0];

/** The sender's name in a From field ("Remote Roundup <hello@…>", "\"Lotte Brandt\" <lotte@…>"), not the address. */
export function senderName(from: string): string | undefined {
  const name = from
    .replace(/<[^>]*>/g, '')
    .replace(/^["'\s]+|["'\s]+$/g, '')
    .trim();
  return name && !name.includes('@') ? name : undefined;
}
