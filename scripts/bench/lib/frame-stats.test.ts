import { describe, expect, it } from 'vitest';
import { clipArea, frameWork, loopStats } from './frame-stats';
import type { TraceEvent } from './trace';

/** `n` frames at 60 Hz from `t0`, as [rAF time, interval]. */
const smooth = (t0: number, n: number): [number, number][] =>
  Array.from({ length: n }, (_, i) => [t0 + (i + 1) * 16.7, 16.7]);

describe('loopStats', () => {
  it.each([
    {
      name: 'a smooth window has no long frame',
      frames: smooth(0, 100),
      changes: [500],
      over33Pct: 0,
      worst: 16.7,
      longPerChange: 0,
      near: 0,
    },
    {
      name: 'two long frames right after each of two changes',
      frames: [...smooth(0, 48), [850, 50], [900, 50], ...smooth(900, 48), [1752, 50], [1802, 50]] as [
        number,
        number,
      ][],
      changes: [790, 1690],
      over33Pct: 4,
      worst: 50,
      longPerChange: 2,
      near: 100,
    },
    {
      name: 'a long frame far from any change counts, but not as near one',
      frames: [...smooth(0, 49), [5000, 120]] as [number, number][],
      changes: [100],
      over33Pct: 2,
      worst: 120,
      longPerChange: 1,
      near: 0,
    },
  ])('$name', ({ frames, changes, over33Pct, worst, longPerChange, near }) => {
    const stats = loopStats({ frames, changes }, 30);
    expect(stats.over33Pct).toBeCloseTo(over33Pct);
    expect(stats.worst).toBe(worst);
    expect(stats.longPerChange).toBe(longPerChange);
    expect(stats.longNearChangePct).toBe(near);
    expect(stats.over100).toBe(frames.filter(([, dt]) => dt > 100).length);
  });

  it('a two-vsync frame (33.3 ms) is a dropped frame, not a long one', () => {
    expect(loopStats({ frames: [[33.3, 33.3]], changes: [] }, 1).over33Pct).toBe(0);
  });
});

describe('clipArea', () => {
  const viewport = { width: 1920, height: 1080 };
  it.each([
    { quad: [0, 0, 1920, 0, 1920, 1080, 0, 1080], area: 1920 * 1080 },
    { quad: [-8388608, -8388608, 8388607, -8388608, 8388607, 8388607, -8388608, 8388607], area: 1920 * 1080 },
    { quad: [100, 100, 200, 100, 200, 150, 100, 150], area: 5000 },
    { quad: [-701, -30, 1219, -30, 1219, 932, -701, 932], area: 1219 * 932 },
  ])('$quad → $area', ({ quad, area }) => {
    expect(clipArea(quad, viewport)).toBe(area);
  });
});

describe('frameWork', () => {
  const event = (name: string, ts: number, dur = 1000, extra: Partial<TraceEvent> = {}): TraceEvent => ({
    name,
    ph: 'X',
    ts,
    dur,
    pid: 1,
    tid: 1,
    ...extra,
  });
  it('counts each change’s events within its window only', () => {
    const events = [
      event('Paint', 1_000_100, 2000, { args: { data: { clip: [0, 0, 960, 0, 960, 1080, 0, 1080] } } }),
      event('RasterTask', 1_000_200),
      event('RasterTask', 1_000_300),
      event('BeginFrame', 1_000_400),
      event('RasterTask', 2_700_000),
      event('Paint', 5_000_100),
    ];
    const [first, second] = frameWork(events, [1_000_000, 5_000_000], 1500, { width: 1920, height: 1080 });
    expect(first).toEqual({
      frames: 1,
      events: { Paint: { count: 1, ms: 2 }, RasterTask: { count: 2, ms: 2 } },
      paintedScreens: 0.5,
    });
    expect(second!.events).toEqual({ Paint: { count: 1, ms: 1 } });
  });
});
