/**
 * Build-in motion, as Svelte attachments: one Web Animation on transform or
 * opacity, run when the slide becomes active, never repeated, skipped under
 * reduced motion. No frame loop, no interval: a still slide costs nothing,
 * and `getAnimations()` is empty once it has settled.
 *
 * A chart builds in as a whole (`reveal`), not mark by mark. With software
 * compositing (no GPU, a blocklisted driver, Electron's fallback after GPU
 * crashes) every animated element is a layer that the display compositor
 * redraws in every frame, and a mark animating inside a slide that fades
 * forces the whole slide through an off-screen surface: per-mark animations
 * made each slide change cost about 11 ms of CPU per frame at 1920×1080
 * (BENCHMARKS.md, "Whole loop"). One curtain per chart is one small layer.
 */
import type { Attachment } from 'svelte/attachments';
import { staggerDelay } from '../../app/charts/motion';
import { MOTION } from '../../app/theme/tokens';

/** How an element enters: it grows from its centre, fades in, or rises and fades in. */
export type Entrance = 'grow' | 'fade' | 'rise';

const KEYFRAMES: Record<Entrance, Keyframe[]> = {
  grow: [
    { transform: 'scale(0)', opacity: 0 },
    { transform: 'scale(1)', opacity: 1 },
  ],
  fade: [{ opacity: 0 }, { opacity: 1 }],
  rise: [
    { transform: 'translateY(12px)', opacity: 0 },
    { transform: 'translateY(0)', opacity: 1 },
  ],
};

/** The charts of a slide start their reveal this far apart (ms): in reading order, one after another. */
export const CHART_STAGGER_MS = 3 * MOTION.staggerMs;

export interface Motion {
  /** The slide is the visible one: build in. */
  readonly active: boolean;
  /** Reduced motion (setting or system): show the final state at once. */
  readonly reduced: boolean;
}

/**
 * Animates the element's entrance when `motion.active` turns true. Svelte
 * re-runs an attachment when what its arguments read changes, so it runs on
 * mount if active and again each time the slide becomes active. For a few
 * large elements (the key-figure tiles), not for a chart's marks.
 */
export function buildIn(motion: Motion, entrance: Entrance, order = 0, extraDelay = 0): Attachment<Element> {
  const { active, reduced } = motion;
  return (element) => {
    if (!active || reduced || typeof element.animate !== 'function') return;
    const animation = element.animate(KEYFRAMES[entrance], {
      duration: entrance === 'fade' ? MOTION.durationMs * 0.6 : MOTION.durationMs,
      delay: staggerDelay(order) + extraDelay,
      easing: MOTION.easing,
      // Hold the first frame during the delay, so an element does not flash before it enters.
      fill: 'backwards',
    });
    return () => animation.cancel();
  };
}

/**
 * A chart's build-in: a curtain the colour of the paper, lying over the whole
 * chart, slides off to the right, so the bars grow and the marks appear in
 * reading order. Its own style leaves it off the chart (translated by its own
 * width, clipped by its wrapper); the animation holds it over the chart until
 * its turn (`order`, the chart's position on the slide), then moves it on the
 * compositor: transform only, one layer, no repaint of the chart.
 */
export function reveal(motion: Motion, order = 0): Attachment<Element> {
  const { active, reduced } = motion;
  return (element) => {
    if (!active || reduced || typeof element.animate !== 'function') return;
    const animation = element.animate([{ transform: 'translateX(0)' }, { transform: 'translateX(100%)' }], {
      duration: MOTION.durationMs,
      delay: Math.max(0, order) * CHART_STAGGER_MS,
      easing: MOTION.easing,
      fill: 'backwards',
    });
    return () => animation.cancel();
  };
}
