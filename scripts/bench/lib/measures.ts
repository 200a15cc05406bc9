/**
 * The bench's measures. Each function runs one measure `count` times and
 * returns one record per run; bench.ts summarizes them (median, min–max).
 * BENCHMARKS.md states each definition in words.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { freezeClock } from '../../../e2e/frozen-clock';
import itMessages from '../../../data/locales/it.json' with { type: 'json' };
import {
  chromiumCpuSeconds,
  memorySample,
  metrics,
  openBenchPage,
  type BenchPage,
  type MemorySample,
} from './browser';
import { ContentionMeter, waitForQuiet, type QuietOptions } from './contention';
import { openReference, startReferenceLoop } from './reference';
import {
  chartSlideIds,
  nextLoopSlide,
  playlistFor,
  settle,
  speedUpAnimations,
  stageCentre,
  touch,
} from './show';
import { percentAbove, percentile } from './stats';
import { startTrace, stopTrace } from './trace';
import { log, ROOT, sleep } from './util';

/** Animations run this many times faster while the fake clock fast-forwards the loop (memory, soak). */
export const ANIMATION_RATE = 25;

export interface MeasureContext {
  readonly browser: Browser;
  /** The served bundle, ending in `/`. */
  readonly base: string;
  readonly quiet: QuietOptions;
}

/** What other processes did to the machine around one run. */
export interface Contention {
  /** Busy share of the whole machine just before the run started, % (after waiting for quiet). */
  readonly busyBeforePct: number | null;
  /** CPU used by processes other than the bench and its Chromium during the run, % of all cores. */
  readonly otherCpuPct: number | null;
  /** Runs thrown away because other processes took more than the quiet threshold meanwhile. */
  readonly discarded: number;
}

/** Wall-clock runs are repeated, at most this many times, while other processes crowd them. */
export const CONTENDED_RETRIES = 2;

/**
 * Wall-clock measures (`wait`): waits for a quiet machine, runs `body`, and if
 * other processes took more than the quiet threshold of the CPU meanwhile,
 * runs it again (up to CONTENDED_RETRIES times), keeping the least crowded
 * run. CPU measures (`wait = false`) use thread time: one run, no wait.
 * `teardown` runs after the meter has stopped: a page closed inside the
 * window would take its renderer's CPU with it, and that would be counted as
 * another process's.
 */
async function contended<T extends object>(
  ctx: MeasureContext,
  body: () => Promise<T>,
  wait = true,
  teardown: () => Promise<void> = async () => {},
): Promise<T & Contention> {
  let best: (T & Contention) | null = null;
  let attempts = 0;
  for (let attempt = 0; attempt <= (wait ? CONTENDED_RETRIES : 0); attempt += 1) {
    attempts += 1;
    const busyBeforePct = await waitForQuiet(wait ? ctx.quiet : { ...ctx.quiet, maxWaitMs: 0 });
    const meter = new ContentionMeter(ctx.browser);
    await meter.start();
    const result = await body();
    const otherCpuPct = await meter.stop();
    await teardown();
    const run = { ...result, busyBeforePct, otherCpuPct, discarded: 0 };
    if (best === null || (otherCpuPct ?? 0) < (best.otherCpuPct ?? 0)) best = run;
    if (otherCpuPct === null || otherCpuPct <= ctx.quiet.thresholdPct) break;
  }
  // Every run but the one kept was thrown away, whichever of them was kept.
  return { ...best!, discarded: attempts - 1 };
}

const other = (c: Contention) =>
  (c.otherCpuPct === null ? '' : `, others ${c.otherCpuPct.toFixed(0)} % CPU`) +
  (c.discarded ? ` (${c.discarded} crowded run${c.discarded > 1 ? 's' : ''} discarded)` : '');

// ---------------------------------------------------------------------------
// Cold load and payload

export interface ColdRun extends Contention {
  readonly paintedAt: number;
  readonly target: string;
  readonly firstContentfulPaint: number | null;
  readonly domContentLoaded: number | null;
  /** Bytes by kind (js, css, fonts, data, geography, html, …) and `total`. */
  readonly bytes: Record<string, number>;
  readonly files: Record<string, number>;
}

export function payloadKind(url: string): string {
  const path = new URL(url).pathname.toLowerCase();
  if (/\.(topo|geo)json$/.test(path) || /(^|\/)(geo|maps?|atlas)[^/]*\//.test(path)) return 'geography';
  if (/\.m?js$/.test(path)) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'fonts';
  if (path.endsWith('.json')) return 'data';
  if (path.endsWith('.html') || path.endsWith('/')) return 'html';
  if (/\.(svg|png|webp|jpe?g|avif|ico)$/.test(path)) return 'images';
  return 'other';
}

/** The deep link the cold load opens: the first slide with a chart. */
export function coldLoadQuery(): string {
  const first = chartSlideIds()[0];
  if (!first) throw new Error('cold load: data/report.json has no slide with a chart to measure');
  return `?slide=${first}`;
}

export async function coldLoad(ctx: MeasureContext, count: number): Promise<ColdRun[]> {
  const url = `${ctx.base}${coldLoadQuery()}`;
  const out: ColdRun[] = [];
  for (let r = 0; r < count; r += 1) {
    let open: BenchPage | undefined;
    const run = await contended(
      ctx,
      async () => {
        const bench = await openBenchPage(ctx.browser, { load: true });
        open = bench;
        // Let the new context's renderer start, as a kiosk's browser has before it loads the show.
        await sleep(500);
        const files: Record<string, number> = {};
        const pending: Promise<void>[] = [];
        bench.page.on('requestfinished', (request) => {
          if (!request.url().startsWith('http')) return;
          pending.push(
            request.sizes().then((sizes) => {
              files[request.url()] = sizes.responseBodySize;
            }),
          );
        });
        await bench.page.goto(url);
        await bench.page
          .waitForFunction(() => window.__bench.load !== null, null, { timeout: 30_000 })
          .catch(() => {
            throw new Error(`cold load: no chart svg settled within 30 s on ${url}`);
          });
        const load = await bench.page.evaluate(() => window.__bench.load!);
        // Anything still in flight (a late font, a map) belongs to the load too.
        await bench.page.waitForLoadState('networkidle');
        await Promise.all(pending);
        const bytes: Record<string, number> = { total: 0 };
        for (const [file, size] of Object.entries(files)) {
          const kind = payloadKind(file);
          bytes[kind] = (bytes[kind] ?? 0) + size;
          bytes.total! += size;
        }
        const byPath = Object.fromEntries(Object.entries(files).map(([u, b]) => [new URL(u).pathname, b]));
        return { ...load, bytes, files: byPath };
      },
      true,
      async () => {
        await open?.close();
      },
    );
    out.push(run);
    log(`  cold ${r + 1}/${count}: painted at ${run.paintedAt.toFixed(0)} ms (${run.target})${other(run)}`);
  }
  return out;
}

/** Every file of the built bundle, and what the data compiled into the script weighs. */
export function bundleOnDisk(): { bytes: number; gzipBytes: number; inlinedDataBytes: number } {
  let bytes = 0;
  let gzipBytes = 0;
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const content = readFileSync(path);
        bytes += content.length;
        gzipBytes += gzipSync(content).length;
      }
    }
  };
  walk(join(ROOT, 'dist/web'));
  const json = (file: string) => JSON.stringify(JSON.parse(readFileSync(join(ROOT, file), 'utf8'))).length;
  const inlinedDataBytes =
    json('data/report.json') + json('data/locales/it.json') + json('data/locales/en.json');
  return { bytes, gzipBytes, inlinedDataBytes };
}

// ---------------------------------------------------------------------------
// Frame pacing during slide transitions and chart build-ins

export interface FrameStats {
  readonly transitions: number;
  readonly frames: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly over20Pct: number;
  readonly over33Pct: number;
}

export interface FrameRun extends Contention, FrameStats {
  readonly startSlide: string;
  /** The control page's frames in the same conditions, right after. */
  readonly reference: FrameStats & Contention;
}

/** Transitions measured per run (after one that warms up). */
export const FRAME_TRANSITIONS = 5;

function frameStats(windows: readonly (readonly number[])[]): FrameStats {
  const deltas = windows.flat();
  return {
    transitions: windows.length,
    frames: deltas.length,
    p50: percentile(deltas, 50),
    p95: percentile(deltas, 95),
    p99: percentile(deltas, 99),
    max: deltas.length ? Math.max(...deltas) : Number.NaN,
    over20Pct: percentAbove(deltas, 20),
    // 33.4: two vsyncs at 60 Hz are 33.3 ms, which is a dropped frame but not "over 33 ms" twice over.
    over33Pct: percentAbove(deltas, 33.4),
  };
}

async function recordFrames(bench: BenchPage, periodMs: number): Promise<FrameStats> {
  await bench.page.evaluate(() => window.__bench.frames.start());
  // The first change warms up (first run of the transition code); FRAME_TRANSITIONS more are measured.
  await sleep((FRAME_TRANSITIONS + 1) * periodMs + 1500);
  const windows = await bench.page.evaluate(() => window.__bench.frames.stop());
  return frameStats(windows.slice(1, FRAME_TRANSITIONS + 1));
}

export async function framePacing(ctx: MeasureContext, count: number): Promise<FrameRun[]> {
  const ids = playlistFor('').slides.map((s) => s.id);
  const out: FrameRun[] = [];
  for (let r = 0; r < count; r += 1) {
    // Each run starts further along the playlist, so the runs together see every slide build in.
    const startSlide = ids[(r * FRAME_TRANSITIONS) % ids.length]!;
    const bench = await openBenchPage(ctx.browser);
    await bench.page.goto(`${ctx.base}?slideSeconds=3&slide=${startSlide}`);
    await bench.page.locator('.show').waitFor();
    await settle(bench.page);
    const app = await contended(ctx, () => recordFrames(bench, 3000));
    await openReference(bench.page);
    await startReferenceLoop(bench.page, 1000);
    const reference = await contended(ctx, () => recordFrames(bench, 1000));
    await bench.close();
    out.push({ ...app, startSlide, reference });
    log(
      `  frames ${r + 1}/${count}: ${app.transitions} transitions, ${app.frames} frames, p95 ${app.p95.toFixed(1)} ms, ` +
        `>33 ms ${app.over33Pct.toFixed(1)} %${other(app)}; reference p95 ${reference.p95.toFixed(1)} ms, ` +
        `>33 ms ${reference.over33Pct.toFixed(1)} %${other(reference)}`,
    );
  }
  return out;
}

export interface TransitionCost {
  /** Main-thread CPU (trace thread time) from the slide change until 700 ms later, ms. */
  readonly cpuMs: number;
  /** The longest main-thread task in that window: its CPU time and its wall time, ms. */
  readonly longestTaskCpuMs: number;
  readonly longestTaskWallMs: number;
}

/**
 * What a slide change costs the main thread, in CPU time, from a Chrome trace:
 * immune to other processes, unlike frame times. A transition can hold 60 fps
 * only if no task in it needs more than a frame (16.7 ms) of CPU.
 */
export async function transitionCost(ctx: MeasureContext, changes: number): Promise<TransitionCost[]> {
  const bench = await openBenchPage(ctx.browser);
  const first = chartSlideIds()[0] ?? '';
  await bench.page.goto(`${ctx.base}?slideSeconds=3&slide=${first}`);
  await bench.page.locator('.show').waitFor();
  await settle(bench.page);
  await bench.page.evaluate(() => {
    new MutationObserver(() => console.timeStamp('bench:slide-change')).observe(
      document.querySelector('.show')!,
      {
        attributes: true,
        attributeFilter: ['data-slide-index'],
      },
    );
  });
  await startTrace(bench.cdp);
  await sleep((changes + 1) * 3000 + 1000);
  const { tasks, marks } = await stopTrace(bench.cdp, 'bench:slide-change');
  await bench.close();
  // The first change warms up, as in the frame measure.
  return marks.slice(1, changes + 1).map((mark) => {
    const inWindow = tasks.filter((t) => t.ts + t.wallMs * 1000 >= mark - 1000 && t.ts <= mark + 700_000);
    const longest = inWindow.reduce((a, b) => (b.cpuMs > a.cpuMs ? b : a), { ts: 0, wallMs: 0, cpuMs: 0 });
    return {
      cpuMs: inWindow.reduce((s, t) => s + t.cpuMs, 0),
      longestTaskCpuMs: longest.cpuMs,
      longestTaskWallMs: longest.wallMs,
    };
  });
}

// ---------------------------------------------------------------------------
// CPU: the attract loop, and a still slide

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

async function cpuWindow(ctx: MeasureContext, bench: BenchPage, seconds: number): Promise<CpuRun> {
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
        `${run.slideChanges} changes${other(run)}`,
    );
  }
  await bench.close();
  return out;
}

export interface StillRun extends CpuRun {
  readonly slide: string;
  readonly timeouts: number;
  readonly intervals: number;
  readonly animationFrames: number;
  /** Animations still running during the window (endless ones included). */
  readonly animations: string[];
}

export const STILL_SECONDS = 10;

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

// ---------------------------------------------------------------------------
// Memory over many slide changes

export interface MemoryRun {
  readonly changes: number;
  readonly warmup: MemorySample;
  readonly after: MemorySample;
  readonly heapGrowth: number;
  readonly nodeGrowth: number;
  readonly listenerGrowth: number;
  readonly seconds: number;
}

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

export async function memory(ctx: MeasureContext, count: number, changes: number): Promise<MemoryRun[]> {
  const query = 'slideSeconds=3';
  const playlist = playlistFor(query);
  // Both samples must show the same slide in the same language: whole bilingual cycles.
  const period = playlist.slides.length * playlist.config.languages.length;
  const total = Math.ceil(changes / period) * period;
  const out: MemoryRun[] = [];
  for (let r = 0; r < count; r += 1) {
    const bench = await openAccelerated(ctx, query);
    for (let i = 0; i < period; i += 1) await nextLoopSlide(bench.page, playlist);
    const warmup = await memorySample(bench.page, bench.cdp);
    const started = Date.now();
    for (let i = 0; i < total; i += 1) await nextLoopSlide(bench.page, playlist);
    const seconds = (Date.now() - started) / 1000;
    const after = await memorySample(bench.page, bench.cdp);
    await bench.close();
    const run: MemoryRun = {
      changes: total,
      warmup,
      after,
      heapGrowth: after.heapUsed - warmup.heapUsed,
      nodeGrowth: after.nodes - warmup.nodes,
      listenerGrowth: after.jsEventListeners - warmup.jsEventListeners,
      seconds,
    };
    out.push(run);
    log(
      `  memory ${r + 1}/${count}: ${total} changes in ${seconds.toFixed(0)} s; heap ${(run.heapGrowth / 1024).toFixed(0)} KB, ` +
        `nodes ${run.nodeGrowth}, listeners ${run.listenerGrowth}`,
    );
  }
  return out;
}

// ---------------------------------------------------------------------------
// Tap to explore

export interface TapStats {
  readonly samples: number[];
  readonly p50: number;
  readonly p95: number;
}

export interface TapRun extends TapStats, Contention {
  /** The control page: a touch that only inserts a bar, same probe. */
  readonly reference: TapStats & Contention;
}

export const TAP_SAMPLES = 20;

async function tapOnce(bench: BenchPage, x: number, y: number): Promise<number> {
  await bench.page.evaluate(() => window.__bench.tap.arm());
  await touch(bench.cdp, x, y);
  const result = await bench.page.evaluate(() => window.__bench.tap.result(2000));
  if (!result) throw new Error('the explore controls did not appear within 2 s of a touch');
  return result.paintedAt - result.inputAt;
}

function tapStats(samples: number[]): TapStats {
  return { samples, p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

export async function tapLatency(ctx: MeasureContext, count: number): Promise<TapRun[]> {
  const out: TapRun[] = [];
  for (let r = 0; r < count; r += 1) {
    const bench = await openBenchPage(ctx.browser);
    // A long slide time: the loop must not change slide while a sample runs.
    await bench.page.goto(`${ctx.base}?slideSeconds=600`);
    await bench.page.locator('.show').waitFor();
    await settle(bench.page);
    const point = await stageCentre(bench.page);
    const back = bench.page.getByRole('button', { name: itMessages.show.backToLoop });
    const app = await contended(ctx, async () => {
      const samples: number[] = [];
      for (let i = 0; i < TAP_SAMPLES; i += 1) {
        samples.push(await tapOnce(bench, point.x, point.y));
        await back.click();
        await bench.page.locator('.show[data-phase="attract"]').waitFor();
        await settle(bench.page);
        await sleep(150);
      }
      return tapStats(samples);
    });
    await openReference(bench.page);
    const reference = await contended(ctx, async () => {
      const samples: number[] = [];
      for (let i = 0; i < TAP_SAMPLES; i += 1) {
        samples.push(await tapOnce(bench, point.x, point.y));
        await touch(bench.cdp, point.x, point.y);
        await sleep(150);
      }
      return tapStats(samples);
    });
    await bench.close();
    out.push({ ...app, reference });
    log(
      `  tap ${r + 1}/${count}: p50 ${app.p50.toFixed(1)} ms, p95 ${app.p95.toFixed(1)} ms${other(app)}; ` +
        `reference p50 ${reference.p50.toFixed(1)} ms, p95 ${reference.p95.toFixed(1)} ms`,
    );
  }
  return out;
}
