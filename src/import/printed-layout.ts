/**
 * Text copied out of a printed layout (a PDF, a scanned form) read as the lines a writer meant:
 * - two columns side by side ("Sklárna Horní Mlýn s.r.o.        NABÍDKA ZAMĚSTNÁNÍ") become two lines, the
 *   left column's part first, in a text laid out so line after line, and on a letterhead's line. A label and its
 *   value spaced apart ("Salary:        £38,223") stay one line;
 * - a word hyphenated at a line's end ("VÝ-" / "ROBY", "posty-" / "py") is joined again;
 * - a page's number in a column of a header or footer ("Page 1 of 3") is left out.
 * Each rule reads a line once: linear in the text.
 */

/** A gap of eight spaces or more between two parts of a line: a column's edge, not a sentence's spacing. */
const COLUMN_GAP = / {8,}(?=\S)/g;

/**
 * The hyphen and line break inside a word cut at a line's end: lower case goes on in lower case, capitals in
 * capitals. Looked at around each hyphen only (fixed-width lookarounds), so a long word costs no backtracking.
 */
const HYPHENATED =
  /(?<=\p{Ll}\p{Ll})-[ \t]*\n[ \t]*(?=\p{Ll}\p{Ll})|(?<=\p{Lu}\p{Lu})-[ \t]*\n[ \t]*(?=\p{Lu}\p{Lu})/gu;

/** A page's number, as a printed page's header or footer says it: "Page 1 of 3", "strana 1 / 2", "Seite 2 von 4". */
const PAGE_MARK =
  /^(?:page|seite|side|sida|strana|strona|página|pagina|sivu|pág\.?|p\.)\s*\d{1,3}\s*(?:of|von|av|af|z|ze|\/|de|di|van|sur|из)\s*\d{1,3}$/iu;

/** Whether the part before a gap is a label ("Closing date:") or a number's unit: the gap is its value's spacing. */
const LABEL_END = /[:：]\s*$/;

/** Lines with a column's gap that is no label's spacing a text needs before it reads as laid out in columns. */
const COLUMN_LINES = 4;

/** Whether a line has a gap between columns: not only between a label and its value. */
function hasColumns(line: string): boolean {
  const parts = line.trim().split(COLUMN_GAP);
  return parts.length > 1 && parts.slice(0, -1).some((p) => !LABEL_END.test(p));
}

export function fromPrintedLayout(text: string): string {
  const all = text.split('\n');
  // A gap or two in a copied page is a menu's or a message view's spacing ("Name · 3rd        InMail"); a layout
  // in columns has it line after line.
  let columned = 0;
  for (const line of all) if (hasColumns(line) && ++columned >= COLUMN_LINES) break;
  // A letterhead over the rest: "BRENMOUTH RIVERS TRUST        Job Pack: Research Officer", two parts written as
  // text, not a site's menu bar ("XING  Jobs        Suche: …", "France Travail      Candidat | Entreprise      …").
  const top = all.findIndex((l) => l.trim() !== '');
  const parts = top >= 0 ? all[top]!.trim().split(COLUMN_GAP) : [];
  const letterhead = parts.length === 2 && parts.every((p) => !/\S {2,}\S|\s\|\s/.test(p)) ? top : -1;
  const lines = all.map((line, i) => {
    const trimmed = line.trimEnd();
    if ((columned < COLUMN_LINES && i !== letterhead) || !hasColumns(trimmed)) return line;
    const indent = /^\s*/.exec(trimmed)![0];
    const parts = trimmed.slice(indent.length).split(COLUMN_GAP);
    const out: string[] = [];
    for (const part of parts) {
      const last = out.length - 1;
      if (last >= 0 && LABEL_END.test(out[last]!)) out[last] = `${out[last]} ${part}`;
      else out.push(part);
    }
    // A page's number beside a header's text is the print's, not the posting's.
    return out
      .filter((p) => !PAGE_MARK.test(p.trim()))
      .map((p, i) => (i === 0 ? indent + p : p))
      .join('\n');
  });
  return lines.join('\n').replace(HYPHENATED, '');
}
