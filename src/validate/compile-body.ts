import { mdxToJs } from 'satteri';
import type { Problem } from '../lib/problems.ts';

/**
 * Compiles an MDX body with Sätteri, the compiler Astro 7 uses, and turns a
 * syntax error into a problem at the right line of the file.
 */
export function compileBody(shown: string, body: string, bodyLine: number): Problem[] {
  try {
    mdxToJs(body);
    return [];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const match = /^(\d+):(\d+):\s*(.*)$/s.exec(message);
    const line = match ? Number(match[1]) + bodyLine - 1 : bodyLine;
    const column = match ? Number(match[2]) : 1;
    const text = (match ? match[3]! : message).replace(/\s*\(\d+:\d+\)/, '').replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '');
    return [
      {
        file: shown,
        line,
        column,
        field: 'body',
        severity: 'error',
        message: `the MDX body does not compile: ${text}. In prose, write \\{ \\} \\< for literal braces and angle brackets`,
      },
    ];
  }
}
