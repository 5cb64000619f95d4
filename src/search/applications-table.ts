import { matchChoice, paramValue, PARAM_ALIASES, type FilterChoice } from './filter-vocabulary.ts';

/**
 * The sort and filter controls of /applications/, a progressive enhancement:
 * without this script the table is complete, newest first. With it, the
 * column headers sort (a second click reverses), the filters above the table
 * narrow it by stage, company, role family, year and words, and the state
 * lives in the page's URL (`?stage=offer&sort=company`), so a view can be
 * bookmarked and the back button keeps it. The address takes the same
 * parameters and names as /search/'s (src/search/filter-vocabulary.ts). The
 * rows carry what they are sorted and filtered by in data attributes
 * (src/components/ApplicationTable.astro).
 */

/** Sortable columns and the row attribute each reads. */
export const SORT_KEYS = ['position', 'company', 'role', 'stage', 'date'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const FILTER_KEYS = ['stage', 'company', 'role', 'year', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface TableState {
  sort: SortKey;
  dir: 'asc' | 'desc';
  filters: Partial<Record<FilterKey, string>>;
}

/** The default view: newest first, as the page is without the script. */
export const DEFAULT_STATE: TableState = { sort: 'date', dir: 'desc', filters: {} };

/**
 * The state a URL's query says, each menu's value as its option's (`?stage=Offer` is the option
 * `offer`): a value no option goes by is left out and listed in `unknown`, so the page can say so.
 */
export function readState(
  search: string,
  choices: Partial<Record<FilterKey, readonly FilterChoice[]>> = {},
): TableState & { unknown: { key: FilterKey; value: string }[] } {
  const params = new URLSearchParams(search);
  const written = params.get('sort');
  const sort = written && Object.entries(PARAM_ALIASES).find(([, old]) => old.includes(written))?.[0];
  const dir = params.get('dir');
  const filters: TableState['filters'] = {};
  const unknown: { key: FilterKey; value: string }[] = [];
  for (const key of FILTER_KEYS) {
    const value = paramValue(params, key);
    if (!value) continue;
    const menu = choices[key];
    const chosen = menu ? matchChoice(menu, value) : value;
    if (chosen !== undefined) filters[key] = chosen;
    else unknown.push({ key, value });
  }
  const sortKey = SORT_KEYS.find((k) => k === (sort || written)) ?? DEFAULT_STATE.sort;
  return {
    sort: sortKey,
    dir: dir === 'asc' || dir === 'desc' ? dir : sortKey === 'date' ? 'desc' : 'asc',
    filters,
    unknown,
  };
}

/** The query string of a state; the default view has none. */
export function writeState(state: TableState): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (state.filters[key]) params.set(key, state.filters[key]!);
  if (state.sort !== DEFAULT_STATE.sort || state.dir !== DEFAULT_STATE.dir) {
    params.set('sort', state.sort);
    params.set('dir', state.dir);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** What a row offers the sort and the filters. */
export interface RowValues {
  position: string;
  company: string;
  role: string;
  stage: string;
  stageOrder: number;
  date: string;
  year: string;
  /** What the words filter looks in (the page says which fields: TEXT_FIELDS in ApplicationTable.astro). */
  text: string;
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

export function rowMatches(row: RowValues, filters: TableState['filters']): boolean {
  if (filters.stage && row.stage !== filters.stage) return false;
  if (filters.company && row.company !== filters.company) return false;
  if (filters.role && row.role !== filters.role) return false;
  if (filters.year && row.year !== filters.year) return false;
  if (filters.q) {
    const text = fold(row.text);
    if (
      !fold(filters.q)
        .split(/\s+/)
        .filter(Boolean)
        .every((word) => text.includes(word))
    )
      return false;
  }
  return true;
}

/** Orders rows by a column; undated rows last whichever the direction, ties newest first. */
export function compareRows(a: RowValues, b: RowValues, sort: SortKey, dir: 'asc' | 'desc'): number {
  const sign = dir === 'asc' ? 1 : -1;
  if (sort === 'date') {
    if (!a.date || !b.date) return (a.date ? 0 : 1) - (b.date ? 0 : 1) || a.position.localeCompare(b.position);
    return sign * a.date.localeCompare(b.date) || a.position.localeCompare(b.position);
  }
  const primary =
    sort === 'stage' ? a.stageOrder - b.stageOrder : a[sort].localeCompare(b[sort], 'en', { sensitivity: 'base' });
  return sign * primary || b.date.localeCompare(a.date) || a.position.localeCompare(b.position);
}

const FILTER_NOUN: Record<FilterKey, string> = {
  stage: 'stage',
  company: 'company',
  role: 'role family',
  year: 'year',
  q: 'text',
};

const LABEL: Record<SortKey, string> = {
  position: 'position',
  company: 'company',
  role: 'role family',
  stage: 'stage',
  date: 'date',
};

/** Wires the table and its form on the page; does nothing where they are missing. */
export function startApplicationsTable(): void {
  const table = document.querySelector<HTMLTableElement>('#applications-table');
  const form = document.querySelector<HTMLFormElement>('#applications-filters');
  const status = document.querySelector<HTMLElement>('#applications-status');
  if (!table || !form || !status) return;
  const body = table.tBodies[0]!;
  const rows = [...body.rows].map((tr) => ({
    tr,
    values: {
      position: tr.dataset.position ?? '',
      company: tr.dataset.company ?? '',
      role: tr.dataset.role ?? '',
      stage: tr.dataset.stage ?? '',
      stageOrder: Number(tr.dataset.stageOrder ?? 0),
      date: tr.dataset.date ?? '',
      year: tr.dataset.year ?? '',
      text: tr.dataset.text ?? '',
    } satisfies RowValues,
  }));
  // Each menu's options and the other names they go by, for reading an address.
  const choices: Partial<Record<FilterKey, FilterChoice[]>> = {};
  for (const key of FILTER_KEYS) {
    const field = form.elements.namedItem(key);
    if (field instanceof HTMLSelectElement)
      choices[key] = [...field.options]
        .filter((o) => o.value)
        .map((o) => ({ value: o.value, also: (o.dataset.also ?? '').split('\n').filter(Boolean) }));
  }
  const headers = [...table.tHead!.rows[0]!.cells].filter((th) => th.dataset.sort);
  // Each sortable header gets a button; the header says how the table is sorted (aria-sort).
  for (const th of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = th.textContent?.trim() ?? '';
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      const key = th.dataset.sort as SortKey;
      const dir = state.sort === key ? (state.dir === 'asc' ? 'desc' : 'asc') : key === 'date' ? 'desc' : 'asc';
      state = { ...state, sort: key, dir };
      apply(true);
    });
  }
  let { unknown, ...state } = readState(location.search, choices);

  function apply(push: boolean) {
    for (const key of FILTER_KEYS) {
      const field = form!.elements.namedItem(key) as HTMLInputElement | HTMLSelectElement | null;
      if (field && field.value !== (state.filters[key] ?? '')) field.value = state.filters[key] ?? '';
    }
    const shown = rows.filter((r) => rowMatches(r.values, state.filters));
    shown.sort((a, b) => compareRows(a.values, b.values, state.sort, state.dir));
    const visible = new Set(shown);
    for (const r of rows) r.tr.hidden = !visible.has(r);
    body.append(...shown.map((r) => r.tr), ...rows.filter((r) => !visible.has(r)).map((r) => r.tr));
    for (const th of headers) {
      if (th.dataset.sort === state.sort)
        th.setAttribute('aria-sort', state.dir === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    // The phone's sort menu follows the state, whichever control set it.
    if (order) order.value = `${state.sort}-${state.dir}`;
    const filtered = Object.keys(state.filters).length > 0;
    // A value in the address that no option goes by is said, not silently dropped.
    const ignored = unknown.map(
      (u) => ` "${u.value}" is no ${FILTER_NOUN[u.key]} in this list: every ${FILTER_NOUN[u.key]} is shown.`,
    );
    status!.textContent = `${filtered ? `${shown.length} of ${rows.length}` : `All ${rows.length}`} applications, by ${LABEL[state.sort]} (${state.dir === 'asc' ? 'ascending' : 'descending'}).${ignored.join('')}`;
    const url = `${location.pathname}${writeState(state)}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) {
      if (push) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
  }

  const readForm = () => {
    unknown = [];
    const filters: TableState['filters'] = {};
    for (const key of FILTER_KEYS) {
      const field = form.elements.namedItem(key) as HTMLInputElement | HTMLSelectElement | null;
      const value = field?.value.trim();
      if (value) filters[key] = value;
    }
    state = { ...state, filters };
  };
  const order = form.elements.namedItem('order') as HTMLSelectElement | null;
  form.addEventListener('input', (event) => {
    if (event.target === order) return;
    readForm();
    apply(false);
  });
  order?.addEventListener('input', () => {
    const [sort, dir] = order.value.split('-') as [SortKey, 'asc' | 'desc'];
    state = { ...state, sort, dir };
    apply(true);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    readForm();
    apply(true);
  });
  form.addEventListener('reset', () => {
    queueMicrotask(() => {
      state = { ...DEFAULT_STATE, filters: {} };
      unknown = [];
      apply(true);
    });
  });
  window.addEventListener('popstate', () => {
    ({ unknown, ...state } = readState(location.search, choices));
    apply(false);
  });
  form.hidden = false;
  apply(false);
}
