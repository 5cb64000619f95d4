import { initSync as initLexer, parse as parseModule } from 'es-module-lexer';
import { load as loadYaml } from 'js-yaml';
import { stringify } from 'yaml';
import { mentionsPrivateField } from '../notes/audience.ts';
import {
  cutRanges,
  parseBody,
  privateRanges,
  removePrivateBlocks,
  walk,
  type BodyFormat,
  type Node,
  type Range,
} from '../notes/private-blocks.ts';

/** A problem with one spot of a note, as `line` in the note file. */
export interface RedactionProblem {
  line: number;
  severity: 'error' | 'warning';
  message: string;
}

/** Where a note points at another file, and what the mentor copy must do about it. */
export interface Reference {
  /** As written in the note. */
  specifier: string;
  /** 1-based line in the note file. */
  line: number;
  /** `image`: a Markdown image or link definition, which Astro bundles relative to the note; `module`: an import. */
  kind: 'image' | 'module';
}

export interface RedactedNote {
  /** The note as the mentor copy has it, before references are resolved. */
  text: string;
  problems: RedactionProblem[];
  /** Files the shared note refers to, outside its `<Private>` blocks. */
  references: Reference[];
  /**
   * Replaces each module specifier the mentor copy must point elsewhere
   * (`references` of kind `module`); returns the final text.
   */
  rewriteModules(replace: (ref: Reference) => string | undefined): string;
}

// MDX code that reads the note's frontmatter could print a private field that the staged copy no
// longer has (and would crash the page trying): such expressions are left out of the mentor copy.
const READS_FRONTMATTER = /\bfrontmatter\b/;
// JSX written inside an expression is not a block the tree shows; a Private tag there is left out whole.
const HAS_PRIVATE_TAG = /<\/?private\b/i;
// `import()` and `import.meta.glob()` can load any file of the disk, the owner's notes included.
const LOADS_FILES = /\bimport\s*(?:\(|\.\s*meta\b)/;

/**
 * Splits `---` frontmatter from the body the way the content loader does.
 * Returns undefined when the note has none; the validator has already
 * refused such notes for a build, so the mentor copy refuses them too.
 */
export function splitSource(source: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.startsWith('---\n')) return undefined;
  // Only `---` closes frontmatter for Astro's loader (`...` does not), so only it closes it here.
  const close = /^---[ \t]*$/m;
  const rest = text.slice(4);
  const match = close.exec(rest);
  if (!match) return undefined;
  const yaml = rest.slice(0, match.index);
  const after = rest.slice(match.index + match[0].length).replace(/^\n/, '');
  return { yaml, body: after, bodyLine: yaml.split('\n').length + 2 };
}

/**
 * The frontmatter without the fields a mentor may not see, written anew from
 * the values Astro's loader reads (js-yaml): merge keys (`<<`), anchors and
 * complex keys are resolved first, so none of them can carry a private field
 * past the filter. A top-level field goes when `privateFields` names it; an
 * `extra` property goes when its name mentions one ("Salary expectation").
 */
function redactFrontmatter(yamlText: string, privateFields: readonly string[]): string | undefined {
  let data: unknown;
  try {
    data = loadYaml(yamlText) ?? {};
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const kept = Object.fromEntries(Object.entries(data).filter(([key]) => !privateFields.includes(key)));
  if (kept.extra && typeof kept.extra === 'object' && !Array.isArray(kept.extra)) {
    kept.extra = Object.fromEntries(
      Object.entries(kept.extra).filter(([key]) => !mentionsPrivateField(key, privateFields)),
    );
  }
  return stringify(kept, { lineWidth: 0, aliasDuplicateObjects: false });
}

const lineOf = (node: Node, bodyLine: number) => (node.position?.start.line ?? 1) + bodyLine - 1;

/** Whether a node holds a <Private> element or HTML tag as a child, which the block scan removes on its own. */
function hasPrivateChild(node: Node): boolean {
  for (const child of walk(node)) {
    if (child === node) continue;
    if (/^private$/i.test(child.name ?? '') || (child.type === 'html' && HAS_PRIVATE_TAG.test(String(child.value))))
      return true;
  }
  return false;
}

/** The code of an MDX node: an expression's or ESM block's value, or the expressions among a JSX element's attributes. */
function codeOf(node: Node): string | undefined {
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' || node.type === 'mdxjsEsm')
    return String(node.value ?? '');
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    return (node.attributes ?? [])
      .map((a) =>
        a.type === 'mdxJsxExpressionAttribute'
          ? String(a.value ?? '')
          : typeof a.value === 'object' && a.value
            ? String((a.value as { value?: unknown }).value ?? '')
            : '',
      )
      .join('\n');
  }
  return undefined;
}

/**
 * A shared note as the mentor copy may hold it, decided on its parsed
 * frontmatter and syntax tree, never on lines of text:
 * - the frontmatter loses every private field and every `extra` property
 *   named after one, so not even the MDX module's own `frontmatter` export
 *   carries them;
 * - the body loses its `<Private>` blocks (see `private-blocks.ts`), and in MDX
 *   every expression or component that reads `frontmatter` or hides a
 *   `<Private>` tag inside code, each with a warning naming its line;
 * - an `import`/`export` that reads `frontmatter` is an error: the code around
 *   it cannot be cut without breaking the note.
 * What is left is parsed again for the files the note points at, so that an
 * image inside a `<Private>` block is never among them.
 */
export function redactNote(source: string, format: BodyFormat, privateFields: readonly string[]): RedactedNote {
  // es-module-lexer compiles its WebAssembly on first use; later calls return at once.
  initLexer();
  const problems: RedactionProblem[] = [];
  const split = splitSource(source);
  if (!split) {
    return {
      text: '',
      problems: [{ line: 1, severity: 'error', message: 'no frontmatter between "---" lines; run npm run validate' }],
      references: [],
      rewriteModules: () => '',
    };
  }
  const frontmatter = redactFrontmatter(split.yaml, privateFields);
  if (frontmatter === undefined)
    problems.push({ line: 2, severity: 'error', message: 'the frontmatter is not valid YAML; run npm run validate' });
  const { bodyLine } = split;

  // One parse of the body as written, so that every line a message names is the line in the file.
  const tree = parseBody(split.body, format);
  const blocks = privateRanges(split.body, format, tree);
  const cuts: Range[] = [...blocks];
  // The tree is walked in document order, so one pointer into the sorted blocks answers "inside a block?".
  let next = 0;
  const privateAt = (offset: number) => {
    while (next < blocks.length && blocks[next]!.end <= offset) next += 1;
    return next < blocks.length && blocks[next]!.start <= offset;
  };
  {
    for (const node of walk(tree)) {
      if (!node.position || privateAt(node.position.start.offset)) continue;
      // An image's description and a link's title are plain strings in the tree, not nodes: a <Private>
      // written there is found in the image's or link's own source, and the whole of it is left out.
      const isImageOrLink =
        node.type === 'image' ||
        node.type === 'imageReference' ||
        node.type === 'link' ||
        node.type === 'linkReference';
      if (
        isImageOrLink &&
        HAS_PRIVATE_TAG.test(split.body.slice(node.position.start.offset, node.position.end.offset)) &&
        !hasPrivateChild(node)
      ) {
        cuts.push({ start: node.position.start.offset, end: node.position.end.offset });
        problems.push({
          line: lineOf(node, bodyLine),
          severity: 'warning',
          message: `left out of the mentor copy: this ${node.type.startsWith('image') ? 'image' : 'link'} has a <Private> tag in its description or title`,
        });
        continue;
      }
      const code = format === 'mdx' ? codeOf(node) : undefined;
      if (code === undefined) continue;
      if (LOADS_FILES.test(code)) {
        problems.push({
          line: lineOf(node, bodyLine),
          severity: 'error',
          message:
            "import() and import.meta can load any file, the owner's private notes too; a shared note may only use static imports",
        });
        continue;
      }
      const why = READS_FRONTMATTER.test(code)
        ? 'reads the frontmatter, which may hold private fields'
        : HAS_PRIVATE_TAG.test(code)
          ? 'holds a <Private> tag inside code'
          : undefined;
      if (!why) continue;
      if (node.type === 'mdxjsEsm') {
        problems.push({
          line: lineOf(node, bodyLine),
          severity: 'error',
          message: `this import or export ${why}; a shared note cannot have it (move the value into the text, or keep the note private)`,
        });
      } else {
        cuts.push({ start: node.position.start.offset, end: node.position.end.offset });
        problems.push({
          line: lineOf(node, bodyLine),
          severity: 'warning',
          message: `left out of the mentor copy: this ${node.type.startsWith('mdxJsx') ? 'component' : 'expression'} ${why}`,
        });
      }
    }
    if (cuts.length > blocks.length) cuts.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  // Outermost first; a cut nested in another is skipped. Cutting can join parts of a broken tag, so
  // what is left goes through removePrivateBlocks, which parses until no block is left.
  const body = removePrivateBlocks(cutRanges(split.body, cuts), format);
  // A line of the note file for a text of the redacted body: its first place in the body as written.
  const lineInFile = (text: string) => {
    const at = split.body.indexOf(text);
    return at === -1 ? bodyLine : bodyLine + (split.body.slice(0, at).match(/\n/g)?.length ?? 0);
  };

  const header = `---\n${frontmatter ?? ''}---\n`;
  const references: Reference[] = [];
  const edits: { start: number; end: number; ref: Reference }[] = [];
  for (const node of walk(parseBody(body, format))) {
    if ((node.type === 'image' || node.type === 'definition') && node.url)
      references.push({ specifier: node.url, line: lineInFile(node.url), kind: 'image' });
    if (format !== 'mdx' || !node.position || node.type !== 'mdxjsEsm') continue;
    const code = String(node.value ?? '');
    const line = lineInFile(code.split('\n')[0]!);
    const start = body.indexOf(code, node.position.start.offset);
    let imports: readonly { n?: string; s: number; e: number; d: number }[];
    try {
      [imports] = parseModule(code);
    } catch {
      problems.push({
        line,
        severity: 'error',
        message: 'this import or export could not be read; run npm run validate',
      });
      continue;
    }
    for (const imp of imports) {
      if (imp.n === undefined || imp.d !== -1) continue; // import() and import.meta were refused above.
      const ref: Reference = { specifier: imp.n, line: lineInFile(imp.n), kind: 'module' };
      references.push(ref);
      edits.push({ start: start + imp.s, end: start + imp.e, ref });
    }
  }
  return {
    text: header + body,
    problems,
    references,
    rewriteModules(replace) {
      let out = '';
      let last = 0;
      for (const edit of edits.sort((a, b) => a.start - b.start)) {
        const next = replace(edit.ref);
        if (next === undefined) continue;
        out += body.slice(last, edit.start) + next;
        last = edit.end;
      }
      return header + out + body.slice(last);
    },
  };
}
