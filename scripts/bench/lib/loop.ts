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
import type { CDPSession } from '@playwright/test';
import { openBenchPage } from './browser';
import { ContentionMeter } from './contention';
import type { LoopRecord } from './probes';
import { settle } from './show';
import { percentAbove, percentile } from './stats';
import { FRAME_CATEGORIES, startTrace, stopTraceEvents, type TraceEvent } from './trace';
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

export interface LoopFrameStats {
  readonly seconds: number;
  readonly frames: number;
  readonly changes: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly worst: number;
  readonly over33Pct: number;
  readonly over100: number;
  /** Frames over 33 ms per slide change in the window. */
  readonly longPerChange: number;
  /** Share of the frames over 33 ms that began within 1.5 s after a slide change, %. */
  readonly longNearChangePct: number;
}

/** A long frame: more than two vsyncs at 60 Hz (33.3 ms), as in the transition measure. */
const LONG_MS = 33.4;

export function loopStats(record: LoopRecord, seconds: number): LoopFrameStats {
  const deltas = record.frames.map(([, dt]) => dt);
  const long = record.frames.filter(([, dt]) => dt > LONG_MS);
  // A frame's interval ends at its rAF time; it began dt earlier.
  const near = long.filter(([t, dt]) => record.changes.some((c) => t - dt >= c - 17 && t - dt <= c + 1500));
  return {
    seconds,
    frames: deltas.length,
    changes: record.changes.length,
    p50: percentile(deltas, 50),
    p95: percentile(deltas, 95),
    p99: percentile(deltas, 99),
    worst: deltas.length ? Math.max(...deltas) : Number.NaN,
    over33Pct: percentAbove(deltas, LONG_MS),
    over100: deltas.filter((d) => d > 100).length,
    longPerChange: record.changes.length ? long.length / record.changes.length : Number.NaN,
    longNearChangePct: long.length ? (100 * near.length) / long.length : 0,
  };
}

export interface LoopWindow extends LoopFrameStats {
  /** 1-, 5- and 15-minute load averages when the window ended. */
  readonly loadAverage: readonly number[];
  /** CPU that other processes took during the window, % of all cores (null off Linux). */
  readonly otherCpuPct: number | null;
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
    return {
      ...loopStats(record, seconds),
      loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
      otherCpuPct,
    };
  } finally {
    await bench.close();
  }
}

// ---------------------------------------------------------------------------
// What a frame does during a slide change

/** Trace events counted per slide change, on every thread of the page's processes. */
export const FRAME_WORK = [
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'PaintImage',
  'UpdateLayerTree',
  'Layerize',
  'RasterTask',
  'ActivateLayerTree',
  'DrawFrame',
] as const;

export interface FrameWork {
  /** Frames drawn in the window (rAF intervals), for per-frame figures. */
  readonly frames: number;
  /** Per event name: how many, total wall ms, in the window. */
  readonly events: Record<string, { count: number; ms: number }>;
  /** Pixels painted by Blink (sum of Paint clip areas) in the window, in screens of the viewport. */
  readonly paintedScreens: number;
}

function quadArea(q: readonly number[]): number {
  // A Paint clip is a quad [x1,y1,x2,y2,x3,y3,x4,y4] (shoelace formula).
  let area = 0;
  for (let i = 0; i < 8; i += 2) {
    const x1 = q[i]!;
    const y1 = q[i + 1]!;
    const x2 = q[(i + 2) % 8]!;
    const y2 = q[(i + 3) % 8]!;
    area += x1 * y2 - x2 * y1;
  }
  return Math.abs(area) / 2;
}

/** Counts FRAME_WORK events between each marker and `windowMs` later. */
export function frameWork(
  events: readonly TraceEvent[],
  marks: readonly number[],
  windowMs: number,
  viewportPixels: number,
): FrameWork[] {
  const names = new Set<string>(FRAME_WORK);
  const relevant = events.filter((e) => (e.ph === 'X' || e.ph === 'B') && names.has(e.name));
  const frames = events.filter((e) => e.name === 'BeginFrame' || e.name === 'RequestMainThreadFrame');
  return marks.map((mark) => {
    const inside = (e: TraceEvent) => e.ts >= mark && e.ts <= mark + windowMs * 1000;
    const counted: Record<string, { count: number; ms: number }> = {};
    let painted = 0;
    for (const e of relevant.filter(inside)) {
      const entry = (counted[e.name] ??= { count: 0, ms: 0 });
      entry.count += 1;
      entry.ms += (e.dur ?? 0) / 1000;
      if (e.name === 'Paint' && e.args?.data?.clip) painted += quadArea(e.args.data.clip);
    }
    for (const e of Object.values(counted)) e.ms = Math.round(e.ms * 10) / 10;
    return {
      frames: frames.filter(inside).filter((e) => e.name === 'BeginFrame').length,
      events: counted,
      paintedScreens: Math.round((100 * painted) / viewportPixels) / 100,
    };
  });
}

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
    await mark(bench.cdp, bench.page);
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
      .filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'bench:slide-change')
      .map((e) => e.ts)
      .sort((a, b) => a - b);
    // A change's work: from the change until the next one is near (the build-in and the settle).
    const windowMs = Math.min(1500, scenario.slideMs - 100);
    return frameWork(
      events,
      marks.slice(1, changes + 1),
      windowMs,
      scenario.viewport.width * scenario.viewport.height,
    );
  } finally {
    await bench.close();
  }
}

async function mark(_cdp: CDPSession, page: Parameters<typeof settle>[0]): Promise<void> {
  await page.evaluate(() => {
    new MutationObserver(() => console.timeStamp('bench:slide-change')).observe(
      document.querySelector('.show')!,
      {
        attributes: true,
        attributeFilter: ['data-slide-index'],
      },
    );
  });
}
