import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { packageProblem, readCode, readStylesheet, type CodeReference } from './code-reader.ts';

/**
 * The files a shared note reaches through its imports, level by level:
 * components and scripts (read with ./code-reader.ts), the stylesheets they
 * and the note import (`@import`, `url()`), the images and fonts those name,
 * and other notes. Everything it reaches must be inside the content root and
 * be one of these kinds; code must do nothing that could read a note or a
 * file. Each problem names the chain that leads to it, from the note:
 * `applications/a.mdx → lib/Recent.astro:4: reads other notes (import.meta.glob)`.
 */

export type FileKind = 'note' | 'code' | 'style' | 'asset';

const KINDS: Record<string, FileKind> = {
  '.md': 'note',
  '.mdx': 'note',
  '.astro': 'code',
  '.ts': 'code',
  '.mts': 'code',
  '.cts': 'code',
  '.js': 'code',
  '.mjs': 'code',
  '.cjs': 'code',
  '.jsx': 'code',
  '.tsx': 'code',
  '.css': 'style',
};
// Files the bundler copies into the site as they are (or as resized images).
for (const ext of [
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  'avif',
  'svg',
  'ico',
  'bmp',
  'tif',
  'tiff',
  'woff',
  'woff2',
  'ttf',
  'otf',
  'eot',
  'mp4',
  'webm',
  'ogg',
  'mp3',
  'wav',
  'm4a',
  'pdf',
])
  KINDS[`.${ext}`] = 'asset';

/** What a file is to the mentor copy, by its extension; undefined for anything else (data, text). */
export const fileKind = (path: string): FileKind | undefined => KINDS[extname(path).toLowerCase()];

// Extensions the bundler tries for an import written without one, and folder index files.
const TRIED = ['', '.ts', '.mts', '.js', '.mjs', '.tsx', '.jsx', '.astro', '.mdx', '.md', '.css', '.json'];
const IS_URL = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i;

/** `./a.svg?url#x` → [`./a.svg`, `?url#x`]. */
export function splitQuery(specifier: string): [string, string] {
  const at = specifier.search(/[?#]/);
  return at === -1 ? [specifier, ''] : [specifier.slice(0, at), specifier.slice(at)];
}

/** The file a relative specifier names from `from` (a file), the way the bundler looks for it; undefined when none. */
export function resolveRelative(from: string, path: string): string | undefined {
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    // Not percent-encoded: as written.
  }
  const base = resolve(dirname(from), decoded);
  for (const candidate of [
    ...TRIED.map((ext) => base + ext),
    ...TRIED.slice(1).map((ext) => join(base, `index${ext}`)),
  ]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not this one.
    }
  }
  return undefined;
}

export const isInside = (root: string, path: string) =>
  path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

/** A path with every link resolved, or as written when it cannot be resolved. */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Whether a path inside the content root goes through a symbolic link (the
 * file, or a folder on the way): the mentor copy follows no links, since a
 * link makes a file of the copy out of any file of the disk.
 */
export function throughLink(root: string, realRoot: string, path: string): boolean {
  return realPath(path) !== join(realRoot, relative(root, path));
}

/** `throughLink` for one path, working out the content root's own real path. */
export const isLink = (root: string, path: string) => throughLink(root, realPath(root), path);

export interface Reached {
  /** Files besides notes the copy needs: absolute path → kind. */
  files: Map<string, FileKind>;
  /** Notes imported (shared ones; an unshared one is a problem). */
  notes: Set<string>;
  /**
   * What the copy refuses, at the line of the note that starts the chain; `code` when it is
   * something code does (a finding of ./code-reader.ts), not a file it may not reach.
   */
  problems: { line: number; message: string; code?: true }[];
}

interface Pending {
  file: string;
  /** The chain so far, as shown: `applications/a.mdx → lib/X.astro:4`. */
  chain: string;
  /** The note's own line this chain starts at. */
  line: number;
  client: boolean;
}

/**
 * Follows a note's references (its imports, and for stylesheets their
 * `@import`s and `url()`s) through every level. `isShared` says whether a
 * note file is shared. A specifier the note itself writes that names no file
 * is left to the MDX compiler's own check; deeper down it is a problem here.
 */
export function followReferences(
  root: string,
  note: string,
  references: readonly Pick<CodeReference, 'specifier' | 'line' | 'client'>[],
  isShared: (path: string) => boolean,
): Reached {
  const reached: Reached = { files: new Map(), notes: new Set(), problems: [] };
  const realRoot = realPath(root);
  const shown = (path: string) => relative(root, path).split(sep).join('/') || path;
  const visited = new Set<string>();
  const queue: (Pending & { refs: readonly Pick<CodeReference, 'specifier' | 'line' | 'client'>[] })[] = [
    { file: note, chain: shown(note), line: 0, client: false, refs: references },
  ];

  const visit = (from: Pending, ref: Pick<CodeReference, 'specifier' | 'line' | 'client'>, styleRef: boolean) => {
    const line = from.line || ref.line;
    const here = from.line ? `${from.chain}:${ref.line}` : from.chain;
    const problem = (what: string) => reached.problems.push({ line, message: `${here}: ${what}` });
    const client = from.client || ref.client;
    const [path, query] = splitQuery(ref.specifier);
    // A stylesheet's url(data:…), url(https://…) and url(#id) name nothing of the content root.
    if (styleRef && (path === '' || IS_URL.test(ref.specifier))) return;
    if (path.startsWith('/')) {
      // A stylesheet's absolute url() names a file of the site's public folder, served as it is.
      if (!styleRef) problem(`imports "${ref.specifier}" by an absolute path; write a path relative to the file`);
      return;
    }
    // In a stylesheet, `url(bg.png)` is relative like `url(./bg.png)`; a name no file has is a package's.
    const local = path.startsWith('.')
      ? path
      : styleRef && resolveRelative(from.file, `./${path}`)
        ? `./${path}`
        : undefined;
    if (local === undefined) {
      const why = styleRef ? undefined : packageProblem(path, client);
      if (why) problem(why);
      return;
    }
    const target = resolveRelative(from.file, local);
    if (!target) {
      if (from.line) problem(`imports "${ref.specifier}", which is not there`);
      return;
    }
    const next = `${here} → ${shown(target)}`;
    if (!isInside(root, target)) {
      problem(`reaches ${target}, outside the content root; the mentor copy takes files only from inside it`);
      return;
    }
    if (throughLink(root, realRoot, target)) {
      problem(
        `reaches ${shown(target)}, a symbolic link; the mentor copy follows no links (put the file itself there)`,
      );
      return;
    }
    const kind = fileKind(target);
    if (kind === undefined) {
      problem(
        `reads ${shown(target)}, which is no image, stylesheet, component or note; the mentor copy refuses data files a shared note could print (move what it holds into the note)`,
      );
      return;
    }
    if (kind === 'note') {
      if (query) problem(`reads the note ${shown(target)} with "${query}"; import a shared note without a query`);
      else if (!isShared(target))
        problem(`reads the unshared note ${shown(target)}; share it too, or remove the import`);
      else reached.notes.add(target);
      return;
    }
    if (styleRef && kind === 'code') {
      problem(`names ${shown(target)}, which is code, in a stylesheet`);
      return;
    }
    if (kind === 'code' && query) {
      problem(`reads the code ${shown(target)} with "${query}"`);
      return;
    }
    if (kind === 'style' && /[?&]raw\b/.test(query)) {
      problem(`reads ${shown(target)} with "${query}"`);
      return;
    }
    reached.files.set(target, kind);
    const key = `${target}\0${client}`;
    if (visited.has(key) || kind === 'asset') return;
    visited.add(key);
    const pending = { file: target, chain: next, line, client };
    let text: string;
    try {
      text = readFileSync(target, 'utf8');
    } catch (error) {
      problem(`cannot read ${shown(target)} (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
    if (kind === 'style') {
      const sheet = readStylesheet(text);
      if (sheet.error) problem(`${shown(target)} cannot be read as CSS: ${sheet.error}`);
      queue.push({ ...pending, refs: sheet.references.map((r) => ({ ...r, client, style: true })) });
      return;
    }
    const code = readCode(text, extname(target).toLowerCase() === '.astro' ? 'astro' : 'module');
    for (const finding of code.findings)
      reached.problems.push({ line, message: `${next}:${finding.line}: ${finding.what}`, code: true });
    queue.push({ ...pending, refs: code.references });
    for (const style of code.styles) {
      const sheet = readStylesheet(style.css, style.line);
      if (sheet.error)
        reached.problems.push({
          line,
          message: `${next}:${style.line}: its <style> cannot be read as CSS: ${sheet.error}`,
        });
      queue.push({ ...pending, refs: sheet.references.map((r) => ({ ...r, client, style: true })) });
    }
  };

  for (let at = 0; at < queue.length; at++) {
    const item = queue[at]!;
    for (const ref of item.refs) visit(item, ref, (ref as { style?: boolean }).style === true);
  }
  return reached;
}
