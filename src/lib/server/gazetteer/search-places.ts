/**
 * The gazetteer's places other than cities, as the type-ahead search (search.ts) offers them:
 * countries, UN regions and continents, states and provinces, and Natural Earth's seas, rivers
 * and features, each with the ref and kind the drafter gives it (draft/lexicon.ts), the names
 * it answers to, its reading in words and a point to show it at. Also the words the search's
 * labels share with them (a country's name, a population) and the importance scale it ranks by.
 */
import type { Geometry } from 'geojson';
import type { Kind } from '../../core/kinds';
import { labelPoint, type LabelledGeometry } from '../../geo/label-points';
import { area } from '@turf/area';
import { admin1Divisions } from './admin1';
import { counties } from './admin2';
import {
  countries,
  country,
  countryOutlines,
  englishName,
  WIRE_FORMS,
  type CountryRecord,
} from './countries';
import { featureIndex, namedFeature, type FeatureNamespace } from './features';
import { GROUPS } from './compound-places';
import { CONTINENT_NAMES, members, regionNames } from './regions';

export type Shape = 'point' | 'line' | 'area';

export interface AreaPlace {
  /** Its ref; for a named group of several (the Middle East), its refs joined by " + ". */
  ref: string;
  /** A named group's refs, as a places file lists them. */
  refs?: string[];
  name: string;
  kind: Kind;
  label: string;
  /** Its own names (one, or a country's English and world-countries' names). */
  forms: string[];
  /** Its other names: official names, spellings, Natural Earth's alternates. */
  alt: string[];
  point: [number, number];
  countries: string[];
  /** What resolveRefs makes of it: a list of refs unites areas or lines, never points. */
  shape: Shape;
  importance: number;
  /** Offered for a one-letter query: countries, regions, continents, states. */
  major: boolean;
}

/**
 * The ranking's scale, one number for every kind, in the order the review page wants them
 * (countries, continents and regions, states, then features and cities), with features and
 * cities interleaved: a city counts 10 per power of ten of its people (a million: 60), a
 * capital 5 more; a feature of Natural Earth's rank 0 (oceans, the largest lakes) counts as a
 * city of 4 million, rank 10 as one of 40,000. A country the article names adds 15 to its
 * places: a town of 30,000 there (59.8) passes a city of 200,000 elsewhere (53.0) but not a
 * capital of 2 million (68.0).
 */
export const IMPORTANCE = { country: 100, continent: 90, region: 87, subregion: 85, state: 70 };
/** A division known by its point only, or a US county: as a town of 100,000 (Paris first). */
const MINOR_AREA = 50;
/** A division by its area in m²: Texas as a city of 6.6 M, Bavaria 2 M, Paris's 80,000. */
const stateImportance = (m2: number) =>
  Math.min(IMPORTANCE.state, 54 + 5 * Math.log10(Math.max(m2, 1) / 1e9));
export const featureImportance = (rank: number) => 66 - 2 * rank;
export const cityImportance = (population: number, capital: boolean) =>
  10 * Math.log10(population + 1) + (capital ? 5 : 0);
export const CONTEXT_BOOST = 15;
/**
 * A match by another name than the place's own counts as 30 times fewer people: GeoNames
 * lists neighbouring and former places' names among a town's (Parys in South Africa is also
 * "Paris", Quito "San Francisco de Quito"), so Paris, Texas comes before Parys and San
 * Francisco before Quito, while Mosul, a city of 1.7 M, still heads "Al Mawsil".
 */
export const OTHER_NAME = -15;

/** A country's name as a places file carries it. */
export const countryName = (c: CountryRecord) => englishName(c);

/** Names English writes with "the": the United States, the Philippines, the Czech Republic. */
const WITH_THE =
  /^(United|Dominican|Central African|Czech|Democratic)\b|Islands$|^(Netherlands|Philippines|Bahamas|Maldives|Comoros|Seychelles|Gambia)$/;
export const withArticle = (name: string) => (WITH_THE.test(name) ? `the ${name}` : name);

/** 1.97 M, 48,213: millions to three figures, fewer people in full. */
export function formatPopulation(n: number): string {
  return n >= 1e6 ? `${Number((n / 1e6).toPrecision(3))} M` : n.toLocaleString('en-US');
}

/** Spellings worth offering, as the drafter's: Latin script, no two-letter code but US and UK. */
function usable(s: string): boolean {
  if (/^[A-Z]{2}$/.test(s)) return s === 'US' || s === 'UK';
  return !s.includes(',') && /^[\p{Script=Latin}\s.'’-]+$/u.test(s);
}

const point = (g: Geometry): [number, number] => {
  const [lng, lat] = labelPoint(g as LabelledGeometry);
  return [lng, lat];
};

/**
 * The weighted mean of points, the longitudes averaged as directions so that Oceania's
 * islands either side of the antimeridian do not average to Africa's longitude.
 */
export function meanPoint(points: { point: [number, number]; weight: number }[]): [number, number] {
  let [x, y, lat, sum] = [0, 0, 0, 0];
  for (const { point, weight } of points) {
    const radians = (point[0] * Math.PI) / 180;
    x += weight * Math.cos(radians);
    y += weight * Math.sin(radians);
    lat += weight * point[1];
    sum += weight;
  }
  const round = (n: number) => Math.round(n * 1e3) / 1e3;
  return [round((Math.atan2(y, x) * 180) / Math.PI), round(lat / sum)];
}

/** Natural Earth's feature classes in words, where its own are abbreviated. */
const CLASS_WORDS: Record<string, string> = {
  'range/mtn': 'mountain range',
  'pen/cape': 'peninsula or cape',
  geoarea: 'region',
};

function featurePlaces(ns: FeatureNamespace): AreaPlace[] {
  const names = new Set(featureIndex(ns).all.map((f) => f.properties.name));
  return [...names].flatMap((name) => {
    // The feature the ref resolves to, where several share a name.
    const found = namedFeature(ns, name);
    if (!('feature' in found)) return [];
    const { properties: p, geometry } = found.feature;
    const isPoint = geometry.type === 'Point';
    const height = p.elevation ? `, ${p.elevation.toLocaleString('en-US')} m` : '';
    return [
      {
        ref: `${ns}:${name}`,
        name,
        // As the drafter reads them (draft/lexicon.ts featureReadings).
        kind: ns !== 'feature' ? 'water' : isPoint ? 'landmark' : 'region',
        label: `${name}, ${CLASS_WORDS[p.cls] ?? p.cls}${height}`,
        forms: [name],
        alt: p.alt ?? [],
        point: point(geometry),
        countries: [],
        shape: isPoint ? 'point' : ns === 'river' ? 'line' : 'area',
        importance: featureImportance(p.rank),
        major: false,
      },
    ];
  });
}

let places: AreaPlace[] | undefined;

/**
 * Every place but the cities, built once (about 1 s: the countries' outlines and the label
 * points of 3,000 shapes). Countries without an outline of their own (Guadeloupe, Réunion…)
 * are left out: their refs do not resolve.
 */
export function areaPlaces(): AreaPlace[] {
  if (places) return places;
  const outlines = countryOutlines();
  const byIso3 = new Map<string, AreaPlace>();
  for (const c of countries()) {
    const outline = outlines.get(c.iso3);
    if (!outline) continue;
    const name = countryName(c);
    byIso3.set(c.iso3, {
      ref: `country:${c.iso3}`,
      name,
      kind: 'country',
      label: `${name}, country`,
      forms: [...new Set([name, c.name])],
      // Short forms only: nobody types "Most Serene Republic of San Marino", and its prefix
      // "Mos" would rank a country above Mosul and Moscow.
      alt: [c.official, ...c.altSpellings, ...(WIRE_FORMS[c.iso3] ?? [])].filter(
        (a) => usable(a) && a.split(/\s+/).length <= 2,
      ),
      point: point(outline),
      countries: [c.iso3],
      shape: 'area',
      // Among countries, the larger first ("I": India, Iran, Iraq… before Iceland).
      importance: IMPORTANCE.country + Math.log10(c.area + 1) / 10,
      major: true,
    });
  }
  const unRegions = new Set(countries().map((c) => c.region));
  const groups = [
    ...CONTINENT_NAMES.map((name) => ({ name, type: 'continent' as const })),
    ...regionNames().map((name) => ({ name, type: 'region' as const })),
  ].flatMap(({ name, type }): AreaPlace[] => {
    // As groupOutline: members without an outline are left out, and a group of none has none.
    const iso3 = (members(type, name) ?? []).filter((c) => byIso3.has(c));
    if (iso3.length === 0) return [];
    const what = type === 'continent' ? 'continent' : unRegions.has(name) ? 'region' : 'subregion';
    const place: AreaPlace = {
      ref: `${type}:${name}`,
      name,
      kind: 'region',
      label: `${name}, ${what === 'continent' ? what : `UN ${what}`}`,
      forms: [name],
      alt: [],
      point: groupPoint(iso3, byIso3),
      countries: iso3,
      shape: 'area',
      importance: IMPORTANCE[what],
      major: true,
    };
    return [place];
  });
  const states = admin1Divisions().map(({ properties: d, geometry }): AreaPlace => {
    const of = country(d.country);
    return {
      ref: `admin1:${d.code}`,
      name: d.name,
      kind: 'region',
      label: `${d.name}, ${d.type.toLowerCase() || 'first-order division'} of ${withArticle(of ? countryName(of) : d.country)}`,
      // Its own name only, as the drafter: Natural Earth's others are postal codes and old
      // names of other places ("Rio Branco" for Roraima).
      forms: [d.name],
      alt: [],
      point: point(geometry),
      countries: [d.country],
      shape: geometry.type === 'Point' ? 'point' : 'area',
      importance: geometry.type === 'Point' ? MINOR_AREA : stateImportance(area(geometry)),
      major: geometry.type !== 'Point',
    };
  });
  const stateNames = new Map(admin1Divisions().map((d) => [d.properties.code, d.properties.name]));
  const usCounties = counties().map((c): AreaPlace => ({
    ref: `admin2:${c.code}`,
    name: `${c.name} ${c.word}`,
    kind: 'region',
    label: `${c.name} ${c.word}, ${stateNames.get(c.state) ?? c.state}, the United States`,
    forms: [`${c.name} ${c.word}`],
    alt: [],
    point: point(c.geometry),
    countries: ['USA'],
    shape: 'area',
    importance: MINOR_AREA - 2,
    major: false,
  }));
  places = [
    ...byIso3.values(),
    ...groups,
    ...namedGroups(groups, byIso3),
    ...states,
    ...usCounties,
    ...(['water', 'river', 'feature'] as const).flatMap(featurePlaces),
  ];
  return places;
}

/**
 * The drafter's named groups (gazetteer/compound-places): a common name of a UN region ("West
 * Asia") becomes another name of that region; a group of several ("the Middle East", "the
 * European Union", "Eurasia") a place of its own, its refs as a places file lists them.
 */
function namedGroups(regions: AreaPlace[], byIso3: Map<string, AreaPlace>): AreaPlace[] {
  const byRef = new Map(regions.map((r) => [r.ref, r]));
  const out: AreaPlace[] = [];
  for (const g of GROUPS) {
    if (typeof g.ref === 'string') {
      const region = byRef.get(g.ref);
      if (region && region.name !== g.name) region.alt.push(g.name);
      continue;
    }
    const iso3 = g.ref.flatMap((ref) => {
      const [type, value] = [ref.slice(0, ref.indexOf(':')), ref.slice(ref.indexOf(':') + 1)];
      if (type === 'country') return [value];
      return type === 'region' || type === 'continent' ? (members(type, value) ?? []) : [];
    });
    const inMap = iso3.filter((c) => byIso3.has(c));
    if (inMap.length === 0) continue;
    out.push({
      ref: g.ref.join(' + '),
      refs: g.ref,
      name: g.name,
      kind: g.kind,
      label: `${g.name}, ${inMap.length} countries`,
      forms: [g.name],
      alt: [],
      point: groupPoint(inMap, byIso3),
      countries: inMap,
      shape: 'area',
      importance: IMPORTANCE.subregion,
      major: true,
    });
  }
  return out;
}

/**
 * A group of countries' point: the mean of their label points weighted by the square root of
 * their area (by area, Russia's label point in Siberia would take Europe's there).
 */
function groupPoint(iso3: string[], byIso3: Map<string, AreaPlace>): [number, number] {
  return meanPoint(
    iso3.map((c) => ({ point: byIso3.get(c)!.point, weight: Math.sqrt(country(c)?.area ?? 0) })),
  );
}
