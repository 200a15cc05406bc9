import { describe, expect, it } from 'vitest';
import {
  type Box,
  circleBox,
  clampInto,
  contains,
  hitBox,
  overlapArea,
  outsideArea,
  roundedRectPath,
} from './geometry';

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

describe('roundedRectPath', () => {
  it('draws the box with its corners rounded, back to where it started', () => {
    expect(roundedRectPath(box(10, 20, 30, 40), 5)).toBe(
      'M15 20h20a5 5 0 0 1 5 5v30a5 5 0 0 1 -5 5h-20a5 5 0 0 1 -5 -5v-30a5 5 0 0 1 5 -5z',
    );
  });

  it('keeps the corners within half the shorter side, as a rect does with rx', () => {
    expect(roundedRectPath(box(0, 0, 10, 4), 9)).toBe(
      'M2 0h6a2 2 0 0 1 2 2v0a2 2 0 0 1 -2 2h-6a2 2 0 0 1 -2 -2v0a2 2 0 0 1 2 -2z',
    );
  });

  it('draws square corners without arcs', () => {
    expect(roundedRectPath(box(1, 2, 3, 4), 0)).toBe('M1 2h3v4h-3v-4z');
  });

  it('rounds to a hundredth of a pixel', () => {
    expect(roundedRectPath(box(1 / 3, 2 / 3, 10, 10), 0)).toBe('M0.33 0.67h10v10h-10v-10z');
  });
});
