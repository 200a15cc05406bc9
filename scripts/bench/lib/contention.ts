/**
 * Other work on the machine skews every wall-clock measure (frame pacing, tap
 * latency, cold load). On Linux the bench reads /proc/stat to know how busy the
 * machine was, waits for a quiet moment before each run, and reports the share
 * of CPU that other processes took while it measured.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { chromiumCpuSeconds } from './browser';
import { median } from './stats';
import { sleep } from './util';

/** Linux's USER_HZ: /proc/stat counts in hundredths of a second. */
const TICKS_PER_SECOND = 100;

interface Ticks {
  readonly busy: number;
  readonly total: number;
}

function procStat(): Ticks | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const fields = line.trim().split(/\s+/).slice(1, 9).map(Number);
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields;
    const busy = user + nice + system + irq + softirq + steal;
    return { busy: busy / TICKS_PER_SECOND, total: (busy + idle + iowait) / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

/** Share of the whole machine (all cores) that was busy over `ms`, in percent; null off Linux. */
export async function machineBusyPct(ms: number): Promise<number | null> {
  const a = procStat();
  await sleep(ms);
  const b = procStat();
  if (!a || !b || b.total <= a.total) return null;
  return (100 * (b.busy - a.busy)) / (b.total - a.total);
}

export interface QuietOptions {
  /** Busy share of the whole machine (%) under which it counts as quiet. */
  readonly thresholdPct: number;
  /** How long to wait at most, ms; 0 never waits. */
  readonly maxWaitMs: number;
}

/** Waits until the machine is quiet (or the wait runs out); returns the busy share last seen. */
export async function waitForQuiet(options: QuietOptions): Promise<number | null> {
  const deadline = Date.now() + options.maxWaitMs;
  for (;;) {
    const busy = await machineBusyPct(1000);
    if (busy === null || busy <= options.thresholdPct || Date.now() >= deadline) return busy;
  }
}

/** CPU that processes other than this bench and its Chromium used during a run, in % of the whole machine. */
export class ContentionMeter {
  #start: { ticks: Ticks | null; chromium: number; node: number; at: number } | null = null;

  constructor(private readonly browser: Browser) {}

  async start(): Promise<void> {
    this.#start = {
      ticks: procStat(),
      chromium: await chromiumCpuSeconds(this.browser).catch(() => 0),
      node: cpuSeconds(),
      at: Date.now(),
    };
  }

  /** Other processes' share of all cores since `start()`, in %; null where it cannot be known. */
  async stop(): Promise<number | null> {
    const start = this.#start;
    const ticks = procStat();
    if (!start?.ticks || !ticks || ticks.total <= start.ticks.total) return null;
    const chromium = (await chromiumCpuSeconds(this.browser).catch(() => start.chromium)) - start.chromium;
    const own = chromium + (cpuSeconds() - start.node);
    const busy = ticks.busy - start.ticks.busy;
    const total = ticks.total - start.ticks.total;
    return Math.max(0, Math.min(100, (100 * (busy - own)) / total));
  }
}

function cpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
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
export async function contended<T extends object>(
  ctx: { readonly browser: Browser; readonly quiet: QuietOptions },
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

/** The tail of a run's progress line: what others took, and the crowded runs thrown away. */
export const othersNote = (c: Contention): string =>
  (c.otherCpuPct === null ? '' : `, others ${c.otherCpuPct.toFixed(0)} % CPU`) +
  (c.discarded ? ` (${c.discarded} crowded run${c.discarded > 1 ? 's' : ''} discarded)` : '');

/** Median share of the CPU that other processes took during the runs, or null off Linux. */
export function otherCpu(runs: readonly Contention[]): number | null {
  const known = runs.map((r) => r.otherCpuPct).filter((v): v is number => v !== null);
  return known.length ? median(known) : null;
}
