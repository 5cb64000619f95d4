/** The two collections an imported source can become. */
export type NoteKind = 'application' | 'article';

/**
 * One thing to import: a file, a zip entry or one row of a Notion database
 * CSV. `label` names it in the report the way the user can find it again
 * (`export.zip › Tracker/Amazon 1a2b….md`, `Tracker.csv row 3`).
 */
export interface SourceUnit {
  label: string;
  /** The file name without folders, e.g. `Amazon 1a2b3c….md`. */
  name: string;
  /** `page`: Markdown/text file; `html`: a saved web page; `row`: one CSV row (its cells in `row`). */
  format: 'page' | 'html' | 'row';
  /** The text with BOM removed and line endings as `\n`. */
  text: string;
  /** Cells of a CSV row by column name, in column order. */
  row?: [string, string][];
  /** The spreadsheet a row belongs to (shared by its rows) and the row's index in it. */
  table?: TrackerTable;
  rowIndex?: number;
  /** The web address a page was fetched from. */
  url?: string;
  /**
   * Where the note comes from, as written to its `importedFrom`: the file name
   * (with the archive it was in), `" row N"` for a spreadsheet row, or the URL.
   */
  origin?: string;
}

/** A note ready to be written, with what the extractors found for the report. */
export interface ImportedNote {
  kind: NoteKind;
  /** File name without extension and without collision suffix. */
  slug: string;
  frontmatter: Record<string, unknown>;
  /** The MDX body, ending with one newline. */
  body: string;
  /** Fields filled from the source. */
  found: string[];
  /** Fields the source did not state (or the extractor could not read). */
  missing: string[];
  /** Fields filled on weak evidence (a fallback, a column read by its content): the report says so. */
  guessed?: string[];
  /** Why the source was read as an application or an article. */
  reason?: string;
  /** For each field left empty under `review:`, the values the sources offered and where they were read. */
  reviewCandidates?: ReviewCandidates;
  /** Things the user should know (a value kept in `extra` because it did not fit its field…). */
  warnings: string[];
}

/** Candidates for fields left to review, by field. */
export type ReviewCandidates = Record<string, { value: unknown; evidence: string }[]>;

/** A source that could not be imported, with a reason the user can act on. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/** A tracker's table (CSV, spreadsheet or Notion database export) as read, before its columns are mapped. */
export interface TrackerTable {
  /** The file's label in reports. */
  label: string;
  header: string[];
  rows: string[][];
  /** A Notion database export: its first column is the page title. */
  notion: boolean;
}
