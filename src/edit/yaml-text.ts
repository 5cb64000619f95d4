import { load } from 'js-yaml';
import { parse } from 'yaml';

/**
 * A text value as the commands write it into YAML: plain when every reader a
 * note meets reads it back as the same text in that place (js-yaml, which
 * Astro's loader uses and which reads `2026-12-01` as a date; the `yaml`
 * package; and a YAML 1.1 reader, for which `yes` and `on` are booleans);
 * double-quoted otherwise (a JSON string is a valid YAML double-quoted one).
 * `flow` is inside `{ … }`, where a comma or a bracket ends the value.
 */
export function yamlText(value: string, place: 'flow' | 'block' = 'flow'): string {
  const plain =
    value !== '' &&
    value.trim() === value &&
    !/[\n\r]/.test(value) &&
    (place === 'block' || /^[\p{L}\p{N}][^,{}[\]#:"'&*!|>%@`\t\\]*$/u.test(value));
  if (plain) {
    const doc = place === 'flow' ? `{ v: ${value} }` : `v: ${value}`;
    try {
      const readers = [load(doc), parse(doc), parse(doc, { version: '1.1' })] as ({ v?: unknown } | null)[];
      if (readers.every((r) => r?.v === value)) return value;
    } catch {
      // fall through to quoting
    }
  }
  return JSON.stringify(value);
}

/** A field of a new note's frontmatter: text, a day (written plain: it is a date), or a list of flow steps. */
export type FrontmatterValue = string | { day: string } | { steps: Record<string, string | { day: string }>[] };

const valueText = (value: string | { day: string }, place: 'flow' | 'block') =>
  typeof value === 'string' ? yamlText(value, place) : value.day;

/**
 * A new note's frontmatter, one field per line, in the order given: days
 * unquoted (`applied: 2026-12-06`, which both readers take for the date it
 * is), text quoted only where a reader would take it for something else,
 * steps as a block list of flow mappings, the style of the README's example.
 */
export function frontmatterText(fields: Record<string, FrontmatterValue | undefined>): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (typeof value === 'object' && 'steps' in value) {
      lines.push(`${key}:`);
      for (const step of value.steps)
        lines.push(
          `  - { ${Object.entries(step)
            .map(([k, v]) => `${k}: ${valueText(v, 'flow')}`)
            .join(', ')} }`,
        );
    } else lines.push(`${key}: ${valueText(value, 'block')}`);
  }
  return `${lines.join('\n')}\n`;
}
