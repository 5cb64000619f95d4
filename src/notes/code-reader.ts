import { builtinModules } from 'node:module';
import { parse as parseAstro } from '@astrojs/compiler-rs';
import * as cssTree from 'css-tree';
import { positionsIn } from '../lib/positions.ts';

/**
 * What a file of code refers to and what it does that could read the owner's
 * notes or files, read from its syntax tree (Astro's own parser, the one the
 * build compiles components with; css-tree for stylesheets). The mentor copy
 * follows a shared note's imports with this (src/notes/code-graph.ts) and
 * refuses what it finds; the copy's self-check reads the same references to
 * know which files a shared note shows.
 *
 * Code that runs at build time may do only what cannot reach a file: read its
 * props and slots, compute, and render. A denylist of "reading" calls alone
 * would be easy to get around (`[]['constr' + 'uctor']` reaches the Function
 * constructor), so the reader also refuses every way to that: the globals
 * that lead to the system (`process`, `globalThis`, `require`, `eval`,
 * `Function`, `Reflect`…), the properties that lead to constructors and
 * prototypes, and a property read by a computed name that is not a number or
 * a plain string. Scripts for the browser (`<script>`) run on the reader's
 * machine, where there are no notes; only what the bundler does with them at
 * build time (their imports, `import.meta`, `import()`) is checked.
 */

/** A file a piece of code points at. */
export interface CodeReference {
  /** As written: `./Chart.astro`, `../img/bg.png?url`, `astro:assets`. */
  specifier: string;
  /** 1-based line in the file. */
  line: number;
  /** Imported by a `<script>` for the browser (bundled, but never run at build time). */
  client: boolean;
  /** The bindings it brings in (`offer` of `import offer from …`); empty for `import './x.css'`. */
  names: string[];
}

/** Something the code does that could read notes or files, with its line. */
export interface CodeFinding {
  line: number;
  /** "reads other notes (import.meta.glob)". */
  what: string;
}

export interface CodeReading {
  references: CodeReference[];
  findings: CodeFinding[];
  /** `<style>` blocks, with the line they start on: stylesheets to read with `readStylesheet`. */
  styles: { css: string; line: number }[];
}

/** Globals that lead to the system or to code built from text; never allowed in build-time code. */
const DENIED_GLOBALS: Record<string, string> = {
  process: 'reaches the system (process)',
  global: 'reaches the system (global)',
  globalThis: 'reaches the system (globalThis)',
  window: 'reaches the system (window)',
  self: 'reaches the system (self)',
  require: 'loads modules (require)',
  module: 'reaches the system (module)',
  exports: 'reaches the system (exports)',
  __dirname: 'reads file paths (__dirname)',
  __filename: 'reads file paths (__filename)',
  eval: 'runs code built from text (eval)',
  Function: 'runs code built from text (Function)',
  Reflect: 'reaches any property (Reflect)',
  Proxy: 'intercepts objects (Proxy)',
  WebAssembly: 'runs compiled code (WebAssembly)',
  fetch: 'reads over the network (fetch)',
  XMLHttpRequest: 'reads over the network (XMLHttpRequest)',
  WebSocket: 'reads over the network (WebSocket)',
  EventSource: 'reads over the network (EventSource)',
  Worker: 'starts other code (Worker)',
  SharedWorker: 'starts other code (SharedWorker)',
  importScripts: 'loads code (importScripts)',
  Deno: 'reaches the system (Deno)',
  Bun: 'reaches the system (Bun)',
};

/** Properties that lead to constructors, prototypes or the engine's internals. */
const DENIED_PROPERTIES = new Set([
  'constructor',
  '__proto__',
  'prototype',
  'caller',
  'callee',
  'arguments',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'getPrototypeOf',
  'setPrototypeOf',
  'getOwnPropertyDescriptor',
  'getOwnPropertyDescriptors',
  'defineProperty',
  'defineProperties',
  'prepareStackTrace',
  'captureStackTrace',
  'mainModule',
  'getBuiltinModule',
  'binding',
  'dlopen',
]);

/** The values of `import.meta.env` the build sets itself; any other may be an environment variable of the owner's. */
const PUBLIC_ENV = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX']);

/** What a component may read of `Astro`; `Astro.glob` reads files, the rest reaches the request or the server. */
const ASTRO_MEMBERS = new Set(['props', 'slots', 'url', 'site', 'generator', 'self', 'params']);

/** Operators whose result is always a number: a property read with such a key cannot name a method. */
const NUMERIC_OPERATORS = new Set(['-', '*', '/', '%', '**', '|', '&', '^', '<<', '>>', '>>>']);

const BUILTIN_MODULES = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Why importing a package is refused (undefined for `astro:assets`, which only sizes imported images). */
export function packageProblem(specifier: string, client: boolean): string | undefined {
  if (specifier === 'astro:assets') return undefined;
  if (specifier === 'astro:content' || specifier.startsWith('astro:content/'))
    return 'reads other notes (astro:content)';
  if (BUILTIN_MODULES.has(specifier) || specifier.startsWith('node:'))
    return `reads files or the system (${specifier})`;
  // data:, file:, https: and the like: code or a file by its address.
  if (/^[a-z][a-z0-9+.-]*:/i.test(specifier)) return `loads code by its address (${specifier.slice(0, 40)})`;
  // A browser script's packages are bundled as they are published; they never run where the notes are.
  if (client) return undefined;
  return `runs the package "${specifier}", whose code Dossier does not check`;
}

type Node = { type: string; start?: number; end?: number; [key: string]: unknown };

/** The line of an offset of `text`, counting its first line as `firstLine`. */
function lineFinder(text: string, firstLine: number) {
  const positionOf = positionsIn(text);
  return (offset: number) => positionOf(offset).line - 1 + firstLine;
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

/** Child nodes of a node with the key each sits under. */
function* children(node: Node): Generator<[Node, string]> {
  for (const [key, value] of Object.entries(node)) {
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) yield [item, key];
    } else if (isNode(value)) yield [value, key];
  }
}

/** What a program binds: every name, and the names a `const` binds to an object or array literal. */
interface Scope {
  bound: Set<string>;
  /** `const colors = { … }`: reading such a value by a computed name cannot reach a function's constructor. */
  literals: Set<string>;
}

/** The names a program binds to an object or array literal with `const`, each bound once in the file. */
function literalConsts(root: Node, bound: Set<string>): Set<string> {
  const counts = new Map<string, number>();
  const literal = new Set<string>();
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'VariableDeclarator' && isNode(node.id) && node.id.type === 'Identifier') {
      const name = String(node.id.name);
      counts.set(name, (counts.get(name) ?? 0) + 1);
      const init = node.init as Node | null;
      if (init && (init.type === 'ObjectExpression' || init.type === 'ArrayExpression')) literal.add(name);
    }
    if (node.type === 'VariableDeclaration' && node.kind !== 'const')
      for (const d of node.declarations as Node[])
        if (isNode(d.id) && d.id.type === 'Identifier') counts.set(String(d.id.name), 2);
    for (const [child] of children(node)) stack.push(child);
  }
  // A name declared twice (in two scopes, or once with let/var) may hold something else somewhere.
  for (const name of literal) if (counts.get(name) !== 1 || !bound.has(name)) literal.delete(name);
  return literal;
}

/** Names bound anywhere in a program: imports, declarations, parameters, catch clauses. */
function boundNames(root: Node): Set<string> {
  const names = new Set<string>();
  const stack: Node[] = [root];
  const bindPattern = (pattern: unknown) => {
    if (!isNode(pattern)) return;
    if (pattern.type === 'Identifier') names.add(String(pattern.name));
    else if (pattern.type === 'ObjectPattern')
      for (const p of pattern.properties as Node[]) bindPattern(p.type === 'RestElement' ? p.argument : p.value);
    else if (pattern.type === 'ArrayPattern') for (const e of pattern.elements as unknown[]) bindPattern(e);
    else if (pattern.type === 'RestElement') bindPattern(pattern.argument);
    else if (pattern.type === 'AssignmentPattern') bindPattern(pattern.left);
    else if (pattern.type === 'TSParameterProperty') bindPattern(pattern.parameter);
  };
  while (stack.length) {
    const node = stack.pop()!;
    switch (node.type) {
      case 'ImportSpecifier':
      case 'ImportDefaultSpecifier':
      case 'ImportNamespaceSpecifier':
        bindPattern(node.local);
        break;
      case 'VariableDeclarator':
        bindPattern(node.id);
        break;
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        if (isNode(node.id)) bindPattern(node.id);
        for (const p of (node.params as unknown[]) ?? []) bindPattern(p);
        break;
      case 'ClassDeclaration':
      case 'ClassExpression':
        if (isNode(node.id)) bindPattern(node.id);
        break;
      case 'CatchClause':
        bindPattern(node.param);
        break;
    }
    for (const [child] of children(node)) stack.push(child);
  }
  return names;
}

/** Whether an identifier under `parent[key]` names a property or label rather than reading a variable. */
function isPropertyName(parent: Node | undefined, key: string): boolean {
  if (!parent) return false;
  switch (parent.type) {
    case 'MemberExpression':
      return key === 'property' && !parent.computed;
    case 'Property':
    case 'MethodDefinition':
    case 'PropertyDefinition':
    case 'AccessorProperty':
      return key === 'key' && !parent.computed;
    case 'ImportSpecifier':
      return key === 'imported';
    case 'ExportSpecifier':
      return key === 'exported';
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
      return key === 'label';
    case 'MetaProperty':
      return true;
    default:
      return false;
  }
}

/**
 * Whether a property may be read by this computed name: a number, a plain
 * string that names no denied property, or any name on an object or array
 * literal (`{ note: 'Note', tip: 'Tip' }[kind]`), which holds no function whose
 * constructor the name could reach.
 */
function isSafeMember(object: Node, key: Node, literals: Set<string>): boolean {
  if (object.type === 'ObjectExpression' || object.type === 'ArrayExpression') return true;
  if (object.type === 'Identifier' && literals.has(String(object.name))) return true;
  return isSafeKey(key);
}

/** Whether a computed property key can only be a number or a plain string that names no denied property. */
function isSafeKey(key: Node): boolean {
  if (key.type === 'Literal')
    return typeof key.value === 'number' || (typeof key.value === 'string' && !DENIED_PROPERTIES.has(key.value));
  if (key.type === 'TemplateLiteral')
    return (
      (key.expressions as unknown[]).length === 0 &&
      !DENIED_PROPERTIES.has(String(((key.quasis as Node[])[0]?.value as { cooked?: string })?.cooked ?? ''))
    );
  if (key.type === 'UnaryExpression') return ['-', '+', '~'].includes(String(key.operator));
  if (key.type === 'BinaryExpression') return NUMERIC_OPERATORS.has(String(key.operator));
  return key.type === 'UpdateExpression';
}

/** The name at the root of a member chain (`Object` of `Object.assign.x`), when it is a plain identifier. */
function rootName(node: Node): string | undefined {
  let at: Node = node;
  while (at.type === 'MemberExpression') at = at.object as Node;
  return at.type === 'Identifier' ? String(at.name) : undefined;
}

/**
 * Walks one program (build-time code unless `client`), adding what it
 * imports and what it does that could read files. `lineOf` maps an offset of
 * the parsed text to a line of the file.
 */
function walkProgram(
  root: Node,
  lineOf: (offset: number) => number,
  client: boolean,
  out: CodeReading,
  scope: Scope,
): void {
  const find = (node: Node, what: string) => out.findings.push({ line: lineOf(node.start ?? 0), what });
  // `import.meta.env.BASE_URL` and its kin: values the build itself sets, read before the meta property.
  const publicEnv = new Set<Node>();
  const stack: [Node, Node | undefined, string][] = [[root, undefined, '']];
  while (stack.length) {
    const [node, parent, key] = stack.pop()!;
    switch (node.type) {
      case 'ImportDeclaration':
      case 'ExportNamedDeclaration':
      case 'ExportAllDeclaration': {
        const source = node.source as Node | null | undefined;
        const specifiers = ((node.specifiers as Node[] | undefined) ?? []).filter((s) => s.importKind !== 'type');
        const typeOnly =
          node.importKind === 'type' ||
          node.exportKind === 'type' ||
          (node.type === 'ImportDeclaration' && (node.specifiers as Node[]).length > 0 && specifiers.length === 0);
        if (source && typeof source.value === 'string' && !typeOnly) {
          out.references.push({
            specifier: source.value,
            line: lineOf(node.start ?? 0),
            client,
            names: specifiers.flatMap((s) => (isNode(s.local) ? [String(s.local.name)] : [])),
          });
        }
        break;
      }
      case 'ImportExpression':
        find(node, 'loads files (import())');
        break;
      case 'MemberExpression': {
        const inner = node.object as Node;
        if (
          !node.computed &&
          PUBLIC_ENV.has(String((node.property as Node).name)) &&
          inner.type === 'MemberExpression' &&
          !inner.computed &&
          (inner.property as Node).name === 'env' &&
          (inner.object as Node).type === 'MetaProperty'
        )
          publicEnv.add(inner.object as Node);
        break;
      }
      case 'MetaProperty':
        if ((node.meta as Node).name === 'import' && !publicEnv.has(node)) {
          const member =
            parent?.type === 'MemberExpression' && !parent.computed ? String((parent.property as Node).name) : '';
          // A browser script's import.meta.env and .url are replaced by public values; .glob reads files.
          if (member === 'glob') find(node, 'reads other notes (import.meta.glob)');
          else if (!client || !['env', 'url', 'hot'].includes(member)) find(node, 'reads files (import.meta)');
        }
        break;
      case 'TSImportEqualsDeclaration':
        find(node, 'loads modules (import … = require)');
        break;
    }
    if (!client) checkBuildTime(node, parent, key, scope, find);
    // Types are erased before the code runs: nothing in them can read a file.
    if (node.type.startsWith('TS')) {
      for (const field of ['expression', 'body', 'members', 'initializer', 'parameter']) {
        const value = node[field];
        if (Array.isArray(value)) for (const v of value) if (isNode(v)) stack.push([v, node, field]);
        if (isNode(value) && !value.type.startsWith('TSType')) stack.push([value, node, field]);
      }
      continue;
    }
    for (const [child, childKey] of children(node)) {
      if (child.type === 'TSTypeAnnotation' || child.type === 'TSTypeParameterInstantiation') continue;
      stack.push([child, node, childKey]);
    }
  }
}

/** The checks of code that runs at build time, where the owner's files are. */
function checkBuildTime(
  node: Node,
  parent: Node | undefined,
  key: string,
  scope: Scope,
  find: (node: Node, what: string) => void,
): void {
  const { bound } = scope;
  if (node.type === 'Identifier' || node.type === 'JSXIdentifier') {
    const name = String(node.name);
    if (node.type === 'Identifier' && isPropertyName(parent, key)) {
      if (DENIED_PROPERTIES.has(name))
        find(node, `reads the property "${name}", which leads to code Dossier cannot check`);
      return;
    }
    if (node.type === 'JSXIdentifier' && parent?.type === 'JSXMemberExpression' && key === 'property') {
      if (DENIED_PROPERTIES.has(name))
        find(node, `reads the property "${name}", which leads to code Dossier cannot check`);
      return;
    }
    if (node.type === 'JSXIdentifier' && parent?.type === 'JSXAttribute') return;
    // A lower-case element name is an HTML tag, not a variable.
    if (node.type === 'JSXIdentifier' && key === 'name' && /^[a-z]/.test(name)) return;
    if (Object.hasOwn(DENIED_GLOBALS, name)) find(node, DENIED_GLOBALS[name]!);
    if (name === 'Astro' && !bound.has('Astro')) {
      const member = parent?.type === 'MemberExpression' && key === 'object' && !parent.computed;
      const property = member ? String((parent.property as Node).name) : '';
      if (!member) find(node, 'uses Astro other than Astro.props and Astro.slots');
      else if (property === 'glob') find(node, 'reads other notes (Astro.glob)');
      else if (!ASTRO_MEMBERS.has(property)) find(node, `reads Astro.${property}, which a shared note's code may not`);
    }
    return;
  }
  if (
    node.type === 'MemberExpression' &&
    node.computed &&
    !isSafeMember(node.object as Node, node.property as Node, scope.literals)
  ) {
    find(node, 'reads a property by a computed name (x[y]); write the property name (x.name), or index by a number');
    return;
  }
  if (node.type === 'Property' && parent?.type === 'ObjectPattern' && node.computed && !isSafeKey(node.key as Node)) {
    find(node, 'takes a property by a computed name ({ [x]: y }); write the property name');
    return;
  }
  if (
    (node.type === 'Property' && parent?.type === 'ObjectPattern' && !node.computed) ||
    (node.type === 'Literal' && parent?.type === 'Property' && key === 'key')
  ) {
    const name =
      node.type === 'Literal' ? String(node.value) : String((node.key as Node).name ?? (node.key as Node).value);
    if (DENIED_PROPERTIES.has(name))
      find(node, `reads the property "${name}", which leads to code Dossier cannot check`);
    return;
  }
  // Changing a built-in (`JSON.parse = …`, `Object.assign(Math, …)`) would change how Dossier's own code runs.
  const target =
    node.type === 'AssignmentExpression'
      ? (node.left as Node)
      : node.type === 'UpdateExpression' || (node.type === 'UnaryExpression' && node.operator === 'delete')
        ? (node.argument as Node)
        : undefined;
  if (target?.type === 'MemberExpression') {
    const name = rootName(target);
    if (name !== undefined && !bound.has(name)) find(node, `changes the built-in ${name}`);
  }
  if (node.type === 'CallExpression') {
    const callee = node.callee as Node;
    const first = (node.arguments as Node[])[0];
    if (
      callee.type === 'MemberExpression' &&
      rootName(callee) === 'Object' &&
      first?.type === 'Identifier' &&
      !bound.has(String(first.name))
    )
      find(node, `changes the built-in ${String(first.name)}`);
  }
}

/** The `<script>` and `<style>` elements of an Astro template, and the rest of it. */
function readTemplate(body: Node[], lineOf: (offset: number) => number, out: CodeReading, scope: Scope): void {
  const stack: Node[] = [...body];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'JSXElement') {
      const opening = node.openingElement as Node;
      const name = (opening.name as Node).type === 'JSXIdentifier' ? String((opening.name as Node).name) : '';
      const attributes = (opening.attributes as Node[]) ?? [];
      const attribute = (attr: string) =>
        attributes.find((a) => a.type === 'JSXAttribute' && (a.name as Node).name === attr);
      // is:inline scripts and styles go to the browser as written: the bundler never reads them.
      if ((name === 'script' || name === 'style') && attribute('is:inline')) continue;
      if (name === 'script') {
        const src = attribute('src')?.value as Node | undefined;
        if (src?.type === 'Literal' && typeof src.value === 'string')
          out.references.push({ specifier: src.value, line: lineOf(node.start ?? 0), client: true, names: [] });
        for (const child of (node.children as Node[]) ?? [])
          if (child.type === 'AstroScript')
            walkProgram(child.program as Node, lineOf, true, out, { bound: new Set(), literals: new Set() });
        continue;
      }
      if (name === 'style') {
        const css = ((node.children as Node[]) ?? []).map((c) => String(c.raw ?? c.value ?? '')).join('');
        const start = (node.children as Node[])[0]?.start ?? node.start ?? 0;
        out.styles.push({ css, line: lineOf(start) });
        continue;
      }
    }
    // Everything else of the template runs at build time: expressions, attributes, component names.
    if (
      node.type === 'JSXExpressionContainer' ||
      node.type === 'JSXSpreadAttribute' ||
      node.type === 'JSXSpreadChild'
    ) {
      walkProgram(node, lineOf, false, out, scope);
      continue;
    }
    if (node.type === 'JSXOpeningElement') {
      const name = node.name as Node;
      if (name.type !== 'JSXIdentifier' || /^[A-Z]/.test(String(name.name)))
        walkProgram(name, lineOf, false, out, scope);
    }
    for (const [child] of children(node)) stack.push(child);
  }
}

/** One finding per line and kind (a pattern and its key may both name a denied property). */
function dedupe(out: CodeReading): CodeReading {
  const seen = new Set<string>();
  out.findings = out.findings
    .filter((f) => !seen.has(`${f.line}\0${f.what}`) && seen.add(`${f.line}\0${f.what}`))
    .sort((a, b) => a.line - b.line);
  return out;
}

/**
 * Reads a file of code: an Astro component (`astro`), or a script module
 * (`module`: .ts, .js and their kin). A file the parser cannot read is a
 * finding too: what Dossier cannot read, it cannot vouch for.
 */
export function readCode(source: string, format: 'astro' | 'module', firstLine = 1): CodeReading {
  const out: CodeReading = { references: [], findings: [], styles: [] };
  // A script module is read as the frontmatter of an empty component: the same parser, TypeScript included.
  const text = format === 'astro' ? source : `---\n${source}\n---\n`;
  const lineOf = lineFinder(text, firstLine - (format === 'astro' ? 0 : 1));
  let result;
  try {
    result = parseAstro(text);
  } catch (error) {
    out.findings.push({
      line: firstLine,
      what: `cannot be read (${error instanceof Error ? error.message : String(error)})`,
    });
    return out;
  }
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) {
    // Labels carry a 1-based line of the parsed text.
    const at = errors[0]!.labels[0]?.line;
    const line = at === undefined ? firstLine : at + firstLine - 1 - (format === 'astro' ? 0 : 1);
    out.findings.push({ line, what: `cannot be read (${errors[0]!.text})` });
    return out;
  }
  const ast = result.ast as Node;
  const bound = boundNames(ast);
  const scope = { bound, literals: literalConsts(ast, bound) };
  const frontmatter = ast.frontmatter as Node | undefined;
  if (frontmatter && isNode(frontmatter.program)) walkProgram(frontmatter.program, lineOf, false, out, scope);
  readTemplate((ast.body as Node[]) ?? [], lineOf, out, scope);
  return dedupe(out);
}

/**
 * Reads the code of a shared MDX note: its `import`/`export` blocks and its
 * expressions, with the names its own imports and exports bind, and which of
 * those the expressions use. Each piece is read with the same rules as a
 * component.
 */
export function readNoteCode(
  pieces: { code: string; kind: 'esm' | 'expression' | 'attribute' | 'spread'; line: number }[],
): CodeReading & { used: Set<string>; bound: Set<string> } {
  const out: CodeReading = { references: [], findings: [], styles: [] };
  const wrapped = pieces.map((piece) => {
    const text =
      piece.kind === 'esm'
        ? `---\n${piece.code}\n---\n`
        : piece.kind === 'spread'
          ? `---\n---\n<x {${piece.code}} />`
          : `---\n---\n{${piece.code}}`;
    let ast: Node | undefined;
    try {
      const result = parseAstro(text);
      if (!result.diagnostics.some((d) => d.severity === 'error')) ast = result.ast as Node;
    } catch {
      ast = undefined;
    }
    const offset = piece.kind === 'esm' ? 1 : 2;
    return { piece, text, ast, lineOf: lineFinder(text, piece.line - offset) };
  });
  // The names the note's own imports and exports bind; each expression adds its own (arrow parameters).
  const bound = new Set<string>();
  for (const { piece, ast } of wrapped)
    if (ast && piece.kind === 'esm') for (const n of boundNames(ast.frontmatter as Node)) bound.add(n);
  const used = new Set<string>();
  for (const { piece, ast, lineOf } of wrapped) {
    if (!ast) {
      out.findings.push({ line: piece.line, what: 'cannot be read as code' });
      continue;
    }
    const program =
      piece.kind === 'esm' ? ((ast.frontmatter as Node).program as Node) : ((ast.body as Node[])[0] as Node);
    const own = new Set([...bound, ...boundNames(program)]);
    walkProgram(program, lineOf, false, out, { bound: own, literals: new Set() });
    collectUses(program, used, piece.kind === 'esm');
  }
  return { ...dedupe(out), used, bound };
}

/** The names a piece of code reads (not the names it declares or imports). */
function collectUses(root: Node, used: Set<string>, esm: boolean): void {
  const stack: [Node, Node | undefined, string][] = [[root, undefined, '']];
  while (stack.length) {
    const [node, parent, key] = stack.pop()!;
    if (esm && node.type === 'ImportDeclaration') continue;
    if (node.type === 'Identifier' && !isPropertyName(parent, key)) used.add(String(node.name));
    if (node.type === 'JSXIdentifier' && parent?.type !== 'JSXAttribute' && key !== 'property')
      used.add(String(node.name));
    for (const [child, childKey] of children(node)) stack.push([child, node, childKey]);
  }
}

/**
 * The files a stylesheet refers to: `@import`s and `url()`s (which the
 * bundler copies into the site), with their lines. A stylesheet css-tree
 * cannot read gives an error instead.
 */
export function readStylesheet(
  css: string,
  firstLine = 1,
): { references: { specifier: string; line: number }[]; error?: string } {
  const references: { specifier: string; line: number }[] = [];
  let error: string | undefined;
  let ast;
  try {
    ast = cssTree.parse(css, {
      positions: true,
      onParseError: (e) => {
        error ??= `${e.message} (line ${(e as { line?: number }).line ?? 1})`;
      },
    });
  } catch (e) {
    return { references, error: e instanceof Error ? e.message : String(e) };
  }
  cssTree.walk(ast, (node) => {
    const line = (node.loc?.start.line ?? 1) + firstLine - 1;
    if (node.type === 'Url') references.push({ specifier: node.value, line });
    if (node.type === 'Atrule' && node.name.toLowerCase() === 'import' && node.prelude?.type === 'AtrulePrelude') {
      const first = node.prelude.children.first;
      if (first?.type === 'String') references.push({ specifier: first.value, line });
    }
    // image-set("a.png" 1x): the bundler rewrites plain strings there too.
    if (node.type === 'Function' && /^(?:-webkit-)?image-set$/i.test(node.name))
      node.children.forEach((child) => {
        if (child.type === 'String') references.push({ specifier: child.value, line });
      });
  });
  return { references, ...(error !== undefined && { error }) };
}
