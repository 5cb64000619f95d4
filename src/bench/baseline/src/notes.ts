import { getCollection } from 'astro:content';

/** What the plain site's pages show of an application; the frontmatter is read as it is. */
export interface PlainApplication {
  id: string;
  company: string;
  position: string;
  stage: string;
}

export const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export async function applications(): Promise<PlainApplication[]> {
  return (await getCollection('applications')).map((entry) => {
    const data = entry.data as unknown as Record<string, unknown>;
    return { id: entry.id, company: String(data.company), position: String(data.position), stage: String(data.stage) };
  });
}

/** Notes grouped by a key, for the list pages. */
export function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
