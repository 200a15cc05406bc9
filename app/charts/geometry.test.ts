import { describe, expect, it } from 'vitest';
import { type Box, circleBox, clampInto, contains, hitBox, overlapArea, outsideArea } from './geometry';

const box = (x: number, y: number, width: number, height: number): Box => ({ x, y, width, height });

describe('overlapArea', () => {
  it.each<[string, Box, Box, number]>([
    ['apart', box(0, 0, 10, 10), box(20, 0, 10, 10), 0],
    ['touching edges', box(0, 0, 10, 10), box(10, 0, 10, 10), 0],
    ['half over', box(0, 0, 10, 10), box(5, 0, 10, 10), 50],
    ['one inside the other', box(0, 0, 10, 10), box(2, 2, 2, 2), 4],
  ])('%s → %s', (_, a, b, area) => {
    expect(overlapArea(a, b)).toBe(area);
    expect(overlapArea(b, a)).toBe(area);
  });

  it('outsideArea counts what sticks out', () => {
    expect(outsideArea(box(-5, 0, 10, 10), box(0, 0, 100, 100))).toBe(50);
  });
});

describe('contains and clampInto', () => {
  it.each<[Box, Box]>([
    [box(-5, 0, 10, 10), box(0, 0, 10, 10)],
    [box(95, 95, 10, 10), box(90, 90, 10, 10)],
    [box(40, 40, 10, 10), box(40, 40, 10, 10)],
  ])('%j is moved to %j', (input, output) => {
    const bounds = box(0, 0, 100, 100);
    expect(clampInto(input, bounds)).toEqual(output);
    expect(contains(bounds, clampInto(input, bounds))).toBe(true);
  });
});

describe('hitBox', () => {
  it.each<[string, Box, Box]>([
    ['a big mark keeps its box', box(0, 0, 100, 60), box(0, 0, 100, 60)],
    ['a thin bar grows around its centre', box(10, 100, 200, 20), box(10, 86, 200, 48)],
    ['a small point grows both ways', box(100, 100, 10, 10), box(81, 81, 48, 48)],
  ])('%s', (_, mark, hit) => {
    expect(hitBox(mark)).toEqual(hit);
  });

  it('is moved inside the chart rather than shrunk', () => {
    const hit = hitBox(box(0, 0, 10, 10), box(0, 0, 300, 300));
    expect(hit).toEqual(box(0, 0, 48, 48));
  });

  it('circleBox', () => {
    expect(circleBox(10, 20, 5)).toEqual(box(5, 15, 10, 10));
  });
});
