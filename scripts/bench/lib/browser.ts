/**
 * Headless Chromium as the e2e tests launch it (playwright.config.ts): Debian's
 * /usr/bin/chromium where it exists (CHROMIUM_PATH overrides it), Playwright's
 * own browser elsewhere, the same flags, a 1920×1080 touch screen.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { installProbes, type ProbeOptions } from './probes';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export const VIEWPORT = { width: 1920, height: 1080 } as const;

export async function launchChromium(): Promise<Browser> {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return chromium.launch({
    ...(existsSync(path) ? { executablePath: path } : {}),
    args: CHROMIUM_ARGS,
  });
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
): Promise<BenchPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, hasTouch: true, deviceScaleFactor: 1 });
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
 * Forces full garbage collection (V8's heap and, with it, Blink's DOM) until
 * two readings in a row agree on the node count, then reads the counters.
 */
export async function memorySample(page: Page, cdp: CDPSession): Promise<MemorySample> {
  let previous = -1;
  let counters = { documents: 0, nodes: 0, jsEventListeners: 0 };
  for (let i = 0; i < 8; i += 1) {
    await cdp.send('HeapProfiler.collectGarbage');
    await page.evaluate(() => new Promise<void>((resolve) => window.__bench.real.setTimeout(resolve, 50)));
    counters = await cdp.send('Memory.getDOMCounters');
    if (i >= 1 && counters.nodes === previous) break;
    previous = counters.nodes;
  }
  const heap = await cdp.send('Runtime.getHeapUsage');
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  return {
    heapUsed: heap.usedSize,
    blinkHeap: heap.embedderHeapUsedSize,
    nodes: counters.nodes,
    elements,
    jsEventListeners: counters.jsEventListeners,
    documents: counters.documents,
  };
}
