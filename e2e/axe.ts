/**
 * One accessibility audit as every spec runs it: axe-core with the WCAG 2.0,
 * 2.1 and 2.2 A and AA rules (the ones the European Accessibility Act points
 * to, EN 301 549), returning one line per violation that names the view, the
 * rule and the first elements, so a failure reads as a list of what to fix.
 *
 * axe-core runs in the page itself, as @axe-core/playwright's legacy mode
 * does, with two differences that halve an audit's time on the 2-core
 * machine: the 550 KB engine is compiled once per page load instead of once
 * per audit, and it keeps the page's real timers when the test has paused
 * the clock, instead of being stepped through them from the test.
 */
import axeCore, { type AxeResults } from 'axe-core';
import type { Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The engine, given the page's own timers. axe-core hands each rule's result
 * on with `setTimeout(…, 0)`, which a paused Playwright clock never fires.
 * Playwright's clock keeps the page's original timers in
 * `globalThis.__pwClock.builtins`, and Playwright's own injected scripts take
 * them from there for the same reason (playwright-core, UtilityScript's
 * constructor); without an installed clock the globals are the real ones.
 * Defined once per page: a later audit finds `axe` already there.
 */
const ENGINE = `if (!globalThis.axe) {
  const timers = globalThis.__pwClock ? globalThis.__pwClock.builtins : globalThis;
  (function (setTimeout, clearTimeout) {
${axeCore.source}
  }).call(globalThis, timers.setTimeout, timers.clearTimeout);
}`;

/** Audits what is on screen (or inside `scope`, a CSS selector). */
export async function audit(page: Page, view: string, { scope }: { scope?: string } = {}): Promise<string[]> {
  await page.evaluate(ENGINE);
  // Violations only: the rules that pass are not gathered node by node, a sixth of an audit's time.
  const violations = await page.evaluate(
    async ({ scope, tags }) => {
      const axe = (globalThis as unknown as { axe: typeof axeCore }).axe;
      const context = scope ? { include: [scope] } : document;
      const results: AxeResults = await axe.run(context, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? 'unknown',
        help: v.help,
        targets: v.nodes.slice(0, 4).map((n) => n.target.join(' ')),
      }));
    },
    { scope, tags: WCAG_TAGS },
  );
  return violations.map((v) => `${view}: ${v.id} (${v.impact}) ${v.help} — ${v.targets.join(', ')}`);
}
