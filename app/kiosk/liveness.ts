/**
 * Is the page alive? Chromium's `unresponsive` event comes from its input-ack
 * timeout, so it fires only while input is waiting (electron/electron#9781):
 * a signage screen or an untouched attract loop can hang unseen. So main asks
 * instead: after each load the page must report that the show started; then
 * main sends a heartbeat every few seconds and the page answers it. A load
 * that never reports, or a page that stops answering, is a failure for the
 * crash budget (crash-budget.ts).
 */

export interface LivenessPolicy {
  /** How long after a load the show may take to report that it started. */
  readonly startReportMs: number;
  /** How often main sends a heartbeat (and checks the deadlines). */
  readonly beatEveryMs: number;
  /** A running page that has answered nothing for this long is hung. */
  readonly silentAfterMs: number;
}

/**
 * A hang is found within `beatEveryMs + silentAfterMs` = 20 s, and the reload
 * follows within the crash budget's delay (≤ 2 s for the allowed reloads): the
 * show is back ≤ 30 s after it stopped. A slow player starts well within 10 s.
 */
export const DEFAULT_LIVENESS_POLICY: LivenessPolicy = {
  startReportMs: 10_000,
  beatEveryMs: 5_000,
  silentAfterMs: 15_000,
};

export type PageState =
  /** Nothing to watch: loading, the safe screen, a renderer that is gone. */
  | { readonly phase: 'idle' }
  /** The show's page has loaded; its "started" report is due. */
  | { readonly phase: 'starting'; readonly loadedAt: number }
  /** The show runs; it answers heartbeats. `lastTick` finds main's own sleep. */
  | { readonly phase: 'running'; readonly lastAnswer: number; readonly lastTick: number };

export const IDLE_PAGE: PageState = { phase: 'idle' };

export type PageEvent =
  | { readonly type: 'loaded'; readonly now: number }
  | { readonly type: 'started'; readonly now: number }
  | { readonly type: 'answered'; readonly now: number }
  | { readonly type: 'tick'; readonly now: number }
  /** A navigation began, or the renderer is gone: stop watching until the next load. */
  | { readonly type: 'stopped' };

/** What main does after an event: nothing, send a heartbeat, or treat the page as failed. */
export type PageAction = 'none' | 'beat' | 'did-not-start' | 'stopped-answering';

/** One step of the page watch. */
export function stepPage(
  state: PageState,
  event: PageEvent,
  policy: LivenessPolicy = DEFAULT_LIVENESS_POLICY,
): { state: PageState; action: PageAction } {
  switch (event.type) {
    case 'stopped':
      return { state: IDLE_PAGE, action: 'none' };
    case 'loaded':
      return { state: { phase: 'starting', loadedAt: event.now }, action: 'none' };
    case 'started':
      if (state.phase !== 'starting') return { state, action: 'none' };
      return { state: { phase: 'running', lastAnswer: event.now, lastTick: event.now }, action: 'none' };
    case 'answered':
      if (state.phase !== 'running') return { state, action: 'none' };
      return { state: { ...state, lastAnswer: event.now }, action: 'none' };
    case 'tick':
      return onTick(state, event.now, policy);
  }
}

function onTick(
  state: PageState,
  now: number,
  policy: LivenessPolicy,
): { state: PageState; action: PageAction } {
  if (state.phase === 'idle') return { state, action: 'none' };
  if (state.phase === 'starting') {
    if (now - state.loadedAt < policy.startReportMs) return { state, action: 'none' };
    return { state: IDLE_PAGE, action: 'did-not-start' };
  }
  // A tick far later than due means main itself was asleep (system sleep): the page gets a fresh
  // deadline rather than the blame.
  const lastAnswer = now - state.lastTick > policy.silentAfterMs ? now : state.lastAnswer;
  if (now - lastAnswer >= policy.silentAfterMs) return { state: IDLE_PAGE, action: 'stopped-answering' };
  return { state: { phase: 'running', lastAnswer, lastTick: now }, action: 'beat' };
}
