import { describe, expect, it } from 'vitest';
import { CUTS_BEFORE_RETRY, MotionGovernor } from './motion-governor';

const FHD = '1920x1080@1';
/** 36 frames at 60 Hz: a 600 ms entrance drawn in time. */
const smooth = Array.from({ length: 36 }, () => 16.7);
/** Every other frame missed: what the bench measures at 3840×2160 in software (BENCHMARKS.md). */
const overloaded = Array.from({ length: 20 }, (_, i) => (i % 2 ? 33.5 : 16.7));

describe('MotionGovernor', () => {
  it('moves slides while entrances are drawn in time, a long task or two included', () => {
    const governor = new MotionGovernor();
    expect(governor.entering(FHD)).toBe('slide');
    governor.entered(smooth);
    expect(governor.entering(FHD)).toBe('slide');
    // The change's own work and a garbage collection: two long frames, not a screen that lags.
    governor.entered([...smooth, 83, 50, 33.5]);
    expect(governor.entering(FHD)).toBe('slide');
    expect(governor.change).toBe('slide');
  });

  it('cuts from the next change once an entrance misses frames again and again', () => {
    const governor = new MotionGovernor();
    governor.entering(FHD);
    governor.entered(overloaded);
    expect(governor.change).toBe('cut');
    expect(governor.entering(FHD)).toBe('cut');
    expect(governor.entering(FHD)).toBe('cut');
  });

  it('cuts where the frames are so slow that an entrance is only a few of them, all long', () => {
    // Measured in the e2e spec's slow screen on a busy 2-core machine: 150–300 ms a frame.
    const governor = new MotionGovernor();
    governor.entering(FHD);
    governor.entered([300, 150, 283]);
    expect(governor.change).toBe('cut');
  });

  it('judges the frames after the first: one stall, even of the whole entrance, is not a slow screen', () => {
    for (const intervals of [
      [650, 16.7, 16.7],
      [620, 50, 16.7],
      [300, 16.7, 16.7, 16.7],
    ]) {
      const governor = new MotionGovernor();
      governor.entering(FHD);
      governor.entered(intervals);
      expect(governor.change, intervals.join(', ')).toBe('slide');
    }
  });

  it('counts frames over two vsyncs only: 33.4 ms is a frame in time at 30 Hz, not a miss', () => {
    const governor = new MotionGovernor();
    governor.entering(FHD);
    governor.entered(Array.from({ length: 20 }, () => 33.4));
    expect(governor.change).toBe('slide');
  });

  it('starts again with motion on another screen size or pixel ratio', () => {
    const governor = new MotionGovernor();
    governor.entering('3840x2160@1');
    governor.entered(overloaded);
    expect(governor.entering('3840x2160@1')).toBe('cut');
    expect(governor.entering(FHD)).toBe('slide');
  });

  it(`tries motion once more after ${CUTS_BEFORE_RETRY} cuts, and cuts again if it still cannot keep up`, () => {
    const governor = new MotionGovernor();
    governor.entering(FHD);
    governor.entered(overloaded);
    const changes = Array.from({ length: CUTS_BEFORE_RETRY + 1 }, () => governor.entering(FHD));
    expect(changes.filter((c) => c === 'cut')).toHaveLength(CUTS_BEFORE_RETRY);
    expect(changes.at(-1)).toBe('slide');
    governor.entered(overloaded);
    expect(governor.entering(FHD)).toBe('cut');
  });

  it('goes back to motion for good when the retried entrance is drawn in time', () => {
    const governor = new MotionGovernor();
    governor.entering(FHD);
    governor.entered(overloaded);
    for (let i = 0; i <= CUTS_BEFORE_RETRY; i += 1) governor.entering(FHD);
    governor.entered(smooth);
    expect(Array.from({ length: 5 }, () => governor.entering(FHD))).toEqual(Array(5).fill('slide'));
  });
});
