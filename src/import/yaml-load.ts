import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';

/**
 * A note's frontmatter read exactly as Astro's content loader reads it (its
 * own frontmatter helper, js-yaml underneath: `2025-10-04` unquoted is a
 * Date there, while the `yaml` package's 1.2 schema keeps it a string). The
 * importer checks what it writes through this, so a note it writes cannot
 * pass here and then stop `astro build`.
 */
export function loadFrontmatter(yamlText: string): Record<string, unknown> {
  return parseFrontmatter(`---\n${yamlText}---\n`).frontmatter as Record<string, unknown>;
}
