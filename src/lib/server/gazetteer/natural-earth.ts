/**
 * Natural Earth countries from the `world-atlas` package (1:50m), simplified once and shared by
 * the basemap and the places builder so that place outlines sit exactly on the basemap borders.
 */
import type { Topology, GeometryCollection } from 'topojson-specification';
import type {
  Feature,
  Geometry,
  GeometryCollection as GeoJSONCollection,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { feature } from 'topojson-client';
import { intersect } from '@turf/intersect';
import { bboxPolygon } from '@turf/bbox-polygon';
import { featureCollection } from '@turf/helpers';
import { presimplify, simplify, quantile, sphericalTriangleArea } from 'topojson-simplify';
import { polygonsOf } from '../../geo/polygons';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type CountryProps = { name: string };
export type CountryTopology = Topology<{ countries: GeometryCollection<CountryProps> }>;

/**
 * Share of the 50m arcs' interior points kept (Visvalingam, spherical area). 0.15 keeps
 * coastlines recognisable at country zoom and the whole basemap near 70 KB gzipped (0.35 costs
 * 117 KB, 0.05 costs 44 KB but turns the Gulf coast into zigzags).
 */
export const KEEP = 0.15;

/** Antarctica (id 010) is dropped: it is in no story and fills the bottom of a Mercator map. */
const DROPPED = new Set(['010']);

let cached: CountryTopology | undefined;

/** The simplified countries topology (arcs shared, still quantized). */
export function countriesTopology(): CountryTopology {
  if (cached) return cached;
  const source = structuredClone(countries50m) as unknown as CountryTopology;
  source.objects.countries.geometries = source.objects.countries.geometries.filter(
    (g) => !DROPPED.has(String(g.id)),
  );
  const pre = presimplify(source, sphericalTriangleArea);
  // quantile() sorts weights in descending order, so its p-quantile keeps the heaviest p.
  cached = simplify(pre, quantile(pre, KEEP)) as CountryTopology;
  return cached;
}

/** True when a ring jumps across the antimeridian (Russia's Chukotka, Fiji). */
function jumps(ring: Position[]): boolean {
  return ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
}

/** Shifts the western half of a jumping ring by +360 so that the ring is continuous. */
export function unwrapRing(ring: Position[]): Position[] {
  return jumps(ring) ? ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]) : ring;
}

const WORLD_BOX = bboxPolygon([-180, -90, 180, 90]);
const EAST = bboxPolygon([180, -90, 540, 90]);

/**
 * Cuts a geometry whose rings jump across the antimeridian into parts on either side of it
 * (RFC 7946 section 3.1.9), so that no renderer draws a wedge across the whole map.
 */
export function cutAtAntimeridian(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const polys = polygonsOf(g);
  if (!polys.some((p) => p.some(jumps))) return g;
  const unwrapped: Feature<MultiPolygon> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPolygon', coordinates: polys.map((p) => p.map(unwrapRing)) },
  };
  const west = intersect(featureCollection<Polygon | MultiPolygon>([unwrapped, WORLD_BOX]));
  const east = intersect(featureCollection<Polygon | MultiPolygon>([unwrapped, EAST]));
  const parts = (f: typeof west) => (f ? polygonsOf(f.geometry) : []);
  const shifted = parts(east).map((p) => p.map((r) => r.map(([x, y]) => [x - 360, y])));
  return { type: 'MultiPolygon', coordinates: [...parts(west), ...shifted] };
}

/**
 * Rounds coordinates to 4 decimals (about 11 m), far finer than the simplified outlines; the
 * gazetteer's extract passes fewer `digits` for its coarser layers (3 decimals: about 110 m).
 */
export function roundGeometry<G extends Exclude<Geometry, GeoJSONCollection>>(g: G, digits = 4): G {
  const k = 10 ** digits;
  const walk = (c: unknown): unknown =>
    typeof c === 'number' ? Math.round(c * k) / k : Array.isArray(c) ? c.map(walk) : c;
  return { ...g, coordinates: walk(g.coordinates) };
}

export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProps> & { id?: string };

/** The countries as GeoJSON, cut at the antimeridian, coordinates rounded. */
export function countryFeatures(): CountryFeature[] {
  const topo = countriesTopology();
  const fc = feature(topo, topo.objects.countries);
  return fc.features.map(
    (f) =>
      ({
        ...f,
        id: f.id === undefined ? undefined : String(f.id),
        geometry: roundGeometry(cutAtAntimeridian(f.geometry as Polygon | MultiPolygon)),
      }) as CountryFeature,
  );
}

/**
 * Outlines that the simplified 1:50m basemap lacks, unsimplified from world-atlas: `'50m'` for
 * Antarctica (dropped from the basemap), `'10m'` for states below the 1:50m scale (Tuvalu,
 * Gibraltar). The 10m file (3.6 MB) is read only when asked for, never bundled for the page.
 */
export function rawCountryFeatures(
  scale: '50m' | '10m',
  ids: ReadonlySet<string>,
): CountryFeature[] {
  const topo = (scale === '50m'
    ? countries50m
    : JSON.parse(
        readFileSync(
          createRequire(import.meta.url).resolve('world-atlas/countries-10m.json'),
          'utf8',
        ),
      )) as unknown as CountryTopology;
  const geometries = topo.objects.countries.geometries.filter((g) => ids.has(String(g.id)));
  const fc = feature(topo, { type: 'GeometryCollection', geometries });
  return fc.features.map(
    (f) =>
      ({
        ...f,
        id: String(f.id),
        geometry: roundGeometry(cutAtAntimeridian(f.geometry as Polygon | MultiPolygon)),
      }) as CountryFeature,
  );
}
