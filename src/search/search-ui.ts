/**
 * The search page's script. Pagefind's own code and index load only when the
 * user starts to search (focus, typing, or a `?q=` from the header form), so
 * opening the page costs one small script and nothing else.
 */

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

const PAGE_SIZE = 20;
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // The path is only known once the site is built; keep the bundler's hands off it.
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(async (pf: Pagefind) => {
    await pf.options({ excerptLength: 24 });
    return pf;
  });
  return pagefind;
}

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = document.querySelector<HTMLInputElement>('#search-q')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';

  let filtersFilled: Promise<void> | undefined;
  const fillFilters = () =>
    (filtersFilled ??= loadPagefind().then(async (pf) => {
      const available = await pf.filters();
      for (const select of selects) {
        const values = Object.keys(available[select.dataset.filter!] ?? {}).sort((a, b) => a.localeCompare(b));
        for (const value of values) select.add(new Option(value, value));
        const wanted = params.get(select.name);
        if (wanted && values.includes(wanted)) select.value = wanted;
      }
    }));

  let generation = 0;
  const run = async () => {
    const term = input.value.trim();
    const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter!, s.value]));
    const current = ++generation;
    const url = new URL(location.href);
    url.search = new URLSearchParams({ ...(term ? { q: term } : {}), ...filters }).toString();
    history.replaceState(null, '', url);
    if (!term && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    const pf = await loadPagefind();
    await fillFilters();
    const search = await pf.search(term || null, { filters });
    if (!search || current !== generation) return;
    const shown = await Promise.all(search.results.slice(0, PAGE_SIZE).map((r) => r.data()));
    if (current !== generation) return;
    list.replaceChildren(
      ...shown.map((r) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = r.url;
        a.textContent = r.meta.title ?? r.url;
        const p = document.createElement('p');
        // Pagefind escapes the page text and adds only <mark> around matches.
        p.innerHTML = r.excerpt;
        li.append(a, p);
        return li;
      }),
    );
    const count = search.results.length;
    status.textContent = count === 0 ? 'No notes match.' : `${count} note${count === 1 ? '' : 's'} found${count > PAGE_SIZE ? `, showing the first ${PAGE_SIZE}` : ''}.`;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('focus', () => void fillFilters(), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 150);
  });
  for (const select of selects) select.addEventListener('change', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  if (input.value || selects.some((s) => params.get(s.name))) void fillFilters().then(run);
}
