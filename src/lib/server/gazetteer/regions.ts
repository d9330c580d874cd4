/**
 * UN regions, subregions and continents as unions of their member countries (membership from
 * world-countries, ODbL). Russia counts in Europe and Turkey in Western Asia, as the UN's
 * scheme has them; a story that wants otherwise lists countries (`["country:FRA", …]`).
 */
import type { RefProblem } from '../../core/ref';
import { unionOf } from '../../core/union';
import { roundGeometry } from './natural-earth';
import { countries, countryOutlines, type Area, type CountryRecord } from './countries';
import { didYouMean, fold, nearest } from './names';

/**
 * Continents from the UN regions, the Americas split as atlases split them: North America
 * with Central America and the Caribbean, South America on its own.
 */
const CONTINENTS: Record<string, (c: CountryRecord) => boolean> = {
  Africa: (c) => c.region === 'Africa',
  Antarctica: (c) => c.region === 'Antarctic',
  Asia: (c) => c.region === 'Asia',
  Europe: (c) => c.region === 'Europe',
  'North America': (c) => ['North America', 'Central America', 'Caribbean'].includes(c.subregion),
  'South America': (c) => c.subregion === 'South America',
  Oceania: (c) => c.region === 'Oceania',
};

export const CONTINENT_NAMES = Object.keys(CONTINENTS);

/** UN regions and subregions by name, in world-countries' spelling. */
export function regionNames(): string[] {
  const names = new Set<string>();
  for (const c of countries()) {
    if (c.region) names.add(c.region);
    if (c.subregion) names.add(c.subregion);
  }
  return [...names].sort();
}

export type Grouping = 'region' | 'continent';

/** The canonical name of a region or continent written in any case, or undefined. */
function canonical(kind: Grouping, name: string): string | undefined {
  const names = kind === 'region' ? regionNames() : CONTINENT_NAMES;
  return names.find((n) => fold(n) === fold(name));
}

/** The ISO3 codes of a region's or continent's members, or undefined when there is no such name. */
export function members(kind: Grouping, name: string): string[] | undefined {
  const found = canonical(kind, name);
  if (!found) return undefined;
  const match =
    kind === 'continent'
      ? CONTINENTS[found]
      : (c: CountryRecord) => c.region === found || c.subregion === found;
  return countries()
    .filter(match)
    .map((c) => c.iso3);
}

/**
 * Unions made once per process. Measured with the basemap's outlines: all 30 regions and
 * subregions and 7 continents take 2.2 s together, the largest (the Americas) 0.35 s, so a
 * build's few are not worth a cache on disk.
 */
const memo = new Map<string, Area>();

/** The union of a region's or continent's member outlines (members without one are skipped). */
export function groupOutline(kind: Grouping, name: string): { geometry: Area } | RefProblem {
  const iso3 = members(kind, name);
  if (!iso3) {
    const names = kind === 'region' ? regionNames() : CONTINENT_NAMES;
    const near = nearest(
      name,
      names.map((n) => ({ key: n, label: `"${n}"` })),
    );
    return {
      problem: `no ${kind} "${name}"${didYouMean(near)}`,
      fix:
        kind === 'region'
          ? `Use a UN region or subregion as world-countries spells it: ${regionNames().join(', ')}.`
          : `Use one of ${CONTINENT_NAMES.join(', ')}.`,
    };
  }
  const key = `${kind}:${canonical(kind, name)}`;
  const hit = memo.get(key);
  if (hit) return { geometry: hit };
  const outlines = countryOutlines();
  const parts = iso3.flatMap((c) => outlines.get(c) ?? []);
  if (parts.length === 0)
    return { problem: `${key} has no member with an outline`, fix: 'List its countries instead.' };
  const merged = unionOf(parts);
  if (!('geometry' in merged))
    return { problem: `${key}: ${merged.problem}`, fix: 'List its countries instead.' };
  const geometry = roundGeometry(merged.geometry as Area);
  memo.set(key, geometry);
  return { geometry };
}
