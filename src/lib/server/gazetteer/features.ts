/**
 * Named physical features from the Natural Earth extract: `water:` (seas, gulfs, bays,
 * straits, oceans, lakes), `river:` and `feature:` (deserts, ranges, islands, peninsulas,
 * capes, peaks). Names match folded (case and accents ignored), and so do Natural Earth's
 * alternate names ("Arabian Gulf", "Firat").
 */
import type { Geometry } from 'geojson';
import type { RefProblem } from '../../core/ref';
import { loadExtract, type NamedProps } from './extract';
import { didYouMean, fold, looseKey, mayLoosen, nearest } from './names';

export type FeatureNamespace = 'water' | 'river' | 'feature';

export interface NamedFeature {
  namespace: FeatureNamespace;
  properties: NamedProps;
  geometry: Geometry;
}

interface Index {
  all: NamedFeature[];
  /** Folded name or alternate name → features, the most important (lowest rank) first. */
  byName: Map<string, NamedFeature[]>;
}

const indexes = new Map<FeatureNamespace, Index>();

/**
 * A name's keys: folded, and its `looseKey` (apostrophes, spaces and hyphens dropped,
 * abbreviations spelled out), so that the English "Oahu" and "Kauai" find Natural Earth's
 * "O‘ahu" and "Kauaʻi" as their own spellings do, and "Lake Erie" finds "L. Erie".
 */
function keys(name: string): string[] {
  const key = fold(name);
  const loose = mayLoosen(key) ? looseKey(name) : key;
  // A lake Natural Earth names in its own language ("Lago Titicaca", "Lac Kivu") is also
  // English text's "Lake Titicaca".
  const lake = /^(?:lago|lac|lagoa) (?:de )?(.+)$/.exec(key);
  return [...new Set([key, loose, ...(lake ? [`lake ${lake[1]}`] : [])])];
}

function build(namespace: FeatureNamespace): Index {
  const x = loadExtract();
  const layers =
    namespace === 'water'
      ? [x.marine, x.lakes]
      : namespace === 'river'
        ? [x.rivers]
        : // Areas before points: an island in both layers resolves to its outline.
          [x.regions, x.points];
  const all: NamedFeature[] = layers.flatMap((fc) =>
    fc.features.map((f) => ({ namespace, properties: f.properties, geometry: f.geometry })),
  );
  const byName = new Map<string, NamedFeature[]>();
  for (const f of all)
    for (const n of new Set([f.properties.name, ...(f.properties.alt ?? [])].flatMap(keys))) {
      const list = byName.get(n) ?? [];
      list.push(f);
      byName.set(n, list);
    }
  // A stable sort keeps the layer order (areas first) among features of one rank.
  for (const list of byName.values()) list.sort((a, b) => a.properties.rank - b.properties.rank);
  return { all, byName };
}

export function featureIndex(namespace: FeatureNamespace): Index {
  let index = indexes.get(namespace);
  if (!index) indexes.set(namespace, (index = build(namespace)));
  return index;
}

const WHAT: Record<FeatureNamespace, string> = {
  water: 'sea, gulf, strait, ocean or lake',
  river: 'river',
  feature: 'desert, range, island or other named feature',
};

/** The feature a `water:`, `river:` or `feature:` reference names, or why there is none. */
export function namedFeature(
  namespace: FeatureNamespace,
  name: string,
): { feature: NamedFeature } | RefProblem {
  const { all, byName } = featureIndex(namespace);
  const found = byName.get(fold(name));
  if (found?.length) {
    // Of two features that answer to one name, the one that is called so (not by an
    // alternate name) wins; then the more important.
    const own = found.find((f) => fold(f.properties.name) === fold(name));
    return { feature: own ?? found[0] };
  }
  const near = nearest(
    name,
    all.map((f) => ({
      key: f.properties.name,
      names: f.properties.alt,
      label: `"${f.properties.name}"`,
    })),
  );
  return {
    problem: `no ${WHAT[namespace]} "${name}" in Natural Earth${didYouMean(near)}`,
    fix: `Write the name as Natural Earth spells it (geo/natural-earth/), or draw the place with its own geometry.`,
  };
}

export interface FeatureCandidate {
  ref: string;
  name: string;
  alt: string[];
  cls: string;
  rank: number;
  geometryType: Geometry['type'];
}

/** Water, rivers and features that answer to `name`, each with the reference that draws it. */
export function findFeatures(name: string): FeatureCandidate[] {
  const key = fold(name);
  const loose = looseKey(name);
  return (['water', 'river', 'feature'] as const).flatMap((ns) =>
    (featureIndex(ns).byName.get(key) ?? featureIndex(ns).byName.get(loose) ?? []).map((f) => ({
      ref: `${ns}:${f.properties.name}`,
      name: f.properties.name,
      alt: f.properties.alt ?? [],
      cls: f.properties.cls,
      rank: f.properties.rank,
      geometryType: f.geometry.type,
    })),
  );
}
