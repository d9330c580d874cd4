/**
 * Derives the gazetteer's states and provinces (`geo/natural-earth/admin1.geojson`) from a
 * snapshot of `martynafford/natural-earth-geojson` (Natural Earth as GeoJSON, CC0):
 *
 *   npx tsx scripts/geo/admin1-extract.ts <snapshot> [out-dir]
 *
 * Outlines come from ne_50m_admin_1_states_provinces: the states and provinces of the United
 * States, Canada, Australia and Brazil, each with its ISO 3166-2 code; shapes simplified
 * (Douglas–Peucker, 0.02°) and rounded (0.01°), as the extract's other areas. Every other
 * country's first-order divisions come from ne_10m_admin_1_label_points as points (the 1:10m
 * outlines are not in the snapshot: see geo/natural-earth/README.md), keyed `<ISO3>/<name>`,
 * drafted as approximate points.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { LAYER_FILES, type Admin1Props } from '../../src/lib/server/gazetteer/extract.ts';
import { area, readLayer } from './natural-earth-read.ts';

const [snapshot, out = 'geo/natural-earth'] = process.argv.slice(2);
if (!snapshot) {
  console.error('Usage: tsx scripts/geo/admin1-extract.ts <snapshot> [out-dir]');
  process.exit(2);
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

const features: Feature<Polygon | MultiPolygon | Point, Admin1Props>[] = [];
for (const f of readLayer(snapshot, '50m/cultural/ne_50m_admin_1_states_provinces').features) {
  const p = f.properties;
  const name = text(p.name);
  const code = text(p.iso_3166_2);
  const country = text(p.adm0_a3);
  const geometry = area(f.geometry, 0.02, 2);
  if (!name || !code || !country || !geometry) continue;
  const alt = [
    ...new Set(
      // name_alt only: the WOE and GeoNames names sometimes give a capital's (ACT: Canberra).
      (text(p.name_alt)?.split('|') ?? [])
        .map((n) => n?.trim())
        .filter((n): n is string => !!n && n !== name),
    ),
  ];
  features.push({
    type: 'Feature',
    properties: {
      name,
      ...(alt.length ? { alt } : {}),
      code,
      country,
      type: text(p.type_en) ?? 'Region',
    },
    geometry,
  });
}

// Label points: one per part of a division (an island, an exclave). The division's point is the
// part's point nearest the mean of them all, which is the mainland's for most.
const outlined = new Set(features.map((f) => f.properties.country));
const parts = new Map<string, { name: string; country: string; at: [number, number][] }>();
for (const f of readLayer(snapshot, '10m/cultural/ne_10m_admin_1_label_points').features) {
  const p = f.properties;
  const name = text(p.name);
  const country = text(p.sr_adm0_a3);
  const key = text(p.adm1_code);
  if (!name || !country || !key || outlined.has(country) || f.geometry?.type !== 'Point') continue;
  const [lng, lat] = f.geometry.coordinates;
  const entry = parts.get(key) ?? { name, country, at: [] };
  entry.at.push([lng, lat]);
  parts.set(key, entry);
}
const taken = new Set<string>();
for (const { name, country, at } of parts.values()) {
  const code = `${country}/${name}`;
  // Two divisions of one name in one country cannot be told apart by a ref: keep neither.
  if (taken.has(code)) {
    const i = features.findIndex((f) => f.properties.code === code);
    if (i >= 0) features.splice(i, 1);
    continue;
  }
  taken.add(code);
  const mean = [0, 1].map((k) => at.reduce((s, p) => s + p[k], 0) / at.length);
  const point = at.reduce((best, p) =>
    Math.hypot(p[0] - mean[0], p[1] - mean[1]) < Math.hypot(best[0] - mean[0], best[1] - mean[1])
      ? p
      : best,
  );
  features.push({
    type: 'Feature',
    properties: { name, code, country, type: '' },
    geometry: { type: 'Point', coordinates: point.map((x) => Math.round(x * 100) / 100) },
  });
}
features.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
mkdirSync(out, { recursive: true });
const json = JSON.stringify({ type: 'FeatureCollection', features }) + '\n';
writeFileSync(join(out, LAYER_FILES.admin1), json);
console.log(
  `${features.length} states and provinces (${features.filter((f) => f.geometry.type === 'Point').length} as points), ${(json.length / 1024).toFixed(0)} KB`,
);
