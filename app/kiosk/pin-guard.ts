/**
 * The admin PIN check, rate-limited: a few free tries, then a lockout that
 * doubles with each further wrong PIN, up to a ceiling. While locked, a PIN is
 * not even compared, so guessing gains nothing. A right PIN opens a short
 * admin session that each admin action needs and extends.
 */

export interface PinPolicy {
  readonly freeAttempts: number;
  readonly lockoutMs: number;
  readonly maxLockoutMs: number;
  /** How long an admin session stays open without an admin action. */
  readonly sessionMs: number;
}

export const DEFAULT_PIN_POLICY: PinPolicy = {
  freeAttempts: 3,
  lockoutMs: 30_000,
  maxLockoutMs: 15 * 60_000,
  sessionMs: 2 * 60_000,
};

export interface PinState {
  /** Wrong PINs since the last right one. */
  readonly failures: number;
  readonly lockedUntil: number;
  /** The admin session is open until this time (0: closed). */
  readonly sessionUntil: number;
}

export const FRESH_PIN_STATE: PinState = { failures: 0, lockedUntil: 0, sessionUntil: 0 };

export type PinResult =
  /** `restricted`: the PIN is the default one, so quit and mode switch stay closed (admin-rights.ts). */
  | { readonly outcome: 'accepted'; readonly restricted?: true }
  | { readonly outcome: 'rejected'; readonly attemptsLeft: number }
  | { readonly outcome: 'locked'; readonly retryInSeconds: number };

/** A PIN as the pad can produce it: digits only, at most 12. */
export function isPinShaped(value: unknown): value is string {
  return typeof value === 'string' && /^\d{1,12}$/.test(value);
}

/** Compares without stopping at the first difference, so timing tells nothing. */
function sameDigits(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    difference |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  }
  return difference === 0;
}

/** Checks one PIN entered at `now` against the configured one. */
export function checkPin(
  state: PinState,
  entered: string,
  expected: string,
  now: number,
  policy: PinPolicy = DEFAULT_PIN_POLICY,
): { state: PinState; result: PinResult } {
  if (now < state.lockedUntil) {
    return {
      state,
      result: { outcome: 'locked', retryInSeconds: Math.ceil((state.lockedUntil - now) / 1000) },
    };
  }
  if (isPinShaped(entered) && sameDigits(entered, expected)) {
    return {
      state: { failures: 0, lockedUntil: 0, sessionUntil: now + policy.sessionMs },
      result: { outcome: 'accepted' },
    };
  }
  const failures = state.failures + 1;
  if (failures < policy.freeAttempts) {
    return {
      state: { ...state, failures, sessionUntil: 0 },
      result: { outcome: 'rejected', attemptsLeft: policy.freeAttempts - failures },
    };
  }
  const lockMs = Math.min(policy.lockoutMs * 2 ** (failures - policy.freeAttempts), policy.maxLockoutMs);
  return {
    state: { failures, lockedUntil: now + lockMs, sessionUntil: 0 },
    result: { outcome: 'locked', retryInSeconds: Math.ceil(lockMs / 1000) },
  };
}

/** Whether an admin action is allowed at `now`; if so the session is extended. */
export function useAdminSession(
  state: PinState,
  now: number,
  policy: PinPolicy = DEFAULT_PIN_POLICY,
): { state: PinState; allowed: boolean } {
  if (now >= state.sessionUntil) return { state, allowed: false };
  return { state: { ...state, sessionUntil: now + policy.sessionMs }, allowed: true };
}

/** Closes the admin session (the panel was closed). */
export function endAdminSession(state: PinState): PinState {
  return { ...state, sessionUntil: 0 };
}
