/**
 * The geographic files, bundled into the build (no request at run time) and
 * parsed once, on first use, into GeoJSON for d3-geo.
 */
import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Topology } from 'topojson-specification';
import type { Box } from '../../app/charts/geometry';
import type { GeoLookup } from '../../app/charts/models';
import countryPoints from '../../assets/geo/country-points.json';
import places from '../../assets/geo/places.json';
import worldLandBoundsFile from '../../assets/geo/world-land-bounds.json';
// The TopoJSON files are kept minified and outside Prettier; `?raw` bundles them as text.
import northernItalyText from '../../assets/geo/northern-italy.topojson?raw';
import worldLandText from '../../assets/geo/world-land.topojson?raw';

/** Places by id and countries by ISO numeric code, for the chart models. */
export const GEO: GeoLookup = {
  places: places.places,
  countries: countryPoints.points as unknown as Record<string, readonly [number, number]>,
};

let northernItaly: FeatureCollection<Geometry> | undefined;
let worldLand: Feature<Geometry> | undefined;

/** Italy and its neighbours, for the centre-of-gravity map. */
export function northernItalyCountries(): FeatureCollection<Geometry> {
  if (!northernItaly) {
    const topology = JSON.parse(northernItalyText) as Topology<{ countries: GeometryCollection }>;
    northernItaly = feature(topology, topology.objects.countries);
  }
  return northernItaly;
}

/** The land of the world (without Antarctica), for the plants-abroad map. */
export function worldLandFeature(): Feature<Geometry> {
  if (!worldLand) {
    // The build script stores the land as one (multi)polygon, so this is one feature.
    const topology = JSON.parse(worldLandText) as Topology<{ land: MultiPolygon }>;
    worldLand = feature(topology, topology.objects.land);
  }
  return worldLand;
}

/** The world's land fitted into a box: the projection, and the land's outline as SVG path data. */
export interface FittedWorld {
  projection: GeoProjection;
  land: string;
}

// Fitting and drawing the world's land streams every point of it twice (35 of the 58 ms the map
// slide's change took on the bench machine, the costliest step of any slide change), and the map slide is built at the same
// sizes on every loop: a first layout, then its final one. Each size keeps about 70 KB of path
// text, so only the last two are kept, not every size a resizing window passes through.
const FITS_KEPT = 2;
const worldFits = new Map<string, FittedWorld>();

/** Before the chart's box is measured there is nothing to draw: no fitting, no path. */
const UNMEASURED: FittedWorld = { projection: geoEqualEarth().scale(1e-6).translate([0, 0]), land: '' };

// d3's fitExtent projects the whole land at scale 150 only to read its bounds, which are the same
// for every box: they are measured when the geography is built (scripts/geo/build-geo.mjs), since
// working them out here took 42 ms of main thread on the bench machine (170 ms with the CPU
// throttled 4×), in one task. Every fit then costs only the drawing.
const FIT_SCALE = 150;
// A JSON import types the pairs as number[]; the file holds two [x, y] corners.
const LAND_BOUNDS = worldLandBoundsFile.bounds as unknown as [[number, number], [number, number]];

/** d3's `fitExtent` (d3-geo src/projection/fit.js), from the object's bounds projected at scale 150. */
function fitExtentFromBounds(
  projection: GeoProjection,
  box: Box,
  [[x0, y0], [x1, y1]]: [[number, number], [number, number]],
): GeoProjection {
  const k = Math.min(box.width / (x1 - x0), box.height / (y1 - y0));
  const x = box.x + (box.width - k * (x1 + x0)) / 2;
  const y = box.y + (box.height - k * (y1 + y0)) / 2;
  return projection.scale(FIT_SCALE * k).translate([x, y]);
}

/**
 * Does ahead of a map's build what does not depend on its size (parsing the
 * geography); says whether there was anything to do.
 */
export function prepareGeography(kind: 'pointMap' | 'bubbleMap'): boolean {
  if (kind === 'pointMap') {
    if (northernItaly) return false;
    northernItalyCountries();
    return true;
  }
  if (worldLand) return false;
  worldLandFeature();
  return true;
}

/** The world's land fitted into `box`, computed once per size. */
export function fitWorld(box: Box): FittedWorld {
  if (box.width < 1 || box.height < 1) return UNMEASURED;
  const key = `${box.x},${box.y},${box.width},${box.height}`;
  const kept = worldFits.get(key);
  if (kept) {
    // Most recently used last, so the size on screen is the one kept.
    worldFits.delete(key);
    worldFits.set(key, kept);
    return kept;
  }
  const land = worldLandFeature();
  const projection = fitExtentFromBounds(geoEqualEarth(), box, LAND_BOUNDS);
  const fitted = { projection, land: geoPath(projection)(land) ?? '' };
  if (worldFits.size >= FITS_KEPT) {
    const oldest = worldFits.keys().next().value;
    if (oldest !== undefined) worldFits.delete(oldest);
  }
  worldFits.set(key, fitted);
  return fitted;
}

/** A country of the northern-Italy map, drawn: its id and SVG path data. */
export interface CountryShape {
  id: string;
  d: string;
}

const countryFits = new Map<string, CountryShape[]>();

/**
 * The countries around northern Italy drawn with `projection` (a Mercator fitted to the map's
 * places), computed once per fit: like the world's land, the map slide is drawn at the same sizes
 * on every loop, and drawing the countries was most of its build. The last two fits are kept.
 */
export function northernItalyShapes(projection: GeoProjection): CountryShape[] {
  const key = `${projection.scale()},${projection.translate().join(',')}`;
  const kept = countryFits.get(key);
  if (kept) {
    countryFits.delete(key);
    countryFits.set(key, kept);
    return kept;
  }
  const path = geoPath(projection);
  const shapes = northernItalyCountries().features.map((shape, i) => ({
    id: String(shape.id ?? i),
    d: path(shape) ?? '',
  }));
  if (countryFits.size >= FITS_KEPT) {
    const oldest = countryFits.keys().next().value;
    if (oldest !== undefined) countryFits.delete(oldest);
  }
  countryFits.set(key, shapes);
  return shapes;
}
