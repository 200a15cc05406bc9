import { describe, expect, it } from 'vitest';
import type { Rotation } from '../../app/config/settings';
import { contentSize, rotationStyle, toContentPoint } from './rotation';

/** Applies the wrapper's transform to a content point, as the browser does (origin top-left). */
function toScreen(x: number, y: number, degrees: Rotation, w: number, h: number): [number, number] {
  const radians = (degrees * Math.PI) / 180;
  const rx = Math.round(x * Math.cos(radians) - y * Math.sin(radians));
  const ry = Math.round(x * Math.sin(radians) + y * Math.cos(radians));
  const [tx, ty] = { 0: [0, 0], 90: [w, 0], 180: [w, h], 270: [0, h] }[degrees];
  return [rx + tx!, ry + ty!];
}

const viewport = { width: 1920, height: 1080 };

describe('rotation', () => {
  it.each<Rotation>([0, 90, 180, 270])(
    '%i°: the frame fills the screen and touches map back exactly',
    (degrees) => {
      const size = contentSize(degrees, viewport);
      // The content's four corners land on the screen's four corners.
      const corners = [
        [0, 0],
        [size.width, 0],
        [0, size.height],
        [size.width, size.height],
      ].map(([x, y]) => toScreen(x!, y!, degrees, viewport.width, viewport.height).join(','));
      expect(corners.sort()).toEqual(['0,0', '0,1080', '1920,0', '1920,1080']);
      // A touch anywhere maps back to the content point under it.
      for (const [x, y] of [
        [10, 20],
        [500, 300],
        [size.width - 1, size.height - 1],
      ]) {
        const [sx, sy] = toScreen(x!, y!, degrees, viewport.width, viewport.height);
        expect(toContentPoint(sx, sy, degrees, viewport)).toEqual({ x, y });
      }
    },
  );

  it.each<[Rotation, string]>([
    [0, 'width: 100vw; height: 100vh;'],
    [90, 'width: 100vh; height: 100vw; transform: translateX(100vw) rotate(90deg);'],
    [180, 'width: 100vw; height: 100vh; transform: translate(100vw, 100vh) rotate(180deg);'],
    [270, 'width: 100vh; height: 100vw; transform: translateY(100vh) rotate(270deg);'],
  ])('%i° → %s', (degrees, style) => {
    expect(rotationStyle(degrees)).toBe(style);
  });
});
