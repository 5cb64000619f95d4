import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

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
}

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
    opts.runOnly,
  );
  const where = opts.label ? `${opts.label}: ` : '';
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${where}${v.id} (${v.help}) at ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`,
    ),
  );
}
