/**
 * The search page's script. Pagefind's own code, its WebAssembly and the
 * index's metadata start loading as soon as the page is idle, or earlier when
 * the search box gets focus or a `?q=` comes from the header form, so the
 * first result appears sooner; a query typed before they arrive waits for
 * them and then runs. Note pages load none of this. The filter menus
 * come filled from the build, and results are shown ten at a time: a first
 * search downloads the index chunks of its words and ten excerpts, nothing more.
 */

import { selectFromAddress } from './filter-vocabulary.ts';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  /** Fetches the WebAssembly and the index's metadata, which a first search would otherwise wait for. */
  init?(): Promise<void>;
  search(term: string | null, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/** Results shown at first and added by each "Show more". */
const PAGE_SIZE = 10;
let pagefind: Promise<Pagefind> | undefined;

/** `base` is the path the site is served under (`/`, or `DOSSIER_BASE`), from the form's `data-base`. */
function loadPagefind(base: string): Promise<Pagefind> {
  // The path is only known once the site is built; keep the bundler's hands off it.
  const url = `${base}pagefind/pagefind.js`;
  pagefind ??= import(/* @vite-ignore */ url).then(async (pf: Pagefind) => {
    // The index holds URLs relative to the site's root; baseUrl puts them under the base path.
    await pf.options({ excerptLength: 24, baseUrl: base });
    await pf.init?.();
    return pf;
  });
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
  /** Appends the next PAGE_SIZE results; `focusFirst` moves focus to the first new one. */
  const showMore = async (current: number, focusFirst: boolean) => {
    const start = list.children.length;
    more.disabled = true;
    const page = await Promise.all(results.slice(start, start + PAGE_SIZE).map((r) => r.data()));
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
    await showMore(current, false);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const preload = () => void loadPagefind(base);
  input.addEventListener('focus', preload, { once: true });
  // Once the page has settled; Safari has no requestIdleCallback.
  if ('requestIdleCallback' in window) requestIdleCallback(preload, { timeout: 2000 });
  else setTimeout(preload, 500);
  more.addEventListener('click', () => void showMore(generation, true));
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
