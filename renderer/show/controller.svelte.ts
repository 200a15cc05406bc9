/**
 * The show's state machine wrapped for the UI: one reactive state, one timer
 * set to the machine's next deadline (never a running loop), and the page's
 * visibility fed in. Components read `state` and call `send`.
 */
import { initialState, nextDeadline, step } from '../../app/show/machine';
import type { Effect, ShowConfig, ShowEvent, ShowState } from '../../app/show/types';

/** A show event without its time: the controller stamps it. */
export type Input = ShowEvent extends infer E ? (E extends ShowEvent ? Omit<E, 'now'> : never) : never;

export interface ControllerOptions {
  /** Monotonic milliseconds; `performance.now()` does not jump with the wall clock. */
  readonly clock?: () => number;
  readonly onEffect?: (effect: Effect) => void;
  /** Sees each change of state, before and after (visitor insight records from here). */
  readonly onTransition?: (before: ShowState, after: ShowState) => void;
}

export class ShowController {
  #state: ShowState = $state() as ShowState;
  readonly config: ShowConfig;
  readonly #clock: () => number;
  readonly #onEffect: (effect: Effect) => void;
  readonly #onTransition: (before: ShowState, after: ShowState) => void;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(config: ShowConfig, startIndex: number, options: ControllerOptions = {}) {
    this.config = config;
    this.#clock = options.clock ?? (() => performance.now());
    this.#onEffect = options.onEffect ?? (() => {});
    this.#onTransition = options.onTransition ?? (() => {});
    this.#state = initialState(config, this.#clock(), startIndex);
  }

  get state(): ShowState {
    return this.#state;
  }

  /** Feeds one event to the machine and re-arms the single timer. */
  send(input: Input): void {
    const result = step(this.#state, { ...input, now: this.#clock() } as ShowEvent, this.config);
    if (result.state !== this.#state) {
      const before = this.#state;
      this.#state = result.state;
      this.#onTransition(before, result.state);
    }
    for (const effect of result.effects) this.#onEffect(effect);
    this.#arm();
  }

  /** Starts the timer and follows the page's visibility; returns the teardown. */
  start(): () => void {
    const onVisibility = () =>
      this.send({ type: 'visibility', visible: document.visibilityState === 'visible' });
    document.addEventListener('visibilitychange', onVisibility);
    if (document.visibilityState !== 'visible') onVisibility();
    this.#arm();
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      clearTimeout(this.#timer);
    };
  }

  #arm(): void {
    clearTimeout(this.#timer);
    const deadline = nextDeadline(this.#state, this.config);
    if (deadline === null) return;
    this.#timer = setTimeout(() => this.send({ type: 'tick' }), Math.max(0, deadline - this.#clock()));
  }
}
