/**
 * CPU over a window of a page's life, in thread time (CDP Performance metrics)
 * and Chromium's process time: the attract-loop and still-slide measures.
 */
import { chromiumCpuSeconds, metrics, type BenchPage } from './browser';
import { contended, type Contention } from './contention';
import type { MeasureContext } from './measure';
import { sleep } from './util';

export interface CpuRun extends Contention {
  readonly seconds: number;
  /** Renderer main-thread busy time (CDP TaskDuration, thread time) in the window, ms. */
  readonly taskMs: number;
  readonly scriptMs: number;
  readonly layoutMs: number;
  readonly styleMs: number;
  /** CPU time of all Chromium processes in the window (CDP SystemInfo.getProcessInfo), ms. */
  readonly processMs: number;
  readonly slideChanges: number;
}

/** Measures `seconds` of the open page (Performance must be enabled in thread time), counting slide changes. */
export async function cpuWindow(ctx: MeasureContext, bench: BenchPage, seconds: number): Promise<CpuRun> {
  return contended(
    ctx,
    async () => {
      await bench.page.evaluate(() => {
        const state = { changes: 0 };
        (window as unknown as { __changes: typeof state }).__changes = state;
        new MutationObserver(() => (state.changes += 1)).observe(document.querySelector('.show')!, {
          attributes: true,
          attributeFilter: ['data-slide-index'],
        });
      });
      const before = await metrics(bench.cdp);
      const cpuBefore = await chromiumCpuSeconds(ctx.browser);
      await sleep(seconds * 1000);
      const after = await metrics(bench.cdp);
      const cpuAfter = await chromiumCpuSeconds(ctx.browser);
      const slideChanges = await bench.page.evaluate(
        () => (window as unknown as { __changes: { changes: number } }).__changes.changes,
      );
      const d = (name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
      return {
        seconds,
        taskMs: d('TaskDuration'),
        scriptMs: d('ScriptDuration'),
        layoutMs: d('LayoutDuration'),
        styleMs: d('RecalcStyleDuration'),
        processMs: (cpuAfter - cpuBefore) * 1000,
        slideChanges,
      };
    },
    false,
  );
}
