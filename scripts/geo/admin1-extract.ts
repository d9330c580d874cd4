/**
 * Derives the gazetteer's states and provinces (`geo/natural-earth/admin1.geojson`) from a
 * snapshot of `martynafford/natural-earth-geojson` (Natural Earth as GeoJSON, CC0):
 *
 *   npx tsx scripts/geo/admin1-extract.ts <snapshot> [out-dir]
 *
 * The layer is ne_50m_admin_1_states_provinces: the states and provinces of the United States,
 * Canada, Australia and Brazil, each with its ISO 3166-2 code. (The 1:10m layer, which has every
 * country's, is not in the snapshot: see geo/natural-earth/README.md.) Shapes are simplified
 * (Douglas–Peucker, 0.02°) and rounded (0.01°), as the extract's other areas.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { LAYER_FILES, type Admin1Props } from '../../src/lib/server/gazetteer/extract.ts';
import { area, readLayer } from './natural-earth-read.ts';

const [snapshot, out = 'geo/natural-earth'] = process.argv.slice(2);
if (!snapshot) {
  console.error('Usage: tsx scripts/geo/admin1-extract.ts <snapshot> [out-dir]');
  process.exit(2);
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

const features: Feature<Polygon | MultiPolygon, Admin1Props>[] = [];
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
features.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
mkdirSync(out, { recursive: true });
const json = JSON.stringify({ type: 'FeatureCollection', features }) + '\n';
writeFileSync(join(out, LAYER_FILES.admin1), json);
console.log(`${features.length} states and provinces, ${(json.length / 1024).toFixed(0)} KB`);
