/**
 * What boards and posts set beside a name that is no part of it: a rating after an employer's name
 * ("Arvelle Therapeutics ★ 4.2 (31 reviews)", "Acme 3,9 ★") or on a line of its own, and a flag or an
 * emoji beside a town ("Stellenbosch 🇿🇦"). The readers of a page's markup and of its text use the same.
 */

/** A board's rating of the employer on a line of its own: "3.9 ★ 12 reviews", "★★★★☆ 4,1". */
export const RATING_LINE = /^(?:\d[.,]\d\s*★|★)[^\n]{0,40}$/u;

/** A name without the rating a board prints after it. */
export const withoutRating = (name: string): string => name.replace(/\s*(?:★|\d[.,]\d\s*★).*$/u, '').trim();

/** A text without the flags and emoji set beside its words ("Durban 🇿🇦" → "Durban"). */
export const withoutFlags = (text: string): string =>
  text
    .replace(/\s*(?:[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}]\uFE0F?)+\s*/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
