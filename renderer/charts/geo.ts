/**
 * The geographic files, bundled into the build (no request at run time) and
 * parsed once, on first use, into GeoJSON for d3-geo.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Topology } from 'topojson-specification';
import type { GeoLookup } from '../../app/charts/models';
import countryPoints from '../../assets/geo/country-points.json';
import places from '../../assets/geo/places.json';
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
