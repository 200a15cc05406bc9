/**
 * A Chrome trace of the renderer's main thread, for what wall-clock measures
 * cannot tell on a busy machine: how much CPU each task really used (the
 * trace's thread time), against how long it took.
 */
import type { CDPSession, Page } from '@playwright/test';

export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { name?: string; data?: { message?: string; clip?: number[]; layerId?: number } };
}

export interface MainThreadTask {
  /** Start, µs on the trace clock. */
  readonly ts: number;
  readonly wallMs: number;
  readonly cpuMs: number;
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'];

/** What a frame's work is made of: style, layout, paint, raster, compositing, on every thread. */
export const FRAME_CATEGORIES = [
  ...CATEGORIES,
  'disabled-by-default-devtools.timeline.frame',
  'blink',
  'cc',
  'viz',
  'gpu',
];

export async function startTrace(cdp: CDPSession, categories: readonly string[] = CATEGORIES): Promise<void> {
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: [...categories] },
    transferMode: 'ReturnAsStream',
  });
}

/** Stops tracing and returns every event. */
export async function stopTraceEvents(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream ?? '')),
  );
  await cdp.send('Tracing.end');
  const stream = await complete;
  const chunks: string[] = [];
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    chunks.push(chunk.data);
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(chunks.join('')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** Stops tracing; returns the renderer main thread's top-level tasks and the times (µs) of `console.timeStamp(marker)`. */
export async function stopTrace(
  cdp: CDPSession,
  marker: string,
): Promise<{ tasks: MainThreadTask[]; marks: number[] }> {
  const events = await stopTraceEvents(cdp);
  const main = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const candidates = events
    .filter(
      (e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && main.has(`${e.pid}:${e.tid}`),
    )
    .sort((a, b) => a.ts - b.ts);
  const tasks: MainThreadTask[] = [];
  let end = 0;
  for (const e of candidates) {
    if (e.ts < end) continue;
    tasks.push({ ts: e.ts, wallMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? e.dur ?? 0) / 1000 });
    end = e.ts + (e.dur ?? 0);
  }
  const marks = events
    .filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === marker)
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  return { tasks, marks };
}

/** The console.timeStamp label that marks a slide change in a trace. */
export const SLIDE_CHANGE_MARK = 'bench:slide-change';

/** Marks each slide change (the stage's slide index changing) in the trace, as a TimeStamp event. */
export async function markSlideChanges(page: Page): Promise<void> {
  await page.evaluate((label) => {
    new MutationObserver(() => console.timeStamp(label)).observe(document.querySelector('.show')!, {
      attributes: true,
      attributeFilter: ['data-slide-index'],
    });
  }, SLIDE_CHANGE_MARK);
}
