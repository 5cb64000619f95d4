/**
 * Text as the self-check compares it: lower-case words of letters and digits,
 * compatibility-normalized ("ﬁ" is "fi", full-width letters are letters), so
 * that "Ottoline Canarycontact", "ottoline-canarycontact" and
 * "OTTOLINE&nbsp;CANARYCONTACT" (once entities are decoded) read alike.
 */
export function tokens(text: string): string[] {
  // Most of a built site is ASCII: it needs neither normalization nor Unicode classes (3× faster).
  if (!NON_ASCII.test(text)) return text.toLowerCase().split(ASCII_SEPARATORS).filter(Boolean);
  // A page with one "→" or "é" is still mostly ASCII: only the runs between ASCII spaces and
  // punctuation that hold another character are normalized and split the slow way.
  const out: string[] = [];
  for (const run of text.split(ASCII_BREAKS)) {
    if (run === '') continue;
    if (!NON_ASCII.test(run)) out.push(run.toLowerCase());
    else
      for (const word of run.replace(INVISIBLE, '').normalize('NFKC').toLowerCase().split(SEPARATORS))
        if (word) out.push(word);
  }
  return out;
}

/**
 * Characters that show nothing inside a word (a soft hyphen, zero-width
 * spaces and joiners): "Jon&shy;quilla" reads as "Jonquilla", so it is that word.
 */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;
const ASCII_SEPARATORS = /[^a-z0-9]+/;
// ASCII characters that are neither letters nor digits: what splits words in any script.
// eslint-disable-next-line no-control-regex
const ASCII_BREAKS = /[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+/;
const SEPARATORS = /[^\p{L}\p{N}]+/u;

/** A word of a text with where it is: `start`/`end` are offsets in the text as given. */
export interface WordSpan {
  start: number;
  end: number;
  /** As written (without characters that show nothing, see INVISIBLE). */
  raw: string;
  /** As `tokens` reads it: compatibility-normalized, lower-case. */
  word: string;
}

/**
 * The words of a text with their offsets, split as `tokens` splits (runs of
 * letters and digits), for edits at the places a phrase occurs. A word that
 * normalization turns into several (rare: "①②") counts as one.
 */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0].replace(INVISIBLE_OR_REFERENCE, '');
    if (raw === '') continue;
    spans.push({
      start: match.index,
      end: match.index + match[0].length,
      raw,
      word: raw.normalize('NFKC').toLowerCase(),
    });
  }
  return spans;
}

// In Markdown source a character that shows nothing may be written as a reference ("Wal&shy;burga"),
// which the page shows as the same word: the references are read as the characters.
const INVISIBLE_REFERENCE =
  '&(?:shy|#173|#x0*ad|ZeroWidthSpace|#8203|#x0*200[bcd]|zwnj|zwj|#820[45]|NoBreak|#8288|#x0*2060);';
const WORD = new RegExp(`(?:[\\p{L}\\p{N}\\u00ad\\u200b-\\u200d\\u2060\\ufeff]|${INVISIBLE_REFERENCE})+`, 'giu');
const INVISIBLE_OR_REFERENCE = new RegExp(`[\\u00ad\\u200b-\\u200d\\u2060\\ufeff]|${INVISIBLE_REFERENCE}`, 'giu');

/**
 * A text's words as written (capitals kept), split as `tokens` splits them;
 * undefined when lower-casing changes the split (a rare letter), so that the
 * two cannot be read side by side.
 */
export function rawWords(text: string, count = tokens(text).length): string[] | undefined {
  const raw: string[] = [];
  for (const run of text.split(ASCII_BREAKS)) {
    if (run === '') continue;
    if (!NON_ASCII.test(run)) raw.push(run);
    else for (const word of run.replace(INVISIBLE, '').normalize('NFKC').split(SEPARATORS)) if (word) raw.push(word);
  }
  return raw.length === count ? raw : undefined;
}

/**
 * Whether a word spells a name written alone: as the contact list writes it,
 * or starting with a capital ("Jonna", "JONNA" for `Jonna` or `jonna`). So
 * "mark the date" is no "Mark". The names the mentor copy replaces and those
 * its self-check looks for are read by this one rule.
 */
export const spellsName = (written: string, name: string) =>
  written === name || (written[0] !== written[0]!.toLowerCase() && written.toLowerCase() === name.toLowerCase());
