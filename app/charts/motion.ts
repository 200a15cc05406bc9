/**
 * Build-in timing: marks appear one after another, but a chart with many
 * marks (207 units) still finishes quickly.
 */
import { MOTION } from '../theme/tokens';

/** Delay of the mark at position `order` in its chart's build-in. */
export function staggerDelay(order: number, step: number = MOTION.staggerMs): number {
  return Math.min(Math.max(0, order) * step, MOTION.maxStaggerMs);
}

/** The step that spreads `count` marks over at most the maximum stagger. */
export function staggerStep(count: number): number {
  if (count <= 1) return MOTION.staggerMs;
  return Math.min(MOTION.staggerMs, MOTION.maxStaggerMs / (count - 1));
}

/** When the last mark of a chart has finished building in. */
export function buildInEnd(count: number): number {
  return staggerDelay(count - 1, staggerStep(count)) + MOTION.durationMs;
}
