import { geoEqualEarth, geoMercator, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import {
  fitWorld,
  northernItalyCountries,
  northernItalyShapes,
  prepareGeography,
  worldLandFeature,
} from './geo';

const box = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });

describe('the world map fitted to a chart box', () => {
  it('draws the land inside the box, touching it on the constraining side', () => {
    const target = box(20, 40, 1200, 700);
    const { projection, land } = fitWorld(target);
    expect(land.startsWith('M')).toBe(true);
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(worldLandFeature());
    expect(x0).toBeGreaterThanOrEqual(target.x - 0.5);
    expect(y0).toBeGreaterThanOrEqual(target.y - 0.5);
    expect(x1).toBeLessThanOrEqual(target.x + target.width + 0.5);
    expect(y1).toBeLessThanOrEqual(target.y + target.height + 0.5);
    expect(Math.max(x1 - x0 - target.width, y1 - y0 - target.height)).toBeCloseTo(0, 0);
  });

  it('is computed once per size, so the map slide costs nothing extra on the next loop', () => {
    expect(fitWorld(box(0, 0, 800, 400))).toBe(fitWorld(box(0, 0, 800, 400)));
    expect(fitWorld(box(0, 0, 800, 400))).not.toBe(fitWorld(box(0, 0, 801, 400)));
  });

  it('keeps only the two sizes used last, so a window resized for days does not grow memory', () => {
    const first = fitWorld(box(1, 1, 500, 300));
    const second = fitWorld(box(1, 1, 600, 300));
    expect(fitWorld(box(1, 1, 500, 300))).toBe(first);
    fitWorld(box(1, 1, 700, 300));
    expect(fitWorld(box(1, 1, 500, 300))).toBe(first);
    const again = fitWorld(box(1, 1, 600, 300));
    expect(again).not.toBe(second);
    expect(again.land).toBe(second.land);
  });

  it('draws nothing before the box is measured, so a first layout of zero size costs nothing', () => {
    expect(fitWorld(box(0, 0, 0, 0)).land).toBe('');
    expect(fitWorld(box(0, 0, 972, 0)).land).toBe('');
  });

  it.each([box(0, 0, 1051, 612), box(12, 30, 640, 900), box(3.5, 7.25, 1999.5, 433.75)])(
    "is d3's own fitExtent for %o, from the bounds measured once",
    (target) => {
      const expected = geoEqualEarth().fitExtent(
        [
          [target.x, target.y],
          [target.x + target.width, target.y + target.height],
        ],
        worldLandFeature(),
      );
      const { projection, land } = fitWorld(target);
      expect(projection.scale()).toBe(expected.scale());
      expect(projection.translate()).toEqual(expected.translate());
      expect(land).toBe(geoPath(expected)(worldLandFeature()));
    },
  );
});

describe("a map's preparation, ahead of its build", () => {
  it.each(['pointMap', 'bubbleMap'] as const)('for a %s, does its work once', (kind) => {
    prepareGeography(kind);
    expect(prepareGeography(kind)).toBe(false);
    expect(northernItalyCountries().features.length).toBeGreaterThan(0);
  });
});

describe('the countries around northern Italy, drawn', () => {
  const fitted = (width: number) =>
    geoMercator().fitExtent(
      [
        [40, 30],
        [width - 40, 500],
      ],
      {
        type: 'MultiPoint',
        coordinates: [
          [9.67, 45.7],
          [11.0, 44.5],
          [7.7, 45.1],
        ],
      },
    );

  it('are every country of the file, as d3 draws them with the projection', () => {
    const projection = fitted(900);
    const path = geoPath(projection);
    expect(northernItalyShapes(projection)).toEqual(
      northernItalyCountries().features.map((shape, i) => ({
        id: String(shape.id ?? i),
        d: path(shape) ?? '',
      })),
    );
  });

  it('are drawn once per fit, so the map slide costs less on the next loop; two fits kept', () => {
    const first = northernItalyShapes(fitted(900));
    expect(northernItalyShapes(fitted(900))).toBe(first);
    const other = northernItalyShapes(fitted(700));
    expect(other).not.toBe(first);
    northernItalyShapes(fitted(600));
    expect(northernItalyShapes(fitted(700))).toBe(other);
    expect(northernItalyShapes(fitted(900))).not.toBe(first);
  });
});
