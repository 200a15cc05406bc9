/**
 * What to do when the page's renderer dies: reload it after a short, growing
 * delay; after too many crashes in a while, stop reloading and show the safe
 * screen, which retries on its own. The budget refills only after a healthy
 * stretch (not on a successful load: a crash loop loads fine every time).
 */

export interface CrashPolicy {
  /** Reloads allowed within `windowMs` before the safe screen. */
  readonly maxReloads: number;
  readonly windowMs: number;
  /** Delay before the first reload; it doubles with each crash in the window. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** A crash this long after the previous one starts a fresh budget. */
  readonly healthyMs: number;
  /** How often the safe screen tries the show again. */
  readonly safeRetryMs: number;
}

/** SpinetiX-like numbers: at most 3 restarts in 30 minutes, then a safe mode. */
export const DEFAULT_CRASH_POLICY: CrashPolicy = {
  maxReloads: 3,
  windowMs: 30 * 60_000,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  healthyMs: 10 * 60_000,
  safeRetryMs: 60_000,
};

export interface CrashState {
  /** Times of the crashes that still count against the budget, oldest first. */
  readonly crashes: readonly number[];
}

export const NO_CRASHES: CrashState = { crashes: [] };

export type CrashDecision =
  | { readonly action: 'reload'; readonly delayMs: number; readonly attempt: number }
  | { readonly action: 'safe-screen'; readonly retryInMs: number };

/** Reasons a renderer goes away that are not failures. */
export function isRecoverableExit(reason: string, quitting: boolean): boolean {
  return !quitting && reason !== 'clean-exit';
}

/** Records a crash at `now` and decides between a reload and the safe screen. */
export function onRendererCrash(
  state: CrashState,
  now: number,
  policy: CrashPolicy = DEFAULT_CRASH_POLICY,
): { state: CrashState; decision: CrashDecision } {
  const last = state.crashes[state.crashes.length - 1];
  const fresh = last === undefined || now - last >= policy.healthyMs;
  const recent = fresh ? [] : state.crashes.filter((t) => now - t < policy.windowMs);
  const crashes = [...recent, now];
  const attempt = crashes.length;
  if (attempt > policy.maxReloads) {
    return { state: { crashes }, decision: { action: 'safe-screen', retryInMs: policy.safeRetryMs } };
  }
  const delayMs = Math.min(policy.baseDelayMs * 2 ** (attempt - 1), policy.maxDelayMs);
  return { state: { crashes }, decision: { action: 'reload', delayMs, attempt } };
}
