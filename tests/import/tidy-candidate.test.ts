import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/import/evidence.ts';
import { cleanPosition, splitTitleParts, tidyCandidate } from '../../src/import/propose.ts';

const tidy = (field: string, value: string) =>
  tidyCandidate({ field, value, origin: 'top', weight: 0.6, evidence: 'a test' } satisfies Candidate)?.value;

describe('a candidate a note can hold, or none', () => {
  it.each([
    ['position', 'Senior Platform Engineer', 'Senior Platform Engineer'],
    ['position', 'experienced Senior Mechanical Design Engineer', 'Senior Mechanical Design Engineer'],
    ['position', '*n Data Engineer (w/m/d)', 'Data Engineer (w/m/d)'],
    ['position', 'Projektový manažer / Projektová manažerka –', undefined],
    ['position', 'Norrvik University', undefined],
    ['position', 'Research Assistant, Norrvik University', 'Research Assistant, Norrvik University'],
    ['position', 'iOS Developer', 'iOS Developer'],
    ['position', 'Freelance Copy Editor (remote', 'Freelance Copy Editor'],
    ['position', 'Data Analyst (m/w/d)', 'Data Analyst (m/w/d)'],
    ['position', 'Join us: QA Engineer', 'QA Engineer'],
    ['position', 'Engineer: Backend', 'Engineer: Backend'],
    ['position', 'La Communauté de communes du Val recrute', undefined],
    ['position', 'VILLE DE MONTBRAY', undefined],
    [
      'company',
      'Kanzlei Brenner & Partner mbB · Steuerberatung · 11-50 Mitarbeitende',
      'Kanzlei Brenner & Partner mbB',
    ],
    ['company', 'URGENT OPENING', undefined],
    ['company', 'ООО «Северная Звезда', 'ООО «Северная Звезда»'],
    ['company', 'ООО «Северная Звезда»', 'ООО «Северная Звезда»'],
    ['company', 'Opening Doors Foundation', 'Opening Doors Foundation'],
    // A team, department or function is no job; a job in it is.
    ['position', 'Data Platform', undefined],
    ['position', 'Engineering', undefined],
    ['position', 'Customer Success Team', undefined],
    ['position', 'Abteilung Vertrieb', undefined],
    ['position', 'Marketing Manager', 'Marketing Manager'],
    ['position', 'Head of Engineering', 'Head of Engineering'],
    // A breadcrumb names the job in its last step; a path that starts elsewhere names none.
    ['position', 'Careers / Finance / Payroll Analyst', 'Payroll Analyst'],
    ['position', 'Startseite › Jobs › Lagerist (m/w/d)', 'Lagerist (m/w/d)'],
    ['position', 'Shop › Garden › Hoses', undefined],
    ['position', 'Animateur / Animatrice', 'Animateur / Animatrice'],
    // A sentence, a listing, a PDF's page header.
    ['position', 'We are looking for a Hardware Engineer to design our next sensor', undefined],
    ['position', 'Join our team as a Barista', undefined],
    ['position', 'Weekly jobs roundup #41', undefined],
    ['position', 'Open roles this month', undefined],
    ['position', 'Fjellbu Bygg AS            Side 1 av 3', undefined],
    ['position', 'Kovárna Hrubý s.r.o.', undefined],
    ['position', 'Henrike Vogt · Senior Talent Partner', undefined],
    // A tagline or a sentence is no company; a name with a legal form's period is.
    ['company', 'Bread that remembers where it came from', undefined],
    ['company', 'We make logistics boring again.', undefined],
    ['company', 'Ferramenta Digitale S.r.l.', 'Ferramenta Digitale S.r.l.'],
    // A message's greeting, a document-type heading, an institution's letterhead, a request, a hashtag line.
    ['position', 'Hi Marta', undefined],
    ['position', 'Hallo Frau Weber', undefined],
    ['position', 'Dear candidates', undefined],
    ['position', 'Здравствуйте, Анна', undefined],
    ['position', 'TYÖPAIKKAILMOITUS', undefined],
    ['position', '~ NOW HIRING ~', undefined],
    ['position', 'Stillingsannonse', undefined],
    ['position', 'UNITED NATIONS', undefined],
    ['position', 'AYUNTAMIENTO DE VALDEMORILLO DEL RÍO', undefined],
    ['position', 'Office for the Coordination of Humanitarian Affairs', undefined],
    ['position', 'Need a Webflow expert to rebuild our marketing site', undefined],
    ['position', 'Procuro designer freelancer para identidade visual', undefined],
    ['position', '#hiring #remotejobs #devops', undefined],
    ['position', 'Delivery Executive for your area', undefined],
    // "for our …" ends the job; the job before it stays.
    ['position', 'Produktionsledare till vårt bageri på Torsvik', 'Produktionsledare'],
    ['position', 'Pflegefachkraft (m/w/d) für unsere Intensivstation', 'Pflegefachkraft (m/w/d)'],
    ['position', 'Frontend-udvikler til vores team i Odense', 'Frontend-udvikler'],
    ['position', 'Hiring Manager', 'Hiring Manager'],
    ['position', 'Office Manager', 'Office Manager'],
    // A tagline with a clause, a foundation's letterhead, a page's menu item, a number.
    ['position', 'Build robots that growers actually want', undefined],
    ['position', 'FONDAZIONE BRENTA PER LA RICERCA', undefined],
    ['position', 'Mensajes', undefined],
    ['position', 'Sign in', undefined],
    ['company', '180', undefined],
    ['company', 'Hi Marta', undefined],
    ['company', '2026 Baltic Drydock Services Sp. z o.o.', 'Baltic Drydock Services Sp. z o.o.'],
  ])('%s %j', (field, value, expected) => {
    expect(tidy(field, value)).toBe(expected);
  });
});

describe('a job title without the words that announce it', () => {
  it.each([
    ['مطلوب مهندس مدني', 'مهندس مدني'],
    ['Cercasi cameriere/a', 'cameriere/a'],
    ['Wij zoeken: Orderpicker (nachtdienst)', 'Orderpicker (nachtdienst)'],
    ['[채용] 백엔드 개발자 (Kotlin/Spring)', '백엔드 개발자 (Kotlin/Spring)'],
    ['Требуется: Сварщик', 'Сварщик'],
    ['Se busca Camarero/a', 'Camarero/a'],
    ['Senior Java Developer', 'Senior Java Developer'],
    // A recruiter's subject line names the opening after the job.
    ['Payroll Specialist opportunity', 'Payroll Specialist'],
    ['Site Reliability Engineer role', 'Site Reliability Engineer'],
    ['Open position', 'Open position'],
    ['Product Owner Role', 'Product Owner'],
  ])('%j', (line, expected) => {
    expect(cleanPosition(line)).toBe(expected);
  });
});

describe('a page title split into the job and the employer', () => {
  it.each([
    ['フロントエンドエンジニア（Go）｜株式会社ミズナギ', 'フロントエンドエンジニア（Go）'],
    ['Data Engineer | Acme', 'Data Engineer'],
  ])('%j', (title, position) => {
    expect(splitTitleParts(title).position).toBe(position);
  });

  it.each([
    ['Acme Robotics hiring Senior Data Engineer in Berlin | LinkedIn', 'Acme Robotics', 'Senior Data Engineer'],
    ['Tidewell is hiring a Payroll Specialist', 'Tidewell', 'Payroll Specialist'],
    // A team after the job is part of its title.
    [
      'Registered Nurse - Emergency Department (Per Diem)',
      undefined,
      'Registered Nurse - Emergency Department (Per Diem)',
    ],
    // So is the shift it is worked in.
    ['Forklift Operator - Night Shift', undefined, 'Forklift Operator - Night Shift'],
    ['Warehouse Associate - Weekend Nights', undefined, 'Warehouse Associate - Weekend Nights'],
    // "hiring" inside a sentence names no employer.
    ['What three years of hiring data engineers taught me about take-home tests', undefined, undefined],
  ])('%j', (title, company, position) => {
    const split = splitTitleParts(title);
    expect(split.company).toBe(company);
    if (position) expect(split.position).toBe(position);
  });
});
