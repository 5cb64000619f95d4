import type { ExportRow } from './rows.ts';

/** The JSON export: the same rows as the CSV, with lists and mappings kept as such. */
export interface JsonExport {
  /** Format version, raised when a field changes meaning. */
  version: 1;
  /** `owner` or `mentor`: which build wrote the file. */
  audience: string;
  count: number;
  /** Each application; a mentor's export has no key of a field that is private in the shared copy. */
  applications: Partial<ExportRow>[];
}

export function toJson(rows: readonly Partial<ExportRow>[], audience: string): string {
  const doc: JsonExport = { version: 1, audience, count: rows.length, applications: [...rows] };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
