/**
 * Text as the self-check compares it: lower-case words of letters and digits,
 * compatibility-normalized ("ﬁ" is "fi", full-width letters are letters), so
 * that "Ottoline Canarycontact", "ottoline-canarycontact" and
 * "OTTOLINE&nbsp;CANARYCONTACT" (once entities are decoded) read alike.
 */
export function tokens(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
