/**
 * States, provinces and territories (Natural Earth's first-order divisions, as extracted by
 * scripts/geo/admin1-extract.ts): `admin1:US-TX` by ISO 3166-2 code, or `admin1:USA/Texas` by
 * the country's ISO 3166-1 alpha-3 and the division's name (or another name it goes by:
 * `admin1:DEU/Bavaria`). Each has its outline but a few small ones, which are points. An
 * unknown one names the nearest.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { ADMIN1_CODE, ADMIN1_NAMED, type RefProblem } from '../../core/ref';
import { LAYER_FILES, extractDir, type Admin1Props } from './extract';
import { didYouMean, fold, nearest } from './names';

/** A division with its outline, or with a point only (drafted as an approximate point). */
export type Admin1Feature = Feature<Polygon | MultiPolygon | Point, Admin1Props>;

let all: Admin1Feature[] | undefined;

/** Every division in the extract, read once per process. */
export function admin1Divisions(): Admin1Feature[] {
  all ??= (
    JSON.parse(readFileSync(join(extractDir(), LAYER_FILES.admin1), 'utf8')) as FeatureCollection<
      Polygon | MultiPolygon | Point,
      Admin1Props
    >
  ).features;
  return all;
}

/** The division a ref's value names, if any. */
export function admin1(value: string): Admin1Feature | undefined {
  const divisions = admin1Divisions();
  if (ADMIN1_CODE.test(value)) return divisions.find((d) => d.properties.code === value);
  const m = ADMIN1_NAMED.exec(value);
  if (!m) return undefined;
  const [, country, name] = m;
  const key = fold(name);
  return divisions.find(
    (d) =>
      d.properties.country === country &&
      [d.properties.name, ...(d.properties.alt ?? [])].some((n) => fold(n) === key),
  );
}

/** A division's outline (or its point, when that is all the gazetteer has), or why there is none. */
export function admin1Outline(
  value: string,
): { geometry: Polygon | MultiPolygon | Point } | RefProblem {
  const found = admin1(value);
  if (found) return { geometry: found.geometry };
  const divisions = admin1Divisions();
  // Among the named country's divisions, when it has any.
  const named = ADMIN1_NAMED.exec(value);
  const own = named ? divisions.filter((d) => d.properties.country === named[1]) : [];
  const near = nearest(
    named?.[2] ?? value,
    (own.length ? own : divisions).map((d) => ({
      key: d.properties.code,
      names: [d.properties.name, ...(d.properties.alt ?? [])],
      label: `${d.properties.code} (${d.properties.name})`,
    })),
  );
  return {
    problem: `no state or province ${value}${didYouMean(near)}`,
    fix: `Write its ISO 3166-2 code ("admin1:US-TX", "admin1:DE-BY") or its country and name ("admin1:USA/Texas", "admin1:DEU/Bavaria"). The gazetteer has every country's first-order divisions as Natural Earth draws them; a few small ones are points only (a place on one needs "approximate": true).`,
  };
}
