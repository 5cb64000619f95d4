import { wordSpans, type WordSpan } from './tokens.ts';

/**
 * The forms in which notes write a contact's name, worked out once from the
 * `name` of a contact for both the mentor copy's filter (contact-names.ts)
 * and its self-check (private-values.ts), so the two look for the same words.
 *
 * People write a contact's name as the contact list does, and also as they
 * speak of them: "Jonquilla", "Ms Marrowby", "Marrowby", a nickname. The
 * contact list itself writes names in several ways: "Marrowby, Jonquilla",
 * "Dr. Walburga Pfeil", `Ottokar "Otto" Brenn`, "Radegunde (Rada) Fels",
 * "Jonna Berg, PhD". The person's own words are found under those shapes.
 */
export interface NameForms {
  /** Forms of several words, matched in any case: the full name, first and last name, a title and the last name. */
  phrases: WordSpan[][];
  /**
   * Forms a note writes alone: the first name (and each half of a hyphenated
   * one), a middle name, a nickname, the last name. Matched only in the name's own spelling
   * (see `spellsName`), so "Mark" is a name and "mark the date" is not.
   */
  alone: WordSpan[][];
}

/** Titles a note writes before a last name: "Ms Lindqvist", "Dr. Pfeil". */
export const TITLES = ['mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'prof'];

/** Words a contact list writes before a name that are not the person's own. */
const HONORIFICS = new Set([
  ...TITLES,
  'professor',
  'sir',
  'dame',
  'herr',
  'frau',
  'mme',
  'mlle',
  'sra',
  'srta',
  'dott',
  'dottssa',
  'ing',
  'mag',
  'mgr',
]);

/** What may follow a name, after a comma or not, that is no part of it: "Jonna Berg, PhD". */
const SUFFIXES = new Set(['phd', 'md', 'mba', 'msc', 'bsc', 'ma', 'ba', 'jr', 'sr', 'ii', 'iii', 'iv', 'esq', 'dphil']);

const bare = (word: string) => word.toLowerCase().replace(/\./g, '');

// A nickname in quotes or brackets: `"Otto"`, “Otto”, (Rada). Bounded, so the scan stays linear.
const NICKNAME = /["“”„«»]([^"“”„«»]{1,40})["“”„«»]|\(([^()]{1,40})\)/g;

export function nameForms(name: string): NameForms {
  const nicknames: string[] = [];
  const text = name.replace(NICKNAME, (_match, quoted: string | undefined, bracketed: string | undefined) => {
    nicknames.push((quoted ?? bracketed ?? '').trim());
    return ' ';
  });
  // "Marrowby, Jonquilla": last name first, unless what follows the comma is a suffix.
  const pieces = text
    .split(',')
    .map((piece) => piece.trim())
    .filter(Boolean);
  const given = pieces.slice(1).filter((piece) => !SUFFIXES.has(bare(piece)));
  let parts = [...given, pieces[0] ?? '']
    .join(' ')
    .split(/\s+/)
    .filter((part) => part !== '' && /[\p{L}\p{N}]/u.test(part));
  while (parts.length > 1 && HONORIFICS.has(bare(parts[0]!))) parts = parts.slice(1);
  while (parts.length > 1 && SUFFIXES.has(bare(parts.at(-1)!))) parts = parts.slice(0, -1);

  const phrases: WordSpan[][] = [];
  const alone: WordSpan[][] = [];
  if (parts.length === 0) return { phrases, alone };
  const all = wordSpans(parts.join(' '));
  const first = wordSpans(parts[0]!);
  const last = wordSpans(parts.at(-1)!);
  if (all.length > first.length) phrases.push(all);
  // The name as the list writes it ("Marrowby, Jonquilla"), when that differs from the order above.
  const written = wordSpans(name);
  if (written.length > 1 && written.map((w) => w.word).join(' ') !== all.map((w) => w.word).join(' '))
    phrases.push(written);
  if (parts.length > 2) phrases.push([...first, ...last]);
  if (parts.length > 1) for (const title of TITLES) phrases.push([{ ...last[0]!, raw: title, word: title }, ...last]);
  alone.push(first);
  // "Anna-Lena" is also called "Anna".
  if (first.length > 1) for (const half of first) alone.push([half]);
  if (parts.length > 1) alone.push(last);
  // A middle name written with a capital ("Anna Maria Svensson" is also "Maria"); never a particle ("van", "de").
  for (const middle of parts.slice(1, -1)) if (middle[0] !== middle[0]!.toLowerCase()) alone.push(wordSpans(middle));
  for (const nickname of nicknames) {
    const words = wordSpans(nickname);
    if (words.length === 1) alone.push(words);
    else if (words.length > 1) phrases.push(words);
  }
  return { phrases, alone: alone.filter((form) => form.length > 1 || form[0]!.word.length >= 2) };
}
