import { expect, type Frame, type Page } from '@playwright/test';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core (WCAG 2.1 A/AA rules; with `bestPractice`, also axe's best-practice rules such as
 * heading-order, region and landmark rules) in the page (or a frame: the embed inside a partner's
 * page) and fails on any violation, listing them.
 */
export async function expectNoAxeViolations(page: Page | Frame, { bestPractice = false } = {}) {
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const tags = bestPractice ? [...WCAG_21_AA, 'best-practice'] : WCAG_21_AA;
  const violations = await page.evaluate(async (values) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
  }, tags);
  expect(violations).toEqual([]);
}
