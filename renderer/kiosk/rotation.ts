/**
 * Rotation done by the app (0/90/180/270° clockwise), so a portrait totem
 * works on a landscape-configured system without touch recalibration: the
 * browser maps touches through the CSS transform by itself.
 */
import type { Rotation } from '../../app/config/settings';

/** The wrapper's inline style: sized to the rotated frame, turned about its top-left corner, moved back on screen. */
export function rotationStyle(degrees: Rotation): string {
  switch (degrees) {
    case 90:
      return 'width: 100vh; height: 100vw; transform: translateX(100vw) rotate(90deg);';
    case 180:
      return 'width: 100vw; height: 100vh; transform: translate(100vw, 100vh) rotate(180deg);';
    case 270:
      return 'width: 100vh; height: 100vw; transform: translateY(100vh) rotate(270deg);';
    default:
      return 'width: 100vw; height: 100vh;';
  }
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Where a screen point (clientX/Y) lands in the rotated content's own coordinates. */
export function toContentPoint(
  x: number,
  y: number,
  degrees: Rotation,
  viewport: Size,
): { x: number; y: number } {
  const { width: w, height: h } = viewport;
  switch (degrees) {
    case 90:
      return { x: y, y: w - x };
    case 180:
      return { x: w - x, y: h - y };
    case 270:
      return { x: h - y, y: x };
    default:
      return { x, y };
  }
}

/** The content's size once rotated: a quarter turn swaps width and height. */
export function contentSize(degrees: Rotation, viewport: Size): Size {
  return degrees === 90 || degrees === 270 ? { width: viewport.height, height: viewport.width } : viewport;
}
