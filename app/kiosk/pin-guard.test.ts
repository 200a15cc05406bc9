import { describe, expect, it } from 'vitest';
import {
  checkPin,
  endAdminSession,
  FRESH_PIN_STATE,
  isPinShaped,
  useAdminSession,
  type PinResult,
  type PinState,
} from './pin-guard';

const PIN = '2468';

/** Enters each [pin, second] in turn and returns the results. */
function enter(attempts: readonly (readonly [string, number])[]): { results: PinResult[]; state: PinState } {
  let state = FRESH_PIN_STATE;
  const results = attempts.map(([pin, second]) => {
    const next = checkPin(state, pin, PIN, second * 1000);
    state = next.state;
    return next.result;
  });
  return { results, state };
}

describe('checkPin', () => {
  it('accepts the right PIN', () => {
    expect(enter([['2468', 0]]).results).toEqual([{ outcome: 'accepted' }]);
  });

  it('gives three tries, then locks for 30 s, then 60 s, 120 s…', () => {
    const { results } = enter([
      ['1111', 0],
      ['2222', 1],
      ['3333', 2],
      ['4444', 33],
      ['5555', 94],
    ]);
    expect(results).toEqual([
      { outcome: 'rejected', attemptsLeft: 2 },
      { outcome: 'rejected', attemptsLeft: 1 },
      { outcome: 'locked', retryInSeconds: 30 },
      { outcome: 'locked', retryInSeconds: 60 },
      { outcome: 'locked', retryInSeconds: 120 },
    ]);
  });

  it('does not even compare a PIN while locked, not even the right one', () => {
    const { results } = enter([
      ['1111', 0],
      ['1111', 1],
      ['1111', 2],
      ['2468', 10],
      ['2468', 32],
    ]);
    expect(results[3]).toEqual({ outcome: 'locked', retryInSeconds: 22 });
    expect(results[4]).toEqual({ outcome: 'accepted' });
  });

  it('caps the lockout at 15 minutes', () => {
    const attempts: [string, number][] = [];
    let t = 0;
    for (let i = 0; i < 20; i++) {
      attempts.push(['0000', t]);
      t += 20 * 60;
    }
    const { results } = enter(attempts);
    const locks = results.flatMap((r) => (r.outcome === 'locked' ? [r.retryInSeconds] : []));
    expect(Math.max(...locks)).toBe(15 * 60);
  });

  it.each([['24680'], ['246'], [''], ['2468\u0000'], ['२४६८'], ['abcd']])('rejects %j', (pin) => {
    expect(checkPin(FRESH_PIN_STATE, pin, PIN, 0).result.outcome).toBe('rejected');
  });

  it('resets the count after a right PIN', () => {
    const { state } = enter([
      ['1111', 0],
      ['1111', 1],
      ['2468', 2],
    ]);
    expect(state.failures).toBe(0);
  });
});

describe('the admin session', () => {
  it('opens on the right PIN, extends with use, and expires after 2 idle minutes', () => {
    const opened = checkPin(FRESH_PIN_STATE, PIN, PIN, 0).state;
    const used = useAdminSession(opened, 100_000);
    expect(used.allowed).toBe(true);
    expect(useAdminSession(used.state, 219_000).allowed).toBe(true);
    expect(useAdminSession(used.state, 221_000).allowed).toBe(false);
  });

  it('is closed by a wrong PIN, by closing the panel, and before any PIN', () => {
    const opened = checkPin(FRESH_PIN_STATE, PIN, PIN, 0).state;
    expect(useAdminSession(FRESH_PIN_STATE, 0).allowed).toBe(false);
    expect(useAdminSession(endAdminSession(opened), 1).allowed).toBe(false);
    expect(useAdminSession(checkPin(opened, '0000', PIN, 1).state, 2).allowed).toBe(false);
  });
});

describe('isPinShaped', () => {
  it.each([
    ['1234', true],
    ['123456789012', true],
    ['1234567890123', false],
    [1234, false],
    [null, false],
    ['12 34', false],
  ])('%j → %s', (value, expected) => {
    expect(isPinShaped(value)).toBe(expected);
  });
});
