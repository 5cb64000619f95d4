import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, posix, resolve } from 'node:path';
import { mdxToJs, mdxToMdast } from 'satteri';
import type { Problem } from '../lib/problems.ts';
import { positionsIn } from '../lib/positions.ts';
import { didYouMean } from '../lib/suggest.ts';

/** Components every note may use without an import (see NoteContent.astro). */
export const BUILT_IN_COMPONENTS = ['Private'] as const;

/** Extensions Vite tries for an import written without one. */
const IMPORT_EXTENSIONS = ['', '.mjs', '.js', '.mts', '.ts', '.jsx', '.tsx', '.json', '.astro', '.mdx', '.md'];

export interface CompileOptions {
  /** Absolute path of the note, to resolve its relative imports; without it imports are not checked. */
  file?: string;
  /** The project folder whose node_modules hold packages a note may import. */
  projectRoot?: string;
}

/**
 * Compiles an MDX body with Sätteri, the compiler Astro 7 uses, and reports
 * what would break the page: a syntax error, a component that is neither
 * built in nor imported (MDX only fails on it when the page renders), and an
 * import of a file or package that does not exist.
 */
export function compileBody(shown: string, body: string, bodyLine: number, options: CompileOptions = {}): Problem[] {
  let code: string;
  try {
    code = mdxToJs(body).code;
  } catch (error) {
    return [syntaxProblem(shown, error, bodyLine)];
  }
  return [...unknownComponents(shown, body, bodyLine, code), ...missingImports(shown, body, bodyLine, code, options)];
}

function syntaxProblem(shown: string, error: unknown, bodyLine: number): Problem {
  // The compiler may quote the note; a message is a line or two, so the patterns below only ever see that much.
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
  const match = /^(\d+):(\d+):\s*(.*)$/s.exec(message);
  const line = match ? Number(match[1]) + bodyLine - 1 : bodyLine;
  const column = match ? Number(match[2]) : 1;
  const text = (match ? match[3]! : message)
    .replace(/\s*\(\d+:\d+\)/, '')
    .replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '')
    .replace(/\s+with oxc/, '');
  return {
    file: shown,
    line,
    column,
    field: 'body',
    severity: 'error',
    message: `the MDX body does not compile: ${text}. In prose, write \\{ \\} \\< for literal braces and angle brackets`,
  };
}

/**
 * The compiled module guards each component it takes from outside with
 * `_missingMdxReference("Name", …)`: imported and exported names are in scope
 * and never listed, so whatever is listed and not built in is unknown.
 */
function unknownComponents(shown: string, body: string, bodyLine: number, code: string): Problem[] {
  const missing = [...code.matchAll(/_missingMdxReference\("([^"]+)"/g)]
    .map((m) => m[1]!)
    .filter((name) => !(BUILT_IN_COMPONENTS as readonly string[]).includes(name));
  if (missing.length === 0) return [];
  const positions = jsxPositions(body);
  return [...new Set(missing)].map((name): Problem => {
    const at = positions.get(name) ?? { line: 1, column: 1 };
    const hint = didYouMean(name, BUILT_IN_COMPONENTS);
    return {
      file: shown,
      line: at.line + bodyLine - 1,
      column: at.column,
      field: 'body',
      severity: 'error',
      message: `unknown component <${name}>${hint}; a note may use <Private> without an import, or import a component from a file; for a literal "<", write \\<`,
    };
  });
}

/** Where each JSX name (or the object of `a.b`) first appears in the body. */
function jsxPositions(body: string): Map<string, { line: number; column: number }> {
  const found = new Map<string, { line: number; column: number }>();
  const visit = (node: {
    type?: string;
    name?: string | null;
    position?: { start: { line: number; column: number } };
    children?: unknown[];
  }) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && node.position) {
      const root = node.name.split('.')[0]!;
      if (!found.has(root)) found.set(root, { line: node.position.start.line, column: node.position.start.column });
    }
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  try {
    visit(mdxToMdast(body) as never);
  } catch {
    // mdxToJs already accepted the body; a tree we cannot walk only costs the position.
  }
  // Components used inside `{…}` expressions are not tree nodes: find them in the text.
  const position = positionsIn(body);
  for (const match of body.matchAll(/<([A-Za-z_$][\w$]*)/g)) {
    if (!found.has(match[1]!)) found.set(match[1]!, position(match.index));
  }
  return found;
}

/** `import … from "x"`, `import "x"` and `export … from "x"` in the compiled module. */
function importSpecifiers(code: string): string[] {
  const specs = new Set<string>();
  for (const m of code.matchAll(/^(?:import|export)\s(?:[^"';]*?\sfrom\s*)?["']([^"']+)["'];?$/gm)) specs.add(m[1]!);
  specs.delete('react/jsx-runtime');
  return [...specs];
}

function missingImports(
  shown: string,
  body: string,
  bodyLine: number,
  code: string,
  options: CompileOptions,
): Problem[] {
  if (!options.file) return [];
  const noteDir = dirname(options.file);
  return importSpecifiers(code)
    .filter((spec) => !resolvable(spec, noteDir, options.projectRoot ?? process.cwd()))
    .map((spec): Problem => {
      const index = Math.max(0, body.search(new RegExp(`["']${spec.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']`)));
      const before = body.slice(0, index);
      const relativeSpec = spec.startsWith('.') || spec.startsWith('/');
      return {
        file: shown,
        line: before.split('\n').length + bodyLine - 1,
        column: index - before.lastIndexOf('\n'),
        field: 'body',
        severity: 'error',
        message: relativeSpec
          ? `imports "${spec}", but there is no such file (looked for ${posix.join(posix.dirname(shown.replace(/\\/g, '/')), spec)})${siblingHint(spec, noteDir)}; the path is relative to the note`
          : `imports "${spec}", a package that is not installed; install it with npm or remove the import`,
      };
    });
}

/** " (did you mean "./chart.astro"?)" from the files next to the one imported. */
function siblingHint(spec: string, noteDir: string): string {
  if (!spec.startsWith('.')) return '';
  const dir = dirname(resolve(noteDir, spec));
  try {
    const hit = didYouMean(basename(spec), readdirSync(dir));
    return hit.replace(
      /"([^"]+)"/,
      (_m, name: string) => `"${posix.join(posix.dirname(spec), name).replace(/^(?!\.)/, './')}"`,
    );
  } catch {
    return '';
  }
}

/** Whether Vite could resolve an import written in a note in `noteDir`. */
function resolvable(spec: string, noteDir: string, projectRoot: string): boolean {
  if (/^(astro|node|virtual):/.test(spec) || /^https?:/.test(spec)) return true;
  const clean = spec.replace(/[?#].*$/, '');
  if (clean.startsWith('.') || clean.startsWith('/')) {
    const bases = clean.startsWith('/') ? [clean, join(projectRoot, clean)] : [resolve(noteDir, clean)];
    return bases.some((base) => IMPORT_EXTENSIONS.some((ext) => existsSync(base + ext)));
  }
  // A package: look for its folder in node_modules from the note up, then from the project up.
  const name = clean.startsWith('@') ? clean.split('/').slice(0, 2).join('/') : clean.split('/')[0]!;
  for (let dir of [noteDir, projectRoot]) {
    for (;;) {
      if (existsSync(join(dir, 'node_modules', name))) return true;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return false;
}
