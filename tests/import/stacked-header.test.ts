import { describe, expect, it } from 'vitest';
import { resolve } from '../../src/import/evidence.ts';
import { proposeFromText, tidyCandidate } from '../../src/import/propose.ts';

/** What the text readers write (not only offer) for a pasted posting. */
const written = (text: string) => {
  const { values } = resolve(proposeFromText(text).flatMap((c) => tidyCandidate(c) ?? []));
  return { company: values.company, position: values.position, location: values.location };
};

describe("a board's stacked header: the job, the employer and a line of details", () => {
  it.each([
    [
      'the job, the employer with its legal form, then places and terms',
      'Lagerhelfer (m/w/d)\nFrostbach Logistik GmbH\nKassel · Vollzeit · Festanstellung\n\nDeine Aufgaben\n- Kommissionieren\n- Verladen',
      { company: 'Frostbach Logistik GmbH', position: 'Lagerhelfer (m/w/d)', location: 'Kassel' },
    ],
    [
      'the employer first, named again as the subject of a sentence',
      'Tidewell Analytics\n\nData Engineer\n\nLeeds, United Kingdom · Full time · Hybrid\n\nTidewell is a small team that forecasts river levels for insurers.',
      { company: 'Tidewell Analytics', position: 'Data Engineer', location: 'Leeds, United Kingdom' },
    ],
    [
      'the employer with its places on one line, the job by elimination',
      'Bar Supervisor\nHollin Ghyll Lodge, Kendal, Cumbria\n£480 per week plus accommodation\n\nHollin Ghyll Lodge is a family-run inn above the lake.',
      { company: 'Hollin Ghyll Lodge', position: 'Bar Supervisor', location: 'Kendal, Cumbria' },
    ],
    [
      "the board's buttons between the header's lines",
      'Dental Nurse\nHarbourside Dental Care\nView all jobs\n\nBendigo · Full time\n\n[ Quick apply ]  [ Save ]\n\nHarbourside Dental Care is a family practice of six dentists.',
      { company: 'Harbourside Dental Care', position: 'Dental Nurse', location: 'Bendigo' },
    ],
    [
      "a board's menu copied one item a line under a skip link, a rating line, a job whose first word opens a sentence",
      'Skip to content\nIndeed\nJob search\nProfile\nCareer advice\n\nVeterinary Nurse\nOakleigh Vet Clinic\nView all jobs\n4.2 ★ 31 reviews\n\nBendigo · Full time\n\nVeterinary care is what we do: Oakleigh Vet Clinic has three vets and a busy surgery.',
      { company: 'Oakleigh Vet Clinic', position: 'Veterinary Nurse', location: 'Bendigo' },
    ],
  ])('%s', (_, text, want) => {
    expect(written(text)).toEqual(want);
  });

  it.each([
    // A team under the job is not an employer: no legal form, never named again.
    ['Senior Engineer\nData Platform\nBerlin · Full-time\n\nWe build the pipelines behind our reports.'],
    // A headline and a call are not a job and an employer.
    ['We are hiring!\nJoin Kelpie Ltd\nOslo · Full-time\n\nKelpie Ltd makes boats.'],
    // Labelled lines are read by the label readers, not as a header.
    ['Position: Welder\nCompany: Brask Steel\nLocation: Aalborg'],
  ])('%j gives no employer from the header', (text) => {
    const out = proposeFromText(text).filter((c) => c.evidence.startsWith('the header'));
    expect(out).toEqual([]);
  });
});
