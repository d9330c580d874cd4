/**
 * Countries: names, codes, demonyms, alternative spellings and UN regions from
 * `world-countries` (ODbL), outlines from Natural Earth through `world-atlas` — the simplified
 * 1:50m outlines the basemap draws, so a country sits exactly on the basemap's borders, and
 * the unsimplified 1:10m or 1:50m outline for the few the basemap lacks.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import worldCountries from 'world-countries';
import { unionOf } from '../../core/union';
import { countryFeatures, rawCountryFeatures, roundGeometry } from './natural-earth';
import type { RefProblem } from '../../core/ref';
import { didYouMean, nearest } from './names';

export type Area = Polygon | MultiPolygon;

export interface CountryRecord {
  iso3: string;
  iso2: string;
  /** ISO 3166-1 numeric, world-atlas's feature id; empty for Kosovo. */
  ccn3: string;
  name: string;
  official: string;
  /** world-countries' `altSpellings` (codes, official and local forms). */
  altSpellings: string[];
  /** English demonyms, e.g. ["Iraqi"]. */
  demonyms: string[];
  /** UN region (Africa, Americas, Antarctic, Asia, Europe, Oceania). */
  region: string;
  /** UN subregion as world-countries spells it (Western Asia, South-Eastern Asia…). */
  subregion: string;
  capital: string[];
  /** Square kilometres. */
  area: number;
  independent: boolean;
}

/** The name an English-language newsroom writes where world-countries has another (AP style). */
const ENGLISH: Record<string, string> = { TUR: 'Turkey' };

/** A country's name as a places file carries it: its English newsroom name. */
export const englishName = (c: Pick<CountryRecord, 'iso3' | 'name'>) => ENGLISH[c.iso3] ?? c.name;

/**
 * Forms of wire copy and older English names that world-countries lacks ("U.S.", "Burma"), by
 * the country they name: the drafter reads them, the review page's search finds them.
 */
export const WIRE_FORMS: Readonly<Record<string, readonly string[]>> = {
  USA: ['U.S.', 'America'],
  GBR: ['U.K.', 'Britain'],
  MMR: ['Burma'],
  SWZ: ['Swaziland'],
  TLS: ['East Timor'],
  VAT: ['Vatican'],
  CPV: ['Cape Verde'],
  CIV: ['Ivory Coast'],
};

let records: CountryRecord[] | undefined;

/** Every country and territory of world-countries, in its order. */
export function countries(): CountryRecord[] {
  records ??= worldCountries.map((c) => ({
    iso3: c.cca3,
    iso2: c.cca2,
    ccn3: c.ccn3,
    name: c.name.common,
    official: c.name.official,
    altSpellings: c.altSpellings,
    demonyms: [
      ...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d)),
    ],
    region: c.region,
    subregion: c.subregion,
    capital: c.capital,
    area: c.area,
    independent: c.independent === true,
  }));
  return records;
}

let byIso3: Map<string, CountryRecord> | undefined;

export function country(iso3: string): CountryRecord | undefined {
  byIso3 ??= new Map(countries().map((c) => [c.iso3, c]));
  return byIso3.get(iso3);
}

/**
 * Natural Earth features with no ISO numeric id, given to the country whose union they belong
 * in: Kosovo is world-countries' UNK; Somaliland and Northern Cyprus are drawn within the
 * borders the UN recognises; the Siachen Glacier is administered by India; the Australian
 * Indian Ocean Territories are Christmas Island (Cocos, the other, is too small for 1:50m).
 */
const UNNUMBERED: Record<string, string> = {
  Kosovo: 'UNK',
  Somaliland: 'SOM',
  'N. Cyprus': 'CYP',
  'Siachen Glacier': 'IND',
  'Indian Ocean Ter.': 'CXR',
};

/**
 * The country a basemap feature is named as on the map: by its UN number, or Kosovo by name.
 * The other unnumbered features are parts of a country named by its main part (Northern
 * Cyprus, Somaliland, the Siachen Glacier), so a country is never named twice.
 */
export function basemapCountry(id: string | undefined, name: string): CountryRecord | undefined {
  byCcn3 ??= new Map(countries().map((c) => [c.ccn3, c]));
  if (id) return byCcn3.get(id);
  return name === 'Kosovo' ? country(UNNUMBERED[name]) : undefined;
}
let byCcn3: Map<string, CountryRecord> | undefined;

/** Below the 1:50m scale, or dropped from the basemap (Antarctica): drawn from these instead. */
const RAW: Record<string, '50m' | '10m'> = {
  '010': '50m',
  '292': '10m',
  '798': '10m',
  '581': '10m',
};

let outlines: Map<string, Area> | undefined;

function loadOutlines(): Map<string, Area> {
  const parts = new Map<string, Area[]>();
  const iso3ByCcn3 = new Map(countries().map((c) => [c.ccn3, c.iso3]));
  const add = (iso3: string | undefined, g: Area) => {
    if (iso3) parts.set(iso3, [...(parts.get(iso3) ?? []), g]);
  };
  for (const f of countryFeatures())
    add(f.id ? iso3ByCcn3.get(f.id) : UNNUMBERED[f.properties.name], f.geometry);
  for (const scale of ['50m', '10m'] as const) {
    const ids = new Set(Object.keys(RAW).filter((id) => RAW[id] === scale));
    for (const f of rawCountryFeatures(scale, ids)) add(iso3ByCcn3.get(f.id ?? ''), f.geometry);
  }
  const out = new Map<string, Area>();
  for (const [iso3, list] of parts) {
    const merged = list.length === 1 ? { geometry: list[0] } : unionOf(list);
    if ('geometry' in merged) out.set(iso3, roundGeometry(merged.geometry as Area));
  }
  return out;
}

/** Every outline by ISO3, loaded once per process (about 2 s: the basemap's simplification). */
export function countryOutlines(): Map<string, Area> {
  outlines ??= loadOutlines();
  return outlines;
}

/** A country's outline, or why there is none. */
export function countryOutline(iso3: string): { geometry: Area } | RefProblem {
  const record = country(iso3);
  if (!record) {
    const near = nearest(
      iso3,
      countries().map((c) => ({ key: c.iso3, names: [c.name], label: `${c.iso3} (${c.name})` })),
    );
    return {
      problem: `no country ${iso3}${didYouMean(near)}`,
      fix: 'Use the ISO 3166-1 alpha-3 code of the country (world-countries lists them).',
    };
  }
  const geometry = countryOutlines().get(iso3);
  if (geometry) return { geometry };
  return {
    problem: `country:${iso3} (${record.name}) has no outline of its own in Natural Earth`,
    fix: `Natural Earth draws it within another country or below its scale: give the place a point ("city:" or a Point geometry) and "approximate": true.`,
  };
}
