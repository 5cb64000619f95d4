import { PhoneBook, phoneKeyOf, phoneRuns } from './contact-details.ts';
import { nameForms } from './name-forms.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { spellsName, wordSpans } from './tokens.ts';

/**
 * Contacts' names in the shared text of the mentor copy, replaced by their
 * role: "Call with Jonna" becomes "Call with the recruiter". `contacts` is a
 * private field, but the owner's notes name the same people in history notes
 * and prose, which the copy shares: this is the step that keeps the names
 * out, so the common case builds without edits.
 *
 * A contact is known by every form a note uses (./name-forms.ts): the full
 * name, first and last name without the middle ones, the first or last name
 * alone, a nickname, a title with the last name ("Ms Lindqvist") and the
 * e-mail address. Names are whole words;
 * a name written alone (a first name) is matched in its own spelling,
 * capitals included, so "Mark" is replaced and "mark the date" is not. A
 * name that is part of a company, position or other shared field ("Morgan"
 * in "Morgan Stanley") is left alone. One pass over the words of a text,
 * whatever the number of contacts.
 */

/** A person of some note's `contacts`. */
export interface Contact {
  name: string;
  role?: string;
  email?: string;
  /** The note that lists the contact (its path), so a note's own contacts win when two share a name. */
  note: string;
  /** What the copy writes instead of a contact detail kept in a private field (see `contactDetailPhrase`). */
  phrase?: string;
}

/**
 * What the copy writes for a contact, from the role's words: a closed list of
 * phrases, so the role's own text (which may say more than the owner meant
 * to share) never reaches the copy. The first rule whose pattern the role
 * matches wins; a contact without a role, or with one no rule knows, is "a contact".
 */
export const ROLE_PHRASES: readonly [RegExp, string][] = [
  [/\bhiring\s+manager/i, 'the hiring manager'],
  [/recruit|\bsourc|\btalent|\bhr\b|human\s+resources|\bpeople\s+(?:partner|team|ops)/i, 'the recruiter'],
  [/\breferr|\breferral/i, 'the referrer'],
  [/\binterview/i, 'the interviewer'],
  [/\b(?:ceo|cto|coo|cfo|founder|co-founder|owner)\b/i, 'the founder'],
  [/\b(?:lead|head)\b/i, 'the team lead'],
  [/\b(?:manager|director|vp|chief|supervisor)\b/i, 'the manager'],
  [/\b(?:engineer|scientist|developer|analyst|designer|linguist|researcher|colleague|peer|member)\b/i, 'a team member'],
];

/** The phrase that stands for a contact with this role. */
export function rolePhrase(role: string | undefined): string {
  for (const [pattern, phrase] of ROLE_PHRASES) if (role && pattern.test(role)) return phrase;
  return 'a contact';
}

interface NamePhrase {
  tokens: string[];
  /** Forms written alone (a first name): the words must be spelt as in the contact's name. */
  spelling?: string[];
  contacts: Contact[];
}

interface Protected {
  tokens: string[];
  protect: true;
}

/** An edit of a text: replace `start`..`end` with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

const words = (text: string) => wordSpans(text);

export class ContactNames {
  private readonly matcher: PhraseMatcher<NamePhrase | Protected>;
  /** Withheld phone numbers, found by their digits in any shape shared text writes them. */
  private readonly phones = new PhoneBook<Contact>();

  /**
   * `contacts`: every contact of the archive. `sharedNames`: the values of
   * shared fields that are names of things (companies, positions, places,
   * titles), inside which a contact's name is left alone.
   */
  constructor(contacts: readonly Contact[], sharedNames: readonly string[]) {
    const phrases = new Map<string, NamePhrase>();
    const add = (spans: { raw: string; word: string }[], contact: Contact, alone: boolean) => {
      if (spans.length === 0 || (spans.length === 1 && spans[0]!.word.length < 2)) return;
      const tokens = spans.map((s) => s.word);
      const key = `${alone ? 'a' : 'f'}\0${alone ? spans.map((s) => s.raw).join(' ') : tokens.join(' ')}`;
      const phrase = phrases.get(key) ?? { tokens, ...(alone && { spelling: spans.map((s) => s.raw) }), contacts: [] };
      phrase.contacts.push(contact);
      phrases.set(key, phrase);
    };
    for (const contact of contacts) {
      // A contact detail is found whole, never by its first part.
      if (contact.phrase) {
        add(words(contact.name), contact, false);
        const key = phoneKeyOf({ text: contact.name, phrase: contact.phrase });
        if (key) this.phones.add(key, contact);
        continue;
      }
      const forms = nameForms(contact.name);
      for (const form of forms.phrases) add(form, contact, false);
      for (const form of forms.alone) add(form, contact, true);
      if (contact.email) add(words(contact.email), contact, false);
    }
    const protectedPhrases: Protected[] = sharedNames
      .map((text) => ({ tokens: words(text).map((s) => s.word), protect: true as const }))
      .filter((p) => p.tokens.length > 0);
    this.matcher = new PhraseMatcher<NamePhrase | Protected>([...phrases.values(), ...protectedPhrases]);
  }

  /**
   * The edits that replace each contact's name in `text` by the contact's
   * role phrase. `note` is the note the text belongs to: its own contacts
   * decide the phrase when people of several notes share a name. `context`
   * is the text around `text` (offset `at`), for capitals at a sentence start.
   */
  edits(text: string, note: string, context = text, at = 0): TextEdit[] {
    const byName = this.nameEdits(text, note, context, at);
    if (this.phones.size === 0) return byName;
    const byNumber: TextEdit[] = [];
    for (const run of phoneRuns(text)) {
      const found = this.phones.find(run);
      if (found.length === 0) continue;
      const phrase = found[0]!.phrase!;
      const shown = startsSentence(context, at + run.start) ? phrase[0]!.toUpperCase() + phrase.slice(1) : phrase;
      byNumber.push({ start: run.start, end: run.end, text: shown });
    }
    if (byNumber.length === 0) return byName;
    // One edit per stretch of text: a number found both ways is replaced once, by its longest reading.
    const all = [...byName, ...byNumber].sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: TextEdit[] = [];
    for (const edit of all) if (kept.length === 0 || edit.start >= kept.at(-1)!.end) kept.push(edit);
    return kept;
  }

  private nameEdits(text: string, note: string, context: string, at: number): TextEdit[] {
    const spans = words(text);
    if (spans.length === 0) return [];
    const covered = new Uint8Array(spans.length);
    const found: { start: number; phrase: NamePhrase }[] = [];
    this.matcher.each(
      spans.map((s) => s.word),
      (phrase, start) => {
        if ('protect' in phrase) covered.fill(1, start, start + phrase.tokens.length);
        else found.push({ start, phrase });
      },
    );
    const chosen: { start: number; end: number; phrase: NamePhrase }[] = [];
    found.sort((a, b) => a.start - b.start || b.phrase.tokens.length - a.phrase.tokens.length);
    let free = 0;
    for (const { start, phrase } of found) {
      const end = start + phrase.tokens.length;
      if (start < free) continue;
      if (covered.subarray(start, end).every((c) => c === 1)) continue;
      if (phrase.spelling && !phrase.spelling.every((raw, i) => spellsName(spans[start + i]!.raw, raw))) continue;
      chosen.push({ start, end, phrase });
      free = end;
    }
    return chosen.map(({ start, end, phrase }) => {
      const own = phrase.contacts.filter((c) => c.note === note);
      const phrases = new Set((own.length ? own : phrase.contacts).map((c) => c.phrase ?? rolePhrase(c.role)));
      const words = phrases.size === 1 ? [...phrases][0]! : 'a contact';
      // A phone number's "+" goes with it.
      const from = spans[start]!.start - (phrase.contacts[0]?.phrase && text[spans[start]!.start - 1] === '+' ? 1 : 0);
      const shown = startsSentence(context, at + from) ? words[0]!.toUpperCase() + words.slice(1) : words;
      return { start: from, end: spans[end - 1]!.end, text: shown };
    });
  }

  /** The text with every contact's name replaced (see `edits`). */
  replace(text: string, note: string): string {
    return applyEdits(text, this.edits(text, note));
  }
}

/** Whether the word at `offset` begins a sentence: at the start, after . ! ? or at the start of a line. */
function startsSentence(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text[i]!;
    if (' \t*_"\'“‘([#>+|-'.includes(c)) continue;
    return '.!?\n'.includes(c);
  }
  return true;
}

/** Applies non-overlapping edits, sorted by position. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let last = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    if (edit.start < last) continue;
    out += text.slice(last, edit.start) + edit.text;
    last = edit.end;
  }
  return out + text.slice(last);
}
