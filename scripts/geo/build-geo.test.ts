import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../../app/report/schema';
import { buildGeo, NORTHERN_ITALY_OUTLINE_SCALE, PLACES, WORLD_OUTLINE_SCALE } from './build-geo.mjs';

const asset = (name: string) => readFileSync(new URL(`../../assets/geo/${name}`, import.meta.url), 'utf8');
const report = ReportSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/report.json', import.meta.url), 'utf8')),
);
const charts = report.slides.flatMap((slide) => slide.charts);

describe('the geographic files in assets/geo', () => {
  it('are what scripts/geo/build-geo.mjs makes from the pinned packages', async () => {
    const built = await buildGeo();
    for (const [name, text] of Object.entries(built)) expect(asset(name), name).toBe(text);
  }, 30_000);

  it('name their source', () => {
    expect(JSON.parse(asset('places.json')).source).toMatch(/GeoNames/);
    expect(JSON.parse(asset('country-points.json')).source).toMatch(/world-atlas .*Natural Earth/);
  });

  it('hold every place and centre the report’s point maps name', () => {
    const places = JSON.parse(asset('places.json')).places as Record<string, unknown>;
    const ids = charts.flatMap((c) =>
      c.kind === 'pointMap' ? [...c.places.map((p) => p.placeId), ...(c.centre?.between ?? [])] : [],
    );
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(places, id).toHaveProperty([id]);
    expect(Object.keys(PLACES).sort()).toEqual(Object.keys(places).sort());
  });

  it('hold a point for every country the report’s bubble maps name', () => {
    const points = JSON.parse(asset('country-points.json')).points as Record<string, [number, number]>;
    const ids = charts.flatMap((c) => (c.kind === 'bubbleMap' ? c.items.map((i) => i.countryId) : []));
    expect(ids).toEqual(['840', '826', '276', '076', '156']);
    for (const id of ids) expect(points, id).toHaveProperty([id]);
    // The USA's point is in the contiguous states, not pulled towards Alaska.
    const [lon, lat] = points['840']!;
    expect(lon).toBeGreaterThan(-110);
    expect(lat).toBeLessThan(45);
  });

  it('are small where the app bundles them: the whole cold load budget is 1.5 MB', () => {
    const bundled = [
      'world-land-outline.json',
      'northern-italy-outlines.json',
      'world-land-bounds.json',
      'country-points.json',
      'places.json',
    ];
    const bytes = bundled.map((name) => asset(name).length).reduce((a, b) => a + b, 0);
    expect(bytes).toBeLessThan(120_000);
  });

  it('store the outlines with the scale they were drawn at, and their source', () => {
    const world = JSON.parse(asset('world-land-outline.json'));
    expect(world).toMatchObject({ scale: WORLD_OUTLINE_SCALE, d: expect.stringMatching(/^M/) });
    expect(world.source).toMatch(/geoEqualEarth, scale 150, no translation, precision 0/);
    const italy = JSON.parse(asset('northern-italy-outlines.json'));
    expect(italy.scale).toBe(NORTHERN_ITALY_OUTLINE_SCALE);
    expect(italy.source).toMatch(/geoMercator/);
    expect(italy.shapes).toHaveLength(12);
  });
});
