import { Fragment } from 'astro/runtime/server/index.js';
import * as jsxRuntime from 'astro/jsx-runtime';
import { init, parse } from 'es-module-lexer';
import { privateBox } from '../lib/private-box.ts';
import { renderTree, Unsupported, type StringComponent } from './string-runtime.ts';

/** A heading as Astro lists it (`render(entry).headings`). */
export interface NoteHeading {
  depth: number;
  slug: string;
  text: string;
}

/** What Astro's MDX renderer returns for a body (`createMdxRenderer(...).process`). */
export interface MdxRenderer {
  process(content: string, filePath: string, frontmatter: Record<string, unknown>): Promise<{ code: string }>;
}

export type CompileResult =
  | { kind: 'html'; html: string; headings: NoteHeading[] }
  /** The note needs Astro's full MDX pipeline; `reason` says why, for the build's report. */
  | { kind: 'fallback'; reason: string };

/** An error that belongs to the note (it does not compile, or it throws while rendering), not to the build. */
export class NoteRenderError extends Error {}

/**
 * `Private.astro` and `Omitted.astro` for the string runtime: the same box
 * (src/lib/private-box.ts), and nothing. The byte-identity test of the example
 * archive (tests/compile/) compares pages made this way with pages made by the
 * components.
 */
export const PRIVATE_BLOCK: StringComponent = (_props, children) => privateBox(children);
export const OMITTED_BLOCK: StringComponent = () => '';

// The only import Sätteri writes into a note that imports nothing itself.
const RUNTIME = 'astro/jsx-runtime';
// The only exports it writes; anything else is the note's own.
const GENERATED_EXPORTS = new Set(['frontmatter', 'getHeadings']);
const IMPORT_CLAUSE = /^import\s*\{([^}]*)\}\s*from\s*["']astro\/jsx-runtime["']\s*;?$/;

/**
 * Compiles one MDX body with the site's own renderer (the configured Sätteri
 * plugins, heading ids, Shiki) and evaluates it with the string runtime, so
 * the page can show stored HTML instead of importing the note as a module.
 *
 * A note with its own `import` or `export`, a `layout`, or something in its
 * tree only Astro can render (another component, a promise, a custom element)
 * returns `fallback`. A body that does not compile, or code that throws,
 * throws a NoteRenderError: the full pipeline would fail on it too, and the
 * build must stop rather than show an empty page.
 */
export async function compileNote(
  renderer: MdxRenderer,
  body: string,
  filePath: string,
  frontmatter: Record<string, unknown>,
  privateBlock: StringComponent,
): Promise<CompileResult> {
  if (typeof frontmatter.layout === 'string') return { kind: 'fallback', reason: 'it has a layout' };
  let code: string;
  try {
    code = (await renderer.process(body, filePath, frontmatter)).code;
  } catch (error) {
    throw new NoteRenderError(`the MDX body does not compile: ${messageOf(error)}`);
  }
  const program = toFunctionBody(code);
  if (typeof program !== 'string') return program;
  let MDXContent: (props: Record<string, unknown>) => unknown;
  let getHeadings: () => NoteHeading[];
  try {
    // The code is the compiler's output for the owner's own note, run as the build would run it.
    [MDXContent, getHeadings] = new Function('__runtime', program)(jsxRuntime) as [
      typeof MDXContent,
      typeof getHeadings,
    ];
  } catch (error) {
    return { kind: 'fallback', reason: `its compiled code does not run on its own (${messageOf(error)})` };
  }
  // The compiled code receives a stand-in; the string runtime draws it with the block's markup.
  const Private = function Private() {};
  const components = new Map<unknown, StringComponent>([[Private, privateBlock]]);
  try {
    const tree = MDXContent({ components: { Fragment, Private } });
    return { kind: 'html', html: renderTree(tree, components), headings: getHeadings() };
  } catch (error) {
    if (error instanceof Unsupported) return { kind: 'fallback', reason: `it uses ${error.message}` };
    throw new NoteRenderError(`the note throws while rendering: ${messageOf(error)}`);
  }
}

/**
 * The compiled module as a function body returning `[MDXContent, getHeadings]`,
 * or a fallback when the note imports or exports anything of its own.
 */
function toFunctionBody(code: string): string | CompileResult {
  const [imports, exports] = parse(code);
  for (const { n } of exports)
    if (!n || !GENERATED_EXPORTS.has(n)) return { kind: 'fallback', reason: `it exports ${n ?? 'a value'}` };
  let out = '';
  let from = 0;
  for (const imp of imports) {
    if (imp.n !== RUNTIME || imp.d !== -1) return { kind: 'fallback', reason: `it imports ${imp.n ?? 'a module'}` };
    const clause = IMPORT_CLAUSE.exec(code.slice(imp.ss, imp.se).trim());
    if (!clause) return { kind: 'fallback', reason: `it imports ${RUNTIME} in an unexpected form` };
    const names = clause[1]!.replaceAll(/\bas\b/g, ':');
    out += code.slice(from, imp.ss) + `const {${names}} = __runtime;`;
    from = imp.se;
  }
  out += code.slice(from);
  out = out.replace('\nexport const frontmatter =', '\nconst frontmatter =');
  out = out.replace('\nexport function getHeadings()', '\nfunction getHeadings()');
  return `${out}\nreturn [MDXContent, getHeadings];`;
}

/** es-module-lexer needs its wasm loaded once before the first parse. */
export const ready: Promise<void> = init;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 2000);
