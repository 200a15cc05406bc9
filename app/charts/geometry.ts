/**
 * Small plane geometry shared by the chart layouts: boxes, overlaps, and the
 * touch target around a mark.
 */
import { MIN_HIT_PX } from '../theme/tokens';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Area two boxes share (0 when they only touch). */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Area of `box` that lies outside `bounds`. */
export function outsideArea(box: Box, bounds: Box): number {
  return box.width * box.height - overlapArea(box, bounds);
}

/** Whether `inner` lies wholly inside `outer` (with a tolerance for rounding). */
export function contains(outer: Box, inner: Box, tolerance = 0.5): boolean {
  return (
    inner.x >= outer.x - tolerance &&
    inner.y >= outer.y - tolerance &&
    inner.x + inner.width <= outer.x + outer.width + tolerance &&
    inner.y + inner.height <= outer.y + outer.height + tolerance
  );
}

/** Moves `box` the least distance that puts it inside `bounds` (or at its top-left if larger). */
export function clampInto(box: Box, bounds: Box): Box {
  const x = Math.max(bounds.x, Math.min(box.x, bounds.x + bounds.width - box.width));
  const y = Math.max(bounds.y, Math.min(box.y, bounds.y + bounds.height - box.height));
  return { ...box, x, y };
}

/**
 * The touch target of a mark: the mark's box grown to at least `min` pixels
 * each way around its centre, then moved (not shrunk) into `bounds`, so a
 * thin bar or a small point is still easy to hit.
 */
export function hitBox(mark: Box, bounds?: Box, min = MIN_HIT_PX): Box {
  const width = Math.max(mark.width, min);
  const height = Math.max(mark.height, min);
  const grown = {
    x: mark.x + mark.width / 2 - width / 2,
    y: mark.y + mark.height / 2 - height / 2,
    width,
    height,
  };
  return bounds ? clampInto(grown, bounds) : grown;
}

/** A circle's bounding box. */
export function circleBox(x: number, y: number, r: number): Box {
  return { x: x - r, y: y - r, width: 2 * r, height: 2 * r };
}

/** Path data rounded to a hundredth of a pixel: finer than a screen shows, and a short string. */
const px = (n: number): number => Math.round(n * 100) / 100;

/**
 * Path data for `box` with corners of `radius` (clamped to half the shorter side), drawn
 * clockwise from the top edge: the same shape as an SVG `<rect>` with `rx` and `ry`, so
 * many boxes can be one `<path>`.
 */
export function roundedRectPath(box: Box, radius: number): string {
  const r = Math.max(0, Math.min(radius, box.width / 2, box.height / 2));
  const h = px(box.width - 2 * r);
  const v = px(box.height - 2 * r);
  const a = (dx: number, dy: number) => (r > 0 ? `a${px(r)} ${px(r)} 0 0 1 ${px(dx)} ${px(dy)}` : '');
  return `M${px(box.x + r)} ${px(box.y)}h${h}${a(r, r)}v${v}${a(-r, r)}h${-h}${a(-r, -r)}v${-v}${a(r, -r)}z`;
}
