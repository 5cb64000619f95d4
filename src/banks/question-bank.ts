import type { ApplicationNote, CompanyRef, Ref } from '../catalog/types.ts';
import type { IsoDate } from '../lib/dates.ts';
import { slugify } from '../lib/slug.ts';
import type { Debrief, DebriefItem } from '../interview/debriefs.ts';

/**
 * The question bank: every question of every debrief the audience sees, once
 * per company, with the interviews it was asked in. It reads the catalog's
 * applications, which already went through the audience filter (a mentor's
 * hold shared notes only, without their `<Private>` blocks), so it never
 * filters on its own.
 */

/** One time a question was asked: the interview (a debrief) of an application. */
export interface Asking<E = unknown> {
  app: ApplicationNote<E>;
  debrief: Debrief;
  item: DebriefItem;
}

/** A question as the bank lists it: once per company, with every interview it came up in, newest first. */
export interface BankQuestion<E = unknown> {
  /** As first written (the newest interview's wording). */
  text: string;
  /** The question folded (case, punctuation and spacing aside): what makes two questions one. */
  key: string;
  askings: Asking<E>[];
  /** The day it was last asked. */
  last: IsoDate;
}

/** The questions asked at one company, newest first. */
export interface CompanyQuestions<E = unknown> {
  company: CompanyRef;
  /** The anchor of its list on /questions/. */
  anchor: string;
  questions: BankQuestion<E>[];
}

/** The companies of one role family and their questions. */
export interface FamilyQuestions<E = unknown> {
  family: Ref;
  anchor: string;
  companies: CompanyQuestions<E>[];
  /** Questions in the family, counted once per company. */
  count: number;
}

export interface QuestionBank<E = unknown> {
  /** By role family (by name), then company (by name). */
  families: FamilyQuestions<E>[];
  /** Questions, counted once per company and role family. */
  count: number;
  /** Debriefs with at least one question. */
  debriefs: number;
}

/** A question folded for comparison: "Tell me about a conflict." = "tell me about a conflict". */
export const questionKey = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const byName = (a: { name: string }, b: { name: string }) =>
  a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });

/** Every asking of every question, newest interview first (then in the order written). */
function askings<E>(apps: readonly ApplicationNote<E>[]): Asking<E>[] {
  return apps
    .flatMap((app) => app.debriefs.flatMap((debrief) => debrief.questions.map((item) => ({ app, debrief, item }))))
    .sort(
      (a, b) =>
        b.debrief.date.localeCompare(a.debrief.date) || a.app.id.localeCompare(b.app.id) || a.item.line - b.item.line,
    );
}

/** Askings made one question per key, in the order of their newest asking. */
function merge<E>(list: readonly Asking<E>[]): BankQuestion<E>[] {
  const byKey = new Map<string, BankQuestion<E>>();
  for (const asking of list) {
    const key = questionKey(asking.item.text);
    if (!key) continue;
    const question = byKey.get(key);
    if (question) question.askings.push(asking);
    else byKey.set(key, { text: asking.item.text, key, askings: [asking], last: asking.debrief.date });
  }
  return [...byKey.values()];
}

export const companyAnchor = (family: Ref, company: CompanyRef) => `q-${family.slug}-${company.slug}`;
export const familyAnchor = (family: Ref) => `q-${slugify(family.name)}`;

const banks = new WeakMap<readonly ApplicationNote<unknown>[], QuestionBank<unknown>>();

/** The question bank of these applications (the catalog's), worked out once per list. */
export function questionBank<E>(apps: readonly ApplicationNote<E>[]): QuestionBank<E> {
  const known = banks.get(apps);
  if (known) return known as QuestionBank<E>;
  const all = askings(apps);
  const families = new Map<
    string,
    { family: Ref; companies: Map<string, { company: CompanyRef; list: Asking<E>[] }> }
  >();
  for (const asking of all) {
    const { roleFamily, company } = asking.app;
    const family = families.get(roleFamily.slug) ?? { family: roleFamily, companies: new Map() };
    families.set(roleFamily.slug, family);
    const group = family.companies.get(company.slug) ?? { company, list: [] };
    family.companies.set(company.slug, group);
    group.list.push(asking);
  }
  const bank: QuestionBank<E> = {
    families: [...families.values()]
      .map(({ family, companies }) => {
        const groups = [...companies.values()]
          .map(({ company, list }) => ({ company, anchor: companyAnchor(family, company), questions: merge(list) }))
          .sort((a, b) => byName(a.company, b.company));
        return {
          family,
          anchor: familyAnchor(family),
          companies: groups,
          count: groups.reduce((n, g) => n + g.questions.length, 0),
        };
      })
      .sort((a, b) => byName(a.family, b.family)),
    count: 0,
    debriefs: new Set(all.map((a) => a.debrief)).size,
  };
  bank.count = bank.families.reduce((n, f) => n + f.count, 0);
  banks.set(apps, bank);
  return bank;
}

/** "Asked before" on a prep sheet: the company's questions, then the role family's elsewhere, each cut to a limit. */
export interface AskedBefore<E = unknown> {
  /** Questions asked at this company in its other applications' interviews, newest first. */
  atCompany: BankQuestion<E>[];
  /** How many more the company has on /questions/. */
  moreAtCompany: number;
  /** Questions asked in the same role family at other companies: the most often asked first, then the newest. */
  inFamily: BankQuestion<E>[];
  moreInFamily: number;
  /** Where /questions/ lists the company's questions, and the family's. */
  companyAnchor: string;
  familyAnchor: string;
}

interface AskedIndex<E> {
  /** Each company's questions, newest first. */
  byCompany: Map<string, BankQuestion<E>[]>;
  /** Each role family's questions across companies: asked at the most companies first, then most often, then newest. */
  byFamily: Map<string, BankQuestion<E>[]>;
}

const indexes = new WeakMap<readonly ApplicationNote<unknown>[], AskedIndex<unknown>>();

function askedIndex<E>(apps: readonly ApplicationNote<E>[]): AskedIndex<E> {
  const known = indexes.get(apps);
  if (known) return known as AskedIndex<E>;
  const all = askings(apps);
  const group = (key: (a: Asking<E>) => string) => {
    const groups = new Map<string, Asking<E>[]>();
    for (const asking of all) {
      const list = groups.get(key(asking)) ?? [];
      groups.set(key(asking), list);
      list.push(asking);
    }
    return groups;
  };
  const companies = (q: BankQuestion<E>) => new Set(q.askings.map((a) => a.app.company.slug)).size;
  const index: AskedIndex<E> = {
    byCompany: new Map([...group((a) => a.app.company.slug)].map(([slug, list]) => [slug, merge(list)])),
    byFamily: new Map(
      [...group((a) => a.app.roleFamily.slug)].map(([slug, list]) => [
        slug,
        merge(list)
          .map((q, at) => ({ q, at, companies: companies(q) }))
          .sort((a, b) => b.companies - a.companies || b.q.askings.length - a.q.askings.length || a.at - b.at)
          .map(({ q }) => q),
      ]),
    ),
  };
  indexes.set(apps, index);
  return index;
}

/**
 * What a prep sheet lists as asked before: the questions of the debriefs of
 * the company's other applications (the application's own rounds are on the
 * sheet with their debriefs), then those of its role family at other
 * companies (a question asked at several companies once, those asked at the
 * most companies first), up to `limits` of each; the rest is on /questions/.
 * The lists are worked out once for all sheets (`apps` is the catalog's list).
 */
export function askedBefore<E>(
  app: ApplicationNote<E>,
  apps: readonly ApplicationNote<E>[],
  limits: { company: number; family: number },
): AskedBefore<E> {
  const index = askedIndex(apps);
  // This application's own rounds are on the sheet with their debriefs: here, the company's other applications.
  const others = (q: BankQuestion<E>, keep: (a: Asking<E>) => boolean) => {
    const askings = q.askings.filter(keep);
    return askings.length === q.askings.length
      ? [q]
      : askings.length
        ? [{ ...q, askings, last: askings[0]!.debrief.date }]
        : [];
  };
  const atCompany = (index.byCompany.get(app.company.slug) ?? []).flatMap((q) => others(q, (a) => a.app.id !== app.id));
  const companyKeys = new Set((index.byCompany.get(app.company.slug) ?? []).map((q) => q.key));
  // Asked elsewhere: without the askings at this company, and without the questions asked there.
  const inFamily = (index.byFamily.get(app.roleFamily.slug) ?? []).flatMap((q) =>
    companyKeys.has(q.key) ? [] : others(q, (a) => a.app.company.slug !== app.company.slug),
  );
  return {
    atCompany: atCompany.slice(0, limits.company),
    moreAtCompany: Math.max(0, atCompany.length - limits.company),
    inFamily: inFamily.slice(0, limits.family),
    moreInFamily: Math.max(0, inFamily.length - limits.family),
    // Where /questions/ lists the first of them: the company's group in the family of that interview.
    companyAnchor: companyAnchor(atCompany[0]?.askings[0]!.app.roleFamily ?? app.roleFamily, app.company),
    familyAnchor: familyAnchor(app.roleFamily),
  };
}
