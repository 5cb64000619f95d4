import { stringify } from 'csv-stringify/sync';
import type { Move } from '../catalog/moves.ts';
import type { ActivityColumn } from '../config/schema.ts';
import { monthLabel, type IsoDate } from '../lib/dates.ts';

/**
 * The proof-of-search report: one row per dated event of an application
 * (sent, interviews, every other stage change), as job centres and
 * work-search programmes ask for it. The rows come from the catalog's moves
 * (src/catalog/moves.ts), so the report, the weekly review and the timeline
 * count the same events.
 */

/** What a row reads of a move's application (a catalog application fits). */
export interface ActivityMove {
  date: string;
  label: string;
  note?: string;
  app: {
    id: string;
    url: string;
    data: {
      position: string;
      location?: string;
      source?: string;
      url?: string;
      jobId?: string;
      contacts: readonly { name: string; role?: string }[];
    };
    company: { name: string };
    stage: { label: string };
  };
}

/** One event, every column as the text a cell shows. */
export type ActivityRow = Record<ActivityColumn, string> & {
  /** The application's page, for the report's links. */
  page: string;
};

/** Each column's heading and cell, typed over every column the configuration allows. */
export const ACTIVITY_COLUMN: Record<ActivityColumn, { label: string; cell: (move: ActivityMove) => string }> = {
  date: { label: 'Date', cell: (m) => m.date },
  event: { label: 'Event', cell: (m) => m.label },
  company: { label: 'Company', cell: (m) => m.app.company.name },
  position: { label: 'Position', cell: (m) => m.app.data.position },
  location: { label: 'Location', cell: (m) => m.app.data.location ?? '' },
  source: { label: 'How applied', cell: (m) => m.app.data.source ?? '' },
  url: { label: 'Posting', cell: (m) => m.app.data.url ?? '' },
  jobId: { label: 'Job ID', cell: (m) => m.app.data.jobId ?? '' },
  contact: {
    label: 'Contact',
    cell: (m) => m.app.data.contacts.map((c) => (c.role ? `${c.name} (${c.role})` : c.name)).join('; '),
  },
  result: { label: 'Result', cell: (m) => m.app.stage.label },
  note: { label: 'Note', cell: (m) => m.note ?? '' },
};

/** The rows of these moves, in their order (the catalog's: oldest first). */
export function activityRows(moves: readonly ActivityMove[]): ActivityRow[] {
  return moves.map(
    (move) =>
      ({
        ...Object.fromEntries(
          (Object.keys(ACTIVITY_COLUMN) as ActivityColumn[]).map((column) => [
            column,
            ACTIVITY_COLUMN[column].cell(move),
          ]),
        ),
        page: move.app.url,
      }) as ActivityRow,
  );
}

/** One calendar month of the report. */
export interface ActivityMonth<M = Move> {
  /** `2026-11`: the page's address, `/activity/2026-11/`. */
  key: string;
  /** "November 2026". */
  label: string;
  moves: M[];
}

/**
 * The report month by month, from the month of the first move to the build
 * day's month, oldest first, empty months included: a programme asks for
 * every month, and a month without an application is an answer too.
 */
export function activityMonths<M extends { date: string }>(moves: readonly M[], today: IsoDate): ActivityMonth<M>[] {
  const byMonth = Map.groupBy(moves, (m) => m.date.slice(0, 7));
  const last = today.slice(0, 7);
  const months: ActivityMonth<M>[] = [];
  let [year, month] = (moves[0]?.date ?? today).slice(0, 7).split('-').map(Number) as [number, number];
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push({ key, label: monthLabel(key), moves: byMonth.get(key) ?? [] });
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

/**
 * The report as CSV (RFC 4180, as src/export/csv.ts writes it): the chosen
 * columns with their headings, CRLF line ends, a UTF-8 byte-order mark for
 * spreadsheet programs, and a cell that starts like a formula (=, +, -, @)
 * prefixed with an apostrophe, so opening the file never runs one.
 */
export function activityCsv(rows: readonly ActivityRow[], columns: readonly ActivityColumn[]): string {
  return stringify(
    rows.map((row) => columns.map((column) => row[column])),
    {
      bom: true,
      header: true,
      columns: columns.map((column) => ACTIVITY_COLUMN[column].label),
      record_delimiter: 'windows',
      escape_formulas: true,
    },
  );
}
