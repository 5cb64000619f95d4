import transliterate from '@sindresorhus/transliterate';
import { LEGAL_FORMS, LEGAL_WORDS } from './legal-forms.ts';
import { slugify, type Slug } from './slug.ts';

/**
 * Legal-form words that do not tell companies apart ("Acme Inc." is "Acme"): each word of every form in the one
 * table (legal-forms.ts), folded as names are ("S.A." is "sa", "sp. z o.o." is "spzoo").
 */
const LEGAL_SUFFIXES = new Set(
  [...LEGAL_FORMS, ...LEGAL_WORDS].flatMap((form) => nameWords(form)).filter((word) => word.length >= 2),
);

/** A name's words, folded: lower case, ASCII, a dotted abbreviation as one word. */
function nameWords(name: string): string[] {
  return (
    transliterate(name)
      .toLowerCase()
      // Dotted abbreviations are one word: "S.A." is "sa", "o.o." is "oo".
      .replace(/\b(?:[a-z]\.){2,}/g, (abbr) => abbr.replace(/\./g, ''))
      .replace(/\bsp\.?\s*z\s*oo\b/g, ' spzoo ')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
  );
}

/**
 * The key companies are grouped by when no company note says otherwise:
 * case, accents, punctuation and legal forms do not matter, so "Acme, Inc."
 * and "ACME" group together. Different names of one company ("AWS" and
 * "Amazon") need a company note with aliases.
 */
export function normalizeCompanyName(name: string): string {
  const words = nameWords(name);
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  // A name of punctuation only ("..") is its own key, rather than the empty key every such name would share.
  return words.join(' ') || name.trim();
}

/** Whether a name has no character one can see: only spaces, zero-width and other invisible characters (then it names nothing). */
export function isInvisibleName(name: string): boolean {
  return !/[^\s\p{Z}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/u.test(name);
}

/** A company as pages show it. */
export interface CompanyIdentity {
  /** The grouping key (normalized name of the company note, or of the name). */
  key: string;
  /** The URL segment under `/companies/`. */
  slug: Slug;
  /** The name shown. */
  name: string;
  /** Id of the company note, when there is one. */
  noteId?: string;
}

/** What a company note contributes to grouping. */
export interface CompanyNoteInfo {
  id: string;
  name: string;
  aliases: readonly string[];
}

/**
 * Resolves the names written in notes to companies: a company note's name
 * and aliases claim their normalized forms; any other name is a company of
 * its own, shown with the first spelling met.
 */
export function createCompanyResolver(notes: readonly CompanyNoteInfo[]): (name: string) => CompanyIdentity {
  const claimed = new Map<string, CompanyIdentity>();
  for (const note of notes) {
    const identity: CompanyIdentity = {
      key: normalizeCompanyName(note.name),
      slug: slugify(note.name),
      name: note.name,
      noteId: note.id,
    };
    for (const alias of [note.name, ...note.aliases]) claimed.set(normalizeCompanyName(alias), identity);
  }
  const adhoc = new Map<string, CompanyIdentity>();
  return (name) => {
    const key = normalizeCompanyName(name);
    const known = claimed.get(key) ?? adhoc.get(key);
    if (known) return known;
    const identity: CompanyIdentity = { key, slug: slugify(key || name), name: name.trim() };
    adhoc.set(key, identity);
    return identity;
  };
}
