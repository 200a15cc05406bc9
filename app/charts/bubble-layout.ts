/**
 * The plants-abroad map: a world map with a bubble per named country, and the
 * countries the text does not name together as one more bubble beside the
 * map (not on it: it is not a place). All bubbles share one area scale.
 */
import type { Box } from './geometry';

export interface BubbleMapLayout {
  /** Where the world map goes. */
  readonly map: Box;
  /** The bubble of the unnamed countries, and the box its label goes in under it. */
  readonly rest: { readonly x: number; readonly y: number; readonly r: number; readonly label: Box };
  /** Radius of the largest named country's bubble. */
  readonly maxRadius: number;
}

/** The largest named bubble's radius as a share of the map's short side. */
const RADIUS_SHARE = 0.085;

export function bubbleMapLayout(
  width: number,
  height: number,
  maxValue: number,
  restValue: number,
  /** Height of the rest bubble's label block. */
  labelHeight: number,
): BubbleMapLayout {
  const wide = width >= height * 1.5;
  const panel = wide
    ? { x: width * 0.76, y: 0, width: width * 0.24, height }
    : { x: 0, y: height * 0.6, width, height: height * 0.4 };
  const map = wide ? { x: 0, y: 0, width: panel.x, height } : { x: 0, y: 0, width, height: panel.y };
  const ratio = Math.sqrt(restValue / Math.max(1, maxValue));
  const restRoom = Math.max(0, Math.min(panel.width, panel.height - labelHeight) / 2) * 0.92;
  const maxRadius = Math.max(4, Math.min(Math.min(map.width, map.height) * RADIUS_SHARE, restRoom / ratio));
  const r = maxRadius * ratio;
  const x = panel.x + panel.width / 2;
  const y = panel.y + (panel.height - labelHeight) / 2;
  return {
    map,
    maxRadius,
    rest: { x, y, r, label: { x: panel.x, y: y + r + 4, width: panel.width, height: labelHeight } },
  };
}
