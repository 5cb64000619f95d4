import { describe, expect, it } from 'vitest';
import { ContactNames, rolePhrase, type Contact } from '../../src/share/contact-names.ts';
import { contactDetailPhrase } from '../../src/notes/sensitivity.ts';
import { contactDetails } from '../../src/share/contact-details.ts';
import { expectLinear, FACTOR } from '../helpers/linear.ts';

/**
 * Contacts' names in the mentor copy's shared text, replaced by their role
 * (issue 21: "Call with Jonna" becomes "Call with the recruiter").
 */
const contacts: Contact[] = [
  { name: 'Jonna Lindqvist', role: 'Senior Recruiter', email: 'jonna.lindqvist@umbra.example', note: 'umbra' },
  { name: 'Mark', role: 'Hiring manager (Head of Data)', note: 'umbra' },
  { name: 'Anna Maria Svensson', role: 'Engineering lead', note: 'umbra' },
  { name: 'Lars-Erik Mowinckel', note: 'umbra' },
  { name: 'Morgan Reyes', role: 'Referrer', note: 'bank' },
  // Two people called Sam: at umbra the interviewer, at bank the recruiter.
  { name: 'Sam Okafor', role: 'Interviewer', note: 'umbra' },
  { name: 'Sam Berg', role: 'Recruiter', note: 'bank' },
  { name: 'Li Wei', role: 'CTO', note: 'bank' },
  // Written in lower case in the contact list, with a capital in the text.
  { name: 'kasia nowak', role: 'Recruiter', note: 'bank' },
  // Contact lists write names in many shapes; the person is called by their own words.
  { name: 'Marrowby, Jonquilla', role: 'Recruiter', note: 'forms' },
  { name: 'Dr. Walburga Pfeil', role: 'Hiring manager', note: 'forms' },
  { name: 'Ottokar "Otto" Brenn', role: 'Interviewer', note: 'forms' },
  { name: 'Radegunde (Rada) Fels', role: 'CTO', note: 'forms' },
  { name: 'Hedda Quist, PhD', role: 'Team lead', note: 'forms' },
];
const names = new ContactNames(contacts, ['Morgan Stanley', 'Lindqvist & Partners']);

describe('ContactNames', () => {
  // [case, text, the note it is in, expected]
  const cases: [string, string, string, string][] = [
    ['a first name', 'Call with Jonna', 'umbra', 'Call with the recruiter'],
    ['a full name', 'Call with Jonna Lindqvist today', 'umbra', 'Call with the recruiter today'],
    ['a full name in capitals', 'JONNA LINDQVIST called', 'umbra', 'The recruiter called'],
    ['at the start of a sentence', 'Sent the deck. Jonna liked it.', 'umbra', 'Sent the deck. The recruiter liked it.'],
    ['at the start of the text', 'Jonna: friendly', 'umbra', 'The recruiter: friendly'],
    ['a possessive', "Jonna's team", 'umbra', "The recruiter's team"],
    [
      'a name written alone, in its own spelling only',
      'Mark the date; Mark said yes; mark it',
      'umbra',
      'The hiring manager the date; the hiring manager said yes; mark it',
    ],
    [
      'first and last name without the middle one',
      'Anna Svensson and Anna Maria Svensson',
      'umbra',
      'The team lead and the team lead',
    ],
    ['a title and the last name', 'Ms Svensson and Dr. Lindqvist', 'umbra', 'The team lead and the recruiter'],
    ['a hyphenated first name', 'Lars-Erik sends agendas', 'umbra', 'A contact sends agendas'],
    ['an e-mail address', 'wrote to jonna.lindqvist@umbra.example.', 'umbra', 'wrote to the recruiter.'],
    ['a name inside a name the copy shows', 'Morgan Stanley, not Morgan', 'bank', 'Morgan Stanley, not the referrer'],
    [
      'a contact’s name inside a company name',
      'Lindqvist & Partners hired Jonna Lindqvist',
      'umbra',
      'Lindqvist & Partners hired the recruiter',
    ],
    [
      'the note’s own contact when two share a first name',
      'Sam asked about SQL',
      'umbra',
      'The interviewer asked about SQL',
    ],
    ['the other note’s', 'Sam asked about SQL', 'bank', 'The recruiter asked about SQL'],
    ['two people of other notes with one first name', 'Sam asked about SQL', 'kestrel', 'A contact asked about SQL'],
    ['a two-letter first name', 'Li will decide', 'bank', 'The founder will decide'],
    [
      'a name the contact list writes in lower case',
      'Kasia and kasia nowak',
      'bank',
      'The recruiter and the recruiter',
    ],
    [
      'part of a longer word',
      'Jonnas, Marketing, Sample, Lindqvists',
      'umbra',
      'Jonnas, Marketing, Sample, Lindqvists',
    ],
    ['a name in another script', 'Call with Jonna, then Łukasz', 'umbra', 'Call with the recruiter, then Łukasz'],
    ['nothing to replace', 'Sent the portfolio.', 'umbra', 'Sent the portfolio.'],
    [
      'a name the list writes last name first',
      'Jonquilla called; Jonquilla Marrowby wrote',
      'forms',
      'The recruiter called; the recruiter wrote',
    ],
    [
      'a title before the name in the list',
      'Walburga leads; Dr. Pfeil agreed',
      'forms',
      'The hiring manager leads; the hiring manager agreed',
    ],
    ['a nickname in quotes', 'Otto will run the loop', 'forms', 'The interviewer will run the loop'],
    ['a nickname in brackets', 'Ask Rada first', 'forms', 'Ask the founder first'],
    ['a last name alone', 'Marrowby asked for references', 'forms', 'The recruiter asked for references'],
    ['a degree after a comma', 'Hedda and Quist agree', 'forms', 'The team lead and the team lead agree'],
    ['half of a hyphenated first name', 'Lars was late', 'umbra', 'A contact was late'],
    ['a middle name alone', 'Maria was late', 'umbra', 'The team lead was late'],
    ['a soft hyphen written as a reference', 'Wal&shy;burga called', 'forms', 'The hiring manager called'],
    ['a soft hyphen inside a name', 'Jon\u00adquilla called', 'forms', 'The recruiter called'],
    ['a zero-width space inside a name', 'Wal\u200bburga called', 'forms', 'The hiring manager called'],
  ];
  it.each(cases)('%s', (_, text, note, expected) => {
    expect(names.replace(text, note)).toBe(expected);
  });

  it('reads the sentence start from the text around a piece of it', () => {
    const body = 'Notes.\n\n- Jonna: friendly\n- met *Jonna*';
    const first = body.indexOf('Jonna');
    const second = body.lastIndexOf('Jonna');
    expect(names.edits('Jonna', 'umbra', body, first)[0]!.text).toBe('The recruiter');
    expect(names.edits('Jonna', 'umbra', body, second)[0]!.text).toBe('the recruiter');
  });

  it('is linear in the text and the number of contacts', () => {
    // 2,000 contacts and a text of 100,000 words: a scan that tried each name at each word does
    // 2,000 times the work of one pass, and grows with the contacts times the text.
    const contactsOf = (n: number): Contact[] =>
      Array.from({ length: n }, (_, i) => ({ name: `Person${i} Surname${i}`, role: 'Recruiter', note: 'n' }));
    const textOf = (n: number) =>
      Array.from({ length: n }, (_, i) => (i % 500 === 0 ? `Person${i % 2000} Surname${i % 2000}` : 'word')).join(' ');
    const many = new ContactNames(contactsOf(2_000), []);
    expect(many.replace(textOf(100_000), 'n')).not.toMatch(/Person\d/);
    expectLinear(textOf, 100_000 / FACTOR, (text) => many.replace(text, 'n'), 'the replacement, in the text');
    expectLinear(
      contactsOf,
      2_000 / FACTOR,
      (list) => new ContactNames(list, []).replace(textOf(20_000), 'n'),
      'the replacement, in the contacts',
    );
  });
});

describe('rolePhrase', () => {
  // [role, phrase]: a closed list, so the role's own words never reach the copy.
  const cases: [string | undefined, string][] = [
    ['Recruiter', 'the recruiter'],
    ['Technical Recruiter (agency)', 'the recruiter'],
    ['Talent partner', 'the recruiter'],
    ['People partner', 'the recruiter'],
    ['HR', 'the recruiter'],
    ['Hiring manager (Head of Forecasting)', 'the hiring manager'],
    ['Referrer (Language Engineer II)', 'the referrer'],
    ['Interviewer', 'the interviewer'],
    ['Co-founder & CEO', 'the founder'],
    ['Research lead', 'the team lead'],
    ['Engineering Manager', 'the manager'],
    ['Senior data scientist', 'a team member'],
    ['My old friend from university', 'a contact'],
    [undefined, 'a contact'],
  ];
  it.each(cases)('%j is %j', (role, phrase) => {
    expect(rolePhrase(role)).toBe(phrase);
  });
});

describe('contact details kept in a withheld extra property', () => {
  const details = new ContactNames(
    [
      { name: '+48 601 234 987', phrase: contactDetailPhrase('+48 601 234 987')!, note: 'kestrel' },
      { name: 'desk@kestrel.example', phrase: contactDetailPhrase('desk@kestrel.example')!, note: 'kestrel' },
    ],
    [],
  );
  const cases: [string, string, string][] = [
    ['a phone number with its +', 'Called from +48 601 234 987, fine', 'Called from (phone number withheld), fine'],
    ['an address', 'Mail desk@kestrel.example first', 'Mail (e-mail address withheld) first'],
    ['never its first part alone', 'Route 48 and 601 are numbers', 'Route 48 and 601 are numbers'],
    // A red team's copy: the number written another way than the field writes it.
    ['with the trunk zero instead of the country code', 'Rang 0601 234 987 back', 'Rang (phone number withheld) back'],
    ['all run together', 'Number: +48601234987.', 'Number: (phone number withheld).'],
    ['with (0) and other groups', 'Mobile +48 (0)601-23-49-87 today', 'Mobile (phone number withheld) today'],
    ['another number that ends alike', 'Order 9601234987 shipped', 'Order 9601234987 shipped'],
    ['a date', 'Met on 2026-12-06 at 10:00', 'Met on 2026-12-06 at 10:00'],
  ];
  it.each(cases)('%s', (_, text, expected) => {
    expect(details.replace(text, 'kestrel')).toBe(expected);
  });

  // [the withheld value, the details the copy replaces]
  const values: [string, string[]][] = [
    ['+49 170 5550199', ['+49 170 5550199']],
    ['Tel. 0800 5550123', ['0800 5550123']],
    ['Jonquilla Marrowby <jm.recruit@northwind.example>', ['jm.recruit@northwind.example']],
    ['call 415-555-0134 or mail a.b@c.example', ['a.b@c.example', '415-555-0134']],
    ['Started 2026-10-01, ref 20261001', []],
  ];
  it.each(values)('the details in %j', (value, expected) => {
    expect(contactDetails(value).map((d) => d.text)).toEqual(expected);
  });

  // [value, is it a contact detail]
  const shapes: [string, boolean][] = [
    ['+49 30 5557 1234', true],
    ['(030) 555-71234', true],
    ['a.b@c.example', true],
    ['90k', false],
    ['2026-10-01', false],
    ['EUR 65 000 - 72 000', false],
    ['Speech', false],
    ['65 000 - 72 000', false],
    ['415-555-0134', true],
    ['0170 5551234', true],
  ];
  it.each(shapes)('%s is a contact detail: %s', (value, expected) => {
    expect(contactDetailPhrase(value) !== undefined).toBe(expected);
  });
});
