import { afterEach, describe, expect, it, vi } from 'vitest';
import { frameIntervals } from './frame-intervals';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Draws frames at these timestamps, one per callback asked for; returns how many were asked. */
function drawFrames(times: readonly number[]): () => number {
  const asked: ((time: number) => void)[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: (time: number) => void) => asked.push(callback));
  let drawn = 0;
  return () => {
    while (asked.length > 0 && drawn < times.length) asked.shift()!(times[drawn++]!);
    return drawn;
  };
}

describe('the frames of an entrance', () => {
  it('are the intervals over its duration, and no frame is asked for after it', async () => {
    const draw = drawFrames([0, 16.7, 33.4, 50.1, 66.8, 83.5, 100.2, 116.9]);
    const intervals = frameIntervals(50);
    expect(draw()).toBe(4);
    expect((await intervals).map(Math.round)).toEqual([17, 17, 17]);
  });

  it('are at least as many as asked, where a few slow frames already span its duration', async () => {
    const draw = drawFrames([0, 400, 700, 950, 1200]);
    const intervals = frameIntervals(600, 3);
    expect(draw()).toBe(4);
    expect(await intervals).toEqual([400, 300, 250]);
  });
});
