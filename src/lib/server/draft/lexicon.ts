/**
 * Every reading a name can have, from the gazetteer and the groups of groups.ts: a country
 * (by its name, an English spelling or a demonym), a region, continent, union or concept, a
 * named sea, river or feature, a state or province (gazetteer/admin1), and the cities GeoNames
 * knows by that name (looked up for all the article's names in one pass).
 */
import worldCountries from 'world-countries';
import { countries, findCitiesMany, regionNames } from '../gazetteer';
import { englishName, WIRE_FORMS } from '../gazetteer/countries';
import { fold, looseKey } from '../gazetteer/names';
import { admin1Divisions } from '../gazetteer/admin1';
import { counties } from '../gazetteer/admin2';
import { APPROXIMATE, GROUPS } from '../gazetteer/compound-places';
import { featureReadings } from './feature-readings';
import type { Reading } from './reading';
import { nativeLanguage, usableSpelling } from './spellings';
import { COMMON_WORDS, DIVISION_KIND, DIVISION_WORD } from './words';

export type { Reading, ReadingType } from './reading';

/** A reading in words, for the review table: "Aleppo, SY, 1,602,264 people", "Texas (admin1:US-TX)". */
export function describe(r: Reading): string {
  if (r.type === 'city' && r.city)
    return `${r.name}, ${r.city.countryCode}, ${r.city.population.toLocaleString('en-US')} people`;
  const ref = Array.isArray(r.ref) ? `${r.ref.length} refs` : r.ref;
  return `${r.name} (${ref})`;
}

const iso3ByIso2 = new Map(countries().map((c) => [c.iso2, c.iso3]));
export const iso3Of = (iso2: string) => iso3ByIso2.get(iso2) ?? iso2;

/** Land neighbours by ISO3 (world-countries' `borders`), for context. */
export const NEIGHBOURS = new Map<string, string[]>(
  worldCountries.map((c) => [c.cca3, c.borders ?? []]),
);

let fixed: Map<string, Reading[]> | undefined;

/** The regions compound-places.ts draws as approximate points, by folded name. */
const CURATED = new Set(APPROXIMATE.map((a) => fold(a.name)));

function add(map: Map<string, Reading[]>, form: string, r: Reading) {
  const key = fold(form).replace(/^the /, '');
  const list = map.get(key) ?? [];
  // Once each: by name, and by ref where several places share one (five US "Dallas County"s,
  // an "Eastern Province" in Kenya, Ghana, Zambia…).
  const same = (x: Reading) =>
    x.name === r.name &&
    x.type === r.type &&
    ((x.type !== 'county' && x.type !== 'state') || x.ref === r.ref);
  if (!list.some(same)) list.push(r);
  map.set(key, list);
}

/** The readings that do not depend on the article: countries, groups, states. */
let loose: Map<string, Reading[]> | undefined;

/** The fixed readings by `looseKey` ("St. Lucia" is Saint Lucia), for forms `fold` misses. */
function looseFixed(): Map<string, Reading[]> {
  if (loose) return loose;
  loose = new Map();
  for (const [key, readings] of fixedReadings()) {
    // Names apart only in spaces and hyphens ("Northeastern", "North-Eastern") share a key.
    const k = looseKey(key);
    loose.set(k, [...(loose.get(k) ?? []), ...readings]);
  }
  return loose;
}

function fixedReadings(): Map<string, Reading[]> {
  if (fixed) return fixed;
  const map = new Map<string, Reading[]>();
  // Largest first: where countries share a demonym ("American" is also the Northern Mariana
  // Islands'), readings tie and the first one added wins.
  for (const c of [...countries()].sort((a, b) => b.area - a.area)) {
    const name = englishName(c);
    const base = { type: 'country' as const, name, kind: 'country' as const };
    const r = { ...base, ref: `country:${c.iso3}`, countries: [c.iso3] };
    add(map, c.name, { ...r, via: 'name' });
    if (name !== c.name) add(map, name, { ...r, via: 'name' });
    for (const s of [c.official, ...c.altSpellings].filter(usableSpelling)) {
      const lang = nativeLanguage(c.iso3, s);
      add(map, s, { ...r, via: 'alt', ...(lang && { lang }) });
    }
    for (const d of c.demonyms) add(map, d, { ...r, via: 'demonym' });
  }
  // English names world-countries lacks or spells otherwise ("Türkiye"), and the forms of
  // wire copy ("U.S.").
  for (const [iso3, forms] of Object.entries(WIRE_FORMS))
    for (const form of forms) {
      add(map, form, {
        type: 'country',
        name: englishName(countries().find((x) => x.iso3 === iso3)!),
        kind: 'country',
        ref: `country:${iso3}`,
        via: 'alt',
        countries: [iso3],
      });
    }
  // "Australia and New Zealand" in news text is the two countries, more than the UN's region.
  const twoCountries = (n: string) =>
    / and /.test(n) &&
    n.split(' and ').every((x) => map.get(fold(x))?.some((r) => r.type === 'country'));
  for (const g of GROUPS.filter((x) => !twoCountries(x.name))) {
    const list = Array.isArray(g.ref) ? g.ref : [g.ref];
    const codes = list.flatMap((x) => (x.startsWith('country:') ? [x.slice(8)] : []));
    const r: Reading = {
      type: 'group',
      name: g.name,
      kind: g.kind,
      ref: g.ref,
      via: 'name',
      countries: codes,
      review: g.review,
    };
    add(map, g.name, r);
    for (const f of g.forms ?? []) add(map, f, { ...r, via: /an$/.test(f) ? 'demonym' : 'alt' });
  }
  // UN names as world-countries spells them ("Western Asia") when not listed above.
  for (const n of regionNames())
    if (!map.get(fold(n))?.some((r) => r.type === 'group') && !twoCountries(n))
      add(map, n, {
        type: 'group',
        name: n,
        kind: 'region',
        ref: `region:${n}`,
        via: 'name',
        countries: [],
      });
  // States and provinces by their own names and the one other name the extract keeps for
  // drafting ("Bavaria"): Natural Earth's other names include postal codes ("GA") and old names
  // that news text uses for other things.
  for (const { properties: d, geometry } of admin1Divisions())
    for (const [n, via] of [
      [d.name, 'name'] as const,
      ...(d.en ? [[d.en, 'name'] as const] : []),
      // Not a region the gazetteer knows better ("Kashmir", not Azad Kashmir's other name).
      ...(d.also ?? []).filter((a) => !CURATED.has(fold(a))).map((a) => [a, 'alt'] as const),
    ])
      add(map, n, {
        ...(COMMON_WORDS.test(n) || COMMON_WORDS.test(n.replace(DIVISION_KIND, ''))
          ? { wordy: true }
          : {}),
        type: 'state',
        // The page calls it as the article does ("Bavaria", not Bayern).
        name: n,
        kind: 'region',
        ref: `admin1:${d.code}`,
        via,
        countries: [d.country],
        ...(geometry.type === 'Point'
          ? {
              point: geometry.coordinates as [number, number],
              ...(d.seat ? { seat: d.seat } : {}),
              review: `no outline in the gazetteer: an approximate point${d.seat ? ` at its seat, ${d.seat}` : ''}`,
              note: `The map data has no outline for ${d.name}, so it is shown as an approximate point${d.seat ? ` at its seat, ${d.seat}` : ''}.`,
            }
          : {}),
      });
  // US counties and parishes by their name and kind's word only ("Dallas County"): alone,
  // "Dallas" is the city.
  for (const c of counties())
    add(map, `${c.name} ${c.word}`, {
      type: 'county',
      name: `${c.name} ${c.word}`,
      kind: 'region',
      ref: `admin2:${c.code}`,
      via: 'name',
      countries: ['USA'],
      state: c.state,
    });
  fixed = map;
  return map;
}

export interface Lexicon {
  readings(form: string): Reading[];
}

/**
 * The lexicon for one article: `forms` are every candidate name it may ask about, so that the
 * cities are looked up in one pass over GeoNames (about 0.5 s, the drafter's largest cost).
 */
export function lexicon(forms: Iterable<string>, lang = 'en'): Lexicon {
  const language = new Intl.Locale(lang).language;
  const fixedMap = fixedReadings();
  const wanted = [...new Set(forms)];
  const capitals = APPROXIMATE.map((a) => a.capital);
  const cities = findCitiesMany([...wanted, ...capitals]);
  const approximate = new Map<string, Reading>();
  for (const a of APPROXIMATE) {
    const capital = (cities.get(fold(a.capital)) ?? []).find((c) => c.countryCode === a.country);
    if (capital)
      approximate.set(fold(a.name), {
        type: 'approximate',
        name: a.name,
        kind: 'region',
        via: 'name',
        countries: [iso3Of(a.country)],
        city: capital,
        review: `no outline in the gazetteer: an approximate point at ${capital.name}`,
        note: `${a.note}. The map data has no outline for it, so it is shown as an approximate point at ${capital.name}.`,
      });
  }
  return {
    readings(form: string): Reading[] {
      // "Nyanza Province", "Akita Prefecture": the division of that name, and only it.
      const division = DIVISION_WORD.exec(form);
      if (division)
        return [
          ...(fixedMap.get(fold(form)) ?? looseFixed().get(looseKey(form)) ?? []).filter(
            (r) => r.type === 'county',
          ),
          // Written either way: "North Eastern" is Kenya's North-Eastern and Oman's too.
          ...[
            ...new Set([
              ...(fixedMap.get(fold(division[1])) ?? []),
              ...(looseFixed().get(looseKey(division[1])) ?? []),
            ]),
          ]
            .filter((r) => r.type === 'state')
            .map((r) => ({ ...r, via: 'name' as const, suffixed: true })),
        ];
      const key = fold(form).replace(/^the /, '');
      // A country's name in another language counts only in an article in that language.
      const out = (fixedMap.get(key) ?? looseFixed().get(looseKey(form)) ?? []).filter(
        (r) => (!r.lang || r.lang === language) && !r.wordy,
      );
      const approx = approximate.get(key);
      if (approx) out.push(approx);
      out.push(...featureReadings(form));
      for (const c of cities.get(fold(form)) ?? [])
        out.push({
          type: 'city',
          name: c.name,
          kind: 'city',
          ref: `city:${c.geonameid}`,
          via: looseKey(c.name) === looseKey(form) ? 'name' : 'alt',
          countries: [iso3Of(c.countryCode)],
          city: c,
        });
      return out;
    },
  };
}
