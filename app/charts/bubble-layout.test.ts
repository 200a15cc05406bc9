import { describe, expect, it } from 'vitest';
import { circleBox, contains } from './geometry';
import { bubbleMapLayout } from './bubble-layout';

describe('bubbleMapLayout', () => {
  it.each<[string, number, number, 'right' | 'below']>([
    ['a wide chart (1080p landscape)', 1180, 480, 'right'],
    ['a laptop', 840, 340, 'right'],
    ['a totem', 980, 760, 'below'],
  ])('%s: the rest bubble goes %s the map, everything inside the chart', (_, width, height, where) => {
    const layout = bubbleMapLayout(width, height, 94, 464, 70);
    const chart = { x: 0, y: 0, width, height };
    const rest = circleBox(layout.rest.x, layout.rest.y, layout.rest.r);
    expect(contains(chart, layout.map)).toBe(true);
    expect(contains(chart, rest)).toBe(true);
    expect(contains(chart, layout.rest.label)).toBe(true);
    if (where === 'right') expect(rest.x).toBeGreaterThanOrEqual(layout.map.width);
    else expect(rest.y).toBeGreaterThanOrEqual(layout.map.height);
  });

  it('keeps areas proportional: the rest bubble stands for 464 plants, the largest named for 94', () => {
    const layout = bubbleMapLayout(1180, 480, 94, 464, 70);
    expect((layout.rest.r / layout.maxRadius) ** 2).toBeCloseTo(464 / 94);
  });
});
