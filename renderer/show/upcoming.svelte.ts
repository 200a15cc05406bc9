/**
 * The next slide of the loop, built ahead and out of sight. Building a slide
 * (its DOM, then its charts once its box is measured, then fitting its text)
 * takes several frames of main-thread work; done at the change, it made the
 * change's frames the longest of the loop (BENCHMARKS.md, "Whole loop"). So
 * the loop's next slide is built this long before its change, hidden (laid
 * out, not painted), once the current one has built in; at the change it is
 * only shown and moved. A visitor who goes elsewhere drops it.
 */
import { untrack } from 'svelte';
import { slideMs, upcomingSlide } from '../../app/show/machine';
import type { Locale } from '../../app/report/schema';
import type { ShowController } from './controller.svelte';

/** How long before its change the next slide is built. */
export const PREPARE_LEAD_MS = 1500;

/** A slide on stage: the current one (or one leaving), or the next one being built ahead. */
export interface Frame {
  readonly index: number;
  readonly locale: Locale;
  readonly upcoming: boolean;
}

export class UpcomingSlide {
  #prepared = $state<{ index: number; locale: Locale } | null>(null);
  readonly #show: Pick<ShowController, 'state' | 'config'>;
  /** The slide and language the loop shows next by itself, if any. */
  readonly #next = $derived.by(() => upcomingSlide(this.#show.state, this.#show.config));
  readonly #key = $derived.by(() => (this.#next ? `${this.#next.index}:${this.#next.locale}` : ''));

  constructor(show: Pick<ShowController, 'state' | 'config'>) {
    this.#show = show;
  }

  /** The frames on stage: the current slide, and the next one while it is being built. */
  readonly frames: Frame[] = $derived.by(() => {
    const { index, locale } = this.#show.state;
    const list: Frame[] = [{ index, locale, upcoming: false }];
    const prepared = this.#prepared;
    if (prepared && prepared.index !== index) list.push({ ...prepared, upcoming: true });
    return list;
  });

  /**
   * Schedules the build of the slide the loop shows next, and drops one built for nothing;
   * returns the cancel. Run it in an effect: it re-runs only when the next slide changes.
   */
  follow(): () => void {
    const key = this.#key;
    return untrack(() => {
      const prepared = this.#prepared;
      if (prepared && `${prepared.index}:${prepared.locale}` !== key) this.#prepared = null;
      const next = this.#next;
      if (!next) return () => {};
      const { state, config } = this.#show;
      const left = state.slideStartedAt + slideMs(state.index, config) - state.now;
      const timer = setTimeout(() => (this.#prepared = next), Math.max(0, left - PREPARE_LEAD_MS));
      return () => clearTimeout(timer);
    });
  }
}
