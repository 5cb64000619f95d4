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

/** A copy of a note's data without the fields private to this audience. */
export function redactFields<T extends object>(data: T, audience: Audience, config: Pick<UserConfig, 'share'>): T {
  if (audience === 'owner') return data;
  const copy = { ...data } as Record<string, unknown>;
  for (const field of config.share.privateFields) {
    if (Array.isArray(copy[field])) copy[field] = [];
    else delete copy[field];
  }
  return copy as T;
}

const PRIVATE_TAG = /<Private\b[^>]*>|<\/Private\s*>/g;

/**
 * A note body without its `<Private>…</Private>` blocks, for anything the
 * catalog derives from raw text (open tasks, requirement lists, takeaways).
 * Rendering drops the same blocks through the `Private` component. Nested
 * blocks count; an unclosed block hides the rest of the body (fail closed).
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
