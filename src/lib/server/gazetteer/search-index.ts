/**
 * The type-ahead search's index (search.ts) and the hits it makes. It keeps every folded
 * Latin-script name form of every place (cities500's 200,000 cities, and the places of
 * search-places.ts), and every tail of a multi-word form from its second word on ("york city"
 * of "new york city"), in buckets by their first two letters: a bucket is one string of its
 * forms, a line each, searched with indexOf for "\n" + the query.
 *
 * Measured on cities500 (590,000 Latin-script forms and 400,000 word tails): the buckets fill
 * in 0.1 s where sorting the million forms for a binary search took 1.6 to 2.5 s. The whole
 * build takes about 2 s: reading the cities' lines 0.2 s, the other places 0.85 s (mostly the
 * countries' outlines), folding and filing the names 0.85 s. It adds about 40 MB of heap (half
 * of it the outlines and Natural Earth's shapes the gazetteer loads anyway) to the 76 MB of the
 * cities' lines. The largest bucket, "sa", holds 32,000 forms.
 * `node --expose-gc --import tsx scripts/bench/search-speed.ts` measures the build and queries.
 */
import type { Kind } from '../../core/kinds';
import { admin1 } from './admin1';
import { cityLines } from './cities';
import { countries, type CountryRecord } from './countries';
import { fold } from './names';
import {
  areaPlaces,
  cityImportance,
  countryName,
  formatPopulation,
  OTHER_NAME,
  type AreaPlace,
} from './search-places';

export interface SearchHit {
  /** 'city:379252' */
  ref: string;
  /** The place's own name: 'Khartoum'. */
  name: string;
  kind: Kind;
  /**
   * The reading in words, for a person choosing: "Khartoum, Sudan, 1.97 M people, GeoNames
   * 379252", "Iraq, country", "Texas, state of the United States", "Tigris, river".
   */
  label: string;
  /** The form typed that matched, when it is not the name ("Al Mawsil" for Mosul). */
  matched?: string;
  /** A representative point [lng, lat]: a city's own, an area's label point. */
  point: [number, number];
  population?: number;
  /** ISO3 codes of the countries it lies in or stands for (none known for features). */
  countries: string[];
  /** For a list of refs (describeRef), the list; `ref` is then its refs joined by " + ". */
  refs?: string[];
  /**
   * Its ref gives a point for a kind of place drawn as an area (a province known by its label
   * point only): a place on it must be an approximate point.
   */
  approximate?: true;
}

/** One bucket: its forms, each followed by "\n", after a leading "\n". */
export interface Bucket {
  text: string;
  /** Where each form starts in `text`, ascending. */
  starts: Int32Array;
  /** Each form's place × 4, + 2 for another name than its own, + 1 for a word tail. */
  entries: Int32Array;
}

export interface Index {
  lines: readonly string[];
  /** Places 0 to lines.length - 1 are the cities by row, then `areas`. */
  areas: AreaPlace[];
  byRef: Map<string, number>;
  /** Each place's importance (search-places.ts), the same for any name it is found by. */
  importance: Float32Array;
  /** The place's one country, by its position in countries(), or -1. */
  country: Int16Array;
  buckets: Map<string, Bucket>;
  /** First letter → the places offered for a one-letter query, with OTHER_NAME or 0. */
  initials: Map<string, { place: number; other: number }[]>;
  /** geonameid × 2^18 + row, ascending: cities500's ids are not in order (2^18 > its rows). */
  ids: Float64Array;
}

const ROW_BITS = 2 ** 18;

/** Latin script before folding (with combining marks, typographic apostrophes and dashes). */
const LATIN = /^[\x20-\u036f\u1e00-\u1eff\u2010-\u2019]+$/;
/** GeoNames lists airport and other codes among a city's other names ("OSM" for Mosul). */
const CODE = /^[A-Z0-9]{2,4}$/;

/** A name form's folded key, or undefined for one not offered. */
function keyOf(form: string): string | undefined {
  if (!LATIN.test(form)) return undefined;
  const key = fold(form);
  return /[a-z]/.test(key) ? key : undefined;
}

/** Where the tails of a folded form start: after each space or hyphen. */
export function tails(key: string): number[] {
  const out: number[] = [];
  for (let i = 1; i < key.length - 1; i++) {
    const c = key.charCodeAt(i - 1);
    if ((c === 32 || c === 45) && key.charCodeAt(i) !== 32) out.push(i);
  }
  return out;
}

/** A city's own names (name, ASCII name) and its alternate names: columns 1 to 3. */
const cityForms = (f: string[]) => ({
  forms: [f[1], f[2]],
  alt: f[3] ? f[3].split(',').filter((n) => !CODE.test(n)) : [],
});

function build(): Index {
  const lines = cityLines();
  const areas = areaPlaces();
  const n = lines.length + areas.length;
  const importance = new Float32Array(n);
  const country = new Int16Array(n).fill(-1);
  const ids = new Float64Array(lines.length);
  const iso2 = new Map(countries().map((c, i) => [c.iso2, i]));
  const iso3 = new Map(countries().map((c, i) => [c.iso3, i]));
  const fill = new Map<string, { keys: string[]; entries: number[] }>();
  const initials: Index['initials'] = new Map();
  const add = (place: number, names: { forms: string[]; alt: string[] }, major: boolean) => {
    const seen = new Set<string>();
    const firsts = new Map<string, number>();
    for (const [other, forms] of [names.forms, names.alt].entries())
      for (const form of forms) {
        const key = keyOf(form);
        if (!key || seen.has(key)) continue;
        seen.add(key);
        if (!firsts.has(key[0])) firsts.set(key[0], other ? OTHER_NAME : 0);
        for (const at of [0, ...tails(key)]) {
          const text = at ? key.slice(at) : key;
          if (text.length < 2) continue;
          let bucket = fill.get(text.slice(0, 2));
          if (!bucket) fill.set(text.slice(0, 2), (bucket = { keys: [], entries: [] }));
          bucket.keys.push(text);
          bucket.entries.push(place * 4 + other * 2 + (at ? 1 : 0));
        }
      }
    if (major)
      for (const [letter, other] of firsts) {
        const list = initials.get(letter);
        if (list) list.push({ place, other });
        else initials.set(letter, [{ place, other }]);
      }
  };
  for (let row = 0; row < lines.length; row++) {
    // GeoNames' columns: 0 id, 1 name, 2 ascii name, 3 alternate names, 7 feature code
    // (PPLC: capital), 8 country code (ISO2), 14 population.
    const f = lines[row].split('\t', 15);
    const population = Number(f[14]) || 0;
    ids[row] = Number(f[0]) * ROW_BITS + row;
    importance[row] = cityImportance(population, f[7] === 'PPLC');
    country[row] = iso2.get(f[8]) ?? -1;
    add(row, cityForms(f), population >= 1e6);
  }
  areas.forEach((a, i) => {
    const place = lines.length + i;
    importance[place] = a.importance;
    if (a.countries.length === 1) country[place] = iso3.get(a.countries[0]) ?? -1;
    add(place, a, a.major);
  });
  ids.sort();
  const buckets = new Map<string, Bucket>();
  for (const [k, { keys, entries }] of fill) {
    const starts = new Int32Array(keys.length);
    let at = 1;
    keys.forEach((key, i) => {
      starts[i] = at;
      at += key.length + 1;
    });
    buckets.set(k, { text: `\n${keys.join('\n')}\n`, starts, entries: Int32Array.from(entries) });
  }
  const byRef = new Map(areas.map((a, i) => [a.ref, lines.length + i]));
  return { lines, areas, byRef, importance, country, buckets, initials, ids };
}

let built: Index | undefined;

/** The index, built on first use. */
export function searchIndex(): Index {
  built ??= build();
  return built;
}

/** How a form matched: exact, a prefix of the form, or a prefix of one of its later words. */
export type MatchClass = 'exact' | 'prefix' | 'word';

function matches(key: string, q: string, how: MatchClass): boolean {
  if (how === 'exact') return key === q;
  if (how === 'prefix') return key.startsWith(q);
  return tails(key).some((at) => key.startsWith(q, at));
}

/** The first of a place's forms (own names first) that matches as it did, unless its name. */
function matchedForm(names: { forms: string[]; alt: string[] }, q: string, how: MatchClass) {
  const form = [...names.forms, ...names.alt].find((f) => {
    const key = keyOf(f);
    return key !== undefined && matches(key, q, how);
  });
  return form && fold(form) !== fold(names.forms[0]) ? form : undefined;
}

/** The hit for a place; `match` says how `q` matched it (none for describeRef). */
export function hitOf(x: Index, place: number, match?: { q: string; how: MatchClass }): SearchHit {
  if (place >= x.lines.length) {
    const a = x.areas[place - x.lines.length];
    const matched = match && matchedForm(a, match.q, match.how);
    const { ref, refs, name, kind, label, point, countries: iso3 } = a;
    return {
      ref,
      ...(refs && { refs }),
      name,
      kind,
      label,
      point,
      countries: iso3,
      ...(matched && { matched }),
      ...(a.shape === 'point' && kind !== 'landmark' ? { approximate: true as const } : {}),
    };
  }
  const f = x.lines[place].split('\t');
  const population = Number(f[14]) || 0;
  const record: CountryRecord | undefined = countries()[x.country[place]];
  // GeoNames' admin1 codes are ISO 3166-2's for the United States only (postal codes).
  const state = f[8] === 'US' ? admin1(`US-${f[10]}`)?.properties.name : undefined;
  const label = [
    f[1],
    state,
    record ? countryName(record) : f[8],
    population ? `${formatPopulation(population)} people` : undefined,
    `GeoNames ${f[0]}`,
  ];
  const matched = match && matchedForm(cityForms(f), match.q, match.how);
  return {
    ref: `city:${f[0]}`,
    name: f[1],
    kind: 'city',
    label: label.filter(Boolean).join(', '),
    ...(matched && { matched }),
    point: [Number(f[5]), Number(f[4])],
    ...(population && { population }),
    countries: record ? [record.iso3] : [],
  };
}

/** The row of a GeoNames id, by binary search of the packed ids. */
export function rowOf(x: Index, geonameid: number): number | undefined {
  let [lo, hi] = [0, x.ids.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x.ids[mid] < geonameid * ROW_BITS) lo = mid + 1;
    else hi = mid;
  }
  const v = x.ids[lo];
  return v !== undefined && Math.floor(v / ROW_BITS) === geonameid ? v % ROW_BITS : undefined;
}
