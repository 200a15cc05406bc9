/**
 * The show's touch, beside its controller: the first touch on the loop (or on
 * the idle question) only wakes, and a shield swallows the click it would
 * make; in explore, a swipe follows the finger, then snaps to the next or
 * previous slide (app/show/gesture.ts tells a swipe from a tap). Show.svelte
 * hands its handlers to the show, the stage and the shield.
 */
import type { Mode } from '../../app/config/settings';
import { classifyGesture, TAP_SLOP_PX } from '../../app/show/gesture';
import type { ShowState } from '../../app/show/types';
import type { Input } from './controller.svelte';

/** How long a waking touch keeps swallowing the click that follows it. */
export const SWALLOW_MS = 400;

/** What the gestures need of the show (a ShowController): its state, and a way to tell it. */
export interface GestureTarget {
  readonly state: ShowState;
  send(input: Input): void;
}

/** What a swipe reads of the stage it happens on (a DOM element). */
export interface Surface {
  readonly clientWidth: number;
  setPointerCapture(pointerId: number): void;
}

/** What the gestures read of a pointer event (a DOM PointerEvent on the stage has it all). */
export interface PointerInput {
  readonly isPrimary: boolean;
  readonly pointerId: number;
  readonly clientX: number;
  readonly clientY: number;
  readonly timeStamp: number;
  readonly currentTarget: Surface;
}

interface Drag {
  readonly id: number;
  readonly x: number;
  readonly y: number;
  readonly t: number;
  dx: number;
  captured: boolean;
}

export class ShowGestures {
  #swallowing = $state(false);
  #drag = $state<Drag>();
  #releaseTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #show: GestureTarget;
  readonly #mode: Mode;
  readonly #rotation: () => number;

  /** `rotation`: the turn applied around the show, so a swipe is read in the content's frame. */
  constructor(show: GestureTarget, mode: Mode, rotation: () => number = () => 0) {
    this.#show = show;
    this.#mode = mode;
    this.#rotation = rotation;
  }

  /** The shield is up: it catches the waking touch (and every touch in signage) so it presses nothing underneath. */
  get shielded(): boolean {
    return this.#mode === 'signage' || this.#show.state.phase !== 'explore' || this.#swallowing;
  }

  /** How far the finger has dragged the slide, in px; none unless a swipe is under way. */
  get offset(): number | undefined {
    return this.#drag?.captured ? this.#drag.dx : undefined;
  }

  /** A swipe is under way: the slide follows the finger (no snap-back transition meanwhile). */
  get dragging(): boolean {
    return this.offset !== undefined;
  }

  /** The current slide's CSS transform while it follows the finger. */
  get transform(): string | undefined {
    return this.dragging ? `translateX(${this.offset}px)` : undefined;
  }

  /** Any touch on the show, seen first: input for the machine; on the loop or the question it only wakes. */
  readonly wake = (event: Pick<PointerEvent, 'isPrimary'>): void => {
    if (!event.isPrimary) return;
    if (this.#mode !== 'signage' && this.#show.state.phase !== 'explore') {
      clearTimeout(this.#releaseTimer);
      this.#swallowing = true;
    }
    this.#show.send({ type: 'tap' });
  };

  /** The end of any touch: the shield drops a moment later if no click came to it. */
  readonly release = (): void => {
    clearTimeout(this.#releaseTimer);
    this.#releaseTimer = setTimeout(() => (this.#swallowing = false), SWALLOW_MS);
  };

  /** The shield's click: the waking touch's last event, swallowed; the next touch is the visitor's. */
  readonly swallow = (event: Pick<MouseEvent, 'preventDefault' | 'stopPropagation'>): void => {
    event.preventDefault();
    event.stopPropagation();
    clearTimeout(this.#releaseTimer);
    this.#swallowing = false;
  };

  /** A finger down on the stage, in explore: perhaps a swipe. */
  readonly down = (event: PointerInput): void => {
    if (!event.isPrimary || this.#show.state.phase !== 'explore') return;
    const { pointerId: id, clientX: x, clientY: y, timeStamp: t } = event;
    this.#drag = { id, x, y, t, dx: 0, captured: false };
  };

  readonly move = (event: PointerInput): void => {
    const drag = this.#drag;
    if (!drag || event.pointerId !== drag.id) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!drag.captured && Math.hypot(dx, dy) > TAP_SLOP_PX) {
      // From here on it is a drag: the finger's release must not tap a mark underneath.
      event.currentTarget.setPointerCapture(event.pointerId);
      drag.captured = true;
    }
    // The slide follows the finger only along the content's own horizontal axis.
    const rotation = this.#rotation();
    if (drag.captured) drag.dx = rotation % 180 === 0 ? dx * (rotation === 180 ? -1 : 1) : 0;
  };

  /** The finger up: a swipe far or fast enough moves the slide; anything else snaps back. */
  readonly up = (event: PointerInput): void => {
    const drag = this.#drag;
    if (!drag || event.pointerId !== drag.id) return;
    const gesture = classifyGesture(
      { dx: event.clientX - drag.x, dy: event.clientY - drag.y, ms: event.timeStamp - drag.t },
      event.currentTarget.clientWidth,
      this.#rotation(),
    );
    this.#drag = undefined;
    if (gesture === 'next' || gesture === 'prev') this.#show.send({ type: 'swipe', direction: gesture });
  };

  readonly cancel = (): void => {
    this.#drag = undefined;
  };
}
