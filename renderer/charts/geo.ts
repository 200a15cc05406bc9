/**
 * The geographic files, bundled into the build (no request at run time): the
 * places and country points the maps mark, and the maps' outlines, drawn when
 * the geography is built (scripts/geo/build-geo.mjs) by each map's projection
 * at a fixed scale, untranslated. Fitting a map to its box sets its
 * projection's scale and translation, and nothing else, so the outlines of any
 * fit are the stored ones scaled and moved: an SVG transform. Drawing them here
 * took 20–30 ms of main thread per map on the bench machine (80–120 ms with the
 * CPU throttled 4×), the longest task of those slides' builds.
 */
import { geoEqualEarth, type GeoProjection } from 'd3-geo';
import type { Box } from '../../app/charts/geometry';
import type { GeoLookup } from '../../app/charts/models';
import countryPoints from '../../assets/geo/country-points.json';
import northernItalyFile from '../../assets/geo/northern-italy-outlines.json';
import places from '../../assets/geo/places.json';
import worldLandBoundsFile from '../../assets/geo/world-land-bounds.json';
import worldLandFile from '../../assets/geo/world-land-outline.json';

/** Places by id and countries by ISO numeric code, for the chart models. */
export const GEO: GeoLookup = {
  places: places.places,
  countries: countryPoints.points as unknown as Record<string, readonly [number, number]>,
};

/** A map's shapes as SVG path data, and the transform that puts them where its projection draws. */
export interface Outlines {
  readonly shapes: readonly { readonly id: string; readonly d: string }[];
  /** An SVG transform attribute: the fit's translation, then its scale over the stored one. */
  readonly transform: string;
}

/** No shapes before the chart's box is measured: there is no size worth drawing at. */
const NO_OUTLINES: Outlines = { shapes: [], transform: '' };

/** The stored outlines placed as `projection` draws them: the same projection at another scale. */
function placed(shapes: Outlines['shapes'], storedScale: number, projection: GeoProjection): Outlines {
  const [x, y] = projection.translate();
  return { shapes, transform: `translate(${x} ${y}) scale(${projection.scale() / storedScale})` };
}

/** The world's land fitted into a box: the projection, and the land's outline placed by it. */
export interface FittedWorld {
  projection: GeoProjection;
  land: Outlines;
}

const WORLD_LAND = [{ id: 'land', d: worldLandFile.d }] as const;

// d3's fitExtent projects the whole land at scale 150 only to read its bounds, which are the same
// for every box: they are measured when the geography is built, since working them out here took
// 42 ms of main thread on the bench machine (170 ms with the CPU throttled 4×), in one task.
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

/** The world's land (without Antarctica) fitted into `box`, for the plants-abroad map. */
export function fitWorld(box: Box): FittedWorld {
  if (box.width < 1 || box.height < 1) {
    return { projection: geoEqualEarth().scale(1e-6).translate([0, 0]), land: NO_OUTLINES };
  }
  const projection = fitExtentFromBounds(geoEqualEarth(), box, LAND_BOUNDS);
  return { projection, land: placed(WORLD_LAND, worldLandFile.scale, projection) };
}

/**
 * Italy and its neighbours as `projection` (a Mercator fitted to the centre-of-gravity map's
 * places) draws them; none while the projection has no size to draw at.
 */
export function northernItalyOutlines(projection: GeoProjection, measured: boolean): Outlines {
  if (!measured) return NO_OUTLINES;
  return placed(northernItalyFile.shapes, northernItalyFile.scale, projection);
}
