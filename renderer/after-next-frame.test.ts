import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextFrame } from './after-next-frame';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('waiting for the next frame', () => {
  it('resolves only after the browser has drawn a frame, in a task of its own', async () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    try {
      let done = false;
      void afterNextFrame().then(() => (done = true));
      await vi.advanceTimersByTimeAsync(100);
      // No frame drawn yet: however long the wait, nothing runs.
      expect(done).toBe(false);
      frames.shift()?.();
      await Promise.resolve();
      // The frame's callback ran, but its rendering comes first: what waits is a task after it.
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(0);
      expect(done).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('is a new task where no frame is drawn (no requestAnimationFrame)', async () => {
    let done = false;
    void afterNextFrame().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });
});
