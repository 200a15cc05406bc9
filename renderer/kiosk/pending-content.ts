/**
 * Content updates waiting for the show's next loop boundary. The host hands
 * over a validated content folder at any time; the show never swaps content
 * mid-slide: at the end of a loop it calls `takePending()` and, if there is
 * one, applies it. Only the newest update is kept.
 *
 * It follows Svelte's store contract (`subscribe`), so a component can read
 * `$pendingContent` (e.g. to show "new content at the next loop" in admin).
 */
import type { ContentPayload, HostBridge } from '../../app/ipc/contract';

type Listener = (value: ContentPayload | undefined) => void;

export class PendingContent {
  #value: ContentPayload | undefined;
  readonly #listeners = new Set<Listener>();

  /** Svelte store contract. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    listener(this.#value);
    return () => this.#listeners.delete(listener);
  }

  /** Offers an update; a newer one replaces an older one not yet applied. */
  offer(payload: ContentPayload): void {
    this.#set(payload);
  }

  /** Whether an update waits. */
  get waiting(): boolean {
    return this.#value !== undefined;
  }

  /** At a loop boundary: returns the waiting update (once), or undefined. */
  take(): ContentPayload | undefined {
    const value = this.#value;
    if (value) this.#set(undefined);
    return value;
  }

  #set(value: ContentPayload | undefined): void {
    this.#value = value;
    for (const listener of this.#listeners) listener(value);
  }
}

/** The app's one queue of content updates. */
export const pendingContent = new PendingContent();

/** Shortcut for the show: the waiting update, if any, taken at a loop boundary. */
export function takePending(): ContentPayload | undefined {
  return pendingContent.take();
}

/** Feeds the host's content updates into `queue`; returns the unsubscribe. */
export function receiveContentUpdates(
  host: Pick<HostBridge, 'onContentUpdate'>,
  queue: PendingContent = pendingContent,
): () => void {
  return host.onContentUpdate((payload) => queue.offer(payload));
}
