import { describe, expect, it } from 'vitest';
import { mapColumns, readTrackerRow } from '../../src/import/tracker.ts';
import { defaultContext } from './helpers.ts';

/** The contacts one tracker row gives, under a "Contact" column. */
const contactsOf = (cell: string) => {
  const table = {
    label: 'sheet.csv',
    header: ['Company', 'Role', 'Contact'],
    rows: [['Acme', 'Analyst', cell]],
    notion: false,
  };
  const ctx = defaultContext();
  return readTrackerRow(mapColumns(table, ctx), table.rows[0]!, ctx).fields.contacts;
};

describe('a contact cell', () => {
  it.each([
    ['Sam Whitlock (recruiter)', [{ name: 'Sam Whitlock', role: 'Recruiter' }]],
    ['Dana Kowalczyk (hiring manager)', [{ name: 'Dana Kowalczyk', role: 'Hiring manager' }]],
    ['Ana Lopes (ana@acme.example)', [{ name: 'Ana Lopes', email: 'ana@acme.example' }]],
    // A bracket that names no role stays part of the name.
    ['Jo Park (Berlin office)', [{ name: 'Jo Park Berlin office' }]],
  ])('%j', (cell, expected) => {
    expect(contactsOf(cell)).toEqual(expected);
  });
});
