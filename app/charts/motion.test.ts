import { describe, expect, it } from 'vitest';
import { MOTION } from '../theme/tokens';
import { buildInEnd, staggerDelay, staggerStep } from './motion';

describe('staggerDelay', () => {
  it.each<[number, number]>([
    [0, 0],
    [1, 40],
    [5, 200],
    [100, MOTION.maxStaggerMs],
    [-1, 0],
  ])('mark %s starts after %s ms', (order, delay) => {
    expect(staggerDelay(order)).toBe(delay);
  });
});

describe('staggerStep and buildInEnd', () => {
  it.each<[number, number, number]>([
    // marks, step, end of the build-in
    [1, 40, 560],
    [9, 40, 880],
    [13, 40, 1040],
    [207, 480 / 206, 1040],
  ])('%s marks: %s ms apart, done by %s ms', (count, step, end) => {
    expect(staggerStep(count)).toBeCloseTo(step);
    expect(buildInEnd(count)).toBeCloseTo(end);
  });
});
