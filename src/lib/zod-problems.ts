import type { z } from 'astro/zod';
import { describe } from './dates.ts';
import type { Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';

type Locate = (path: (string | number)[], at?: 'key' | 'value') => { line: number; column: number };

/** `history[2].stage`, the way a user reads a field path. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>(
      (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
      '',
    ) || '-'
  );
}

/**
 * Turns zod issues into problems that point at the field in the file and say
 * what was found and what is allowed. `knownFields` are the top-level fields,
 * used to suggest the right name for an unknown one.
 */
export function issuesToProblems(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  locate: Locate,
  knownFields: readonly string[],
  /** Why an unknown field is there, when the text says (src/lib/frontmatter.ts, `explainUnknown`). */
  explainUnknown?: (path: (string | number)[], key: string) => { owner: string; message: string } | undefined,
): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        // A comma that cut a value short is reported at the value to fix, not at the stray field.
        const trap = path.length === 0 ? undefined : explainUnknown?.(path, key);
        if (trap)
          return {
            file,
            ...locate([...path, trap.owner]),
            field: fieldPath([...path, trap.owner]),
            severity: 'error',
            message: trap.message,
          };
        const at = locate([...path, key], 'key');
        const hint = path.length === 0 ? didYouMean(key, knownFields) : '';
        // Notes keep the user's own properties under `extra:`; the configuration has no such place.
        const advice =
          path.length === 0 && knownFields.includes('extra') ? '; keep properties of your own under "extra:"' : '';
        return {
          file,
          ...at,
          field: fieldPath([...path, key]),
          severity: 'error',
          message: `unknown field "${key}"${hint}${advice}`,
        };
      });
    }
    const at = locate(path);
    const input = (issue as { input?: unknown }).input;
    let message = plainMessage(issue);
    if (input === undefined) {
      // Keep what our own messages say is expected ("expected a date as YYYY-MM-DD", "allowed: …").
      const expected = issue.code === 'custom' ? /; ((?:expected|allowed)\b.*)$/.exec(message)?.[1] : undefined;
      message = `is missing; this field is required${expected ? `; ${expected}` : ''}`;
    } else if (!/found/.test(message)) {
      message = `found ${describe(input)}; ${message}`;
    }
    return [{ file, ...at, field: fieldPath(path), severity: 'error', message }];
  });
}

/**
 * Zod's own wording ("Invalid input: expected number, received string") in
 * the words of the other messages, for fields without a message of their own.
 */
function plainMessage(issue: z.core.$ZodIssue): string {
  const message = issue.message;
  if (!/^(Invalid|Too (small|big))/.test(message)) return message;
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${typeName(issue.expected)}`;
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const hint = typeof input === 'string' ? didYouMean(input, allowed) : '';
      return `${hint ? `${hint.trim()}; ` : ''}allowed: ${allowed.join(', ')}`;
    }
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const word =
        issue.code === 'too_small'
          ? issue.inclusive
            ? 'at least'
            : 'more than'
          : issue.inclusive
            ? 'at most'
            : 'less than';
      if (issue.origin === 'array') return `expected a list of ${word} ${String(bound)} item(s)`;
      if (issue.origin === 'string') return `expected text of ${word} ${String(bound)} character(s)`;
      return `expected a number ${word} ${String(bound)}`;
    }
    default:
      return message;
  }
}

/** A zod type name in the words of the other messages ("object" is "a mapping"). */
function typeName(type: string): string {
  const names: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    string: 'text',
    boolean: 'true or false (without quotes)',
    number: 'a number',
    int: 'a whole number',
  };
  return names[type] ?? `a ${type}`;
}
