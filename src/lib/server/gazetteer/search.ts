/**
 * Type-ahead search over the whole offline gazetteer, for the review page where an editor
 * types a place's name and picks one reading: every city of GeoNames' cities500 by any of its
 * Latin-script names, and the countries, regions, continents, states and Natural Earth
 * features of search-places.ts, each with the ref and kind a places file would carry. The
 * index (search-index.ts) takes about 2 s to build; a query then takes 0.1 ms at the median
 * and 0.3 ms at the 95th percentile; `npm run bench` times it from keystroke to results shown.
 */
import { parseRef } from '../../core/ref';
import { admin1 } from './admin1';
import { county } from './admin2';
import { countries } from './countries';
import { namedFeature } from './features';
import { fold } from './names';
import { CONTINENT_NAMES, regionNames } from './regions';
import {
  hitOf,
  rowOf,
  searchIndex,
  type Index,
  type MatchClass,
  type SearchHit,
} from './search-index';
import { CONTEXT_BOOST, OTHER_NAME, meanPoint, type Shape } from './search-places';

export type { SearchHit } from './search-index';

export interface SearchOptions {
  /** At most this many hits (default 10). */
  limit?: number;
  /**
   * ISO3 → weight from 0 to 1 (more counts as 1): the countries the article names; their
   * places rank higher.
   */
  context?: ReadonlyMap<string, number>;
}

/** Builds the index now (about 2 s; see search-index.ts); search calls it lazily. */
export function warmSearch(): void {
  if (warmed) return;
  searchIndex();
  warmed = true;
  // A few queries of every path (30 ms), so that the engine has compiled the search before an
  // editor types. Right after the build, the bench's 300 queries took at most 12 to 19 ms
  // without them (95th percentile 1 to 2 ms), 5 to 15 ms with them (0.4 to 0.8 ms), on a
  // busy two-core machine; the same queries once more, at most 1.4 to 1.7 ms.
  for (const name of ['San Francisco', 'Al Mawsil', 'Texas', 'Mediterranean', 'York'])
    for (let n = 1; n <= name.length; n++) searchGazetteer(name.slice(0, n));
}
let warmed = false;

/**
 * A name that starts with the query ranks above one with a later word that does; within that,
 * importance (under 1000) orders. A whole-name match is worth 20 more, not a class of its own:
 * as one types "Mos", Mosul in a country the article names and Moscow should stay above the
 * hamlets called "Mos" (Spain, 14,650 people: 41.7 + 20).
 */
const CLASS_SCORE: Record<MatchClass, number> = { exact: 2020, prefix: 2000, word: 1000 };

/** The best `limit` places, one entry each, the best first; ties keep the first seen. */
class Top {
  places: number[] = [];
  scores: number[] = [];
  how: MatchClass[] = [];
  /** The score to beat to get in: the last one's once there are `limit`. */
  floor = -Infinity;
  constructor(readonly limit: number) {}
  offer(place: number, score: number, how: MatchClass): void {
    const { places, scores, limit } = this;
    if (score <= this.floor) return;
    const had = places.indexOf(place);
    if (had >= 0) {
      if (score <= scores[had]) return;
      for (const list of [places, scores, this.how]) list.splice(had, 1);
    }
    let i = scores.length;
    while (i > 0 && scores[i - 1] < score) i--;
    places.splice(i, 0, place);
    scores.splice(i, 0, score);
    this.how.splice(i, 0, how);
    if (places.length > limit) for (const list of [places, scores, this.how]) list.pop();
    if (places.length === limit) this.floor = scores[limit - 1];
  }
}

/**
 * Places whose name, or a word of it after the first, starts with `query` (folded: case and
 * accents ignored), one hit each, the best first: exact names, then names that start with it,
 * then later words that do; within each, by importance (search-places.ts), raised for the
 * `context` countries' places, lowered for a match by another name than the place's own. A
 * one-letter query offers only countries, regions, continents, states and cities of a million
 * people or more.
 */
export function searchGazetteer(query: string, options: SearchOptions = {}): SearchHit[] {
  const q = fold(query.replace(/\t/g, ' '));
  const limit = Math.floor(options.limit ?? 10);
  if (!q || limit < 1) return [];
  warmSearch();
  const x = searchIndex();
  const boost = Float64Array.from(
    countries(),
    (c) => CONTEXT_BOOST * Math.min(1, Math.max(0, options.context?.get(c.iso3) ?? 0)),
  );
  const { country, importance } = x;
  const top = new Top(limit);
  const offer = (place: number, how: MatchClass, other: number) => {
    const c = country[place];
    const score = CLASS_SCORE[how] + importance[place] + other + (c >= 0 ? boost[c] : 0);
    if (score > top.floor) top.offer(place, score, how);
  };
  const bucket = x.buckets.get(q.slice(0, 2));
  if (q.length === 1) {
    for (const { place, other } of x.initials.get(q) ?? []) offer(place, 'prefix', other);
  } else if (bucket && q.length === 2) {
    // Every form of the bucket starts with the two letters. They are a name on the way more
    // often than a whole one ("Sa", "Uk"): none counts as exact.
    for (const e of bucket.entries)
      offer(e >> 2, e & 1 ? 'word' : 'prefix', e & 2 ? OTHER_NAME : 0);
  } else if (bucket) {
    const { text, starts, entries } = bucket;
    const needle = `\n${q}`;
    let i = 0;
    for (let p = text.indexOf(needle); p >= 0; p = text.indexOf(needle, p + 1)) {
      // Matches come in the order of the forms: the form's number only moves forward.
      while (starts[i] < p + 1) i++;
      const e = entries[i];
      const whole = text.charCodeAt(p + needle.length) === 10;
      offer(e >> 2, e & 1 ? 'word' : whole ? 'exact' : 'prefix', e & 2 ? OTHER_NAME : 0);
    }
  }
  return top.places.map((place, i) => hitOf(x, place, { q, how: top.how[i] }));
}

/** The place a ref names in the index, with its shape; undefined if it does not resolve. */
function placeOf(x: Index, text: string): { place: number; shape: Shape } | undefined {
  const ref = parseRef(text);
  if ('problem' in ref) return undefined;
  if (ref.type === 'city') {
    const row = rowOf(x, Number(ref.value));
    return row === undefined ? undefined : { place: row, shape: 'point' };
  }
  const same = (n: string) => fold(n) === fold(ref.value);
  // The index's form of refs written otherwise: "admin1:USA/Texas", "region:western asia".
  let canonical: string | undefined;
  if (ref.type === 'country') canonical = ref.value;
  else if (ref.type === 'admin1') canonical = admin1(ref.value)?.properties.code;
  else if (ref.type === 'admin2') canonical = county(ref.value)?.code;
  else if (ref.type === 'region') canonical = regionNames().find(same);
  else if (ref.type === 'continent') canonical = CONTINENT_NAMES.find(same);
  else {
    const found = namedFeature(ref.type, ref.value);
    if ('feature' in found) canonical = found.feature.properties.name;
  }
  const place = canonical === undefined ? undefined : x.byRef.get(`${ref.type}:${canonical}`);
  return place === undefined ? undefined : { place, shape: x.areas[place - x.lines.length].shape };
}

/**
 * "Iraq", "Iraq and Syria", "Iraq, Syria and Turkey"; a long list is counted after its first
 * few ("35 places: Austria, Belgium, Bulgaria, Croatia and 31 more"), a reading, not an index.
 */
const joinNames = (names: string[]) =>
  names.length > 6
    ? `${names.length} places: ${names.slice(0, 4).join(', ')} and ${names.length - 4} more`
    : names.length < 2
      ? names.join('')
      : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/**
 * The reading of a ref in words, as a hit (for a place already in a file); undefined if it
 * does not resolve. A list of refs gets a combined label ("Iraq and Syria"); as for
 * resolveRefs, a list resolves only if it is all areas or all lines.
 */
export function describeRef(ref: string | readonly string[]): SearchHit | undefined {
  const x = searchIndex();
  const list = typeof ref === 'string' ? [ref] : ref;
  const found = list.map((r) => placeOf(x, r)).filter((f) => f !== undefined);
  if (list.length === 0 || found.length < list.length) return undefined;
  const hits = found.map((f) => hitOf(x, f.place));
  if (hits.length === 1) return hits[0];
  const shapes = new Set(found.map((f) => f.shape));
  if (shapes.size > 1 || shapes.has('point')) return undefined;
  const kinds = new Set(hits.map((h) => h.kind));
  const name = joinNames(hits.map((h) => h.name));
  return {
    ref: hits.map((h) => h.ref).join(' + '),
    refs: hits.map((h) => h.ref),
    name,
    // A group of countries is a region, as the drafter's groups are (gazetteer/compound-places.ts).
    kind: kinds.size === 1 && !kinds.has('country') ? hits[0].kind : 'region',
    label: name,
    point: meanPoint(hits.map((h) => ({ point: h.point, weight: 1 }))),
    countries: [...new Set(hits.flatMap((h) => h.countries))],
  };
}
