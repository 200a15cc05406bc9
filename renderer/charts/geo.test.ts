import { readFileSync } from 'node:fs';
import { geoEqualEarth, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { fitWorld, northernItalyOutlines, type Outlines } from './geo';

const box = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });
const topology = <T>(name: string) =>
  JSON.parse(readFileSync(new URL(`../../assets/geo/${name}`, import.meta.url), 'utf8')) as T;

// The geography the outlines were drawn from (scripts/geo/build-geo.mjs): the kiosk bundles only
// the outlines, the test draws the same shapes with d3 to check them.
const worldTopology = topology<Topology<{ land: MultiPolygon }>>('world-land.topojson');
const worldLand: Feature<Geometry> = feature(worldTopology, worldTopology.objects.land);
const italyTopology = topology<Topology<{ countries: GeometryCollection }>>('northern-italy.topojson');
const northernItaly: FeatureCollection<Geometry> = feature(italyTopology, italyTopology.objects.countries);

const NUMBER = /-?\d+(?:\.\d+)?(?:e-?\d+)?/g;

/** Every point of `d` moved by `transform` ("translate(x y) scale(k)"), and the path's commands. */
function transformed(d: string, transform: string) {
  const [x, y, k] = (transform.match(NUMBER) ?? []).map(Number) as [number, number, number];
  const values = (d.match(NUMBER) ?? []).map(Number);
  return {
    commands: d.replace(NUMBER, '#'),
    values: values.map((v, i) => (i % 2 === 0 ? x : y) + k * v),
    scale: k,
  };
}

/**
 * The outlines placed by their transform are d3's own drawing with `projection` (no resampling,
 * as they were stored): same commands, every point within the stored rounding (a twentieth of a
 * unit) times the scale.
 */
function expectDrawnBy(outlines: Outlines, projection: GeoProjection, shapes: Feature<Geometry>[]) {
  const path = geoPath(projection.precision(0)).digits(6);
  expect(outlines.shapes).toHaveLength(shapes.length);
  outlines.shapes.forEach((shape, i) => {
    const drawn = transformed(shape.d, outlines.transform);
    const expected = path(shapes[i]!) ?? '';
    expect(drawn.commands, shape.id).toBe(expected.replace(NUMBER, '#'));
    const values = (expected.match(NUMBER) ?? []).map(Number);
    const worst = Math.max(...values.map((v, j) => Math.abs(v - drawn.values[j]!)));
    expect(worst, shape.id).toBeLessThanOrEqual(0.05 * drawn.scale + 1e-6);
  });
}

describe('the world map fitted to a chart box', () => {
  it('draws the land inside the box, touching it on the constraining side', () => {
    const target = box(20, 40, 1200, 700);
    const { projection } = fitWorld(target);
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(worldLand);
    expect(x0).toBeGreaterThanOrEqual(target.x - 0.5);
    expect(y0).toBeGreaterThanOrEqual(target.y - 0.5);
    expect(x1).toBeLessThanOrEqual(target.x + target.width + 0.5);
    expect(y1).toBeLessThanOrEqual(target.y + target.height + 0.5);
    expect(Math.max(x1 - x0 - target.width, y1 - y0 - target.height)).toBeCloseTo(0, 0);
  });

  it('draws nothing before the box is measured', () => {
    expect(fitWorld(box(0, 0, 0, 0)).land.shapes).toEqual([]);
    expect(fitWorld(box(0, 0, 972, 0)).land.shapes).toEqual([]);
  });

  it.each([box(0, 0, 1051, 612), box(12, 30, 640, 900), box(3.5, 7.25, 3999.5, 1433.75)])(
    "is d3's own fitExtent for %o, and its land is what d3 draws with it",
    (target) => {
      const expected = geoEqualEarth().fitExtent(
        [
          [target.x, target.y],
          [target.x + target.width, target.y + target.height],
        ],
        worldLand,
      );
      const { projection, land } = fitWorld(target);
      expect(projection.scale()).toBe(expected.scale());
      expect(projection.translate()).toEqual(expected.translate());
      expectDrawnBy(land, expected, [worldLand]);
    },
  );
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

  it.each([900, 3800])('are every country of the file, as d3 draws them with a map %i px wide', (width) => {
    const outlines = northernItalyOutlines(fitted(width), true);
    expect(outlines.shapes.map((s) => s.id)).toEqual(northernItaly.features.map((f) => String(f.id)));
    expectDrawnBy(outlines, fitted(width), northernItaly.features);
  });

  it('are not drawn before the map is measured', () => {
    expect(northernItalyOutlines(fitted(900), false).shapes).toEqual([]);
  });
});
