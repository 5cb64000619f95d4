import type { NoteKind } from './types.ts';
import { findBoilerplateStart } from './article-extract.ts';

// Signs of a job posting and of an article. Each counts once.
const POSTING_SIGNS = [
  /\b(?:key\s+)?(?:job\s+)?responsibilities\b/i,
  /\b(?:basic|preferred|minimum|required)?\s*qualifications\b/i,
  /\bjob\s*(?:id|description|type)\b/i,
  /\bequal opportunity\b/i,
  /\b(?:is|are)\s+(?:looking for|hiring|seeking)\b/i,
  /\b(?:salary|base pay|compensation|per hour|per year)\b/i,
  /\b(?:apply|applicants?|candidates?)\b/i,
  /\b(?:requirements|what you(?:'|’)ll do|what we offer|benefits)\b/i,
  /\byou will\b/i,
];
const ARTICLE_SIGNS = [
  /\bedited version\b/i,
  /^\s*by\s+[A-Z]/m,
  /\b(?:keynote|talk|paper|interview|blog|podcast)\b/i,
  /\b(?:published|posted) (?:on|by)\b/i,
  /\b(?:research|study|studies|researchers)\b/i,
  /\b(?:I|we) (?:argue|found|showed|presented)\b/i,
];

/** Property names that only an application has, and that only an article has. */
const APPLICATION_KEYS = /^(?:position|role|job title|stage|status|applied|application date|date applied|cv|cv title|resume|company|salary|job id|recruiter)$/;
const ARTICLE_KEYS = /^(?:author|authors|speaker|publisher|published|publication|read|source url)$/;

/**
 * Whether a source is a job application (a posting, a tracker entry) or an
 * article. Properties decide first (a Notion row with a Stage is an
 * application); otherwise the text is weighed by its signs, leaving out
 * trailing boilerplate such as appended job listings under an article.
 */
export function detectKind(text: string, propertyKeys: string[] = []): NoteKind {
  const keys = propertyKeys.map(foldKey);
  if (keys.some((k) => APPLICATION_KEYS.test(k))) return 'application';
  if (keys.some((k) => ARTICLE_KEYS.test(k))) return 'article';
  // A pasted posting the user labelled ("Company: X", "Position: Y") is an application.
  if (/^(?:\*\*)?(?:company|position|job title)(?:\*\*)?\s*[:–-]\s*\S/im.test(text.split('\n').slice(0, 10).join('\n'))) return 'application';
  const lines = text.split('\n');
  const main = lines.slice(0, findBoilerplateStart(lines)).join('\n');
  const posting = POSTING_SIGNS.filter((re) => re.test(main)).length;
  const article = ARTICLE_SIGNS.filter((re) => re.test(main)).length;
  // An article that was cut short of its boilerplate is still an article.
  const cut = main.length < text.length ? 1 : 0;
  return posting >= article + cut + 2 ? 'application' : posting > 0 && article + cut === 0 ? 'application' : 'article';
}

/** A property name compared without emoji, case or punctuation: "📅 Application Date" → "application date". */
export function foldKey(key: string): string {
  return key
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
