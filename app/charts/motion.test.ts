import { describe, expect, it } from 'vitest';
import { MOTION } from '../theme/tokens';
import { staggerDelay } from './motion';

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
