/**
 * A Chrome trace of the renderer's main thread, for what wall-clock measures
 * cannot tell on a busy machine: how much CPU each task really used (the
 * trace's thread time), against how long it took.
 */
import type { CDPSession } from '@playwright/test';

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { name?: string; data?: { message?: string } };
}

export interface MainThreadTask {
  /** Start, µs on the trace clock. */
  readonly ts: number;
  readonly wallMs: number;
  readonly cpuMs: number;
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'];

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReturnAsStream',
  });
}

/** Stops tracing; returns the renderer main thread's top-level tasks and the times (µs) of `console.timeStamp(marker)`. */
export async function stopTrace(
  cdp: CDPSession,
  marker: string,
): Promise<{ tasks: MainThreadTask[]; marks: number[] }> {
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
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
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
