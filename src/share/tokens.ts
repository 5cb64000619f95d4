/**
 * Text as the self-check compares it: lower-case words of letters and digits,
 * compatibility-normalized ("ﬁ" is "fi", full-width letters are letters), so
 * that "Ottoline Canarycontact", "ottoline-canarycontact" and
 * "OTTOLINE&nbsp;CANARYCONTACT" (once entities are decoded) read alike.
 */
export function tokens(text: string): string[] {
  // Most of a built site is ASCII: it needs neither normalization nor Unicode classes (3× faster).
  if (!NON_ASCII.test(text)) return text.toLowerCase().split(ASCII_SEPARATORS).filter(Boolean);
  return text.normalize('NFKC').toLowerCase().split(SEPARATORS).filter(Boolean);
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;
const ASCII_SEPARATORS = /[^a-z0-9]+/;
const SEPARATORS = /[^\p{L}\p{N}]+/u;
