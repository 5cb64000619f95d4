import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { listFiles } from '../helpers/read-dist.ts';

/** A built page: its URL path and what kind of page it is. */
export interface BuiltPage {
  url: string;
  /** `/`, `/applications/`, `/applications/<id>/`, `/applications/<id>/prep/`, `/404.html`… */
  type: string;
  size: number;
}

/** Every HTML page of a build with its type: the URL with its second segment (the note, company, stage…) as `*`. */
export function builtPages(dist: string): BuiltPage[] {
  return listFiles(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const url = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
      const segments = url.split('/').filter(Boolean);
      const type =
        segments.length >= 2 && url.endsWith('/') ? `/${[segments[0], '*', ...segments.slice(2)].join('/')}/` : url;
      return { url, type, size: statSync(join(dist, file)).size };
    });
}

// Features axe must see at least once, wherever they are: task-list checkboxes, charts, folded blocks, private blocks.
const FEATURES = [/type="checkbox"/, /<svg[^>]*role="img"|<figure/, /<details/, /class="private"/];

/**
 * The pages to audit: of each type the largest (the most content, so the most
 * markup to get wrong) and, for note and group pages, the smallest; plus the
 * first page showing each special feature when no page chosen so far shows it.
 */
export function pagesToAudit(dist: string): BuiltPage[] {
  const pages = builtPages(dist);
  const chosen = new Map<string, BuiltPage>();
  const bySize = [...pages].sort((a, b) => b.size - a.size || (a.url < b.url ? -1 : 1));
  for (const page of bySize) if (!chosen.has(page.type)) chosen.set(page.type, page);
  // And the smallest of each kind of note or group page: empty states ("No applications.") have markup of their own.
  for (const page of bySize.reverse())
    if (page.type.includes('*') && !chosen.has(`${page.type} smallest`)) chosen.set(`${page.type} smallest`, page);
  const html = (page: BuiltPage) => readFileSync(join(dist, pagePath(page.url)), 'utf8');
  for (const feature of FEATURES) {
    if ([...chosen.values()].some((page) => feature.test(html(page)))) continue;
    const page = pages.find((p) => feature.test(html(p)));
    if (page) chosen.set(`${page.type} ${feature.source}`, page);
  }
  return [...new Map([...chosen.values()].map((p) => [p.url, p])).values()].sort((a, b) => (a.url < b.url ? -1 : 1));
}

/** The file a URL path is served from. */
export function pagePath(urlPath: string): string {
  const path = decodeURIComponent(urlPath.replace(/^\//, ''));
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

const ORIGIN = 'http://dossier.invalid';
const ATTRIBUTES = /\s(href|src|action|poster)="([^"]*)"|\ssrcset="([^"]*)"/g;
const IDS = /\s(?:id|name)="([^"]*)"/g;

/**
 * Every link in a build that does not resolve to a file of that build:
 * `href`/`src`/`action` in HTML (with `#fragment`s checked against the target's
 * ids), `url()` in CSS, and the page URLs in Pagefind's index, which the
 * search page turns into links. Returns how many links were checked and
 * the broken ones as "page → link (why)" lines. `base` is the path the site
 * is served under (`DOSSIER_BASE`): every link must stay inside it.
 */
export function checkLinks(dist: string, base = '/'): { checked: number; broken: string[] } {
  const files = new Set(listFiles(dist));
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) {
      ids = new Set([...readFileSync(join(dist, file), 'utf8').matchAll(IDS)].map((m) => decodeEntities(m[1]!)));
      idsCache.set(file, ids);
    }
    return ids;
  };
  const broken: string[] = [];
  let checked = 0;
  const check = (from: string, link: string) => {
    if (/^(mailto|tel|data|blob):/i.test(link)) return;
    checked += 1;
    const url = new URL(link, `${ORIGIN}${from}`);
    if (url.origin !== ORIGIN) {
      if (/^javascript:/i.test(link)) broken.push(`${from} → ${link} (a javascript: link)`);
      return;
    }
    if (!url.pathname.startsWith(base)) {
      broken.push(`${from} → ${link} (outside the base path ${base})`);
      return;
    }
    const target = pagePath(`/${url.pathname.slice(base.length)}`);
    if (!files.has(target)) {
      broken.push(`${from} → ${link} (no file ${target} in this build)`);
      return;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
      broken.push(`${from} → ${link} (no element with id "${fragment}" in ${target})`);
    }
  };
  for (const file of files) {
    const from = `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
    if (file.endsWith('.html')) {
      const html = readFileSync(join(dist, file), 'utf8');
      for (const m of html.matchAll(ATTRIBUTES)) {
        const links = m[3] !== undefined ? m[3].split(',').map((s) => s.trim().split(/\s+/)[0]!) : [m[2]!];
        for (const link of links) if (link) check(from, decodeEntities(link));
      }
    } else if (file.endsWith('.css')) {
      for (const m of readFileSync(join(dist, file), 'utf8').matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g))
        check(from, m[1]!);
    } else if (file.startsWith('pagefind/fragment/')) {
      const fragment = pagefindFragment(join(dist, file));
      // Pagefind stores URLs from the site's root; the search page puts them under the base path.
      check(`${base}search/`, `${base}${fragment.url.replace(/^\//, '')}`);
    }
  }
  return { checked, broken };
}

/** A Pagefind fragment file: gzip of the signature `pagefind_dcd` and the page's JSON. */
export function pagefindFragment(path: string): { url: string; meta: Record<string, string> } {
  const text = gunzipSync(readFileSync(path)).toString('utf8');
  return JSON.parse(text.slice(text.indexOf('{')));
}

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** Whether a build has a file at this URL path. */
export function hasPage(dist: string, urlPath: string): boolean {
  return existsSync(join(dist, pagePath(urlPath)));
}
