/**
 * Where labels go: next to their mark, inside the chart, over nothing else.
 * Maps put places close together, so each label tries the positions around
 * its point in turn and keeps the first that is free.
 */
import { type Box, clampInto, contains, overlapArea, outsideArea } from './geometry';

export type Side =
  'right' | 'left' | 'above' | 'below' | 'above-right' | 'below-right' | 'above-left' | 'below-left';

/** Positions tried in order: beside first (easiest to read), then above and below, then diagonals. */
const SIDES: readonly Side[] = [
  'right',
  'left',
  'above',
  'below',
  'above-right',
  'below-right',
  'above-left',
  'below-left',
];

export interface LabelRequest {
  readonly id: string;
  /** The mark: a point or circle at (x, y) with radius r. */
  readonly x: number;
  readonly y: number;
  readonly r: number;
  /** The label's measured size. */
  readonly width: number;
  readonly height: number;
}

export interface PlacedLabel extends Box {
  readonly id: string;
  readonly side: Side;
  /** Whether the label had to overlap something (no free position). */
  readonly crowded: boolean;
}

/** The label's box on one side of its mark, `gap` pixels clear of it. */
export function labelBox(request: LabelRequest, side: Side, gap: number): Box {
  const { x, y, r, width, height } = request;
  const d = r + gap;
  // Diagonal positions sit at the circle's 45° point, not its bounding box corner.
  const diag = r * Math.SQRT1_2 + gap;
  switch (side) {
    case 'right':
      return { x: x + d, y: y - height / 2, width, height };
    case 'left':
      return { x: x - d - width, y: y - height / 2, width, height };
    case 'above':
      return { x: x - width / 2, y: y - d - height, width, height };
    case 'below':
      return { x: x - width / 2, y: y + d, width, height };
    case 'above-right':
      return { x: x + diag, y: y - diag - height, width, height };
    case 'below-right':
      return { x: x + diag, y: y + diag, width, height };
    case 'above-left':
      return { x: x - diag - width, y: y - diag - height, width, height };
    case 'below-left':
      return { x: x - diag - width, y: y + diag, width, height };
  }
}

/**
 * Places labels greedily, in the order given (put the subject first): each
 * takes the first side that stays in `bounds` and clear of the labels already
 * placed, of `obstacles` (the marks) and of the other marks. When no side is
 * free, it takes the side that overlaps least, moved into bounds.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  bounds: Box,
  obstacles: readonly Box[] = [],
  gap = 6,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    let best: { box: Box; side: Side; cost: number } | undefined;
    for (const side of SIDES) {
      const box = labelBox(request, side, gap);
      const cost =
        outsideArea(box, bounds) * 4 +
        placed.reduce((sum, other) => sum + overlapArea(box, other), 0) * 2 +
        obstacles.reduce((sum, other) => sum + overlapArea(box, other), 0);
      if (!best || cost < best.cost) best = { box, side, cost };
      if (cost === 0) break;
    }
    if (!best) continue;
    const box = contains(bounds, best.box) ? best.box : clampInto(best.box, bounds);
    placed.push({ ...box, id: request.id, side: best.side, crowded: best.cost > 0 });
  }
  return placed;
}

export interface Circle {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

/**
 * Pushes overlapping circles apart until none overlaps (a Dorling layout):
 * bubbles of neighbouring countries, such as the United Kingdom and Germany,
 * would otherwise cover each other. Deterministic, computed once per layout.
 */
export function separateCircles(circles: readonly Circle[], padding = 2, iterations = 200): Circle[] {
  const out = circles.map((c) => ({ ...c }));
  for (let step = 0; step < iterations; step++) {
    let moved = false;
    for (const [i, a] of out.entries()) {
      for (const b of out.slice(i + 1)) {
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const distance = Math.hypot(dx, dy);
        const needed = a.r + b.r + padding;
        if (distance >= needed - 1e-6) continue;
        // Coincident centres: separate them along x, deterministically.
        const [ux, uy] = distance > 1e-9 ? [dx / distance, dy / distance] : [1, 0];
        const push = (needed - distance) / 2 + 1e-3;
        a.x -= ux * push;
        a.y -= uy * push;
        b.x += ux * push;
        b.y += uy * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return out;
}

/**
 * Where the callout of a tapped mark goes: beside the mark (right, left,
 * above, below, in that order) if it fits in `bounds`, else moved into them.
 */
export function placeCallout(
  mark: Box,
  size: { readonly width: number; readonly height: number },
  bounds: Box,
  gap = 12,
): Box {
  const cx = mark.x + mark.width / 2;
  const cy = mark.y + mark.height / 2;
  const candidates: Box[] = [
    { x: mark.x + mark.width + gap, y: cy - size.height / 2, ...size },
    { x: mark.x - gap - size.width, y: cy - size.height / 2, ...size },
    { x: cx - size.width / 2, y: mark.y - gap - size.height, ...size },
    { x: cx - size.width / 2, y: mark.y + mark.height + gap, ...size },
  ];
  const [first] = candidates as [Box, ...Box[]];
  return candidates.find((c) => contains(bounds, c, 0)) ?? clampInto(first, bounds);
}
