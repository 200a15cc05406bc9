/**
 * The show's one recording module. It watches the show machine's transitions
 * (through the controller's `onTransition`), turns them into journal events
 * with the pure tracker (app/insight/tracker.ts), and keeps them in a small
 * queue. The queue goes to the host only at quiet moments the show already
 * has: a slide that has settled after its transition, the end of a visit, the
 * page being hidden. So nothing is written during a transition, and a still
 * slide gets no timer and no work at all.
 */
import { getContext, setContext } from 'svelte';
import type { Mode } from '../../app/config/settings';
import { MAX_BATCH } from '../../app/insight/batch';
import type { InsightEvent } from '../../app/insight/events';
import { IDLE_TRACKER, markEvent, startEvent, track, type Tracker } from '../../app/insight/tracker';
import type { ShowState } from '../../app/show/types';

export interface RecorderOptions {
  /** Where batches go: the host's journal (Electron) or the browser's storage (web). */
  readonly sink: (events: readonly InsightEvent[]) => Promise<void>;
  /** Wall-clock milliseconds, for the day and hour of each event. */
  readonly wallClock?: () => number;
}

export class InsightRecorder {
  readonly #sink: RecorderOptions['sink'];
  readonly #wall: () => number;
  #tracker: Tracker = IDLE_TRACKER;
  #queue: InsightEvent[] = [];
  #slideIds: readonly string[] = [];

  constructor(options: RecorderOptions) {
    this.#sink = options.sink;
    this.#wall = options.wallClock ?? (() => Date.now());
  }

  /** Events waiting for the next quiet moment. */
  get pending(): number {
    return this.#queue.length;
  }

  /** A show started (a page load): its mode, the app version and where the content came from. */
  started(mode: Mode, version: string, source: 'bundled' | 'folder'): void {
    this.#push([startEvent(mode, version, source, this.#wall())]);
  }

  /** The slide ids of the playlist now playing (a content swap brings a new playlist). */
  usePlaylist(slideIds: readonly string[]): void {
    this.#slideIds = slideIds;
    this.#tracker = IDLE_TRACKER;
  }

  /** One transition of the show machine. A visit's end is a quiet moment: the queue goes out. */
  observe(before: ShowState, after: ShowState): void {
    const { tracker, events } = track(this.#tracker, before, after, this.#slideIds, this.#wall());
    this.#tracker = tracker;
    this.#push(events);
    if (events.some((e) => e.type === 'end')) this.flush();
  }

  /** A mark tapped for its value (in a visit). */
  mark(slideId: string, markId: string): void {
    const event = markEvent(this.#tracker, slideId, markId, this.#wall());
    if (event) this.#push([event]);
  }

  /** Sends the queue to the host; call at quiet moments only. Never throws. */
  flush(): void {
    if (this.#queue.length === 0) return;
    const batch = this.#queue;
    this.#queue = [];
    void this.#sink(batch).catch(() => {
      // The host logs its own failures; the show goes on without these events.
    });
  }

  #push(events: readonly InsightEvent[]): void {
    if (events.length === 0) return;
    this.#queue.push(...events);
    // A queue that somehow never meets a quiet moment still stays small.
    if (this.#queue.length >= MAX_BATCH) this.flush();
  }
}

const KEY = Symbol('insight-recorder');

/** Makes the recorder reachable from the slides (for mark taps). */
export function setInsightRecorder(recorder: InsightRecorder | undefined): void {
  setContext(KEY, recorder);
}

/** The recorder, if recording is on. */
export function getInsightRecorder(): InsightRecorder | undefined {
  return getContext<InsightRecorder | undefined>(KEY);
}
