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
    // A short bracket at the end is the person's part in the user's words, known to the vocabulary or not.
    ['Jonas Brenneke (CTO)', [{ name: 'Jonas Brenneke', role: 'CTO' }]],
    ['Mette Krogh (Talent Partner)', [{ name: 'Mette Krogh', role: 'Talent Partner' }]],
    ['Jo Park (Berlin office)', [{ name: 'Jo Park', role: 'Berlin office' }]],
    // A bracket inside the name, or one holding figures, is not a part.
    ['Jo (Joanna) Park', [{ name: 'Jo Joanna Park' }]],
  ])('%j', (cell, expected) => {
    expect(contactsOf(cell)).toEqual(expected);
  });
});

/** The fields one row of a sheet gives. */
const rowOf = (header: string[], cells: string[]) => {
  const table = { label: 'sheet.csv', header, rows: [cells], notion: false };
  const ctx = defaultContext();
  return readTrackerRow(mapColumns(table, ctx), cells, ctx);
};

describe('cells that belong together or name no employer', () => {
  it.each([
    [
      ['Company', 'Job Position', 'Min Salary', 'Max Salary'],
      ['Velloway', 'Backend Engineer', '€68,000', '€82,000'],
    ],
    [
      ['Company', 'Job Position', 'Salary min', 'Salary max'],
      ['Velloway', 'Backend Engineer', '68000 EUR', '82000 EUR'],
    ],
  ])('%j: the two ends of one salary', (header, cells) => {
    expect(rowOf(header, cells).fields.salary).toEqual({ min: 68000, max: 82000, period: 'year', currency: 'EUR' });
  });

  it.each([['Calderbrook Recruitment (client confidential)'], ['Harrowgate Talent (client not named)']])(
    '%j is an agency: no company, the cell kept under extra with a warning',
    (cell) => {
      const row = rowOf(['Company', 'Job Position'], [cell, 'Payroll Manager']);
      expect(row.fields.company).toBeUndefined();
      expect(row.extra).toEqual({ Company: cell });
      expect(row.warnings.join('\n')).toMatch(/names a recruiting agency, not the employer/);
    },
  );
});
