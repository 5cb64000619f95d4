/**
 * One vocabulary for the filters in a page's address, shared by /search/ and
 * /applications/ (their scripts import this; it carries no other code): both
 * pages take the same parameters (`stage`, `company`, `role`, `year`, `kind`,
 * `q`) and, for each, any name the value goes by: a stage by its key, label
 * or an alias (`offer`, `Offer`), a company by its slug or name, a role family
 * by its slug or name, in any case and spacing. Each page's menus carry those
 * names on their options (`data-also`, written by src/search/filters.ts), so
 * `/search/?stage=offer` and `/applications/?stage=Offer` both work.
 */

/** Parameters an older address may use for a filter, by the name both pages use now. */
export const PARAM_ALIASES: Record<string, readonly string[]> = { role: ['family'] };

/** The form names are compared in: case, accents, spaces and punctuation do not matter ("No Answer" = "no-answer"). */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** One option of a filter menu: the value the page filters by, and every other name it goes by. */
export interface FilterChoice {
  value: string;
  /** What the option shows, when not its value (a stage's label for its key). */
  label?: string;
  also: readonly string[];
}

/** The option a written name means, or undefined when none goes by it. */
export function matchChoice(choices: readonly FilterChoice[], wanted: string): string | undefined {
  const folded = foldName(wanted);
  if (!folded) return undefined;
  return choices.find((c) => foldName(c.value) === folded || c.also.some((a) => foldName(a) === folded))?.value;
}

/** How an option's other names are written in its `data-also` attribute: one per line. */
export const joinAlso = (names: readonly string[]) => names.join('\n');

/** The value of one of the page's parameters, under its name or an older one. */
export function paramValue(params: URLSearchParams, name: string): string | undefined {
  for (const key of [name, ...(PARAM_ALIASES[name] ?? [])]) {
    const value = params.get(key)?.trim();
    if (value) return value;
  }
  return undefined;
}

/**
 * The option of a menu that a parameter of the address names: `{ value }`
 * when one does, `{ unknown }` with what was written when none does (the
 * page says so rather than ignore it), undefined when the address does not
 * give that parameter.
 */
export function selectFromAddress(
  select: HTMLSelectElement,
  params: URLSearchParams,
): { value: string } | { unknown: string } | undefined {
  const wanted = paramValue(params, select.name);
  if (wanted === undefined) return undefined;
  const choices = [...select.options]
    .filter((o) => o.value)
    .map((o) => ({ value: o.value, also: (o.dataset.also ?? '').split('\n').filter(Boolean) }));
  const value = matchChoice(choices, wanted);
  return value === undefined ? { unknown: wanted } : { value };
}
