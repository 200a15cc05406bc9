import { describe, expect, it } from 'vitest';
import { fingerprint, initialSwapState, onPoll, onValidated, type SwapState } from './content-swap';

/** Polls once a second with the given fingerprints; returns each decision. */
function poll(state: SwapState, prints: readonly string[]): { decisions: string[]; state: SwapState } {
  const decisions = prints.map((print, second) => {
    const next = onPoll(state, print, second * 1000);
    state = next.state;
    return next.decision;
  });
  return { decisions, state };
}

describe('onPoll', () => {
  it('waits while a folder is being copied in, then validates once it has settled for 3 s', () => {
    const { decisions } = poll(initialSwapState('', 0), ['a1', 'a2', 'a3', 'a4', 'a4', 'a4', 'a4', 'a4']);
    expect(decisions).toEqual(['wait', 'wait', 'wait', 'wait', 'wait', 'wait', 'validate', 'validate']);
  });

  it('does nothing while the folder is unchanged', () => {
    expect(poll(initialSwapState('v1', 0), ['v1', 'v1', 'v1', 'v1', 'v1']).decisions).not.toContain(
      'validate',
    );
  });

  it('keeps the current content when the folder disappears', () => {
    expect(poll(initialSwapState('v1', 0), ['', '', '', '', '', '']).decisions).not.toContain('validate');
  });

  it('does not read a rejected folder again until it changes', () => {
    const state = { ...initialSwapState('v1', 0), rejected: 'bad' };
    expect(poll(state, ['bad', 'bad', 'bad', 'bad', 'bad']).decisions).not.toContain('validate');
    expect(poll(state, ['bad', 'good', 'good', 'good', 'good']).decisions).toContain('validate');
  });
});

describe('onValidated', () => {
  const state = initialSwapState('v1', 0);

  it.each([
    ['a valid, unchanged folder is applied', 'v2', 'v2', true, 'apply', 'v2', ''],
    ['an invalid one is rejected and remembered', 'v2', 'v2', false, 'reject', 'v1', 'v2'],
    [
      'a folder that changed while being read is dropped',
      'v2',
      'v3',
      true,
      'changed-while-reading',
      'v1',
      '',
    ],
  ] as const)('%s', (_case, print, after, valid, outcome, applied, rejected) => {
    const result = onValidated(state, print, after, valid, 5000);
    expect(result.outcome).toBe(outcome);
    expect(result.state.applied).toBe(applied);
    expect(result.state.rejected).toBe(rejected);
  });
});

describe('fingerprint', () => {
  it('changes with any size or time, and is empty when no file exists', () => {
    const a = { file: 'report.json', size: 10, modified: 1 };
    expect(fingerprint([a, undefined])).toBe('report.json:10:1|-');
    expect(fingerprint([{ ...a, size: 11 }])).not.toBe(fingerprint([a]));
    expect(fingerprint([{ ...a, modified: 2 }])).not.toBe(fingerprint([a]));
    expect(fingerprint([undefined, undefined])).toBe('');
  });
});
