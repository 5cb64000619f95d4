import { parse as parseYaml } from 'yaml';
import { fencedCodeLines } from '../lib/fences.ts';
import { utcDay } from '../lib/dates.ts';
import type { Property } from './notion-properties.ts';

/**
 * Markdown saved from a blog or a static site (Jekyll, Hugo, Eleventy):
 * - its front matter (YAML between `---` lines, or Hugo's TOML between
 *   `+++`) becomes properties: title, date, author, tags, categories…;
 * - template tags (`{% include … %}`, `{{ page.title }}`, kramdown's
 *   `{: .class}`) are kept as code, readable as the text they are;
 *   `{% highlight lang %}…{% endhighlight %}` becomes a fenced code block;
 * - inline HTML a Markdown writer mixes in (`<br>`, `<em>`, `<i>`, `<cite>`,
 *   `<strong>`, `<b>`, `<code>`, `<a href>`, `<img>`) becomes its Markdown
 *   equivalent; other HTML is left for the escaper, which shows it as text;
 * - an image with a relative address (not saved with the note) becomes its
 *   alt text.
 */
export interface MarkdownSource {
  properties: Property[];
  body: string;
  /** Whether the file had front matter. */
  frontMatter: boolean;
}

/** Front matter keys and the property names the importer's field tables know them by. */
const KEY_NAMES: Record<string, string> = {
  date: 'Published',
  published: 'Published',
  pubdate: 'Published',
  publishdate: 'Published',
  'date published': 'Published',
  categories: 'Tags',
  category: 'Tags',
  keywords: 'Tags',
  canonical_url: 'URL',
  canonicalurl: 'URL',
  canonical: 'URL',
  link: 'URL',
  original_url: 'URL',
};

function scalarText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return utcDay(value);
  if (Array.isArray(value)) return value.map(scalarText).filter(Boolean).join(', ') || undefined;
  if (typeof value === 'object') {
    const name = (value as Record<string, unknown>).name;
    return typeof name === 'string' ? name : undefined;
  }
  // A web clipper's link to a note of the vault ("[[Inês Kowalczyk]]", "[[people/ines|Inês]]"): its text.
  return (
    String(value)
      .trim()
      .replace(/^\[\[(?:[^\]|]*\|)?([^\]|]+)\]\]$/, '$1')
      .trim() || undefined
  );
}

/** Hugo's TOML front matter, the part people write: `key = "value"`, `key = ["a", "b"]`, numbers, booleans and dates. */
function readToml(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const line of text.split('\n')) {
    const m = /^\s*([\w.-]+)\s*=\s*(.+?)\s*$/.exec(line);
    if (!m) continue;
    const raw = m[2]!;
    if (raw.startsWith('[')) out[m[1]!] = [...raw.matchAll(/"([^"]*)"|'([^']*)'/g)].map((x) => x[1] ?? x[2]);
    else out[m[1]!] = raw.replace(/^"(.*)"$|^'(.*)'$/, '$1$2');
  }
  return out;
}

/** The front matter and the rest of the file. */
export function splitFrontMatter(text: string): { data?: Record<string, unknown>; body: string } {
  const yaml = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  const toml = yaml ? undefined : /^\+\+\+[ \t]*\n([\s\S]*?)\n\+\+\+[ \t]*(?:\n|$)/.exec(text);
  const m = yaml ?? toml;
  if (!m) return { body: text };
  let data: unknown;
  try {
    data = yaml ? parseYaml(m[1]!, { version: '1.1' }) : readToml(m[1]!);
  } catch {
    return { body: text };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { body: text };
  return { data: data as Record<string, unknown>, body: text.slice(m[0].length) };
}

/** Inline HTML tags and their Markdown: applied to prose outside code. */
function inlineHtml(text: string): string {
  return text
    .replace(/<br\s*\/?>\s*$/i, '\\')
    .replace(/<br\s*\/?>/gi, '\\\n')
    .replace(/<(em|i|cite|var|dfn)>([^<>\n]{1,500}?)<\/\1>/gi, (_m, _t, inner: string) => `*${inner.trim()}*`)
    .replace(/<(strong|b)>([^<>\n]{1,500}?)<\/\1>/gi, (_m, _t, inner: string) => `**${inner.trim()}**`)
    .replace(/<(code|kbd|samp|tt)>([^<>`\n]{1,500}?)<\/\1>/gi, (_m, _t, inner: string) => `\`${inner}\``)
    .replace(
      /<(sup|sub|small|span|mark|abbr|u|ins|q)(?:\s+[^<>]{0,200})?>([^<>\n]{0,500}?)<\/\1>/gi,
      (_m, tag: string, inner: string) => (tag.toLowerCase() === 'q' ? `“${inner}”` : inner),
    )
    .replace(
      /<a\s+[^<>]{0,300}?href\s*=\s*["']([^"'<>\s]{1,2000})["'][^<>]{0,300}>([^<>\n]{0,500}?)<\/a>/gi,
      (_m, href: string, inner: string) => `[${inner.trim() || href}](${href})`,
    )
    .replace(/<img\s+[^<>]{0,1000}>/gi, (tag) => {
      // Only a plain image (address, description, size) is rewritten; one with handlers or other attributes stays, as text.
      const attributes = [...tag.matchAll(/\s([\w-]+)\s*=/g)].map((m) => m[1]!.toLowerCase());
      if (attributes.some((a) => !['src', 'alt', 'title', 'width', 'height', 'loading', 'class'].includes(a)))
        return tag;
      const alt = /\balt\s*=\s*["']([^"'<>]*)["']/i.exec(tag)?.[1] ?? '';
      const src = /\bsrc\s*=\s*["']([^"'<>\s]*)["']/i.exec(tag)?.[1] ?? '';
      if (/^https?:\/\//i.test(src)) return `![${alt}](${src})`;
      if (!isRelative(src)) return tag;
      return alt.trim() || `(image: ${src.split('/').pop()})`;
    });
}

/** An address relative to the page (no scheme, not protocol-relative): an image the note does not have. */
const isRelative = (src: string) =>
  src !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(src.trim()) && !src.startsWith('//') && !/&#|%3a|&colon;/i.test(src);

/** Template tags as code spans: `{% … %}`, `{{ … }}`, `{: … }`. */
function templateTags(text: string): string {
  return text.replace(/\{%-?[^%\n]{0,500}?-?%\}|\{\{-?[^}\n]{0,500}?-?\}\}|\{:[^}\n]{0,300}\}/g, (tag) => `\`${tag}\``);
}

/** A Markdown image whose address is relative: its alt text (or file name) instead. */
function relativeImages(text: string): string {
  return text.replace(
    /!\[([^\]\n]{0,500})\]\(\s*([^)\s]{1,1000})(?:\s+"[^"\n]*")?\s*\)/gi,
    (whole, alt: string, src: string) => (isRelative(src) ? alt.trim() || `(image: ${src.split('/').pop()})` : whole),
  );
}

/** A line's prose parts (outside code spans) rewritten by `fn`. */
function outsideCode(line: string, fn: (prose: string) => string): string {
  const parts = line.split(/(`+[^`]*?`+)/);
  return parts.map((p, i) => (i % 2 === 1 && /^(`+)[^`]*\1$/.test(p) ? p : fn(p))).join('');
}

/** The body made readable: see the module comment. Fenced code is left alone. */
export function cleanMarkdownBody(body: string): string {
  const out: string[] = [];
  const code = fencedCodeLines(body);
  for (const [i, line] of body.split('\n').entries()) {
    if (code.has(i)) {
      out.push(line);
      continue;
    }
    const highlight = /^\s*\{%-?\s*highlight\s+([\w+-]+)[^%]*%\}\s*$/.exec(line);
    if (highlight) {
      out.push(`\`\`\`${highlight[1]}`);
      continue;
    }
    if (/^\s*\{%-?\s*endhighlight\s*-?%\}\s*$/.test(line)) {
      out.push('```');
      continue;
    }
    out.push(outsideCode(line, (prose) => templateTags(relativeImages(inlineHtml(prose)))));
  }
  return out.join('\n');
}

/** Reads a Markdown file: front matter as properties, the body made readable. */
export function readMarkdownSource(text: string): MarkdownSource {
  const { data, body } = splitFrontMatter(text);
  const properties: Property[] = [];
  for (const [key, value] of Object.entries(data ?? {})) {
    let v = scalarText(value);
    if (v === undefined) continue;
    // A clipper's "source:" is the page's address ("source: https://…"), not a publication's name.
    const name =
      key.toLowerCase() === 'source' && /^https?:\/\/\S+$/.test(v) ? 'URL' : (KEY_NAMES[key.toLowerCase()] ?? key);
    // "2025-02-14 09:30:00 +0100": the day is what a note keeps.
    if (name === 'Published') v = /^(\d{4}-\d{2}-\d{2})[ T]/.exec(v)?.[1] ?? v;
    const same = properties.find((p) => p.key.toLowerCase() === name.toLowerCase());
    if (same && name === 'Tags') same.value = `${same.value}, ${v}`;
    else if (same) properties.push({ key, value: v });
    else properties.push({ key: name, value: v });
  }
  return { properties, body: cleanMarkdownBody(body), frontMatter: data !== undefined };
}
