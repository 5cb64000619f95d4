import { parse as parseAstro } from '@astrojs/compiler-rs';
import { stringify } from 'yaml';
import type { CollectionName } from '../config/content-root.ts';
import type { UserConfig } from '../config/schema.ts';
import { loaderData, splitFrontmatter } from '../lib/frontmatter.ts';
import { readNoteCode, type CodeFinding, type CodeReference } from '../notes/code-reader.ts';
import {
  cutRanges,
  HAS_PRIVATE_TAG,
  parseBody,
  privateRanges,
  privateSpans,
  removePrivateBlocks,
  tagEnd,
  walk,
  type BodyFormat,
  type Node,
  type Range,
} from '../notes/private-blocks.ts';
import { fieldSensitivity, redactData, withheldExtraKeys } from '../notes/sensitivity.ts';
import { repeatedWithheldValues, withoutPaths } from '../notes/yaml-aliases.ts';
import { applyEdits, type ContactNames, type TextEdit } from './contact-names.ts';

/** A problem with one spot of a note, as `line` in the note file. */
export interface RedactionProblem {
  line: number;
  severity: 'error' | 'warning';
  message: string;
}

/** A file a shared note shows as a Markdown image (or a reference definition), outside its `<Private>` blocks. */
export interface ImageReference {
  specifier: string;
  line: number;
}

export interface RedactOptions {
  collection: CollectionName;
  format: BodyFormat;
  share: Pick<UserConfig['share'], 'privateFields' | 'publicExtra'>;
  /** Contacts' names to replace by their role; undefined when `share.replaceContactNames` is off. */
  names?: ContactNames;
  /** The note's own path: its contacts decide the role when two people share a name. */
  path: string;
  /** The ids and file names of the notes the copy leaves out: a link to one keeps its text, not its address. */
  unsharedNotes?: ReadonlySet<string>;
}

export interface RedactedNote {
  /** The note as the mentor copy has it. */
  text: string;
  /** Its frontmatter as the copy has it (what `text` holds, as data). */
  data: Record<string, unknown>;
  problems: RedactionProblem[];
  /** Images the copy shows, outside `<Private>` blocks. */
  images: ImageReference[];
  /** Imports the redacted body still uses, as the MDX note writes them; an import only `<Private>` text used is gone. */
  imports: CodeReference[];
  /** What the note's own code does that could read notes or files. */
  findings: CodeFinding[];
  /** The `extra` keys the copy leaves out. */
  withheld: string[];
}

// MDX code that reads the note's frontmatter could print a private field that the copy no longer has
// (and would crash the page trying): such expressions are left out of the mentor copy.
const READS_FRONTMATTER = /\bfrontmatter\b/;
// JSX written inside an expression is not a block the tree shows; a Private tag there is left out whole.

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
 * A note's frontmatter without what the mentor may not see (the sensitivity
 * table, `share.privateFields`, `share.publicExtra`), and with contacts' names
 * in its free text replaced. Written anew from the values Astro's loader reads
 * (js-yaml): merge keys (`<<`), anchors and complex keys are resolved first, so
 * none of them can carry a private field past the filter.
 */
function redactFrontmatter(data: Record<string, unknown>, options: RedactOptions): Record<string, unknown> {
  const kept = stripPrivateSpans(redactData(options.collection, data, options.share)) as Record<string, unknown>;
  const names = options.names;
  if (!names) return kept;
  const replace = (value: unknown): unknown => {
    if (typeof value === 'string') return names.replace(value, options.path);
    if (Array.isArray(value)) return value.map(replace);
    if (value && typeof value === 'object' && !(value instanceof Date))
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replace(v)]));
    return value;
  };
  for (const [field, value] of Object.entries(kept)) {
    const sensitivity = fieldSensitivity(options.collection, field, { ...options.share });
    // Free text, and the extra properties the owner chose to share, are the owner's own words.
    if (sensitivity === 'text' || sensitivity === 'by key') kept[field] = replace(value);
  }
  return kept;
}

/**
 * Every string of a frontmatter value without its `<Private>…</Private>`
 * stretches (see `privateSpans`); a string that was private whole goes with
 * its key or list item.
 */
function stripPrivateSpans(value: unknown): unknown {
  const gone = (v: unknown, original: unknown) => v === '' && original !== '';
  if (typeof value === 'string') return privateSpans(value).shown;
  if (Array.isArray(value))
    return value.map((v) => [stripPrivateSpans(v), v] as const).flatMap(([v, o]) => (gone(v, o) ? [] : [v]));
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.fromEntries(
      Object.entries(value).flatMap(([k, o]) => {
        const v = stripPrivateSpans(o);
        return gone(v, o) ? [] : [[k, v]];
      }),
    );
  return value;
}

/** Where a JSX element's string attribute value sits in the body: `name="value"` in its opening tag. */
function attributeValueRanges(body: string, node: Node): Range[] {
  if (!node.position) return [];
  const start = node.position.start.offset;
  const end = tagEnd(body, start, node.position.end.offset);
  const tag = body.slice(start, end);
  const ranges: Range[] = [];
  for (const attribute of node.attributes ?? []) {
    const { name, value } = attribute as { name?: string; value?: unknown };
    if (attribute.type !== 'mdxJsxAttribute' || typeof value !== 'string' || !name) continue;
    for (const quote of ['"', "'"]) {
      const at = tag.indexOf(`${name}=${quote}${value}${quote}`);
      if (at !== -1) {
        const from = start + at + name.length + 2;
        ranges.push({ start: from, end: from + value.length });
        break;
      }
    }
  }
  return ranges;
}

/** The stretches of a body that hold text a reader sees, for the contact names in them. */
function textRanges(body: string, tree: Node): Range[] {
  const ranges: Range[] = [];
  const stack: [Node, Node | undefined][] = [[tree, undefined]];
  while (stack.length) {
    const [node, parent] = stack.pop()!;
    for (const child of node.children ?? []) stack.push([child, node]);
    const position = node.position;
    if (!position) continue;
    const slice = { start: position.start.offset, end: position.end.offset };
    switch (node.type) {
      case 'text':
        // An autolink's text is its address: editing it would break the link.
        if (parent?.type === 'link' && parent.url === node.value) continue;
        ranges.push(slice);
        break;
      case 'inlineCode':
      case 'code':
      case 'html':
        ranges.push(slice);
        break;
      case 'image': {
        // The description and title, not the address.
        const source = body.slice(slice.start, slice.end);
        const alt = String((node as { alt?: unknown }).alt ?? '');
        const title = String((node as { title?: unknown }).title ?? '');
        const altAt = alt ? source.indexOf(alt, 2) : -1;
        if (altAt !== -1) ranges.push({ start: slice.start + altAt, end: slice.start + altAt + alt.length });
        const titleAt = title ? source.lastIndexOf(title) : -1;
        if (titleAt !== -1 && titleAt > altAt + alt.length)
          ranges.push({ start: slice.start + titleAt, end: slice.start + titleAt + title.length });
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        ranges.push(...attributeValueRanges(body, node));
        break;
    }
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/**
 * Whether an address names a note the copy leaves out: its last path segment
 * (without `.md`, `.mdx` or `.html`, and `index` skipped) is such a note's id
 * or file name, whatever the host or folder. So `/articles/x/`, `../articles/x.mdx`
 * and `https://me.example/articles/x/#part` all do. Fails closed: an outside
 * page whose path happens to end in the same word loses its address too.
 */
export function namesUnsharedNote(url: string, unshared: ReadonlySet<string>): boolean {
  if (unshared.size === 0) return false;
  const path = url.split(/[?#]/, 1)[0]!;
  const segments = path.split('/').filter(Boolean);
  let last = segments.pop();
  if (last !== undefined && /^index(?:\.html?)?$/i.test(last)) last = segments.pop();
  if (last === undefined) return false;
  let name = last.replace(/\.(?:mdx?|html?)$/i, '');
  try {
    name = decodeURIComponent(name);
  } catch {
    // A malformed escape is compared as written.
  }
  return unshared.has(name) || unshared.has(name.toLowerCase());
}

// An href in raw HTML (a Markdown note's <a href="…">): the attribute, and its value in either quotes.
const HREF = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

/**
 * Edits that keep a link's text and drop its address when it names a note
 * the copy leaves out: Markdown links and references (their definitions go),
 * `<a href>` in MDX, and `href` in raw HTML.
 */
function unsharedLinkEdits(body: string, tree: Node, unshared: ReadonlySet<string>): TextEdit[] {
  const edits: TextEdit[] = [];
  const hidden = new Set<string>();
  const nodes = [...walk(tree)];
  const identifier = (node: Node) => String((node as { identifier?: unknown }).identifier ?? '').toLowerCase();
  for (const node of nodes)
    if (node.type === 'definition' && node.url && node.position && namesUnsharedNote(node.url, unshared)) {
      hidden.add(identifier(node));
      edits.push({ start: node.position.start.offset, end: node.position.end.offset, text: '' });
    }
  // A link keeps what is between its first and last child: `[text](address)` becomes `text`.
  const unwrap = (node: Node) => {
    const { start, end } = { start: node.position!.start.offset, end: node.position!.end.offset };
    const children = (node.children ?? []).filter((c) => c.position);
    if (children.length === 0) return edits.push({ start, end, text: '' });
    edits.push({ start, end: children[0]!.position!.start.offset, text: '' });
    edits.push({ start: children.at(-1)!.position!.end.offset, end, text: '' });
  };
  for (const node of nodes) {
    if (!node.position) continue;
    if (node.type === 'link' && node.url && namesUnsharedNote(node.url, unshared)) unwrap(node);
    else if (node.type === 'linkReference' && hidden.has(identifier(node))) unwrap(node);
    else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      for (const attribute of node.attributes ?? []) {
        const { name, value } = attribute as { name?: string; value?: unknown };
        if (attribute.type !== 'mdxJsxAttribute' || typeof value !== 'string' || !/^(?:href|src)$/i.test(name ?? ''))
          continue;
        if (!namesUnsharedNote(value, unshared)) continue;
        for (const range of attributeValueRanges(body, { ...node, attributes: [attribute] })) {
          const at = range.start - name!.length - 2;
          edits.push({ start: /\s/.test(body[at - 1] ?? '') ? at - 1 : at, end: range.end + 1, text: '' });
        }
      }
    } else if (node.type === 'html') {
      const start = node.position.start.offset;
      const source = body.slice(start, node.position.end.offset);
      HREF.lastIndex = 0;
      for (let match = HREF.exec(source); match; match = HREF.exec(source))
        if (namesUnsharedNote(match[1] ?? match[2] ?? '', unshared))
          edits.push({ start: start + match.index, end: start + match.index + match[0].length, text: '' });
    }
  }
  return edits;
}

/** The declarations of an ESM block that load a module (`import`, `export … from`), with offsets in the block. */
function moduleDeclarations(
  code: string,
): { start: number; end: number; specifier: string; names: string[]; reexport: boolean }[] {
  type Statement = {
    type: string;
    start: number;
    end: number;
    source?: { value?: unknown } | null;
    specifiers?: { local?: { name?: string } }[];
  };
  let body: Statement[];
  try {
    const result = parseAstro(`---\n${code}\n---\n`);
    if (result.diagnostics.some((d) => d.severity === 'error')) return [];
    body = (result.ast as { frontmatter?: { program?: { body?: Statement[] } } }).frontmatter?.program?.body ?? [];
  } catch {
    return [];
  }
  return body.flatMap((statement) =>
    typeof statement.source?.value === 'string'
      ? [
          {
            // Offsets in the block: the parsed text starts with "---\n".
            start: statement.start - 4,
            end: statement.end - 4,
            specifier: statement.source.value,
            names:
              statement.type === 'ImportDeclaration'
                ? (statement.specifiers ?? []).flatMap((s) => (s.local?.name ? [s.local.name] : []))
                : [],
            reexport: statement.type !== 'ImportDeclaration',
          },
        ]
      : [],
  );
}

/**
 * A shared note as the mentor copy may hold it, decided on its parsed
 * frontmatter and syntax tree, never on lines of text:
 * - the frontmatter loses every private field and every `extra` property
 *   `share.publicExtra` does not list, so not even the MDX module's own
 *   `frontmatter` export carries them;
 * - the body loses its `<Private>` blocks (see `private-blocks.ts`), and in MDX
 *   every expression or component that reads `frontmatter` or hides a
 *   `<Private>` tag inside code, each with a warning naming its line;
 *   an `import`/`export` that reads `frontmatter` is an error;
 * - what is left is parsed again: an import whose names nothing left uses
 *   goes (an image imported at the top but shown only inside `<Private>` is
 *   not bundled), contacts' names in the text are replaced by their role,
 *   and the images and imports left are what the note shows.
 */
export function redactNote(source: string, options: RedactOptions): RedactedNote {
  const { format } = options;
  const problems: RedactionProblem[] = [];
  const empty = (message: string): RedactedNote => ({
    text: '',
    data: {},
    problems: [{ line: 1, severity: 'error', message }],
    images: [],
    imports: [],
    findings: [],
    withheld: [],
  });
  const split = splitFrontmatter(source);
  if (!split.ok) return empty(`${split.error.message}; run npm run validate`);
  const loaded = loaderData(split.yaml);
  if (!loaded || typeof loaded !== 'object' || Array.isArray(loaded))
    return empty('the frontmatter is not valid YAML; run npm run validate');
  const original = loaded as Record<string, unknown>;
  const data = redactFrontmatter(original, options);
  const { bodyLine } = split;
  // A YAML alias repeats a value where it is used: a shared field that repeats a withheld one loses it.
  const keptExtra = data.extra && typeof data.extra === 'object' ? (data.extra as Record<string, unknown>) : {};
  const repeated = repeatedWithheldValues(split.yaml, (path) => {
    const [top, key] = path;
    if (top === undefined || top === '<<') return false;
    if (!(String(top) in data)) return true;
    return top === 'extra' && key !== undefined && !(String(key) in keptExtra);
  });
  for (const { path, anchor, line } of repeated) {
    const where = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
    const topMerge = path[0] === '<<';
    problems.push({
      line: line + 1,
      severity: topMerge ? 'error' : 'warning',
      message: topMerge
        ? `the frontmatter merges (<<: *${anchor}) values from a field the mentor copy withholds; write the shared fields out, or keep the note private`
        : `left out of the mentor copy: ${where} repeats (*${anchor}) a value from a field the copy withholds; write the value out if it is meant to be shared`,
    });
  }
  withoutPaths(
    data,
    repeated.map((r) => r.path),
  );

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
  for (const node of walk(tree)) {
    if (!node.position || privateAt(node.position.start.offset)) continue;
    // An image's description and a link's title are plain strings in the tree, not nodes: a <Private>
    // written there is found in the image's or link's own source, and the whole of it is left out.
    const isImageOrLink =
      node.type === 'image' ||
      node.type === 'imageReference' ||
      node.type === 'link' ||
      node.type === 'linkReference' ||
      node.type === 'definition';
    if (
      isImageOrLink &&
      HAS_PRIVATE_TAG.test(split.body.slice(node.position.start.offset, node.position.end.offset)) &&
      !hasPrivateChild(node)
    ) {
      cuts.push({ start: node.position.start.offset, end: node.position.end.offset });
      problems.push({
        line: lineOf(node, bodyLine),
        severity: 'warning',
        message: `left out of the mentor copy: this ${node.type.startsWith('image') ? 'image' : node.type === 'definition' ? 'link definition' : 'link'} has a <Private> tag in its description or title`,
      });
      continue;
    }
    const code = format === 'mdx' ? codeOf(node) : undefined;
    if (code === undefined) continue;
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
  // Outermost first; a cut nested in another is skipped. Cutting can join parts of a broken tag, so
  // what is left goes through removePrivateBlocks, which parses until no block is left.
  const body = removePrivateBlocks(cutRanges(split.body, cuts), format);
  // A line of the note file for a text of the redacted body: its first place in the body as written.
  const lineInFile = (text: string) => {
    const at = split.body.indexOf(text);
    return at === -1 ? bodyLine : bodyLine + (split.body.slice(0, at).match(/\n/g)?.length ?? 0);
  };

  // The redacted body, read again: what it shows, the code it runs and the names it uses.
  const redacted = parseBody(body, format);
  const images: ImageReference[] = [];
  const pieces: Parameters<typeof readNoteCode>[0] = [];
  const esm: { node: Node; code: string; line: number }[] = [];
  const components = new Set<string>();
  for (const node of walk(redacted)) {
    if ((node.type === 'image' || node.type === 'definition') && node.url)
      images.push({ specifier: node.url, line: lineInFile(node.url) });
    if (format !== 'mdx') continue;
    const value = String(node.value ?? '');
    if (node.type === 'mdxjsEsm') {
      const line = lineInFile(value.split('\n')[0]!);
      esm.push({ node, code: value, line });
      pieces.push({ code: value, kind: 'esm', line });
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      pieces.push({ code: value, kind: 'expression', line: lineInFile(`{${value}}`) });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (node.name) components.add(node.name.split('.')[0]!);
      for (const attribute of node.attributes ?? []) {
        const code =
          attribute.type === 'mdxJsxExpressionAttribute'
            ? String(attribute.value ?? '')
            : typeof attribute.value === 'object' && attribute.value
              ? String((attribute.value as { value?: unknown }).value ?? '')
              : undefined;
        if (code === undefined) continue;
        pieces.push({
          code,
          kind: attribute.type === 'mdxJsxExpressionAttribute' ? 'spread' : 'attribute',
          line: lineInFile(code),
        });
      }
    }
  }
  const code = pieces.length ? readNoteCode(pieces) : undefined;
  const used = new Set([...(code?.used ?? []), ...components]);

  const edits: TextEdit[] = [];
  const imports: CodeReference[] = [];
  for (const { node, code: block, line } of esm) {
    const start = body.indexOf(block, node.position?.start.offset ?? 0);
    for (const declaration of moduleDeclarations(block)) {
      // An import whose every name the redacted note no longer uses is left out: its module (an image
      // only a <Private> block showed) is then never bundled into the copy.
      if (!declaration.reexport && declaration.names.length > 0 && !declaration.names.some((n) => used.has(n))) {
        edits.push({ start: start + declaration.start, end: start + declaration.end, text: '' });
        continue;
      }
      imports.push({
        specifier: declaration.specifier,
        line: line + (block.slice(0, declaration.start).match(/\n/g)?.length ?? 0),
        client: false,
        names: declaration.names,
      });
    }
  }
  if (options.unsharedNotes) edits.push(...unsharedLinkEdits(body, redacted, options.unsharedNotes));
  if (options.names)
    for (const range of textRanges(body, redacted))
      for (const edit of options.names.edits(body.slice(range.start, range.end), options.path, body, range.start))
        edits.push({ start: range.start + edit.start, end: range.start + edit.end, text: edit.text });

  const frontmatter = stringify(data, { lineWidth: 0, aliasDuplicateObjects: false });
  return {
    text: `---\n${frontmatter}---\n${applyEdits(body, edits)}`,
    data,
    problems,
    images,
    imports,
    findings: code?.findings ?? [],
    withheld: withheldExtraKeys(options.collection, original, options.share),
  };
}
