/**
 * Whether this screen can afford to move whole slides, judged from the frames
 * of each slide entrance. Where the compositor cannot keep up (software
 * compositing on a 4K screen, a slow player), slides change by a cut and only
 * their charts build in, which costs a chart's area per frame instead of the
 * screen's (BENCHMARKS.md, "Slides cut where the screen cannot move them").
 */

/** A frame that took longer than two vsyncs at 60 Hz: at least one frame was missed. */
export const LONG_FRAME_MS = 33.4;

/**
 * Long frames in one entrance that mean the screen cannot move slides. One long task (a
 * garbage collection, the change's own work) makes one or two long frames; a compositor that
 * cannot draw the screen at 60 Hz makes one every other frame, 8–10 per entrance at 4K.
 */
export const LONG_FRAMES_PER_ENTRANCE = 4;

/**
 * Fewest frame intervals an entrance is judged on. Where each frame takes 150–300 ms (a player
 * far too slow, or very busy), a 600 ms entrance is only two to four frames, too few to reach
 * LONG_FRAMES_PER_ENTRANCE; so the frames are timed until there are this many, and an entrance
 * whose frames after the first are mostly long cuts too. The first one is left out of that share:
 * it carries the change's own work, which says nothing of whether the screen can draw the motion.
 */
export const FRAMES_JUDGED = 3;

/** Cuts shown before one more entrance is tried with motion: a busy moment passes. */
export const CUTS_BEFORE_RETRY = 100;

export type SlideChange = 'slide' | 'cut';

export class MotionGovernor {
  #cutting = false;
  #cuts = 0;
  #screen = '';

  /** How the next slide change is shown. */
  get change(): SlideChange {
    return this.#cutting ? 'cut' : 'slide';
  }

  /**
   * A slide enters on a screen of this size (any string that changes with the size and pixel
   * ratio). Another screen starts again with motion; after enough cuts, motion is tried again.
   */
  entering(screen: string): SlideChange {
    if (screen !== this.#screen) {
      this.#screen = screen;
      this.#cutting = false;
    }
    if (!this.#cutting) return 'slide';
    this.#cuts += 1;
    if (this.#cuts > CUTS_BEFORE_RETRY) {
      this.#cutting = false;
      return 'slide';
    }
    return 'cut';
  }

  /**
   * The intervals between the frames of an entrance with motion, in milliseconds: those of its
   * duration, and at least FRAMES_JUDGED.
   */
  entered(intervals: readonly number[]): void {
    const isLong = (ms: number) => ms > LONG_FRAME_MS;
    const long = intervals.filter(isLong).length;
    const after = intervals.slice(1);
    const longAfter = after.filter(isLong).length;
    const mostlyLong = longAfter >= FRAMES_JUDGED - 1 && longAfter * 2 > after.length;
    if (long < LONG_FRAMES_PER_ENTRANCE && !mostlyLong) return;
    this.#cutting = true;
    this.#cuts = 0;
  }
}
