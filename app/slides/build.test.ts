import { describe, expect, it } from 'vitest';
import { buildSteps, chartBuild } from './build';

describe('a slide built ahead, a step per task', () => {
  it('takes two steps per chart', () => {
    expect(buildSteps(0)).toBe(0);
    expect(buildSteps(3)).toBe(6);
  });

  it.each([
    [0, 0, 'none'],
    [1, 0, 'frame'],
    [2, 0, 'whole'],
    [2, 1, 'none'],
    [3, 1, 'frame'],
    [4, 1, 'whole'],
    [Number.POSITIVE_INFINITY, 5, 'whole'],
  ])('after %s steps chart %i is built: %s', (steps, chart, built) => {
    expect(chartBuild(steps, chart)).toBe(built);
  });

  it('has every chart whole after its last step, and only then', () => {
    const charts = 3;
    const whole = (steps: number) => [0, 1, 2].every((c) => chartBuild(steps, c) === 'whole');
    expect(whole(buildSteps(charts))).toBe(true);
    expect(whole(buildSteps(charts) - 1)).toBe(false);
  });
});
