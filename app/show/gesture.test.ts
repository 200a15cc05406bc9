import { describe, expect, it } from 'vitest';
import { classifyGesture, toContentFrame, type Gesture } from './gesture';

describe('classifyGesture', () => {
  it.each<[string, { dx: number; dy: number; ms: number }, Gesture]>([
    ['a still press', { dx: 0, dy: 0, ms: 120 }, 'tap'],
    ['a wobbly press', { dx: 8, dy: -6, ms: 200 }, 'tap'],
    ['a long drag to the left', { dx: -300, dy: 20, ms: 400 }, 'next'],
    ['a long drag to the right', { dx: 300, dy: -30, ms: 400 }, 'prev'],
    ['a short quick flick', { dx: -60, dy: 5, ms: 60 }, 'next'],
    ['a short slow drag', { dx: -60, dy: 5, ms: 900 }, 'none'],
    ['a vertical drag', { dx: 40, dy: 300, ms: 300 }, 'none'],
    ['a diagonal drag', { dx: -200, dy: 180, ms: 300 }, 'none'],
  ])('%s → %s', (_case, track, gesture) => {
    expect(classifyGesture(track, 1920)).toBe(gesture);
  });

  it.each<[number, { dx: number; dy: number }, Gesture]>([
    [0, { dx: -300, dy: 0 }, 'next'],
    // Rotated 90°: the content's left is the screen's top, so an upward screen drag is a leftward content drag.
    [90, { dx: 0, dy: -300 }, 'next'],
    [180, { dx: 300, dy: 0 }, 'next'],
    [270, { dx: 0, dy: 300 }, 'next'],
  ])('rotation %i: %o → %s', (rotation, move, gesture) => {
    expect(classifyGesture({ ...move, ms: 300 }, 1080, rotation)).toBe(gesture);
  });
});

describe('toContentFrame', () => {
  it('is the identity without rotation and inverts a half turn', () => {
    expect(toContentFrame(3, 4, 0)).toEqual({ dx: 3, dy: 4 });
    expect(toContentFrame(3, 4, 180)).toEqual({ dx: -3, dy: -4 });
    expect(toContentFrame(3, 4, -180)).toEqual({ dx: -3, dy: -4 });
  });
});
