import { foldStageName } from '../lib/stages.ts';
import { slugify, type Slug } from '../lib/slug.ts';
import { contactUrl } from './urls.ts';
import type { ApplicationNote, CompanyRef } from './types.ts';

/** One person met across applications. */
export interface ContactGroup<E = unknown> {
  slug: Slug;
  /** The name as most often written (the first, on a tie). */
  name: string;
  /** Their page, `/contacts/<slug>/`. */
  url: string;
  /** Every address they were listed with, as written (lower case compared). */
  emails: string[];
  /** Every role they were listed with. */
  roles: string[];
  /** The companies of their applications, by name. */
  companies: CompanyRef[];
  /** Each application that lists them, newest first, with the role written there. */
  applications: { app: ApplicationNote<E>; role?: string }[];
}

const foldName = (name: string) => foldStageName(name);

/**
 * Everyone in the applications' `contacts`, one group per person: the same
 * e-mail address (any case) is one person; a contact without an address
 * joins the person of the same name (case, accents and punctuation aside)
 * who has one, the one met at the same company when several do, else groups
 * with others of that name. Applications come newest
 * first, as the catalog keeps them; people are sorted by name.
 */
export function groupContacts<E>(applications: readonly ApplicationNote<E>[]): ContactGroup<E>[] {
  interface Draft {
    names: string[];
    emails: string[];
    roles: string[];
    companies: Map<string, CompanyRef>;
    apps: { app: ApplicationNote<E>; role?: string }[];
  }
  const drafts: Draft[] = [];
  const byEmail = new Map<string, Draft>();
  const emailed = new Map<string, Draft[]>();
  const byName = new Map<string, Draft>();
  // Oldest first, so a name or address is shown as first written; addresses before contacts without one.
  const all = [...applications].reverse().flatMap((app) => app.data.contacts.map((c) => ({ app, c })));
  const ordered = [...all.filter((x) => x.c.email), ...all.filter((x) => !x.c.email)];
  for (const { app, c } of ordered) {
    const email = c.email?.trim().toLowerCase();
    const name = foldName(c.name);
    let draft: Draft | undefined;
    if (email) draft = byEmail.get(email);
    else {
      // Without an address: the one person of this name with an address, preferring one met at the same company.
      const named = emailed.get(name) ?? [];
      const here = named.filter((d) => d.companies.has(app.company.slug));
      draft = here.length === 1 ? here[0] : named.length === 1 ? named[0] : byName.get(name);
    }
    if (!draft) {
      draft = { names: [], emails: [], roles: [], companies: new Map(), apps: [] };
      drafts.push(draft);
      if (email) {
        byEmail.set(email, draft);
        emailed.set(name, [...(emailed.get(name) ?? []), draft]);
      } else byName.set(name, draft);
    }
    draft.names.push(c.name);
    if (c.email && !draft.emails.some((e) => e.toLowerCase() === email)) draft.emails.push(c.email);
    if (c.role && !draft.roles.includes(c.role)) draft.roles.push(c.role);
    draft.companies.set(app.company.slug, app.company);
    if (!draft.apps.some((a) => a.app.id === app.id)) draft.apps.push({ app, ...(c.role ? { role: c.role } : {}) });
  }
  const used = new Set<string>();
  return drafts
    .map((d) => {
      const counts = new Map<string, number>();
      for (const n of d.names) counts.set(n, (counts.get(n) ?? 0) + 1);
      const name = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
      const order = new Map(applications.map((a, i) => [a.id, i]));
      return {
        name,
        emails: d.emails,
        roles: d.roles,
        companies: [...d.companies.values()].sort((a, b) => a.name.localeCompare(b.name)),
        applications: d.apps.sort((a, b) => order.get(a.app.id)! - order.get(b.app.id)!),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || (a.emails[0] ?? '').localeCompare(b.emails[0] ?? ''))
    .map((group) => {
      // Two people of one name (different addresses) get -2, -3… in name order.
      const base = slugify(group.name);
      let slug = base;
      for (let i = 2; used.has(slug); i++) slug = `${base}-${i}` as Slug;
      used.add(slug);
      return { ...group, slug, url: contactUrl(slug) };
    });
}
