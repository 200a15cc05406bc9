/**
 * `attract`: what the attract loop as shipped costs the renderer's main
 * thread, in windows of two slide periods, scaled to one minute of looping.
 * Information only: no budget.
 */
import { openBenchPage } from '../lib/browser';
import { otherCpu, othersNote } from '../lib/contention';
import { cpuWindow, type CpuRun } from '../lib/cpu-window';
import { row, type Measure, type MeasureContext } from '../lib/measure';
import { playlistFor, settle } from '../lib/show';
import { summarize } from '../lib/stats';
import { log } from '../lib/util';

/** `count` windows of two slide periods in one page, after its first slide change. */
export async function attractCpu(ctx: MeasureContext, count: number): Promise<CpuRun[]> {
  // The loop as shipped: default settings. Each window lasts two slide periods, so it
  // holds exactly two slide changes whatever its phase.
  const playlist = playlistFor('');
  const periodMs = playlist.config.slideMs[0]!;
  const bench = await openBenchPage(ctx.browser);
  await bench.cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await bench.page.goto(ctx.base);
  await bench.page.locator('.show').waitFor();
  // Start after the first slide change, so the windows see the loop in its steady state.
  await bench.page.waitForFunction(
    () => document.querySelector('.show')?.getAttribute('data-slide-index') === '1',
    null,
    { timeout: periodMs + 10_000 },
  );
  await settle(bench.page);
  const out: CpuRun[] = [];
  for (let r = 0; r < count; r += 1) {
    const run = await cpuWindow(ctx, bench, (2 * periodMs) / 1000);
    out.push(run);
    log(
      `  attract ${r + 1}/${count}: ${((run.taskMs * 60) / run.seconds).toFixed(0)} ms main-thread CPU per minute, ` +
        `${run.slideChanges} changes${othersNote(run)}`,
    );
  }
  await bench.close();
  return out;
}

export const attract: Measure = {
  name: 'attract',
  budgets: {},
  async run(ctx, { runs }) {
    log(`attract loop CPU: ${runs} windows of two slide periods…`);
    const windows = await attractCpu(ctx, runs);
    const perMinute = summarize(windows.map((a) => (a.taskMs * 60) / a.seconds));
    const contention = otherCpu(windows);
    const attractLoop = {
      definition:
        'CDP Performance.getMetrics TaskDuration (renderer main thread, thread time) over windows of two slide periods at the default slideSeconds, scaled to one minute of looping',
      taskMsPerMinute: perMinute,
      pctOfOneCore: summarize(windows.map((a) => (100 * a.taskMs) / (a.seconds * 1000))),
      chromiumProcessesMsPerMinute: summarize(windows.map((a) => (a.processMs * 60) / a.seconds)),
      taskMsPerSlideChange: summarize(windows.map((a) => a.taskMs / Math.max(1, a.slideChanges))),
      otherCpuPct: contention,
      runs: windows,
    };
    return {
      results: { attractLoop },
      rows: [row('attract', 'attract loop CPU per minute', perMinute, (v) => `${v.toFixed(0)} ms`)],
      contention: { attract: contention },
    };
  },
};
