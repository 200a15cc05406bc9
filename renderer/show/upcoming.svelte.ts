/**
 * The next slide of the loop, built ahead and out of sight, a part per task.
 * Building a slide (its DOM, then its charts once its box is measured, then
 * fitting its text) takes tens of milliseconds of main-thread work; done at
 * the change, it made the change's frames the longest of the loop, and done
 * ahead in one task it was still the loop's one frame over 100 ms
 * (BENCHMARKS.md, "Whole loop"). So the loop's next slide is built this long
 * before its change, hidden (laid out, not painted): first its shell (text,
 * footer, the charts' grid), then each chart in two tasks, its frame and then
 * its marks (app/slides/build.ts), each task after a frame drawn. If the change
 * comes before the last part, the slide turns current and builds the rest at once.
 * A visitor who goes elsewhere drops it, and the build stops.
 */
import { untrack } from 'svelte';
import { slideMs, upcomingSlide } from '../../app/show/machine';
import type { ChartSpec } from '../../app/report/chart-specs';
import { buildSteps } from '../../app/slides/build';
import type { Locale } from '../../app/report/schema';
import { afterNextFrame } from '../after-next-frame';
import type { ShowController } from './controller.svelte';

/** How long before its change the next slide starts being built. */
export const PREPARE_LEAD_MS = 1500;

/** A slide on stage: the current one (or one leaving), or the next one being built ahead. */
export interface Frame {
  readonly index: number;
  readonly locale: Locale;
  readonly upcoming: boolean;
  /** How many of the slide's parts (its charts' frames and marks, in order) are built; absent: all. */
  readonly parts?: number;
}

/** What the build needs to know of the slides. */
export interface SlideParts {
  /** How many parts (each chart's frame, then its marks) the slide at `index` has, after its shell. */
  count(index: number): number;
}

/** The parts of the playlist's slides: each chart's frame, then its marks, in order. */
export function chartParts(slides: readonly { readonly charts: readonly ChartSpec[] }[]): SlideParts {
  return { count: (index) => buildSteps(slides[index]?.charts.length ?? 0) };
}

export class UpcomingSlide {
  #prepared = $state<{ index: number; locale: Locale; parts: number } | null>(null);
  readonly #show: Pick<ShowController, 'state' | 'config'>;
  readonly #slides: SlideParts;
  readonly #nextTask: () => Promise<void>;
  /** The slide and language the loop shows next by itself, if any. */
  readonly #next = $derived.by(() => upcomingSlide(this.#show.state, this.#show.config));
  readonly #key = $derived.by(() => (this.#next ? `${this.#next.index}:${this.#next.locale}` : ''));

  constructor(
    show: Pick<ShowController, 'state' | 'config'>,
    slides: SlideParts = { count: () => 0 },
    yieldTask: () => Promise<void> = afterNextFrame,
  ) {
    this.#show = show;
    this.#slides = slides;
    this.#nextTask = yieldTask;
  }

  /**
   * The frames on stage: the current slide (always whole: a slide that turns current before its
   * build ends is built at once), and the next one while it is being built.
   */
  readonly frames: Frame[] = $derived.by(() => {
    const { index, locale } = this.#show.state;
    const list: Frame[] = [{ index, locale, upcoming: false }];
    const prepared = this.#prepared;
    if (prepared && prepared.index !== index) list.push({ ...prepared, upcoming: true });
    return list;
  });

  /**
   * Schedules the build of the slide the loop shows next, and drops one built for nothing;
   * returns the cancel, which also stops a build under way. Run it in an effect: it re-runs
   * only when the next slide changes.
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
      let cancelled = false;
      const timer = setTimeout(
        () => void this.#build(next, () => cancelled),
        Math.max(0, left - PREPARE_LEAD_MS),
      );
      return () => {
        cancelled = true;
        clearTimeout(timer);
      };
    });
  }

  /** Shell first, then each part in a task of its own. */
  async #build(next: { index: number; locale: Locale }, cancelled: () => boolean): Promise<void> {
    const count = this.#slides.count(next.index);
    this.#prepared = { ...next, parts: 0 };
    for (let part = 0; part < count; part += 1) {
      await this.#nextTask();
      if (cancelled()) return;
      this.#prepared = { ...next, parts: part + 1 };
    }
  }
}
