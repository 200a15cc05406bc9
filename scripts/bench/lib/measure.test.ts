import { describe, expect, it } from 'vitest';
import { atMost, below, row, type Budget } from './measure';
import { fmt } from './report';

const summary = (median: number) => ({ median, min: median - 1, max: median + 1, runs: [median] });

describe('a measure row against its budget', () => {
  it.each<[string, number, Budget | undefined, string]>([
    ['at most: under the limit', 19, atMost(20, '≤ 20 ms'), 'pass'],
    ['at most: on the limit', 20, atMost(20, '≤ 20 ms'), 'pass'],
    ['at most: over the limit', 21, atMost(20, '≤ 20 ms'), 'FAIL'],
    ['below: under the limit', 0.9, below(1, '< 1 %'), 'pass'],
    ['below: on the limit', 1, below(1, '< 1 %'), 'FAIL'],
    ['no budget', 1e9, undefined, 'info'],
  ])('%s', (_, median, budget, verdict) => {
    const judged = row('key', 'a measure', summary(median), fmt.ms, budget);
    expect(judged.verdict).toBe(verdict);
    expect(judged.budget).toBe(budget?.text ?? '');
  });

  it('shows the median and the min–max with the same format', () => {
    expect(row('key', 'a measure', summary(20), fmt.ms)).toMatchObject({
      result: '20 ms',
      spread: '19 ms – 21 ms',
    });
  });
});
