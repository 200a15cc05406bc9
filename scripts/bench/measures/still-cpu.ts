/**
 * `still`: what a chart slide costs while it sits still in presentation mode
 * (CPU in % of one core, and the timer and animation-frame callbacks that
 * keep running), over chart slides spread across the show.
 */
import { openBenchPage } from '../lib/browser';
import { cpuWindow, type CpuRun } from '../lib/cpu-window';
import { atMost, row, type Measure, type MeasureContext } from '../lib/measure';
import { fmt } from '../lib/report';
import { chartSlideIds, settle } from '../lib/show';
import { summarize } from '../lib/stats';
import { log, sleep } from '../lib/util';

const BUDGETS = {
  stillCpuPct: 2,
} as const;

export interface StillRun extends CpuRun {
  readonly slide: string;
  readonly timeouts: number;
  readonly intervals: number;
  readonly animationFrames: number;
  /** Animations still running during the window (endless ones included). */
  readonly animations: string[];
}

export const STILL_SECONDS = 10;

/** `count` chart slides, each measured for STILL_SECONDS once it has settled. */
export async function stillCpu(ctx: MeasureContext, count: number): Promise<StillRun[]> {
  const ids = chartSlideIds();
  const out: StillRun[] = [];
  for (let r = 0; r < count; r += 1) {
    // Spread over the chart slides: the first, the last and evenly between.
    const slide = ids[Math.round((r * (ids.length - 1)) / Math.max(1, count - 1))] ?? '';
    const bench = await openBenchPage(ctx.browser, { countTimers: true });
    await bench.cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await bench.page.goto(`${ctx.base}?mode=presentation&slide=${slide}`);
    await bench.page.locator('.show').waitFor();
    await settle(bench.page);
    await sleep(1000);
    const timersBefore = await bench.page.evaluate(() => ({ ...window.__bench.timers }));
    const run = await cpuWindow(ctx, bench, STILL_SECONDS);
    const timersAfter = await bench.page.evaluate(() => ({ ...window.__bench.timers }));
    const animations = await bench.page.evaluate(() =>
      window.__bench.moving().filter((a) => a.includes('running')),
    );
    await bench.close();
    const still: StillRun = {
      ...run,
      slide,
      timeouts: timersAfter.timeouts - timersBefore.timeouts,
      intervals: timersAfter.intervals - timersBefore.intervals,
      animationFrames: timersAfter.animationFrames - timersBefore.animationFrames,
      animations,
    };
    out.push(still);
    log(
      `  still ${r + 1}/${count} (${slide}): ${((100 * run.taskMs) / (run.seconds * 1000)).toFixed(2)} % of a core; ` +
        `${still.timeouts + still.intervals} timer and ${still.animationFrames} animation-frame callbacks, ` +
        `${animations.length} running animations`,
    );
  }
  return out;
}

export const still: Measure = {
  name: 'still',
  budgets: BUDGETS,
  async run(ctx, { runs }) {
    log(`still slide CPU: ${runs} chart slides × ${STILL_SECONDS} s…`);
    const slides = await stillCpu(ctx, runs);
    const pct = summarize(slides.map((s) => (100 * s.taskMs) / (s.seconds * 1000)));
    const stillSlide = {
      definition:
        'TaskDuration (thread time) over 10 s while a chart slide sits still (mode=presentation, settled + 1 s), in % of one core; timer and animation-frame callbacks counted over the same window',
      pctOfOneCore: pct,
      chromiumProcessesPctOfOneCore: summarize(slides.map((s) => (100 * s.processMs) / (s.seconds * 1000))),
      timerCallbacks: summarize(slides.map((s) => s.timeouts + s.intervals)),
      animationFrameCallbacks: summarize(slides.map((s) => s.animationFrames)),
      runs: slides,
    };
    const budget = atMost(BUDGETS.stillCpuPct, `≤ ${BUDGETS.stillCpuPct} %`);
    return {
      results: { stillSlide },
      rows: [row('still', 'still slide CPU, % of a core', pct, fmt.pct, budget)],
      contention: {},
    };
  },
};
