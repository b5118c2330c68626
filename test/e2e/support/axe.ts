/**
 * axe-core on an extension page or a fixture page, injected by evaluation (the extension pages'
 * CSP refuses script tags), shared by the popup, welcome and other suites.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';

const AXE = readFileSync(
  resolve(import.meta.dirname, '../../../node_modules/axe-core/axe.min.js'),
  'utf8',
);

/** A page that can evaluate a script and a function (playwright-core's Page). */
interface EvaluatingPage {
  evaluate<R>(fn: string | (() => R | Promise<R>)): Promise<R>;
}

/** axe-core's violations on the page, each as "rule: targets"; fails on a vacuous pass. */
export async function axeViolations(page: EvaluatingPage): Promise<string[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    type Result = { id: string; nodes: { target: unknown }[] };
    const axe = (
      globalThis as unknown as {
        axe: { run(): Promise<{ violations: Result[]; passes: Result[] }> };
      }
    ).axe;
    const { violations, passes } = await axe.run();
    return {
      passes: passes.length,
      violations: violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
      ),
    };
  });
  // Guard against a vacuous pass: the checks must have found something to check.
  expect(result.passes).toBeGreaterThan(10);
  return result.violations;
}
