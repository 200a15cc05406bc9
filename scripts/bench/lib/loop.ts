/**
 * Frame pacing over the whole attract loop (issue 12): every rAF interval in a
 * fixed window, whatever happens in it, so the frames that a slide change and
 * its chart build-in slow down count wherever they fall. Each scenario runs
 * the show's motion and, as the machine's floor, the same window with
 * `reducedMotion=1` (a crossfade, charts at their final state).
 *
 * And what each of those frames does: a Chrome trace over slide changes,
 * counting the paint, raster, style and layout events of every thread
 * (counts do not depend on how busy the machine is; durations do).
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { openBenchPage } from './browser';
import { ContentionMeter } from './contention';
import { frameWork, loopStats, type FrameWork, type LoopFrameStats } from './frame-stats';
import { settle } from './show';
import { FRAME_CATEGORIES, markSlideChanges, SLIDE_CHANGE_MARK, startTrace, stopTraceEvents } from './trace';
import { sleep } from './util';

export interface LoopScenario {
  readonly id: string;
  /** What a row calls it. */
  readonly label: string;
  /** URL query of the show, without reducedMotion. */
  readonly query: string;
  readonly viewport: { readonly width: number; readonly height: number };
  /** CDP Emulation.setCPUThrottlingRate; 1 = none. */
  readonly cpuThrottle: number;
  /** Slide period of the query, ms (sets the window's minimum length). */
  readonly slideMs: number;
}

const FHD = { width: 1920, height: 1080 } as const;
const UHD = { width: 3840, height: 2160 } as const;

/** The scenarios, in the order they run. `default` uses the shipped slide time. */
export function loopScenarios(defaultSlideMs: number): LoopScenario[] {
  return [
    {
      id: 'fhd',
      label: '1920×1080, 3 s slides',
      query: 'slideSeconds=3',
      viewport: FHD,
      cpuThrottle: 1,
      slideMs: 3000,
    },
    {
      id: 'default',
      label: `1920×1080, default ${defaultSlideMs / 1000} s slides`,
      query: '',
      viewport: FHD,
      cpuThrottle: 1,
      slideMs: defaultSlideMs,
    },
    {
      id: 'uhd',
      label: '3840×2160, 3 s slides',
      query: 'slideSeconds=3',
      viewport: UHD,
      cpuThrottle: 1,
      slideMs: 3000,
    },
    {
      id: 'cpu4',
      label: '1920×1080, 3 s slides, CPU ×4 slower',
      query: 'slideSeconds=3',
      viewport: FHD,
      cpuThrottle: 4,
      slideMs: 3000,
    },
  ];
}

export interface LoopWindow extends LoopFrameStats {
  /** 1-, 5- and 15-minute load averages when the window ended. */
  readonly loadAverage: readonly number[];
  /** CPU that other processes took during the window, % of all cores (null off Linux). */
  readonly otherCpuPct: number | null;
  /** How slides changed when the window ended (the stage's data-motion): slide, cut, or crossfade. */
  readonly slideChange: string;
}

/**
 * Opens the show for a scenario, lets the loop make its first change (the
 * first slide after a start never builds in), then records every frame of a
 * fixed window of real time.
 */
export async function recordLoop(
  browser: Parameters<typeof openBenchPage>[0],
  base: string,
  scenario: LoopScenario,
  reducedMotion: boolean,
  seconds: number,
): Promise<LoopWindow> {
  const bench = await openBenchPage(browser, {}, scenario.viewport);
  try {
    if (scenario.cpuThrottle > 1) {
      await bench.cdp.send('Emulation.setCPUThrottlingRate', { rate: scenario.cpuThrottle });
    }
    const query = [scenario.query, reducedMotion ? 'reducedMotion=1' : ''].filter(Boolean).join('&');
    await bench.page.goto(`${base}${query ? `?${query}` : ''}`);
    await bench.page.locator('.show').waitFor();
    await bench.page.waitForFunction(
      () => document.querySelector('.show')?.getAttribute('data-slide-index') !== '0',
      null,
      { timeout: scenario.slideMs * scenario.cpuThrottle + 30_000 },
    );
    // The window is fixed whatever happens in it: where it starts within a slide does not matter.
    await settle(bench.page, 5_000).catch(() => {});
    const meter = new ContentionMeter(browser);
    await meter.start();
    await bench.page.evaluate(() => window.__bench.loop.start());
    await sleep(seconds * 1000);
    const record = await bench.page.evaluate(() => window.__bench.loop.stop());
    const otherCpuPct = await meter.stop();
    // Reduced motion crossfades without asking the governor, so the stage has no data-motion.
    const slideChange = (await bench.page.locator('.stage').getAttribute('data-motion')) ?? 'crossfade';
    return {
      ...loopStats(record, seconds),
      loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
      otherCpuPct,
      slideChange,
    };
  } finally {
    await bench.close();
  }
}

// ---------------------------------------------------------------------------
// What a frame does during a slide change

export { FRAME_WORK } from './frame-stats';

/** Traces `changes` slide changes of a scenario (after a first one) and counts each one's frame work. */
export async function traceChanges(
  browser: Parameters<typeof openBenchPage>[0],
  base: string,
  scenario: LoopScenario,
  reducedMotion: boolean,
  changes: number,
): Promise<FrameWork[]> {
  const bench = await openBenchPage(browser, {}, scenario.viewport);
  try {
    const query = [scenario.query, reducedMotion ? 'reducedMotion=1' : ''].filter(Boolean).join('&');
    await bench.page.goto(`${base}?${query}`);
    await bench.page.locator('.show').waitFor();
    await bench.page.evaluate(() => document.fonts.ready);
    await markSlideChanges(bench.page);
    await startTrace(bench.cdp, FRAME_CATEGORIES);
    await sleep((changes + 1) * scenario.slideMs + 500);
    const events = await stopTraceEvents(bench.cdp);
    // For reading in DevTools (Performance panel, "Load profile"): BENCH_TRACE_DIR=folder.
    if (process.env.BENCH_TRACE_DIR) {
      writeFileSync(
        join(process.env.BENCH_TRACE_DIR, `trace-${scenario.id}${reducedMotion ? '-reduced' : ''}.json`),
        JSON.stringify({ traceEvents: events }),
      );
    }
    const marks = events
      .filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === SLIDE_CHANGE_MARK)
      .map((e) => e.ts)
      .sort((a, b) => a - b);
    // A change's work: from the change until the next one is near (the build-in and the settle).
    const windowMs = Math.min(1500, scenario.slideMs - 100);
    return frameWork(events, marks.slice(1, changes + 1), windowMs, scenario.viewport);
  } finally {
    await bench.close();
  }
}
