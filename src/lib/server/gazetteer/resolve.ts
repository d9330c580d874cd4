/**
 * The gazetteer as the story builder sees it (`Resolver` in core/ref): a reference to its
 * geometry, or a problem that names the nearest matches and says what to do.
 */
import type { Geometry } from 'geojson';
import { parseRef, type Ref, type RefProblem, type Resolver } from '../../core/ref';
import { unionOf } from '../../core/union';
import type { PlaceGeometry } from '../../core/geometry';
import { roundGeometry } from './natural-earth';
import { city } from './cities';
import { countryOutline } from './countries';
import { namedFeature } from './features';
import { groupOutline } from './regions';
import { admin1Outline } from './admin1';
import { countyOutline } from './admin2';

function cityPoint(ref: Ref): { geometry: Geometry } | RefProblem {
  const found = city(Number(ref.value));
  if (!found)
    return {
      problem: `no place with GeoNames id ${ref.value} in cities500 (places of 500 people or more)`,
      fix: 'Run `npm run draft` to find the id of a place by its name, or give a smaller place its own Point geometry.',
    };
  return { geometry: roundGeometry({ type: 'Point', coordinates: [found.lng, found.lat] }, 4) };
}

/** Resolves one parsed reference. */
export const resolveRef: Resolver = (ref) => {
  switch (ref.type) {
    case 'country':
      return countryOutline(ref.value);
    case 'region':
    case 'continent':
      return groupOutline(ref.type, ref.value);
    case 'city':
      return cityPoint(ref);
    case 'admin1':
      return admin1Outline(ref.value);
    case 'admin2':
      return countyOutline(ref.value);
    case 'water':
    case 'river':
    case 'feature': {
      const found = namedFeature(ref.type, ref.value);
      return 'feature' in found ? { geometry: found.feature.geometry } : found;
    }
  }
};

/**
 * Resolves a reference or a list of them (their union): areas are dissolved, lines gathered
 * into one MultiLineString; a list that mixes points, lines and areas, or of several points,
 * has no single shape and is a problem. Every reference's problem is reported, not only the
 * first.
 */
export function resolveRefs(refs: string | readonly string[]): { geometry: Geometry } | RefProblem {
  const list = typeof refs === 'string' ? [refs] : refs;
  if (list.length === 0)
    return {
      problem: 'the ref list is empty',
      fix: 'Name at least one reference, e.g. "ref": "country:IRQ", or give the place a geometry.',
    };
  const shapes: PlaceGeometry[] = [];
  const problems: RefProblem[] = [];
  for (const text of list) {
    const ref = parseRef(text);
    const resolved = 'problem' in ref ? ref : resolveRef(ref);
    if ('problem' in resolved) problems.push(resolved);
    // The resolver only makes Points, lines and areas: PlaceGeometry's members.
    else shapes.push(resolved.geometry as PlaceGeometry);
  }
  if (problems.length)
    return {
      problem: problems.map((p) => p.problem).join('; '),
      fix: [...new Set(problems.map((p) => p.fix))].join(' '),
    };
  const united = unionOf(shapes);
  if ('problem' in united)
    return {
      problem: `${list.join(' + ')}: ${united.problem}`,
      fix: 'List references of one kind (all areas, or all rivers); give a city its own place.',
    };
  const g = united.geometry;
  return { geometry: g.type === 'Point' ? g : roundGeometry(g) };
}
