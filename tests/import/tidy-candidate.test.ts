import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/import/evidence.ts';
import { tidyCandidate } from '../../src/import/propose.ts';

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
  ])('%s %j', (field, value, expected) => {
    expect(tidy(field, value)).toBe(expected);
  });
});
