import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseAstro } from '@astrojs/compiler-rs';

/**
 * The site's own words: every text and string literal of the code that
 * makes the pages (components, layouts, pages, and the modules they read
 * labels from), month and weekday names as dates are shown, read from
 * Dossier's source with the parser the build uses. The mentor copy's
 * self-check treats these as public: an unshared article named
 * `follow-up.mdx` or titled "Timeline" is no secret on a page whose own
 * menu says "Timeline" and whose overview says "Follow up".
 *
 * The importer, the benchmark, the commands and validation make no page and
 * are left out: their word lists (tracker columns, job titles, languages)
 * would make words public that no page of the copy shows.
 */
const SOURCE = resolve(import.meta.dirname, '..');
const LEFT_OUT = new Set(['import', 'bench', 'cli', 'validate']);

// How dates are shown on pages (date-fns, English): their words are the calendar's, not the owner's.
const CALENDAR = [
  ...[
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  ...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
];

type Node = { type?: unknown; [key: string]: unknown };

/** Every string, template text and JSX text in a parsed file. */
function textsOf(tree: unknown, out: string[]): void {
  const stack: unknown[] = [tree];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    if (!node || typeof node !== 'object') continue;
    const n = node as Node;
    if (n.type === 'Literal' && typeof n.value === 'string') out.push(n.value);
    else if (n.type === 'TemplateElement') out.push(String((n.value as { cooked?: unknown })?.cooked ?? ''));
    else if (n.type === 'JSXText') out.push(String(n.value ?? ''));
    for (const value of Object.values(n)) if (value && typeof value === 'object') stack.push(value);
  }
}

let cached: string[] | undefined;

/**
 * The site's own words, as texts (a phrase stays one text). Read once per
 * process, and kept in `cacheDir` (when given) while Dossier's source stays
 * the same: parsing it takes a second, reading the kept words a few milliseconds.
 */
export function siteWords(cacheDir?: string): string[] {
  if (cached) return cached;
  const files: { path: string; source: string }[] = [];
  const hash = createHash('sha256');
  for (const entry of readdirSync(SOURCE, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(?:ts|astro)$/.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    if (LEFT_OUT.has(path.slice(SOURCE.length + 1).split(/[/\\]/)[0]!)) continue;
    const source = readFileSync(path, 'utf8');
    files.push({ path, source });
    hash.update(`${path.slice(SOURCE.length)}\0${source}\0`);
  }
  files.sort((a, b) => (a.path < b.path ? -1 : 1));
  const digest = hash.digest('hex');
  const kept = cacheDir ? join(cacheDir, 'dossier-site-words.json') : undefined;
  if (kept) {
    try {
      const stored = JSON.parse(readFileSync(kept, 'utf8')) as { digest?: string; words?: string[] };
      if (stored.digest === digest && Array.isArray(stored.words)) return (cached = stored.words);
    } catch {
      // Not kept yet, or unreadable: read the source.
    }
  }
  const texts: string[] = [...CALENDAR, ...CALENDAR.map((name) => name.slice(0, 3))];
  for (const { path, source } of files) {
    try {
      // A module is read as the frontmatter of an empty component: the same parser, TypeScript included.
      const { ast } = parseAstro(path.endsWith('.astro') ? source : `---\n${source}\n---\n`);
      textsOf(ast, texts);
    } catch {
      // Dossier's own source always parses; a file that does not adds no words.
    }
  }
  cached = [...new Set(texts.filter((t) => /[\p{L}\p{N}]/u.test(t)))];
  if (kept) {
    try {
      mkdirSync(cacheDir!, { recursive: true });
      writeFileSync(`${kept}.tmp`, JSON.stringify({ digest, words: cached }));
      renameSync(`${kept}.tmp`, kept);
    } catch {
      // A cache that cannot be written costs time next build, nothing else.
    }
  }
  return cached;
}
