import type { z } from 'astro/zod';
import { describe } from './dates.ts';
import type { Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';

type Locate = (path: (string | number)[], at?: 'key' | 'value') => { line: number; column: number };

/** `history[2].stage`, the way a user reads a field path. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '') || '-';
}

/**
 * Turns zod issues into problems that point at the field in the file and say
 * what was found and what is allowed. `knownFields` are the top-level fields,
 * used to suggest the right name for an unknown one.
 */
export function issuesToProblems(file: string, issues: readonly z.core.$ZodIssue[], locate: Locate, knownFields: readonly string[]): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const at = locate([...path, key], 'key');
        const hint = path.length === 0 ? didYouMean(key, knownFields) : '';
        const advice = path.length === 0 ? '; keep properties of your own under "extra:"' : '';
        return { file, ...at, field: fieldPath([...path, key]), severity: 'error', message: `unknown field "${key}"${hint}${advice}` };
      });
    }
    const at = locate(path);
    const input = (issue as { input?: unknown }).input;
    let message = issue.message;
    if (input === undefined && issue.code !== 'custom') {
      message = 'is missing; this field is required';
    } else if (issue.code === 'invalid_union' && !/found/.test(message)) {
      message = `found ${describe(input)}; ${message}`;
    } else if (!/found/.test(message) && input !== undefined) {
      message = `found ${describe(input)}; ${message}`;
    }
    return [{ file, ...at, field: fieldPath(path), severity: 'error', message }];
  });
}
