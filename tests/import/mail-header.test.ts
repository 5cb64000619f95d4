import { describe, expect, it } from 'vitest';
import { detectKind } from '../../src/import/detect-kind.ts';
import { resolve } from '../../src/import/evidence.ts';
import {
  isMailFieldLine,
  mailField,
  mailHeader,
  senderAddress,
  senderName,
  subjectLine,
} from '../../src/import/mail-header.ts';
import { proposeFromText, tidyCandidate } from '../../src/import/propose.ts';

describe("an e-mail header's fields, in the languages mail clients print them", () => {
  it.each([
    ['From: Anna Berg <anna@acme.example>', 'from', 'Anna Berg <anna@acme.example>'],
    ['Von: Jobagent <jobs@board.example>', 'from', 'Jobagent <jobs@board.example>'],
    ['De : Claire Martin', 'from', 'Claire Martin'],
    ['Da: Marco Rossi', 'from', 'Marco Rossi'],
    ['Od: Kasia Nowak', 'from', 'Kasia Nowak'],
    ['Från: Lena Ek', 'from', 'Lena Ek'],
    ['Data: 3 grudnia 2026', 'date', '3 grudnia 2026'],
    ['Gesendet: Montag, 7. Dezember 2026', 'date', 'Montag, 7. Dezember 2026'],
    ['Betreff: Ihre Bewerbung', 'subject', 'Ihre Bewerbung'],
    ['Temat: Programista Java', 'subject', 'Programista Java'],
    ['Oggetto: Magazziniere', 'subject', 'Magazziniere'],
    ['Тема: Вакансия', 'subject', 'Вакансия'],
    ['An: Jonas', 'to', 'Jonas'],
    ['Reply-To: hr@acme.example', 'reply-to', 'hr@acme.example'],
  ])('%j', (line, field, value) => {
    expect(mailField(line)).toEqual({ field, value });
    expect(isMailFieldLine(line)).toBe(true);
  });

  it.each([['Location: Berlin'], ['Dear Anna,'], ['Fromage: brie'], ['Salary: 50k']])(
    '%j is no header field',
    (line) => {
      expect(mailField(line)).toBeUndefined();
      expect(isMailFieldLine(line)).toBe(false);
    },
  );
});

describe('the header block near the start of a text', () => {
  it.each([
    [
      'a plain header',
      ['From: A <a@x.example>', 'To: me', 'Subject: Data Engineer', '', 'Hello'],
      { from: 'A <a@x.example>', to: 'me', subject: 'Data Engineer', start: 0, end: 3 },
    ],
    [
      'under a forwarding line, the first of each field kept',
      [
        '---------- Forwarded message ---------',
        'Von: Jobagent <j@b.example>',
        'Datum: 1.12.2026',
        'Betreff: Lagerhelfer',
        'Betreff: other',
      ],
      { from: 'Jobagent <j@b.example>', date: '1.12.2026', subject: 'Lagerhelfer', start: 1, end: 5 },
    ],
  ])('%s', (_, lines, want) => {
    expect(mailHeader(lines)).toEqual(want);
  });

  it.each([
    ['no sender: a form with a date and a subject', ['Date: 2026-12-01', 'Subject: Notes', 'Body']],
    ['a sender too far down', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'From: late@x.example']],
    ['no header at all', ['Senior Engineer', 'Berlin']],
  ])('%s: none', (_, lines) => {
    expect(mailHeader(lines)).toBeUndefined();
  });

  it.each([
    ['Re: Fwd: AW: Backend Developer', 'Backend Developer'],
    ['WG: Lagerhelfer (m/w/d)', 'Lagerhelfer (m/w/d)'],
    ['Odp: Programista', 'Programista'],
    ['Research Engineer', 'Research Engineer'],
  ])('subject %j reads %j', (subject, want) => {
    expect(subjectLine(subject)).toBe(want);
  });

  it.each([
    ['Remote Roundup <hello@rr.example>', 'Remote Roundup', 'hello@rr.example'],
    ['"Lotte Brandt" <lotte@lb.example>', 'Lotte Brandt', 'lotte@lb.example'],
    ['jobs@board.example', undefined, 'jobs@board.example'],
    ['Anna Berg', 'Anna Berg', undefined],
  ])('sender %j: name %j, address %j', (from, name, address) => {
    expect(senderName(from)).toBe(name);
    expect(senderAddress(from)).toBe(address);
  });
});

describe("a recruiter's e-mail in any of those languages is read by its header", () => {
  const polish = [
    'Od: Kasia Nowak <kasia.nowak@talentbridge.example>',
    'Do: Jan Kowalski',
    'Temat: Senior Data Engineer – Kraków – 25 000 PLN',
    '',
    'Dzień dobry,',
    'odezwę się w sprawie projektu dla naszego klienta. Praca hybrydowa, umowa B2B.',
    'Pozdrawiam, Kasia',
  ].join('\n');

  it('is a message about a job', () => {
    expect(detectKind(polish)).toBe('application');
  });

  it('reads the subject line as the headline: the job offered, its place and pay written', () => {
    const candidates = proposeFromText(polish);
    expect(candidates.some((c) => c.field === 'position' && c.value === 'Senior Data Engineer')).toBe(true);
    const { values } = resolve(candidates.flatMap((c) => tidyCandidate(c) ?? []));
    expect(values.location).toBe('Kraków');
    expect(values.salary).toEqual({ min: 25000, max: 25000, currency: 'PLN', period: 'month' });
  });
});
