/**
 * Tells a swipe from a tap, from where a pointer went down and came up. The
 * screen may be rotated inside the app (portrait totems), so the movement is
 * turned back into the content's frame first.
 */

export type Gesture = 'tap' | 'next' | 'prev' | 'none';

export interface PointerTrack {
  readonly dx: number;
  readonly dy: number;
  readonly ms: number;
}

/** Movement under which a press is a tap, in CSS px (a finger wobbles). */
export const TAP_SLOP_PX = 12;
/** Movement over which a horizontal drag is a swipe, as a share of the content width. */
const SWIPE_SHARE = 0.06;
const SWIPE_MIN_PX = 48;
/** A quick flick counts even when short. */
const FLICK_PX_PER_MS = 0.6;

/** Turns screen movement into the content's frame for a rotation of 0/90/180/270°. */
export function toContentFrame(dx: number, dy: number, rotation: number): { dx: number; dy: number } {
  switch (((rotation % 360) + 360) % 360) {
    case 90:
      return { dx: dy, dy: -dx };
    case 180:
      return { dx: -dx, dy: -dy };
    case 270:
      return { dx: -dy, dy: dx };
    default:
      return { dx, dy };
  }
}

/** Classifies a finished press; a leftward swipe means "next", as on a phone. */
export function classifyGesture(track: PointerTrack, contentWidth: number, rotation = 0): Gesture {
  const { dx, dy } = toContentFrame(track.dx, track.dy, rotation);
  const distance = Math.hypot(dx, dy);
  if (distance <= TAP_SLOP_PX) return 'tap';
  const horizontal = Math.abs(dx) > 1.5 * Math.abs(dy);
  const far = Math.abs(dx) >= Math.max(SWIPE_MIN_PX, contentWidth * SWIPE_SHARE);
  const flick = Math.abs(dx) >= SWIPE_MIN_PX / 2 && Math.abs(dx) / Math.max(track.ms, 1) >= FLICK_PX_PER_MS;
  if (!horizontal || !(far || flick)) return 'none';
  return dx < 0 ? 'next' : 'prev';
}
