import type { z } from 'astro/zod';
import type { CollectionName } from '../config/content-root.ts';
import type { DossierContext } from '../config/load.ts';
import { splitNote } from '../lib/frontmatter.ts';
import type { Problem } from '../lib/problems.ts';
import { issuesToProblems } from '../lib/zod-problems.ts';
import { createApplicationSchema } from '../schemas/application.ts';
import { ArticleSchema } from '../schemas/article.ts';
import { CompanySchema } from '../schemas/company.ts';
import { compileBody } from './compile-body.ts';

/** What checking one note yields: its problems and, when valid, its data. */
export interface CheckedNote {
  problems: Problem[];
  data?: Record<string, unknown>;
  body: string;
  bodyLine: number;
}

const schemaCache = new WeakMap<DossierContext, Record<CollectionName, z.ZodObject>>();

/** The schema of each collection for this configuration. */
export function schemasFor(ctx: DossierContext): Record<CollectionName, z.ZodObject> {
  let schemas = schemaCache.get(ctx);
  if (!schemas) {
    schemas = { applications: createApplicationSchema(ctx.stages), articles: ArticleSchema, companies: CompanySchema } as Record<CollectionName, z.ZodObject>;
    schemaCache.set(ctx, schemas);
  }
  return schemas;
}

/**
 * Checks one note file: encoding, frontmatter fences and YAML, the schema of
 * its collection, and that its MDX body compiles. `shown` is the path used in
 * messages.
 */
export function checkNote(ctx: DossierContext, collection: CollectionName, shown: string, bytes: Uint8Array, options: { compile?: boolean } = {}): CheckedNote {
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      problems: [{ file: shown, ...at, field: '-', severity: 'error', message: 'the file is not valid UTF-8 text; save it as UTF-8 in your editor' }],
      body: '',
      bodyLine: 1,
    };
  }
  const note = splitNote(source);
  const problems: Problem[] = note.errors.map((e) => ({ file: shown, line: e.line, column: e.column, field: '-', severity: 'error', message: e.message }));
  let data: Record<string, unknown> | undefined;
  if (note.data !== undefined) {
    const schema = schemasFor(ctx)[collection];
    const raw = note.data && typeof note.data === 'object' && !Array.isArray(note.data) ? note.data : {};
    if (raw !== note.data) {
      problems.push({ file: shown, line: 2, column: 1, field: '-', severity: 'error', message: 'the frontmatter is not a list of "field: value" lines' });
    } else {
      const result = schema.safeParse(raw, { reportInput: true });
      if (result.success) data = result.data as Record<string, unknown>;
      else problems.push(...issuesToProblems(shown, result.error.issues, note.locate, Object.keys(schema.shape)));
    }
  }
  if (options.compile !== false && note.errors.length === 0) problems.push(...compileBody(shown, note.body, note.bodyLine));
  return { problems, data, body: note.body, bodyLine: note.bodyLine };
}

/** Line and column of the first byte that is not valid UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  let good = 0;
  for (let end = 1; end <= bytes.length; end++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
      good = end;
    } catch {
      // A multi-byte sequence may still be incomplete; only a long failing run is the culprit.
      if (end - good > 4) break;
    }
  }
  const text = new TextDecoder().decode(bytes.subarray(0, good));
  const lines = text.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}
