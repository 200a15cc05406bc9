/**
 * The build-in of a mark, as a Svelte attachment: one Web Animation on
 * transform or opacity, run when the slide becomes active, never repeated,
 * skipped under reduced motion. No frame loop, no interval: a still slide
 * costs nothing, and `getAnimations()` is empty once it has settled.
 */
import type { Attachment } from 'svelte/attachments';
import { staggerDelay } from '../../app/charts/motion';
import { MOTION } from '../../app/theme/tokens';

/** How a mark enters: a bar grows from its base, a point from its centre, a label fades in. */
export type Entrance = 'grow-x' | 'grow' | 'fade' | 'rise';

const KEYFRAMES: Record<Entrance, Keyframe[]> = {
  'grow-x': [{ transform: 'scaleX(0)' }, { transform: 'scaleX(1)' }],
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

export interface Motion {
  /** The slide is the visible one: build in. */
  readonly active: boolean;
  /** Reduced motion (setting or system): show the final state at once. */
  readonly reduced: boolean;
}

/**
 * Animates the element's entrance when `motion.active` turns true. Svelte
 * re-runs an attachment when what its arguments read changes, so it runs on
 * mount if active and again each time the slide becomes active.
 */
export function buildIn(motion: Motion, entrance: Entrance, order = 0, extraDelay = 0): Attachment<Element> {
  const { active, reduced } = motion;
  return (element) => {
    if (!active || reduced || typeof element.animate !== 'function') return;
    const animation = element.animate(KEYFRAMES[entrance], {
      duration: entrance === 'fade' ? MOTION.durationMs * 0.6 : MOTION.durationMs,
      delay: staggerDelay(order) + extraDelay,
      easing: MOTION.easing,
      // Hold the first frame during the delay, so a mark does not flash before it enters.
      fill: 'backwards',
    });
    return () => animation.cancel();
  };
}
