/**
 * What a mentor may see: the ONLY place that decides it. The mentor build
 * stages the shared notes through these rules (src/share/stage-notes.ts), and
 * the catalog applies them once more to whatever it is given.
 */
import type { UserConfig } from '../config/schema.ts';
import type { Audience } from '../config/settings.ts';

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

// A name as one run of lower-case letters and digits: "Salary expectation", "SALARYEXPECTATION" and
// "salary_expectation" all read "salaryexpectation", so no spelling or separator hides a field.
const squash = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

/** The spellings of a field inside a name: `salary` → salary, salarys, salaries; `contacts` → contacts, contact. */
function spellings(field: string): string[] {
  const base = squash(field).replace(/s$/, '');
  if (base === '') return [];
  return [base, `${base}s`, ...(base.endsWith('y') ? [`${base.slice(0, -1)}ies`] : [])];
}

/**
 * Whether a property's name mentions a private field, in any case, spacing or
 * number: "Salary expectation", "SALARYEXPECTATION", "Salaries" and "Old job
 * id" mention `salary` and `jobId`. Matching errs on the side of hiding.
 */
export function mentionsPrivateField(name: string, privateFields: readonly string[]): boolean {
  const own = squash(name);
  return privateFields.some((field) => spellings(field).some((spelling) => own.includes(spelling)));
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
    copy.extra = Object.fromEntries(
      Object.entries(extra).filter(([name]) => !mentionsPrivateField(name, config.share.privateFields)),
    );
  }
  return copy as T;
}

export { showsPrivateBlocks, visibleBody } from './private-blocks.ts';
