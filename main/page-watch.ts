/**
 * Watches that the show's page started and is still alive, without needing
 * input (see app/kiosk/liveness.ts): after each load of the show, the page
 * must report "started" over IPC; then main sends a heartbeat every few
 * seconds, and the page answers from its IPC listener (no timer runs in the
 * renderer, so a still slide costs nothing more). A failing preload is
 * reported at once. The decisions what to do about a failure belong to the
 * supervisor (recovery.ts).
 */
import type { WebContents } from 'electron';
import { IPC_EVENTS } from '../app/ipc/contract';
import {
  DEFAULT_LIVENESS_POLICY,
  IDLE_PAGE,
  stepPage,
  type LivenessPolicy,
  type PageEvent,
  type PageState,
} from '../app/kiosk/liveness';

export type WatchedContents = Pick<WebContents, 'on' | 'send' | 'getURL' | 'isDestroyed'>;

export interface PageWatchOptions {
  readonly now: () => number;
  readonly setInterval: (callback: () => void, ms: number) => unknown;
  readonly clearInterval: (handle: unknown) => void;
  /** Whether `url` is the show (the safe screen reports nothing). */
  readonly isShow: (url: string) => boolean;
  /** The show's load never reported that it started. */
  readonly onDidNotStart: () => void;
  /** The running show stopped answering heartbeats. */
  readonly onStoppedAnswering: () => void;
  /** The preload failed: the page has no bridge to the host. `inShow`: not on the safe screen. */
  readonly onPreloadError: (message: string, inShow: boolean) => void;
  readonly policy?: LivenessPolicy;
}

export interface PageWatch {
  /** The page reported that the show started. */
  showStarted(): void;
  /** The page answered a heartbeat. */
  heartbeatAnswered(): void;
  /** Stops the timer (the window is going away). */
  stop(): void;
}

/** Starts watching `contents`; one heartbeat timer per window. */
export function watchPage(contents: WatchedContents, options: PageWatchOptions): PageWatch {
  const policy = options.policy ?? DEFAULT_LIVENESS_POLICY;
  let state: PageState = IDLE_PAGE;
  let beat = 0;
  /** A load whose preload failed was already counted: its missing report is the same failure. */
  let preloadFailed = false;

  const step = (event: PageEvent) => {
    const next = stepPage(state, event, policy);
    state = next.state;
    if (next.action === 'beat' && !contents.isDestroyed()) contents.send(IPC_EVENTS.heartbeat, ++beat);
    else if (next.action === 'did-not-start') options.onDidNotStart();
    else if (next.action === 'stopped-answering') options.onStoppedAnswering();
  };

  contents.on('did-start-loading', () => {
    preloadFailed = false;
    step({ type: 'stopped' });
  });
  contents.on('preload-error', (_event, preloadPath, error) => {
    preloadFailed = true;
    const message = `${preloadPath}: ${error instanceof Error ? error.message : String(error)}`;
    options.onPreloadError(message, options.isShow(contents.getURL()));
  });
  contents.on('did-finish-load', () => {
    if (preloadFailed || !options.isShow(contents.getURL())) return;
    step({ type: 'loaded', now: options.now() });
  });
  contents.on('render-process-gone', () => step({ type: 'stopped' }));

  const timer = options.setInterval(() => step({ type: 'tick', now: options.now() }), policy.beatEveryMs);
  return {
    showStarted: () => step({ type: 'started', now: options.now() }),
    heartbeatAnswered: () => step({ type: 'answered', now: options.now() }),
    stop: () => options.clearInterval(timer),
  };
}
