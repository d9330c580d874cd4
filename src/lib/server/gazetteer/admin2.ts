/**
 * US counties and parishes (`us-atlas`, ISC, from the US Census Bureau's cartographic
 * boundaries at 1:10,000,000): `admin2:US-TX/Dallas`, by the state's ISO 3166-2 code and the
 * county's name, with or without its kind's word ("Jefferson Parish"). No other country's
 * second-order divisions are in the gazetteer.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { ADMIN2_NAMED, type RefProblem } from '../../core/ref';
import { admin1Divisions } from './admin1';
import { didYouMean, fold, nearest } from './names';

export interface County {
  /** As us-atlas names it: "Dallas", "Jefferson". */
  name: string;
  /** The word a text writes after it: County, Parish (Louisiana), Borough (Alaska)… */
  word: string;
  /** The state's ISO 3166-2 code: "US-TX". */
  state: string;
  /** What follows `admin2:` in its ref: "US-TX/Dallas". */
  code: string;
  geometry: Polygon | MultiPolygon;
}

/** The words after a county's name, by state (Louisiana's parishes, Alaska's boroughs). */
const WORD: Record<string, string> = { 'US-LA': 'Parish', 'US-AK': 'Borough' };

/** A county's name with its kind's word dropped, for matching. */
const bare = (name: string) =>
  fold(name).replace(/\s+(?:county|parish|borough|census area|municipality)$/, '');

let all: County[] | undefined;

/** Every county, read once per process. */
export function counties(): County[] {
  if (all) return all;
  const file = createRequire(import.meta.url).resolve('us-atlas/counties-10m.json');
  const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology<{
    counties: GeometryCollection<{ name: string }>;
    states: GeometryCollection<{ name: string }>;
  }>;
  // us-atlas keys states by FIPS code; the gazetteer's states (admin1) by ISO 3166-2.
  const isoByName = new Map(
    admin1Divisions()
      .filter((d) => d.properties.country === 'USA')
      .map((d) => [fold(d.properties.name), d.properties.code]),
  );
  const stateByFips = new Map(
    topo.objects.states.geometries.map((g) => [
      String(g.id),
      isoByName.get(fold((g.properties as { name: string }).name)),
    ]),
  );
  const list: County[] = [];
  for (const f of feature(topo, topo.objects.counties).features as Feature<
    Polygon | MultiPolygon | null,
    { name: string }
  >[]) {
    const state = stateByFips.get(String(f.id).slice(0, 2));
    if (!state || !f.geometry) continue;
    const name = f.properties.name;
    list.push({
      name,
      word: WORD[state] ?? 'County',
      state,
      code: `${state}/${name}`,
      geometry: f.geometry,
    });
  }
  all = list;
  return list;
}

/** The county a ref's value names, if any. */
export function county(value: string): County | undefined {
  const m = ADMIN2_NAMED.exec(value);
  if (!m) return undefined;
  const [, state, name] = m;
  const key = bare(name);
  return counties().find((c) => c.state === state && bare(c.name) === key);
}

/** A county's outline, or why there is none. */
export function countyOutline(value: string): { geometry: Polygon | MultiPolygon } | RefProblem {
  const found = county(value);
  if (found) return { geometry: found.geometry };
  const m = ADMIN2_NAMED.exec(value);
  const own = m ? counties().filter((c) => c.state === m[1]) : [];
  const near = nearest(
    m?.[2] ?? value,
    (own.length ? own : counties()).map((c) => ({
      key: c.code,
      names: [c.name, `${c.name} ${c.word}`],
      label: `${c.code} (${c.name} ${c.word})`,
    })),
  );
  return {
    problem: `no US county ${value}${didYouMean(near)}`,
    fix: 'Write its state\'s ISO 3166-2 code and its name, as "admin2:US-TX/Dallas"; only US counties and parishes are in the gazetteer. For another country\'s district, give the place a geometry.',
  };
}
