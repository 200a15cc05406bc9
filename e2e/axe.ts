/**
 * One accessibility audit as every spec runs it: axe-core with the WCAG 2.0,
 * 2.1 and 2.2 A and AA rules (the ones the European Accessibility Act points
 * to, EN 301 549), on a page whose clock may be paused, returning one line
 * per violation that names the view, the rule and the first elements, so a
 * failure reads as a list of what to fix.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core hands each rule's result on with `setTimeout(…, 0)`, which a paused
 * clock never fires: while it runs, the clock is stepped a millisecond at a
 * time (a few hundred milliseconds of page time per audit, far from any timer
 * of the show), and only as often as the page answers.
 */
async function withTimers<T>(page: Page, work: Promise<T>): Promise<T> {
  let finished = false;
  const result = work.finally(() => {
    finished = true;
  });
  while (!finished) await page.clock.runFor(1);
  return result;
}

/** Audits what is on screen (or inside `scope`); `frozen` says the page's clock is paused. */
export async function audit(
  page: Page,
  view: string,
  { scope, frozen = true }: { scope?: string; frozen?: boolean } = {},
): Promise<string[]> {
  // Legacy mode runs axe in the page itself. The default mode merges the results of every frame
  // in a blank page of its own, whose timers the paused clock would hold too; the show has no
  // frames, so nothing is left out. Violations only: the rules that pass are not gathered node by
  // node, which is a sixth of an audit's time.
  // `options` replaces the whole options object, the tags' rule set included: it comes first.
  const builder = new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_TAGS)
    .setLegacyMode(true);
  if (scope) builder.include(scope);
  const { violations } = await (frozen ? withTimers(page, builder.analyze()) : builder.analyze());
  return violations.map(
    (v) =>
      `${view}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
        .slice(0, 4)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  );
}
