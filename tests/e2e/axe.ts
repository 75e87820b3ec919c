import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

// axe-core (pinned in package.json), run in a page of the e2e tests: the violations of impact
// "serious" or "critical". Shared by accessibility.spec.ts and the specs of later views.

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Found {
  id: string;
  impact: string | null | undefined;
  help: string;
  nodes: string[];
}

/** Serious and critical violations on the page (or under `include`), one line per node. */
export async function seriousViolations(page: Page, include?: string): Promise<Found[]> {
  // Evaluated through the DevTools protocol: the extension pages' CSP does not apply.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (selector) => {
    type AxeResult = {
      violations: {
        id: string;
        impact?: string | null;
        help: string;
        nodes: { target: unknown[]; failureSummary?: string }[];
      }[];
    };
    const axe = (
      globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }
    ).axe;
    const result = await axe.run(selector ? { include: [[selector]] } : document, {
      resultTypes: ['violations'],
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
      }));
  }, include);
}
