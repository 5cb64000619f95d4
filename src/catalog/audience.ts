import type { UserConfig } from '../config/schema.ts';

/**
 * Who a build is for. `owner` sees everything; `mentor` (the shared copy)
 * sees only what the user marked shareable. This module is the ONLY place
 * that decides what a mentor may see: the catalog applies it once, and every
 * page, list, count, export and the search index read the catalog.
 */
export type Audience = 'owner' | 'mentor';

/**
 * The audience of this build from `DOSSIER_AUDIENCE` (`npm run build:share`
 * sets `mentor`). Any value other than the two names is refused rather than
 * treated as the owner, so a typo cannot publish everything.
 */
export function audienceFromEnv(env: NodeJS.ProcessEnv = process.env): Audience {
  const value = env.DOSSIER_AUDIENCE?.trim();
  if (value === undefined || value === '' || value === 'owner') return 'owner';
  if (value === 'mentor') return 'mentor';
  throw new Error(`DOSSIER_AUDIENCE is "${value}"; allowed: owner, mentor`);
}

/**
 * Whether a note is in a build for this audience. Fails closed: for a mentor,
 * only the boolean `true` shares (or, when the user chose `share.default:
 * shared`, anything but the boolean `false`); a missing or odd value is private.
 */
export function isVisible(share: unknown, audience: Audience, config: Pick<UserConfig, 'share'>): boolean {
  if (audience === 'owner') return true;
  if (config.share.default === 'shared') return share !== false;
  return share === true;
}

// The words of a name, lower-case and singular: "Recruiter Contacts" → recruiter, contact.
const words = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.replace(/s$/, ''));

/** Whether an `extra` property's name mentions a private field: "Salary expectation" mentions `salary`. */
function mentionsPrivateField(name: string, privateFields: readonly string[]): boolean {
  const own = words(name);
  return privateFields.some((field) => {
    const wanted = words(field);
    if (wanted.length === 0) return false;
    // The field's words appear in a row: `jobId` matches "Job ID" and "Old job id".
    return own.some((_, i) => wanted.every((w, j) => own[i + j] === w));
  });
}

/**
 * A copy of a note's data without the fields private to this audience
 * (`share.privateFields`). An `extra` property whose name mentions one of
 * those fields goes too ("Salary expectation", "Recruiter contact"): the
 * importer keeps a value it could not read under `extra` with the user's own
 * name, and a user may keep such a property there from the start.
 */
export function redactFields<T extends object>(data: T, audience: Audience, config: Pick<UserConfig, 'share'>): T {
  if (audience === 'owner') return data;
  const copy = { ...data } as Record<string, unknown>;
  for (const field of config.share.privateFields) {
    // Lists and `extra` stay present but empty, so pages need not guard against a missing field.
    if (Array.isArray(copy[field])) copy[field] = [];
    else if (field === 'extra') copy[field] = {};
    else delete copy[field];
  }
  const extra = copy.extra;
  if (extra && typeof extra === 'object' && !Array.isArray(extra)) {
    copy.extra = Object.fromEntries(Object.entries(extra).filter(([name]) => !mentionsPrivateField(name, config.share.privateFields)));
  }
  return copy as T;
}

// Any case: in a `.md` note `<private>` is the same HTML tag, and whoever wrote it meant the block.
const PRIVATE_TAG = /<Private\b[^>]*>|<\/Private\s*>/gi;

/**
 * A note body without its `<Private>…</Private>` blocks, for anything the
 * catalog derives from raw text (open tasks, requirement lists, takeaways),
 * and for `.md` notes as they are compiled (`src/markdown/drop-private-blocks.ts`,
 * which removes MDX blocks from the syntax tree). Nested blocks count; an
 * unclosed block hides the rest of the body (fail closed). The tag's case
 * does not matter; a self-closing `<Private />` hides nothing.
 */
export function stripPrivateBlocks(body: string, audience: Audience): string {
  if (audience === 'owner') return body;
  let depth = 0;
  let out = '';
  let last = 0;
  for (const match of body.matchAll(PRIVATE_TAG)) {
    const selfClosing = match[0].endsWith('/>');
    if (depth === 0) out += body.slice(last, match.index);
    if (match[0].startsWith('</')) depth = Math.max(0, depth - 1);
    else if (!selfClosing) depth += 1;
    last = match.index + match[0].length;
  }
  if (depth === 0) out += body.slice(last);
  return out;
}

/** Whether `<Private>` blocks are rendered for this audience (the mentor never sees them). */
export function showsPrivateBlocks(audience: Audience): boolean {
  return audience === 'owner';
}
