import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CRASH_POLICY,
  isRecoverableExit,
  NO_CRASHES,
  onRendererCrash,
  type CrashDecision,
  type CrashState,
} from './crash-budget';

const MIN = 60_000;

/** Feeds crashes at the given minutes and returns each decision. */
function decisions(minutes: readonly number[]): CrashDecision[] {
  let state: CrashState = NO_CRASHES;
  return minutes.map((m) => {
    const next = onRendererCrash(state, m * MIN);
    state = next.state;
    return next.decision;
  });
}

describe('onRendererCrash', () => {
  it('reloads at once-ish, then backs off: 0.5 s, 1 s, 2 s', () => {
    expect(decisions([0, 0.1, 0.2])).toEqual([
      { action: 'reload', delayMs: 500, attempt: 1 },
      { action: 'reload', delayMs: 1000, attempt: 2 },
      { action: 'reload', delayMs: 2000, attempt: 3 },
    ]);
  });

  it('ends a crash loop on the safe screen after 3 reloads in 30 minutes', () => {
    const result = decisions([0, 1, 2, 3, 4]);
    expect(result.filter((d) => d.action === 'reload')).toHaveLength(3);
    expect(result[3]).toEqual({ action: 'safe-screen', retryInMs: 60_000 });
    expect(result[4]).toEqual({ action: 'safe-screen', retryInMs: 60_000 });
  });

  it.each([
    [
      'a crash every 11 minutes, each after a healthy stretch',
      [0, 11, 22, 33, 44],
      ['reload', 'reload', 'reload', 'reload', 'reload'],
    ],
    [
      'a crash every 9 minutes, four in 30 minutes',
      [0, 9, 18, 27],
      ['reload', 'reload', 'reload', 'safe-screen'],
    ],
    [
      'a healthy stretch refills the budget',
      [0, 1, 2, 3, 14],
      ['reload', 'reload', 'reload', 'safe-screen', 'reload'],
    ],
    [
      'a loop that keeps loading fine still ends safe',
      [0, 0.5, 1, 1.5],
      ['reload', 'reload', 'reload', 'safe-screen'],
    ],
  ])('%s', (_case, minutes, actions) => {
    expect(decisions(minutes).map((d) => d.action)).toEqual(actions);
  });

  it('never waits longer than the maximum delay', () => {
    const policy = { ...DEFAULT_CRASH_POLICY, maxReloads: 20 };
    let state: CrashState = NO_CRASHES;
    for (let i = 0; i < 20; i++) {
      const next = onRendererCrash(state, i * 1000, policy);
      state = next.state;
      if (next.decision.action === 'reload') expect(next.decision.delayMs).toBeLessThanOrEqual(8000);
    }
  });
});

describe('isRecoverableExit', () => {
  it.each([
    ['crashed', false, true],
    ['oom', false, true],
    ['killed', false, true],
    ['launch-failed', false, true],
    ['clean-exit', false, false],
    ['crashed', true, false],
  ])('%s while quitting=%s → %s', (reason, quitting, expected) => {
    expect(isRecoverableExit(reason, quitting)).toBe(expected);
  });
});
