import { describe, expect, it } from 'vitest';
import { resolve } from '../../src/import/evidence.ts';
import { isPlace, placeIn } from '../../src/import/places.ts';
import { proposeFromText } from '../../src/import/propose.ts';

/** The fields the resolver writes from a posting's text alone. */
const fieldsOf = (text: string) => resolve(proposeFromText(text)).values;

describe('the place a value names', () => {
  it.each([
    ['Lisbon, Portugal', 'Lisbon, Portugal'],
    ['Place of employment: Lisbon, Portugal', 'Lisbon, Portugal'],
    ['Porto (híbrido: 2 dias no escritório)', 'Porto'],
    ['Stockholm (HQ)', 'Stockholm'],
    ['Новосибирск (офис в центре) или удалённо', 'Новосибирск'],
    ['Duluth, MN', 'Duluth, MN'],
    ['Remote (Germany)', 'Germany'],
    // "of" is Dutch for "or", but a region's name holds it too.
    ['Amsterdam of Rotterdam', 'Amsterdam'],
    ['Copenhagen, Capital Region of Denmark', 'Copenhagen, Capital Region of Denmark'],
    ['Austin, State of Texas', 'Austin, State of Texas'],
    // A word that starts a name is no prefix before a place: New York is not York.
    ['New York, NY · Denver, CO (hybrid)', 'New York, NY'],
    ['Raum Ulm', 'Ulm'],
    // A site named after its town is in the town.
    ['Falmouth Campus, Cornwall', 'Falmouth, Cornwall'],
    ['Leeds Office, West Yorkshire', 'Leeds, West Yorkshire'],
    // A choice of countries in brackets names none of them.
    ['Remote (US or Canada)', undefined],
    ['see below', undefined],
    ['In person', undefined],
    ['Competitive salary and a bonus', undefined],
  ])('in %j', (value, expected) => {
    expect(placeIn(value, { anySize: true })).toBe(expected);
  });

  it('counts a small town only where the text says a place is meant', () => {
    // Lure (Haute-Saône) has about 8,000 people: a place after a label, a word elsewhere.
    expect(placeIn('Lure', { anySize: true })).toBe('Lure');
    expect(placeIn('Lure')).toBeUndefined();
  });
});

describe('a short text that reads as a place', () => {
  it.each([
    ['Tucson, AZ 85719', true],
    ['75011 Paris', true],
    ['Copenhagen, Denmark', true],
    // A number that is no postal code beside a name is no place's.
    ['Berlin 2027', false],
    ['Order 123456', false],
    ['Saguaro Family Dental', false],
    // A city the gazetteer lists under its formal name ("Ciudad Apodaca"), written as people write it.
    ['Apodaca, Nuevo León', true],
    // A part of a city or a country is no town by itself, whatever town somewhere bears its name.
    ['Central', false],
    ['Downtown', false],
  ])('%j', (text, expected) => {
    expect(isPlace(text)).toBe(expected);
  });
});

describe('a posting line of parts, its closing date and its id', () => {
  it('reads "Closing on" as the deadline and "Job post ID" as the id, and never a district for the town', () => {
    const values = fieldsOf(
      'Barista Trainee\nKOPI HOUSE PTE. LTD.\nTanjong Pagar, Central · Full Time\nPosted 2 Apr 2027 · Closing on 30 April 2027\nJob post ID: MCF-2027-0000001\n',
    );
    expect(values).toMatchObject({ deadline: '2027-04-30', jobId: 'MCF-2027-0000001' });
    expect(values.location).toBeUndefined();
  });
});

describe('a closing date said in the words of more languages', () => {
  it.each([
    ['Candidate-se até 20 de dezembro de 2026.', '2026-12-20'],
    ['Inscrições abertas até 15/12/2026', '2026-12-15'],
    ['Reageer vóór 18 december 2026.', '2026-12-18'],
    // A period of applications: it closes on its last day.
    ['접수기간: 2026.11.20 ~ 2026.12.15', '2026-12-15'],
    ['마감일: 2026년 12월 15일', '2026-12-15'],
  ])('%j', (line, deadline) => {
    expect(fieldsOf(`Analista de dados\n\nEmpresa em crescimento.\n\n${line}\n`).deadline).toBe(deadline);
  });
});

describe('a location label and what it holds', () => {
  it.each([
    ['Data Analyst\n\nLocation: Porto (híbrido: 2 dias no escritório)\n', 'Porto', 'hybrid'],
    ['Data Analyst\n\nLocation: see the list below\n', undefined, undefined],
    ['Data Analyst\n\nStandort: Homeoffice\n', undefined, 'remote'],
    ['Data Analyst\n\n📍 Besançon, France\n', 'Besançon, France', undefined],
  ])('%j', (text, location, workplace) => {
    const values = fieldsOf(text);
    expect(values.location).toBe(location);
    expect(values.workplace).toBe(workplace);
  });
});
