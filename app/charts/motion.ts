/**
 * Build-in timing: marks appear one after another, but a chart with many
 * marks (207 units) still finishes quickly.
 */
import { MOTION } from '../theme/tokens';

/** Delay of the mark at position `order` in its chart's build-in. */
export function staggerDelay(order: number): number {
  return Math.min(Math.max(0, order) * MOTION.staggerMs, MOTION.maxStaggerMs);
}
