/**
 * The show on Playwright's fake clock with its animations sped up: many slide
 * changes in little real time, for the memory measure and the soak.
 */
import { freezeClock } from '../../../e2e/frozen-clock';
import { openBenchPage, type BenchPage } from './browser';
import type { MeasureContext } from './measure';
import { settle, speedUpAnimations } from './show';

/** Animations run this many times faster while the fake clock fast-forwards the loop (memory, soak). */
export const ANIMATION_RATE = 25;

/** Opens the show on Playwright's fake clock, with animations sped up; returns once it has settled. */
export async function openAccelerated(ctx: MeasureContext, query: string): Promise<BenchPage> {
  const bench = await openBenchPage(ctx.browser);
  await freezeClock(bench.page);
  await bench.page.goto(`${ctx.base}?${query}`);
  await bench.page.locator('.show').waitFor();
  await speedUpAnimations(bench.cdp, ANIMATION_RATE);
  await settle(bench.page);
  return bench;
}
