import type { Page } from 'playwright-core';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * axe-core's violations of impact serious or critical on the page as it is now, each as a
 * readable line (rule, help, the elements). axe-core is injected from node_modules: the
 * page needs no network and the app does not ship it.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- axe-core exposes its browser source as a CommonJS property
  const { source } = require('axe-core') as { source: string };
  // Evaluated over the DevTools protocol: the app's CSP (script-src 'self') rightly refuses an inline <script>.
  await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}
