/**
 * Derives the gazetteer's Natural Earth extract (`geo/natural-earth/`) from a snapshot of the
 * public repository `martynafford/natural-earth-geojson` (Natural Earth as GeoJSON, CC0):
 *
 *   npx tsx scripts/geo/natural-earth-extract.ts <snapshot> [out-dir]
 *
 * `<snapshot>` is a git directory (a bare mirror) or a checkout of it. Only the extract and
 * this script are committed, never the snapshot. Each layer keeps the names, the feature
 * class and Natural Earth's ranks and zooms; shapes are simplified (Douglas–Peucker, in
 * degrees) and rounded so that the extract stays near 2 MB. See geo/natural-earth/README.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { simplify } from '@turf/simplify';
import { union } from '@turf/union';
import { featureCollection } from '@turf/helpers';
import countries from 'world-countries';
import { countryFeatures, roundGeometry } from '../../src/lib/server/gazetteer/natural-earth.ts';
import {
  LAYER_FILES,
  type NamedProps,
  type PlaceRow,
} from '../../src/lib/server/gazetteer/extract.ts';
import { area, readLayer, type NeProps } from './natural-earth-read.ts';
import { mergeRivers, RIVER_ENGLISH, type Segment } from './natural-earth-rivers.ts';

const [snapshot, out = 'geo/natural-earth'] = process.argv.slice(2);
if (!snapshot) {
  console.error('Usage: tsx scripts/geo/natural-earth-extract.ts <snapshot> [out-dir]');
  process.exit(2);
}

const SMALL_WORDS = new Set(['of', 'the', 'and', 'de', 'du', 'la', 'el', 'al']);

/** Tidies a Natural Earth name: single spaces; ALL CAPS (oceans, regions) in title case. */
function tidyName(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const name = raw.replace(/\s+/g, ' ').trim();
  if (!name) return undefined;
  if (name !== name.toUpperCase() || !/[A-Z]/.test(name)) return name;
  return name
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.replace(/^\p{L}/u, (c) => c.toUpperCase())))
    .join(' ');
}

const num = (v: unknown): number | undefined =>
  typeof v === 'number' && isFinite(v) && v >= 0 ? v : undefined;

function props(p: NeProps, cls?: string): NamedProps | undefined {
  const name = tidyName(p.name);
  if (!name) return undefined;
  const alt = tidyName(p.namealt ?? p.name_alt);
  const minLabel = num(p.min_label);
  const maxLabel = num(p.max_label);
  const minZoom = num(p.min_zoom);
  return {
    name,
    ...(alt && alt !== name ? { alt: [alt] } : {}),
    cls: (cls ?? String(p.featurecla)).toLowerCase(),
    rank: num(p.scalerank) ?? 10,
    ...(minZoom !== undefined ? { minZoom } : {}),
    ...(minLabel !== undefined ? { labelZoom: [minLabel, maxLabel ?? 12] } : {}),
    ...(num(p.elevation) !== undefined ? { elevation: num(p.elevation) } : {}),
  };
}

type Area = Polygon | MultiPolygon;

/** Features of one name become one: Natural Earth draws the Mediterranean in two parts. */
function mergeByName(features: Feature<Area, NamedProps>[]): Feature<Area, NamedProps>[] {
  const byName = new Map<string, Feature<Area, NamedProps>[]>();
  for (const f of features)
    byName.set(f.properties.name, [...(byName.get(f.properties.name) ?? []), f]);
  return [...byName.values()].map((group) => {
    if (group.length === 1) return group[0];
    const merged = union(featureCollection(group));
    const best = group.reduce((a, b) => (b.properties.rank < a.properties.rank ? b : a));
    return {
      ...best,
      geometry: merged ? (roundGeometry(merged.geometry, 3) as Area) : best.geometry,
    };
  });
}

function areaLayer(
  layer: string,
  tolerance: number,
  digits: number,
  keep: (p: NamedProps) => boolean = () => true,
): Feature<Area, NamedProps>[] {
  const fc = readLayer(snapshot, layer);
  const kept: Feature<Area, NamedProps>[] = [];
  for (const f of fc.features) {
    const p = props(f.properties);
    if (p && !keep(p)) continue;
    const g = area(f.geometry, tolerance, digits);
    if (p && g) kept.push({ type: 'Feature', properties: p, geometry: g });
  }
  return mergeByName(kept);
}

function write(file: string, data: unknown): number {
  const text = JSON.stringify(data) + '\n';
  writeFileSync(join(out, file), text);
  return text.length;
}

const collection = <F extends Feature>(features: F[]): FeatureCollection =>
  ({ type: 'FeatureCollection', features }) as FeatureCollection;

mkdirSync(out, { recursive: true });
const sizes: Record<string, number> = {};

// Seas and oceans: 1:10m for its 300 names (1:50m has 119), simplified to about 2 km, since a
// sea is drawn as a place or a label area, never as a coastline. The two halves of the
// Atlantic and of the Pacific are also united under the names an article uses.
const marine = areaLayer('10m/physical/ne_10m_geography_marine_polys', 0.02, 3);
for (const ocean of ['Atlantic', 'Pacific']) {
  const halves = marine.filter((f) => f.properties.name.endsWith(` ${ocean} Ocean`));
  const merged = union(featureCollection(halves));
  if (merged)
    marine.push({
      type: 'Feature',
      properties: { name: `${ocean} Ocean`, cls: 'ocean', rank: 0, labelZoom: [1, 4] },
      geometry: roundGeometry(merged.geometry, 3),
    });
}
sizes.marine = write(LAYER_FILES.marine, collection(marine));

// Lakes at 1:50m: the 400 that matter at country scale, to about 1 km.
sizes.lakes = write(LAYER_FILES.lakes, collection(areaLayer('50m/physical/ne_50m_lakes', 0.01, 3)));

// Deserts, ranges, islands, coasts, peninsulas: 1:10m for its 1,000 outlines (1:50m has 500,
// a quarter of the islands: Crete, Bali, Malta and Gotland are 1:10m only), simplified to
// about 4 km so that an island of a few kilometres keeps a shape. Its seven continents are
// left out: `continent:` refs are unions of countries, which sit on the basemap's borders.
sizes.regions = write(
  LAYER_FILES.regions,
  collection(
    areaLayer('10m/physical/ne_10m_geography_regions_polys', 0.04, 2, (p) => p.cls !== 'continent'),
  ),
);

// Points: capes, islands, waterfalls, poles, then peaks and depressions.
const points: Feature[] = [];
for (const layer of [
  '10m/physical/ne_10m_geography_regions_points',
  '10m/physical/ne_10m_geography_regions_elevation_points',
])
  for (const f of readLayer(snapshot, layer).features) {
    const p = props(f.properties);
    if (p && f.geometry?.type === 'Point')
      points.push({ type: 'Feature', properties: p, geometry: roundGeometry(f.geometry, 3) });
  }
sizes.points = write(LAYER_FILES.points, collection(points));

// Rivers at 1:10m (1,000 names; 1:50m has 340), simplified to about 2 km: one feature per
// river system.
const segments: Segment[] = [];
for (const f of readLayer(snapshot, '10m/physical/ne_10m_rivers_lake_centerlines').features) {
  const p = props(f.properties, 'river');
  const g = f.geometry;
  if (!p || !g || (g.type !== 'LineString' && g.type !== 'MultiLineString')) continue;
  const en = tidyName(f.properties.name_en) ?? p.name;
  const name = RIVER_ENGLISH[en] ?? RIVER_ENGLISH[p.name] ?? en;
  const s = simplify(g, { tolerance: 0.02, highQuality: true });
  const lines = (s.type === 'LineString' ? [s.coordinates] : s.coordinates) as Position[][];
  segments.push({
    name,
    local: p.name !== name ? p.name : undefined,
    alt: p.alt?.[0],
    rank: p.rank,
    minZoom: p.minZoom,
    labelZoom: p.labelZoom,
    lines,
  });
}
const outlines = countryFeatures().flatMap((f) => {
  const iso3 = countries.find((c) => c.ccn3 === f.id)?.cca3;
  return iso3 ? [{ ...f, properties: { iso3 } }] : [];
});
const rivers = mergeRivers(segments, outlines).map(({ props: p, lines }) => ({
  type: 'Feature' as const,
  properties: p,
  geometry: roundGeometry(
    lines.length === 1
      ? { type: 'LineString' as const, coordinates: lines[0] }
      : { type: 'MultiLineString' as const, coordinates: lines },
    3,
  ),
}));
sizes.rivers = write(LAYER_FILES.rivers, collection(rivers));

// Populated places: Natural Earth's ranks for reference cities, with GeoNames ids to match
// `city:` references. Coordinates to 0.001° (about 100 m).
const places: PlaceRow[] = [];
for (const f of readLayer(snapshot, '10m/cultural/ne_10m_populated_places_simple').features) {
  const p = f.properties;
  const name = tidyName(p.name);
  if (!name || f.geometry?.type !== 'Point') continue;
  const [lng, lat] = roundGeometry(f.geometry, 3).coordinates;
  places.push([
    num(p.geonameid) ?? 0,
    name,
    String(p.adm0_a3 ?? ''),
    p.adm0cap === 1 ? 1 : 0,
    num(p.scalerank) ?? 10,
    num(p.labelrank) ?? 10,
    num(p.min_zoom) ?? 10,
    num(p.pop_max) ?? 0,
    lng,
    lat,
  ]);
}
places.sort((a, b) => a[4] - b[4] || b[7] - a[7]);
sizes.places = write(LAYER_FILES.places, places);

const total = Object.values(sizes).reduce((a, b) => a + b, 0);
for (const [k, v] of Object.entries(sizes)) console.log(`${k}: ${(v / 1024).toFixed(0)} KB`);
console.log(`total: ${(total / 1024).toFixed(0)} KB in ${out}`);
