import { describe, expect, it } from 'vitest';
import { judge, type Sample } from './growth';
import { median, percentAbove, percentile, slope, summarize } from './stats';

const samples = (heap: (i: number) => number, nodes: (i: number) => number = () => 500): Sample[] =>
  Array.from({ length: 11 }, (_, i) => ({
    changes: i * 500,
    heapUsed: heap(i),
    nodes: nodes(i),
    jsEventListeners: 40,
    documents: 1,
  }));

describe('stats', () => {
  it('interpolates percentiles like numpy', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50], 95)).toBeCloseTo(48);
    expect(median([5])).toBe(5);
    expect(percentile([], 50)).toBeNaN();
  });

  it('counts frames strictly over a limit', () => {
    expect(percentAbove([16.7, 16.7, 33.3, 50], 33.4)).toBe(25);
  });

  it('summarizes runs as median and min–max', () => {
    expect(summarize([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3, runs: [3, 1, 2] });
  });

  it('fits a slope', () => {
    expect(slope([0, 1, 2], [1, 3, 5])).toBe(2);
    expect(slope([1], [1])).toBe(0);
  });
});

describe('soak verdict', () => {
  const MB = 1024 * 1024;

  it('passes a flat heap with noise', () => {
    const noise = [0, 300, -200, 100, 250, -150, 50, 0, 200, -100, 150];
    expect(
      judge(
        samples((i) => 8 * MB + noise[i]! * 1024),
        'heapUsed',
      ).grew,
    ).toBe(false);
  });

  it('fails a heap that keeps climbing', () => {
    expect(
      judge(
        samples((i) => 8 * MB + i * 300 * 1024),
        'heapUsed',
      ).grew,
    ).toBe(true);
  });

  it('passes a cache filled once early on', () => {
    expect(
      judge(
        samples((i) => (i === 0 ? 8 * MB : 8.4 * MB)),
        'heapUsed',
      ).grew,
    ).toBe(false);
  });

  it('fails DOM nodes that do not come back', () => {
    expect(
      judge(
        samples(
          () => 8 * MB,
          (i) => 500 + i * 30,
        ),
        'nodes',
      ).grew,
    ).toBe(true);
    expect(
      judge(
        samples(() => 8 * MB),
        'nodes',
      ).grew,
    ).toBe(false);
  });

  it('passes a step taken once early, then flat', () => {
    const nodes = (i: number) => (i === 0 ? 446 : 450);
    expect(
      judge(
        samples(() => 8 * MB, nodes),
        'nodes',
      ).grew,
    ).toBe(false);
  });
});
