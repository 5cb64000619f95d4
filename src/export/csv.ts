import { stringify } from 'csv-stringify/sync';
import { CSV_COLUMNS, type ExportRow } from './rows.ts';

/**
 * The rows as CSV (RFC 4180): a header row, CRLF line ends, fields quoted
 * when they hold a comma, quote or line break, and a UTF-8 byte-order mark
 * so spreadsheet programs read "Kraków" as UTF-8. A cell that starts like a
 * formula (=, +, -, @) gets a leading apostrophe, so opening the file never
 * runs one. `columns`: all of them, or those of the fields an export holds (`csvColumns`).
 */
export function toCsv(rows: readonly ExportRow[], columns = CSV_COLUMNS): string {
  return stringify(
    rows.map((row) => Object.fromEntries(columns.map(([header, cell]) => [header, cell(row)]))),
    {
      bom: true,
      header: true,
      columns: columns.map(([header]) => header),
      record_delimiter: 'windows',
      escape_formulas: true,
    },
  );
}
