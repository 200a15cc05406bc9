/**
 * Other work on the machine skews every wall-clock measure (frame pacing, tap
 * latency, cold load). On Linux the bench reads /proc/stat to know how busy the
 * machine was, waits for a quiet moment before each run, and reports the share
 * of CPU that other processes took while it measured.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { chromiumCpuSeconds } from './browser';
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
