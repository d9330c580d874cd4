/**
 * Builds `geo/places.geojson` from `places.config.ts`: Natural Earth country outlines from
 * `world-atlas`, region membership from `world-countries` (ODbL), regions as Turf unions of their
 * members. Run with `npm run geo`; the output is committed because it is the story's input.
 */
import { writeFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { union } from '@turf/union';
import { featureCollection } from '@turf/helpers';
import { rewind } from '@turf/rewind';
import countries from 'world-countries';
import {
  countryFeatures,
  roundGeometry,
  type CountryFeature,
} from '../../src/lib/server/natural-earth.ts';
import { places, type Members, type PlaceSource } from './places.config.ts';

const OUT = process.argv[2] ?? 'geo/places.geojson';

const byIso3 = new Map(countries.map((c) => [c.cca3, c]));
/** Outlines by ISO numeric id; some ids have several (Australia and Ashmore and Cartier Is. are both 036). */
const outlines = new Map<string, CountryFeature[]>();
for (const f of countryFeatures()) if (f.id) outlines.set(f.id, [...(outlines.get(f.id) ?? []), f]);

function memberIso3(m: Members): string[] {
  if ('iso3' in m) return m.iso3;
  const except = new Set(m.except ?? []);
  const match =
    'region' in m
      ? (c: (typeof countries)[number]) => c.region === m.region
      : 'regions' in m
        ? (c: (typeof countries)[number]) => m.regions.includes(c.region)
        : (c: (typeof countries)[number]) => c.subregion === m.subregion;
  return countries.filter((c) => match(c) && !except.has(c.cca3)).map((c) => c.cca3);
}

function geometryOf(p: PlaceSource): Geometry {
  if (p.point) return { type: 'Point', coordinates: p.point };
  if (!p.members) throw new Error(`${p.id}: needs a point or members`);
  const iso3 = memberIso3(p.members);
  const parts: Feature<Polygon | MultiPolygon>[] = [];
  for (const code of iso3) {
    const ccn3 = byIso3.get(code)?.ccn3;
    // Small island states are below the 1:50m scale; they are listed but not drawn.
    parts.push(...((ccn3 && outlines.get(ccn3)) || []));
  }
  if (parts.length === 0) throw new Error(`${p.id}: no member has an outline`);
  const merged = parts.length === 1 ? parts[0] : union(featureCollection(parts));
  if (!merged) throw new Error(`${p.id}: union failed`);
  // Union output is already rounded input; rounding again keeps sums of floats off the grid.
  return roundGeometry(rewind(merged.geometry, { reverse: false }) as Polygon | MultiPolygon);
}

const fc: FeatureCollection = {
  type: 'FeatureCollection',
  features: places.map((p) => ({
    type: 'Feature',
    properties: {
      id: p.id,
      name: p.name,
      kind: p.kind,
      aliases: p.aliases,
      ...(p.approximate ? { approximate: true } : {}),
      ...(p.note ? { note: p.note } : {}),
    },
    geometry: geometryOf(p),
  })),
};

writeFileSync(OUT, JSON.stringify(fc) + '\n');
console.log(`Wrote ${fc.features.length} places to ${OUT}`);
