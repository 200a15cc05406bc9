/**
 * The hidden way into the PIN pad on a touch screen: a press held still for
 * a few seconds in the top-left corner of the content (as the visitor sees
 * it, whatever the rotation). It listens without capturing, so the show
 * underneath still gets every touch.
 */
import type { Rotation } from '../../app/config/settings';
import { toContentPoint, type Size } from '../kiosk/rotation';

export interface CornerHoldOptions {
  /** The corner square's side, in CSS pixels. */
  readonly cornerPx: number;
  readonly holdMs: number;
  /** A finger that drifts further than this is a swipe, not a hold. */
  readonly slopPx: number;
}

export const DEFAULT_CORNER_HOLD: CornerHoldOptions = { cornerPx: 96, holdMs: 3_000, slopPx: 24 };

export interface PointerLike {
  readonly pointerId: number;
  readonly clientX: number;
  readonly clientY: number;
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export class CornerHold {
  #press: { id: number; x: number; y: number; timer: unknown } | undefined;

  constructor(
    private readonly onHold: () => void,
    private readonly timers: Timers,
    private readonly rotation: () => Rotation,
    private readonly viewport: () => Size,
    private readonly options: CornerHoldOptions = DEFAULT_CORNER_HOLD,
  ) {}

  down(event: PointerLike): void {
    this.cancel();
    const point = toContentPoint(event.clientX, event.clientY, this.rotation(), this.viewport());
    if (point.x > this.options.cornerPx || point.y > this.options.cornerPx) return;
    const timer = this.timers.setTimeout(() => {
      this.#press = undefined;
      this.onHold();
    }, this.options.holdMs);
    this.#press = { id: event.pointerId, x: event.clientX, y: event.clientY, timer };
  }

  move(event: PointerLike): void {
    const press = this.#press;
    if (!press || press.id !== event.pointerId) return;
    if (Math.hypot(event.clientX - press.x, event.clientY - press.y) > this.options.slopPx) this.cancel();
  }

  up(event: Pick<PointerLike, 'pointerId'>): void {
    if (this.#press?.id === event.pointerId) this.cancel();
  }

  cancel(): void {
    if (this.#press) this.timers.clearTimeout(this.#press.timer);
    this.#press = undefined;
  }
}
