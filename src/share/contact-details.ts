import { contactDetailPhrase } from '../notes/sensitivity.ts';

/**
 * Phone numbers and e-mail addresses kept in private fields, as shared text
 * repeats them: the mentor copy's filter (contact-names.ts) replaces them and
 * its self-check (private-values.ts, self-check.ts) looks for them, both
 * through these functions.
 *
 * A value may hold a detail among other words ("Tel. 0800 5550123",
 * "Jonquilla Marrowby <jm@northwind.example>"), and shared text writes a
 * number in another shape than the field: "+49 170 5550199" is also
 * "0170 5550199", "+49 (0)170 555 0199" and "+491705550199". Numbers are
 * therefore compared by their digits, without the country code or the trunk
 * zero: the last digits must agree.
 */

/** A detail found in a private value: its text, and what the copy writes instead. */
export interface ContactDetail {
  text: string;
  phrase: string;
}

/** Digits a number must have to be told apart from other figures (a year, a price). */
const MIN_DIGITS = 7;

/** The e-mail addresses and the phone number in a value (a whole value that is one, as `contactDetailPhrase` says). */
export function contactDetails(value: string): ContactDetail[] {
  const whole = contactDetailPhrase(value);
  if (whole) return [{ text: value.trim(), phrase: whole }];
  if (value.length > 200) return [];
  const details: ContactDetail[] = [];
  // Split on what never sits inside an address, then test each piece whole: no scan backtracks.
  for (const piece of value.split(/[\s<>()[\]"',;]+/))
    if (piece.includes('@')) {
      const phrase = contactDetailPhrase(piece.replace(/^mailto:/i, '').replace(/\.$/, ''));
      if (phrase) details.push({ text: piece, phrase });
    }
  for (const run of phoneRuns(value)) {
    // Written as numbers are (a "+", a bracketed area code, a trunk zero): not a date or a figure.
    const phrase = contactDetailPhrase(run.text);
    if (phrase === '(phone number withheld)') details.push({ text: run.text, phrase });
  }
  return details;
}

/** A stretch of a text that reads as a phone number: where it is, as written, and its digits. */
export interface PhoneRun {
  start: number;
  end: number;
  text: string;
  /** Its digits without an international prefix, "(0)" or trunk zeros: the key numbers are compared by. */
  digits: string;
}

const SEPARATOR = new Set([' ', '\u00a0', '-', '.', '/', '(', ')', '+', '\u2011', '\u2013']);

/**
 * The stretches of a text made of digits and the separators numbers are
 * written with, holding at least MIN_DIGITS digits. One pass, linear.
 */
export function phoneRuns(text: string): PhoneRun[] {
  const runs: PhoneRun[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (!(c >= '0' && c <= '9') && c !== '+' && c !== '(') {
      i++;
      continue;
    }
    let end = i;
    let lastDigit = -1;
    let digitCount = 0;
    while (end < text.length) {
      const d = text[end]!;
      if (d >= '0' && d <= '9') {
        lastDigit = end;
        digitCount++;
      } else if (!SEPARATOR.has(d)) break;
      end++;
    }
    if (lastDigit >= 0 && digitCount >= MIN_DIGITS) {
      const written = text.slice(i, lastDigit + 1);
      // A word right before or after joins the figure to something else (an ID, a version): not a number.
      const before = i > 0 ? text[i - 1]! : ' ';
      const after = text[lastDigit + 1] ?? ' ';
      if (!/[\p{L}\p{N}_]/u.test(before) && !/[\p{L}_]/u.test(after))
        runs.push({ start: i, end: lastDigit + 1, text: written, digits: phoneKey(written) });
    }
    i = Math.max(end, i + 1);
  }
  return runs;
}

/** The digits two ways of writing one number share: no "00"/"+" prefix, no "(0)", no trunk zeros. */
function phoneKey(written: string): string {
  return written.replace(/\(0\)/g, '').replace(/\D/g, '').replace(/^00/, '').replace(/^0+/, '');
}

/**
 * Whether two numbers' keys are one number: the shorter, of MIN_DIGITS or
 * more, ends the longer (the same number with or without its country or area code).
 */
export function sameNumber(a: string, b: string): boolean {
  return Math.min(a.length, b.length) >= MIN_DIGITS && (a.endsWith(b) || b.endsWith(a));
}

/** The key of a withheld number, for `sameNumber`; undefined for a detail that is no phone number. */
export function phoneKeyOf(detail: ContactDetail): string | undefined {
  if (detail.phrase !== '(phone number withheld)') return undefined;
  const runs = phoneRuns(detail.text);
  return runs.length === 1 ? runs[0]!.digits : undefined;
}

/** Numbers looked up by their last MIN_DIGITS digits, so a text's runs are matched in one pass. */
export class PhoneBook<T> {
  private readonly byTail = new Map<string, { key: string; item: T }[]>();

  add(key: string, item: T): void {
    if (key.length < MIN_DIGITS) return;
    const tail = key.slice(-MIN_DIGITS);
    const list = this.byTail.get(tail) ?? [];
    list.push({ key, item });
    this.byTail.set(tail, list);
  }

  get size(): number {
    return this.byTail.size;
  }

  /** The items whose number a run of a text is. */
  find(run: PhoneRun): T[] {
    return (this.byTail.get(run.digits.slice(-MIN_DIGITS)) ?? [])
      .filter((e) => sameNumber(e.key, run.digits))
      .map((e) => e.item);
  }
}
