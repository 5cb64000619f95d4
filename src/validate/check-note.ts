import type { z } from 'astro/zod';
import type { CollectionName } from '../config/content-root.ts';
import type { DossierContext } from '../config/load.ts';
import { splitNote, type SplitNote } from '../lib/frontmatter.ts';
import { positionsIn } from '../lib/positions.ts';
import { nestingProblem } from '../lib/nesting-bounds.ts';
import type { Problem } from '../lib/problems.ts';
import { issuesToProblems } from '../lib/zod-problems.ts';
import { collectionTable } from '../schemas/collections.ts';
import { compileBody } from './compile-body.ts';
import { missingImages } from './local-images.ts';
import { readDebriefs } from '../interview/debriefs.ts';
import { privateLookalikes } from '../notes/private-blocks.ts';

/** A story a debrief names, at its line and column in the note file. */
export interface StoryMentionAt {
  written: string;
  line: number;
  column: number;
}

/** What checking one note yields: its problems and, when valid, its data. */
export interface CheckedNote {
  problems: Problem[];
  data?: Record<string, unknown>;
  body: string;
  bodyLine: number;
  /** Position of a frontmatter path in the file, for problems found later (references, duplicates). */
  locate: SplitNote['locate'];
  /** The stories an application's debriefs name, checked against the story notes across notes. */
  storyMentions?: StoryMentionAt[];
}

export interface CheckOptions {
  /** Whether to compile the MDX body (default true). */
  compile?: boolean;
  /** Absolute path of the file: its relative imports and local images are checked, and a `.md` file is not compiled as MDX. */
  path?: string;
  /** The project folder whose node_modules hold packages a note may import. */
  projectRoot?: string;
}

const atStart: SplitNote['locate'] = () => ({ line: 1, column: 1 });

const schemaCache = new WeakMap<DossierContext, Record<CollectionName, z.ZodObject>>();

/** The schema of each collection for this configuration. */
export function schemasFor(ctx: DossierContext): Record<CollectionName, z.ZodObject> {
  let schemas = schemaCache.get(ctx);
  if (!schemas) {
    const table = collectionTable(ctx.stages, ctx.reasons);
    schemas = {
      applications: table.applications.schema,
      articles: table.articles.schema,
      companies: table.companies.schema,
      stories: table.stories.schema,
    };
    schemaCache.set(ctx, schemas);
  }
  return schemas;
}

/**
 * Checks one note file: encoding, frontmatter fences and YAML, the schema of
 * its collection, and that its MDX body compiles. `shown` is the path used in
 * messages.
 */
export function checkNote(
  ctx: DossierContext,
  collection: CollectionName,
  shown: string,
  bytes: Uint8Array,
  options: CheckOptions = {},
): CheckedNote {
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes) ?? { line: 1, column: 1, byte: bytes[0] ?? 0 };
    return {
      problems: [
        {
          file: shown,
          line: bad.line,
          column: bad.column,
          field: '-',
          severity: 'error',
          message: `the file is not valid UTF-8 text: found the byte 0x${bad.byte.toString(16).toUpperCase().padStart(2, '0')}, which UTF-8 does not allow here (the file was probably saved as Latin-1 or Windows-1250/1252); save it as UTF-8 in your editor`,
        },
      ],
      body: '',
      bodyLine: 1,
      locate: atStart,
    };
  }
  const note = splitNote(source);
  const problems: Problem[] = note.errors.map((e) => ({
    file: shown,
    line: e.line,
    column: e.column,
    field: '-',
    severity: 'error',
    message: e.message,
  }));
  let data: Record<string, unknown> | undefined;
  if (note.data !== undefined) {
    const schema = schemasFor(ctx)[collection];
    const raw = note.data && typeof note.data === 'object' && !Array.isArray(note.data) ? note.data : {};
    if (raw !== note.data) {
      problems.push({
        file: shown,
        line: 2,
        column: 1,
        field: '-',
        severity: 'error',
        message: 'the frontmatter is not a list of "field: value" lines',
      });
    } else {
      const result = schema.safeParse(raw, { reportInput: true });
      if (result.success) {
        data = result.data as Record<string, unknown>;
        problems.push(...reviewWarnings(shown, data, note.locate));
      } else
        problems.push(
          ...issuesToProblems(shown, result.error.issues, note.locate, Object.keys(schema.shape), note.explainUnknown),
        );
    }
  }
  // A `.md` note is Markdown, not MDX: braces and tags in it are plain text.
  const isMdx = !options.path || /\.mdx$/i.test(options.path);
  // Nesting is bounded before any parser sees the body: too deep, and the compiler dies with signal 11.
  const deep = nestingProblem(note.body, isMdx);
  if (deep)
    problems.push({
      file: shown,
      line: deep.line + note.bodyLine - 1,
      column: deep.column,
      field: 'body',
      severity: 'error',
      message: deep.message,
    });
  else if (options.compile !== false && isMdx && note.errors.length === 0) {
    problems.push(
      ...compileBody(shown, note.body, note.bodyLine, { file: options.path, projectRoot: options.projectRoot }),
    );
  }
  if (!deep && !problems.some((p) => p.field === 'body' && p.severity === 'error')) {
    problems.push(...lookalikeProblems(shown, note.body, note.bodyLine, isMdx));
    // Astro imports each local image: a missing one stops the build, so it is an error here too.
    if (options.path && note.errors.length === 0)
      problems.push(...missingImages(shown, note.body, note.bodyLine, options.path, isMdx ? 'mdx' : 'md'));
  }
  // Debriefs are read on the body's syntax tree: only once it is known to parse (bounded nesting, and it compiles).
  let storyMentions: StoryMentionAt[] | undefined;
  if (collection === 'applications' && !deep && !problems.some((p) => p.field === 'body' && p.severity === 'error')) {
    const debriefs = debriefProblems(ctx, shown, note.body, note.bodyLine, isMdx);
    problems.push(...debriefs.problems);
    storyMentions = debriefs.mentions;
  }
  return {
    problems,
    data,
    body: note.body,
    bodyLine: note.bodyLine,
    locate: note.locate,
    ...(storyMentions?.length ? { storyMentions } : {}),
  };
}

/**
 * A `<Private>` tag written with a space after "<" is text to the parser, so
 * its words would be shown, in the owner's site and the mentor copy alike:
 * an error at its line, since the owner meant a private block. Feedback
 * comments are checked with it too (src/feedback/check.ts).
 */
export function lookalikeProblems(shown: string, body: string, bodyLine: number, isMdx: boolean): Problem[] {
  let found;
  try {
    found = privateLookalikes(body, isMdx ? 'mdx' : 'md');
  } catch {
    // A body the parser refuses has its own compile error already.
    return [];
  }
  const at = positionsIn(body);
  return found.map(({ start, end }): Problem => {
    const { line, column } = at(start);
    return {
      file: shown,
      line: bodyLine + line - 1,
      column,
      field: 'body',
      severity: 'error',
      message: `"${body.slice(start, end).replace(/\s+/g, ' ')}" is text, not a <Private> tag (a tag has no space after "<"), so its words would be shown: write <Private> … </Private>, or \\<Private> to show the tag as text`,
    };
  });
}

/**
 * The debriefs of an application body: a heading whose date is missing or
 * malformed, or whose stage is unknown, is an error at its line; the stories
 * they name are returned for the check across notes.
 */
function debriefProblems(
  ctx: DossierContext,
  shown: string,
  body: string,
  bodyLine: number,
  isMdx: boolean,
): { problems: Problem[]; mentions: StoryMentionAt[] } {
  let read;
  try {
    read = readDebriefs(body, isMdx ? 'mdx' : 'md', ctx.stages);
  } catch {
    // A body the parser refuses has its own compile error already.
    return { problems: [], mentions: [] };
  }
  const atFile = (line: number) => line + bodyLine - 1;
  return {
    problems: read.problems.map((p) => ({
      file: shown,
      line: atFile(p.line),
      column: p.column,
      field: p.field,
      severity: 'error',
      message: p.message,
    })),
    mentions: read.debriefs.flatMap((d) =>
      d.stories.map((m) => ({ written: m.written, line: atFile(m.line), column: m.column })),
    ),
  };
}

/**
 * One warning per field a note's `review:` list names (the importer puts there
 * what it guessed or filled with a placeholder), at the field itself.
 */
function reviewWarnings(shown: string, data: Record<string, unknown>, locate: SplitNote['locate']): Problem[] {
  const review = Array.isArray(data.review) ? (data.review as string[]) : [];
  return review.map((field, i) => {
    const at = field in data ? locate([field]) : locate(['review', i]);
    const value = data[field];
    const shownValue = typeof value === 'string' ? ` (now "${value}")` : '';
    return {
      file: shown,
      line: at.line,
      column: at.column,
      field,
      severity: 'warning',
      message: `needs review${shownValue}: the importer could not read it with confidence; check it, then remove "${field}" from review:`,
    };
  });
}

/**
 * The first byte that breaks UTF-8 (a stray Latin-1 "é", a truncated
 * sequence, an overlong form), with its line and column, or undefined when
 * the bytes are valid. One pass, so a large file stays fast; the decoder's
 * own error says only that something is wrong, not where.
 */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number; byte: number } | undefined {
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const at = (index: number) => ({
    line,
    column: new TextDecoder().decode(bytes.subarray(lineStart, index)).replace(/^\uFEFF/, '').length + 1,
    byte: bytes[index]!,
  });
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (b === 0x0a) {
        line += 1;
        lineStart = i + 1;
      }
      i += 1;
      continue;
    }
    // Length of the sequence and the allowed range of its second byte (RFC 3629, table 3-7 of Unicode).
    let length: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return at(i);
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined) return at(i);
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return at(i);
    }
    i += length;
  }
  return undefined;
}
