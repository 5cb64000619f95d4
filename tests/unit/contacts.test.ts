import { describe, expect, it } from 'vitest';
import { buildCatalog, type CatalogInput } from '../../src/catalog/build-catalog.ts';
import { createContext } from '../../src/config/load.ts';
import { UserConfigSchema } from '../../src/config/schema.ts';
import { createApplicationSchema } from '../../src/schemas/application.ts';

const ctx = (config: object = {}) => createContext('/nowhere', UserConfigSchema.parse(config));
const schema = createApplicationSchema(ctx().stages);
const notes: [string, string, object[]][] = [
  ['acme-1', 'Acme', [{ name: 'Ann Example', role: 'Recruiter', email: 'ann@example.com' }]],
  [
    'acme-2',
    'Acme Inc.',
    [
      { name: 'ann example', role: 'Recruiter' },
      { name: 'Bo Lee', role: 'Hiring manager' },
    ],
  ],
  ['zeta-1', 'Zeta', [{ name: 'Ann Example', role: 'Agency recruiter', email: 'ANN@example.com' }]],
  ['zeta-2', 'Zeta', [{ name: 'Ann Example', email: 'ann@other.example' }, { name: 'Bo Lee' }]],
];
const input = (): CatalogInput<null> => ({
  applications: notes.map(([id, company, contacts], i) => ({
    id,
    data: schema.parse({
      company,
      position: 'Linguist',
      stage: 'applied',
      applied: `2026-0${i + 1}-01`,
      contacts,
      share: true,
    }),
    body: '',
    entry: null,
  })),
  articles: [],
  companies: [],
});

describe('contacts', () => {
  it('groups people by e-mail address, else by name, with their roles, companies and applications', () => {
    const people = buildCatalog(input(), ctx(), 'owner').contacts.map((c) => ({
      slug: c.slug,
      name: c.name,
      emails: c.emails,
      roles: c.roles,
      companies: c.companies.map((co) => co.name),
      applications: c.applications.map((a) => `${a.app.id}${a.role ? ` (${a.role})` : ''}`),
      url: c.url,
    }));
    expect(people).toEqual([
      {
        slug: 'ann-example',
        name: 'Ann Example',
        emails: ['ann@example.com'],
        roles: ['Recruiter', 'Agency recruiter'],
        companies: ['Acme', 'Zeta'],
        applications: ['zeta-1 (Agency recruiter)', 'acme-2 (Recruiter)', 'acme-1 (Recruiter)'],
        url: '/contacts/ann-example/',
      },
      {
        slug: 'ann-example-2',
        name: 'Ann Example',
        emails: ['ann@other.example'],
        roles: [],
        companies: ['Zeta'],
        applications: ['zeta-2'],
        url: '/contacts/ann-example-2/',
      },
      {
        slug: 'bo-lee',
        name: 'Bo Lee',
        emails: [],
        roles: ['Hiring manager'],
        companies: ['Acme', 'Zeta'],
        applications: ['zeta-2', 'acme-2 (Hiring manager)'],
        url: '/contacts/bo-lee/',
      },
    ]);
  });

  it('has nobody for a mentor, whatever share.privateFields says: contacts are private in the sensitivity table', () => {
    expect(buildCatalog(input(), ctx(), 'mentor').contacts).toEqual([]);
    const open = ctx({ share: { privateFields: ['salary'] } });
    expect(buildCatalog(input(), open, 'mentor').applications.every((a) => a.data.contacts.length === 0)).toBe(true);
    expect(buildCatalog(input(), open, 'mentor').contacts).toEqual([]);
  });
});
