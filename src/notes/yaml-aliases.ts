import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

/** A place in a note's data: `['history', 1, 'note']`. */
export type DataPath = (string | number)[];

/** A value a YAML alias (`*name`) repeats from a part of the frontmatter the copy withholds. */
export interface RepeatedValue {
  /** Where the alias sits, in the data as loaded. */
  path: DataPath;
  /** The anchor it repeats. */
  anchor: string;
  /** 1-based line in the frontmatter text. */
  line: number;
}

/**
 * The places of a frontmatter that a YAML alias fills with a value from a part
 * the copy withholds: `jobId: *pay` where `extra: { Pay: &pay "…" }` is
 * private. The loader resolves aliases, so the shared field holds the private
 * value as if written there; the filter must know it came from elsewhere.
 *
 * `withheld(path)` says whether a place is withheld. An anchor is private when
 * it is set inside a withheld place, or on a value that itself repeats a
 * private one (anchors are set before they are used, so one pass in document
 * order settles chains). A merge key (`<<: *x`) is a place `[..., '<<']`.
 * Linear in the size of the frontmatter.
 */
export function repeatedWithheldValues(yamlText: string, withheld: (path: DataPath) => boolean): RepeatedValue[] {
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines, uniqueKeys: false });
  const privateAnchors = new Set<string>();
  const found: RepeatedValue[] = [];
  // Returns whether the node holds a private value (under a withheld place, or by an alias).
  const visit = (node: unknown, path: DataPath, inWithheld: boolean): boolean => {
    const here = inWithheld || withheld(path);
    let holds = here;
    if (isAlias(node)) {
      if (privateAnchors.has(node.source)) {
        holds = true;
        if (!here) found.push({ path, anchor: node.source, line: lines.linePos(node.range?.[0] ?? 0).line });
      }
    } else if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key === undefined) continue;
        if (visit(pair.value, [...path, key], here)) holds = true;
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        if (visit(item, [...path, i], here)) holds = true;
      });
    }
    const anchor = (node as YamlNode | null)?.anchor;
    if (anchor && holds) privateAnchors.add(anchor);
    return holds;
  };
  visit(doc.contents, [], false);
  return found;
}

const GONE = Symbol('gone');

/** `data` without the values at `paths` (a merge key's place takes the whole map it is in). */
export function withoutPaths(data: Record<string, unknown>, paths: readonly DataPath[]): Record<string, unknown> {
  const lists = new Set<unknown[]>();
  for (const full of paths) {
    const merge = full.indexOf('<<');
    const path = merge === -1 ? full : full.slice(0, merge);
    if (path.length === 0) continue;
    let parent: unknown = data;
    for (const step of path.slice(0, -1)) parent = (parent as Record<string | number, unknown> | undefined)?.[step];
    const last = path.at(-1)!;
    // Items of a list are marked first and removed at the end, so no index moves under another path.
    if (Array.isArray(parent) && typeof last === 'number') {
      parent[last] = GONE;
      lists.add(parent);
    } else if (parent && typeof parent === 'object') delete (parent as Record<string, unknown>)[String(last)];
  }
  for (const list of lists) {
    const kept = list.filter((item) => item !== GONE);
    list.splice(0, list.length, ...kept);
  }
  return data;
}
