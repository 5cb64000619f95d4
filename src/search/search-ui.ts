/**
 * The search page's script. Pagefind's own code, its WebAssembly and the
 * index's metadata start loading as soon as the page is idle, or earlier when
 * the search box gets focus or a `?q=` comes from the header form, so the
 * first result appears sooner; a query typed before they arrive waits for
 * them and then runs. Note pages load none of this. The filter menus
 * come filled from the build. A first search shows five results, about a
 * phone's screen, and so downloads the index chunks of its words and five
 * excerpts (each excerpt is cut from its note's whole text, 4–5 KB gzipped);
 * "Show more" adds ten at a time.
 */

import { BUCKET_LIST } from './buckets.ts';
import { selectFromAddress } from './filter-vocabulary.ts';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  /** Adds another index to every search: the buckets of ours besides the first. */
  mergeIndex(path: string, o: Record<string, unknown>): Promise<void>;
  /** Fetches the WebAssembly and the index's metadata, which a first search would otherwise wait for. */
  init?(): Promise<void>;
  search(term: string | null, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/** Results shown at first: a phone's screen. */
const FIRST_PAGE = 5;
/** Results each "Show more" adds. */
const PAGE_SIZE = 10;
let pagefind: Promise<Pagefind> | undefined;

/**
 * Pagefind with every bucket of the index merged in. `base` is the path the
 * site is served under (`/`, or `DOSSIER_BASE`), from the form's `data-base`.
 */
function loadPagefind(base: string): Promise<Pagefind> {
  pagefind ??= (async () => {
    const folder = `${base}pagefind/`;
    // The index holds URLs relative to the site's root; baseUrl puts them under the base path.
    const options = { excerptLength: 24, baseUrl: base };
    const buckets = fetch(`${folder}${BUCKET_LIST}`).then((r) => (r.ok ? (r.json() as Promise<string[]>) : []));
    // The path is only known once the site is built; keep the bundler's hands off it (a plain
    // variable: Vite reads a template literal in import() as a pattern of files to bundle).
    const script = `${folder}pagefind.js`;
    const pf = (await import(/* @vite-ignore */ script)) as Pagefind;
    // noWorker: search runs on the page, as Pagefind did before 1.6, instead of in a web worker
    // that downloads a second copy of Pagefind's code (12 KB gzipped) before the first result.
    await pf.options({ ...options, noWorker: true });
    await pf.init?.();
    await Promise.all((await buckets).map((bucket) => pf.mergeIndex(`${folder}${bucket}`, options)));
    return pf;
  })();
  return pagefind;
}

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = document.querySelector<HTMLInputElement>('#search-q')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const more = document.querySelector<HTMLButtonElement>('#search-more')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const base = form.dataset.base ?? '/';
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  // Any name of a value, as /applications/ takes it: `?stage=offer` or `?stage=Offer` (src/search/filter-vocabulary.ts).
  for (const select of selects) {
    const chosen = selectFromAddress(select, params);
    if (chosen && 'value' in chosen) select.value = chosen.value;
  }

  const toItem = (r: Awaited<ReturnType<PagefindResult['data']>>) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = r.url;
    a.textContent = r.meta.title ?? r.url;
    const p = document.createElement('p');
    // Pagefind escapes the page text and adds only <mark> around matches.
    p.innerHTML = r.excerpt;
    li.append(a, p);
    return li;
  };

  let generation = 0;
  let results: PagefindResult[] = [];
  const describe = () => {
    const count = results.length;
    const shown = list.children.length;
    status.textContent =
      count === 0
        ? 'No notes match.'
        : `${count} note${count === 1 ? '' : 's'} found${count > shown ? `, showing ${shown}` : ''}.`;
    more.hidden = shown >= count;
  };
  /** Appends the next `count` results; `focusFirst` moves focus to the first new one. */
  const showMore = async (current: number, count: number, focusFirst: boolean) => {
    const start = list.children.length;
    more.disabled = true;
    const page = await Promise.all(results.slice(start, start + count).map((r) => r.data()));
    more.disabled = false;
    if (current !== generation) return;
    const items = page.map(toItem);
    list.append(...items);
    describe();
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  };
  const run = async () => {
    const term = input.value.trim();
    const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter!, s.value]));
    const current = ++generation;
    const url = new URL(location.href);
    url.search = new URLSearchParams({ ...(term ? { q: term } : {}), ...filters }).toString();
    history.replaceState(null, '', url);
    if (!term && Object.keys(filters).length === 0) {
      results = [];
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    status.textContent = 'Searching…';
    const pf = await loadPagefind(base);
    const search = await pf.search(term || null, { filters });
    if (!search || current !== generation) return;
    results = search.results;
    list.replaceChildren();
    await showMore(current, FIRST_PAGE, false);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const preload = () => void loadPagefind(base);
  input.addEventListener('focus', preload, { once: true });
  // Once the page has settled; Safari has no requestIdleCallback.
  if ('requestIdleCallback' in window) requestIdleCallback(preload, { timeout: 2000 });
  else setTimeout(preload, 500);
  more.addEventListener('click', () => void showMore(generation, PAGE_SIZE, true));
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 150);
  });
  for (const select of selects) select.addEventListener('change', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  if (input.value || selects.some((s) => s.value)) void run();
}
