/**
 * How slides come and go on the stage: a short slide (the leaving one also
 * fades), a cut where the screen cannot draw that in time (MotionGovernor),
 * or a crossfade under reduced motion; a slide built ahead makes the same
 * entrance when it is shown; a leaving slide is only a picture, out of the
 * accessibility tree and out of reach.
 */
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { cubicOut } from 'svelte/easing';
import type { TransitionConfig } from 'svelte/transition';
import { FRAMES_JUDGED, MotionGovernor } from '../../app/show/motion-governor';
import { frameIntervals } from './frame-intervals';

/** The slide's entrance, ms. */
const ENTRANCE_MS = 600;

/** The crossfade under reduced motion, ms. */
const FADE_MS = 400;

// Svelte's own `fade` and `fly` read the node's computed style when a slide starts moving, a style
// recalculation forced in the slide change's task (3-4 ms at ×1 in a profile, ×4 on a slow
// player). A frame's opacity is always 1 (Show.svelte), and what it may carry besides is the
// finger's drag, inline: the motion is written from those.
const fade: TransitionConfig = { duration: FADE_MS, css: (t) => `opacity: ${t}` };

/** What the motion depends on at the moment a slide comes or goes. */
export interface MotionNow {
  readonly reducedMotion: boolean;
  /** Direction of the last move (1: forwards). */
  readonly direction: 1 | -1;
}

/**
 * The stage's transitions and the attachment for slides built ahead. `now` is read when a slide
 * moves; `onArrived` runs when a slide built ahead has finished its entrance.
 */
export function slideMotion(now: () => MotionNow, onArrived: () => void) {
  const governor = new MotionGovernor();

  /**
   * How this entrance is shown. The frames of an entrance with motion are timed to decide the next
   * ones; the stage says how slides change now (`data-motion`), from this entrance and from each
   * decision.
   */
  function entering(node: Element): 'slide' | 'cut' {
    const change = governor.entering(`${innerWidth}x${innerHeight}@${devicePixelRatio}`);
    const stage = node.parentElement;
    stage?.setAttribute('data-motion', change);
    if (change === 'slide') {
      void frameIntervals(ENTRANCE_MS, FRAMES_JUDGED).then((ms) => {
        governor.entered(ms);
        stage?.setAttribute('data-motion', governor.change);
      });
    }
    return change;
  }

  // The leaving slide fades out on top (.frame[inert] in Show.svelte) while the new one slides
  // in under it without fading: opacity on a slide whose charts are building in would make the
  // compositor draw the whole slide off-screen first, in every frame, which software compositing
  // cannot afford (BENCHMARKS.md, "Whole loop"). A slide that only moves is drawn as it is.
  function enter(node: Element, upcoming: boolean): TransitionConfig {
    // A slide built ahead enters when it is shown (`arrive`), not when it is built.
    if (upcoming) return { duration: 0 };
    const { reducedMotion, direction } = now();
    if (reducedMotion) return fade;
    if (entering(node) === 'cut') return { duration: 0 };
    const x = direction * 6;
    return { duration: ENTRANCE_MS, easing: cubicOut, css: (_t, u) => `transform: translateX(${u * x}%)` };
  }

  function leave(node: Element, upcoming: boolean): TransitionConfig {
    // A slide built ahead and dropped was never seen: it goes at once.
    if (upcoming) return { duration: 0 };
    const { reducedMotion, direction } = now();
    if (reducedMotion) return fade;
    if (governor.change === 'cut') return { duration: 0 };
    // It leaves from where the finger left it, if a swipe moved it.
    const dragged = node instanceof HTMLElement ? node.style.transform : '';
    const x = direction * -6;
    return {
      duration: 500,
      easing: cubicOut,
      css: (t, u) => `transform: ${dragged} translateX(${u * x}%); opacity: ${t}`,
    };
  }

  /**
   * The entrance of a slide that was built ahead, when it turns current: the same motion as
   * `enter`, as a Web Animation (transform or opacity, on the compositor), started at the change.
   */
  function arrive(upcoming: boolean): Attachment<HTMLElement> {
    return (node) => {
      if (upcoming) {
        node.dataset.prepared = '';
        return;
      }
      if (!('prepared' in node.dataset)) return;
      delete node.dataset.prepared;
      untrack(() => {
        const { reducedMotion, direction } = now();
        if (!reducedMotion && entering(node) === 'cut') return onArrived();
        const animation = reducedMotion
          ? node.animate([{ opacity: 0 }, { opacity: 1 }], { duration: FADE_MS })
          : node.animate(
              [{ transform: `translateX(${direction * 6}%)` }, { transform: 'translateX(0)' }],
              // cubicOut (svelte/easing) as a CSS curve.
              { duration: ENTRANCE_MS, easing: 'cubic-bezier(0.33, 1, 0.68, 1)' },
            );
        animation.onfinish = onArrived;
      });
    };
  }

  return { enter, leave, arrive };
}

/**
 * Marks every slide on `stage` but the current one as leaving: inert and hidden from assistive
 * technology. Svelte resumes a slide that is still leaving when the visitor comes straight back
 * to it, so the caller runs this whenever the current slide or the frames change.
 */
export function markLeaving(stage: ParentNode, current: number): void {
  const index = String(current);
  for (const frame of stage.querySelectorAll<HTMLElement>(':scope > .frame, :scope > .upcoming')) {
    const away = frame.dataset.index !== index;
    frame.toggleAttribute('inert', away);
    if (away) frame.setAttribute('aria-hidden', 'true');
    else frame.removeAttribute('aria-hidden');
  }
}
