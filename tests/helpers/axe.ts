import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

/** axe-core's own build, injected into the page under test. */
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

export interface AxeOptions {
  /** Names the page in each line (a URL and a view), so a failure says where. */
  label?: string;
  /** Only rules with these tags (`['wcag2a', 'wcag2aa', …]`); all of axe's rules when absent. */
  runOnly?: string[];
  /** Only these rules (`COLOUR_RULES`); all of axe's rules when absent. */
  rules?: string[];
}

/**
 * Loads axe-core into every page `context` opens, as the page starts. A test that audits many pages
 * calls it once: handing axe's 500 KB to each page after it loaded (the fallback in `axeViolations`)
 * took 0.29 s a page, more than axe's own run (0.2 s), on this machine.
 */
export async function withAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ path: AXE });
}

/**
 * The rules whose result depends on colour alone. A view that differs from one already audited only
 * in its colour scheme (same build, same width) runs these: the rest read the same markup and layout.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * The browser tests' one axe-core run (injected once per page, asked for violations only): what it
 * finds on the page as it is now, one line per element, `label: rule (help) at target: summary`.
 * A test expects `[]`, so a failure lists every element and why.
 */
export async function axeViolations(page: Page, opts: AxeOptions = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(
    async (runOnly) =>
      (
        await (
          window as unknown as {
            axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> };
          }
        ).axe.run(document, { resultTypes: ['violations'], ...(runOnly && { runOnly }) })
      ).violations,
    opts.rules ? { type: 'rule', values: opts.rules } : opts.runOnly,
  );
  const where = opts.label ? `${opts.label}: ` : '';
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${where}${v.id} (${v.help}) at ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`,
    ),
  );
}
