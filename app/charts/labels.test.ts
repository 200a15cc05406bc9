import { describe, expect, it } from 'vitest';
import { type Box, contains, overlapArea } from './geometry';
import { type LabelRequest, labelBox, placeCallout, placeLabels, separateCircles } from './labels';

const bounds: Box = { x: 0, y: 0, width: 1000, height: 600 };
const label = (id: string, x: number, y: number, width = 120, height = 30): LabelRequest => ({
  id,
  x,
  y,
  r: 8,
  width,
  height,
});

describe('labelBox', () => {
  it.each<[Parameters<typeof labelBox>[1], Box]>([
    ['right', { x: 114, y: 85, width: 120, height: 30 }],
    ['left', { x: -34, y: 85, width: 120, height: 30 }],
    ['above', { x: 40, y: 56, width: 120, height: 30 }],
    ['below', { x: 40, y: 114, width: 120, height: 30 }],
  ])('%s of a point at (100, 100), r 8, gap 6', (side, box) => {
    expect(labelBox(label('a', 100, 100), side, 6)).toEqual(box);
  });
});

describe('placeLabels', () => {
  it.each<[string, LabelRequest[], string[]]>([
    ['a lone point is labelled on its right', [label('a', 100, 100)], ['right']],
    ['a point at the right edge is labelled on its left', [label('a', 990, 100)], ['left']],
    [
      'two close points get labels on opposite sides',
      [label('bergamo', 400, 300), label('monza', 330, 310)],
      ['right', 'left'],
    ],
    [
      'a point in a row of three gets the free side',
      [label('a', 300, 300), label('b', 430, 300), label('c', 560, 300)],
      ['right', 'right', 'right'],
    ],
  ])('%s', (_, requests, sides) => {
    const placed = placeLabels(requests, bounds);
    expect(placed.map((p) => p.side)).toEqual(sides);
  });

  it('keeps the labels of a crowded cluster in bounds and apart', () => {
    // The provinces around Bergamo, roughly as the map draws them.
    const requests = [
      label('bergamo', 300, 200, 140),
      label('brescia', 420, 240, 130),
      label('monza', 200, 230, 200),
      label('varese', 80, 170, 110),
      label('mantova', 560, 430, 130),
    ];
    const obstacles = requests.map((r) => ({ x: r.x - r.r, y: r.y - r.r, width: 2 * r.r, height: 2 * r.r }));
    const placed = placeLabels(requests, bounds, obstacles);
    expect(placed.every((p) => !p.crowded)).toBe(true);
    for (const p of placed) {
      expect(contains(bounds, p)).toBe(true);
      for (const q of placed) if (p !== q) expect(overlapArea(p, q)).toBe(0);
      for (const o of obstacles) expect(overlapArea(p, o)).toBe(0);
    }
  });

  it('says when a label could not be placed clear of the others', () => {
    const placed = placeLabels([label('a', 50, 15, 990, 30), label('b', 60, 20, 990, 30)], {
      x: 0,
      y: 0,
      width: 1000,
      height: 40,
    });
    expect(placed[1]!.crowded).toBe(true);
  });
});

describe('separateCircles', () => {
  it('leaves circles that do not overlap where they are', () => {
    const circles = [
      { id: 'a', x: 0, y: 0, r: 10 },
      { id: 'b', x: 100, y: 0, r: 10 },
    ];
    expect(separateCircles(circles)).toEqual(circles);
  });

  it.each<[string, { id: string; x: number; y: number; r: number }[]]>([
    [
      'the United Kingdom and Germany on a world map',
      [
        { id: 'uk', x: 480, y: 120, r: 36 },
        { id: 'de', x: 510, y: 128, r: 30 },
      ],
    ],
    [
      'three circles on one spot',
      [
        { id: 'a', x: 100, y: 100, r: 20 },
        { id: 'b', x: 100, y: 100, r: 20 },
        { id: 'c', x: 100, y: 100, r: 20 },
      ],
    ],
  ])('pushes %s apart', (_, circles) => {
    const out = separateCircles(circles, 2);
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i]!;
        const b = out[j]!;
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r + 2 - 0.01);
      }
    }
  });
});

describe('placeCallout', () => {
  const size = { width: 300, height: 100 };
  it.each<[string, Box, { x: number; y: number }]>([
    ['right of a mark with room', { x: 100, y: 200, width: 50, height: 50 }, { x: 162, y: 175 }],
    ['left of a mark at the right edge', { x: 900, y: 200, width: 50, height: 50 }, { x: 588, y: 175 }],
    ['above a wide bar', { x: 0, y: 300, width: 1000, height: 40 }, { x: 350, y: 188 }],
  ])('%s', (_, mark, position) => {
    const box = placeCallout(mark, size, bounds);
    expect({ x: box.x, y: box.y }).toEqual(position);
    expect(contains(bounds, box)).toBe(true);
  });

  it('is moved into a chart too small for any side', () => {
    const small = { x: 0, y: 0, width: 320, height: 120 };
    const box = placeCallout({ x: 100, y: 40, width: 40, height: 40 }, size, small);
    expect(contains(small, box)).toBe(true);
  });
});
