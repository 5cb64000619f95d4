/**
 * A problem found in the user's content or configuration. Every message the
 * user sees about bad input has this shape, whether it comes from
 * `npm run validate`, the build, or the importer, so they can act on it:
 * the file, where in it, which field, what was found, what is allowed.
 */
export interface Problem {
  /** Path of the file, relative to the current folder when that is shorter. */
  file: string;
  /** 1-based line; 1 when the problem concerns the whole file. */
  line: number;
  /** 1-based column. */
  column: number;
  /** The frontmatter field (`stage`, `salary.min`, `history[2].stage`), or `-` for the file itself. */
  field: string;
  /** What was found, what is allowed, and a suggestion when one is likely. */
  message: string;
  /** Errors fail the build and `validate`; warnings are reported and do not. */
  severity: 'error' | 'warning';
}

/** `path:line:column  field  message`, the one format of every report. */
export function formatProblem(p: Problem): string {
  const tag = p.severity === 'warning' ? 'warning: ' : '';
  return `${p.file}:${p.line}:${p.column}  ${p.field}  ${tag}${p.message}`;
}

/**
 * Sorts problems by file, then position, so reports are stable run to run.
 * Strings compare by code point, not by locale, so the order is also the
 * same on every machine.
 */
export function sortProblems(problems: Problem[]): Problem[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...problems].sort(
    (a, b) =>
      cmp(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      cmp(a.field, b.field) ||
      cmp(a.message, b.message),
  );
}

/** Thrown where a command must stop on bad input; carries the problems to print. */
export class ProblemsError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.problems = problems;
    this.name = 'ProblemsError';
  }
}
