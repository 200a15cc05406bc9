/**
 * Headless Chromium launched as e2e/chromium.ts says, on a 1920×1080 touch
 * screen: the full browser, as signage players and `chromium --kiosk` run
 * it, not the lighter headless shell the e2e tests use.
 */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../../e2e/chromium';
import { installProbes, type ProbeOptions } from './probes';

export const VIEWPORT = { width: 1920, height: 1080 } as const;

export async function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions({ headlessShell: false }));
}

export interface BenchPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly cdp: CDPSession;
  close(): Promise<void>;
}

/** A fresh context (empty cache, no state) with one page, its CDP session and the probes installed. */
export async function openBenchPage(
  browser: Browser,
  probes: Partial<ProbeOptions> = {},
  viewport: { readonly width: number; readonly height: number } = VIEWPORT,
): Promise<BenchPage> {
  const context = await browser.newContext({ viewport, hasTouch: true, deviceScaleFactor: 1 });
  await context.addInitScript(installProbes, { load: false, countTimers: false, ...probes });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp, close: () => context.close() };
}

/** Renderer main-thread time (CDP `TaskDuration`, seconds) and friends. */
export async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** CPU seconds used so far by every Chromium process (browser, renderers, GPU, utilities). */
export async function chromiumCpuSeconds(browser: Browser): Promise<number> {
  const session = await browser.newBrowserCDPSession();
  try {
    const info = (await session.send('SystemInfo.getProcessInfo' as never)) as unknown as {
      processInfo: { type: string; cpuTime: number }[];
    };
    return info.processInfo.reduce((sum, p) => sum + p.cpuTime, 0);
  } finally {
    await session.detach();
  }
}

export interface MemorySample {
  /** V8 heap in use after a forced full GC, bytes (CDP Runtime.getHeapUsage usedSize). */
  readonly heapUsed: number;
  /** Blink's own garbage-collected heap (DOM, style, layout objects) after the same GC, bytes. */
  readonly blinkHeap: number;
  /** Blink's live DOM nodes (CDP Memory.getDOMCounters), after the same GC. */
  readonly nodes: number;
  /** Elements in the document (attached), for reading `nodes`. */
  readonly elements: number;
  readonly jsEventListeners: number;
  readonly documents: number;
}

/**
 * Forces full garbage collection (V8's heap and, with it, Blink's) five times,
 * two real frames and 100 ms apart, and keeps the lowest reading of each
 * counter: garbage only goes down from one collection to the next (a node
 * still held by a pending callback is freed by a later one), live objects
 * never do, so the minimum is what is really alive.
 */
export async function memorySample(page: Page, cdp: CDPSession): Promise<MemorySample> {
  let best: Omit<MemorySample, 'elements'> | null = null;
  for (let i = 0; i < 5; i += 1) {
    await cdp.send('HeapProfiler.collectGarbage');
    await page.evaluate(
      () =>
        new Promise<void>((resolve) =>
          window.__bench.real.raf(() =>
            window.__bench.real.raf(() => window.__bench.real.setTimeout(resolve, 100)),
          ),
        ),
    );
    const counters = await cdp.send('Memory.getDOMCounters');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const reading = {
      heapUsed: heap.usedSize,
      blinkHeap: heap.embedderHeapUsedSize,
      nodes: counters.nodes,
      jsEventListeners: counters.jsEventListeners,
      documents: counters.documents,
    };
    best = best
      ? {
          heapUsed: Math.min(best.heapUsed, reading.heapUsed),
          blinkHeap: Math.min(best.blinkHeap, reading.blinkHeap),
          nodes: Math.min(best.nodes, reading.nodes),
          jsEventListeners: Math.min(best.jsEventListeners, reading.jsEventListeners),
          documents: Math.min(best.documents, reading.documents),
        }
      : reading;
  }
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  return { ...best!, elements };
}
