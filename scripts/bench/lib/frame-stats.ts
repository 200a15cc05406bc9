/**
 * Pure arithmetic of the whole-loop measures (lib/loop.ts): frame statistics
 * of a window of rAF intervals, and the frame work counted in a trace.
 */
import type { LoopRecord } from './probes';
import { percentAbove, percentile } from './stats';
import type { TraceEvent } from './trace';

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

/**
 * Area of a Paint clip within the viewport. A clip is a quad [x1,y1,…,x4,y4]
 * in page pixels, axis-aligned here; Blink writes ±8 388 608 for "no clip".
 */
export function clipArea(quad: readonly number[], viewport: { width: number; height: number }): number {
  const xs = [quad[0]!, quad[2]!, quad[4]!, quad[6]!].map((x) => Math.min(viewport.width, Math.max(0, x)));
  const ys = [quad[1]!, quad[3]!, quad[5]!, quad[7]!].map((y) => Math.min(viewport.height, Math.max(0, y)));
  return (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
}

/** Counts FRAME_WORK events between each marker and `windowMs` later. */
export function frameWork(
  events: readonly TraceEvent[],
  marks: readonly number[],
  windowMs: number,
  viewport: { width: number; height: number },
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
      if (e.name === 'Paint' && e.args?.data?.clip) painted += clipArea(e.args.data.clip, viewport);
    }
    for (const e of Object.values(counted)) e.ms = Math.round(e.ms * 10) / 10;
    return {
      frames: frames.filter(inside).filter((e) => e.name === 'BeginFrame').length,
      events: counted,
      paintedScreens: Math.round((100 * painted) / (viewport.width * viewport.height)) / 100,
    };
  });
}
