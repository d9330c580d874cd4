/**
 * A place's shape: its inline geometry, or the geometry its `ref` names in the gazetteer, checked
 * against its kind. Inline geometry wins over a ref (so a drafted file can carry both, and an
 * editor can correct the drawn shape); the ref is still checked, so that it stays true.
 */
import type { Problem } from './problems';
import type { Kind } from './kinds';
import { parseRef, REF_TYPES_FOR_KIND, type Ref, type Resolver } from './ref';
import { geometryProblem, rewound, type PlaceGeometry, type PlaceGeometryType } from './geometry';
import { unionOf } from './union';

interface Rule {
  types: readonly PlaceGeometryType[];
  /** A place without a known boundary may be a Point flagged `approximate`. */
  approximatePoint: boolean;
  says: string;
  fix: string;
}

const AREA: Rule = {
  types: ['Polygon', 'MultiPolygon'],
  approximatePoint: true,
  says: 'must be a Polygon or MultiPolygon (or a Point with "approximate": true)',
  fix: 'Draw its boundary or give it a "ref"; a place with no known boundary is a Point with "approximate": true and a "note".',
};

/** Which geometry each kind of place is drawn as. */
const RULES: Record<Kind, Rule> = {
  city: {
    types: ['Point'],
    approximatePoint: true,
    says: 'must be a Point',
    fix: 'Give the city a Point at its centre.',
  },
  landmark: {
    types: ['Point'],
    approximatePoint: true,
    says: 'must be a Point',
    fix: 'Give the landmark a Point where it stands.',
  },
  country: AREA,
  region: AREA,
  historical: AREA,
  concept: AREA,
  water: {
    types: ['Polygon', 'MultiPolygon', 'LineString', 'MultiLineString'],
    approximatePoint: false,
    says: 'must be a Polygon or MultiPolygon (a sea or lake) or a LineString or MultiLineString (a river)',
    fix: 'Draw its outline or its course, or give it a "water:" or "river:" ref.',
  },
  route: {
    types: ['LineString', 'MultiLineString'],
    approximatePoint: false,
    says: 'must be a LineString or MultiLineString',
    fix: 'Draw the route as a line from its start to its end.',
  },
};

const article = (word: string) => (/^[aeiou]/.test(word) ? 'an' : 'a');

/** The kind as a noun for messages: "a historical place", not "a historical". */
function noun(kind: Kind): string {
  const name =
    kind === 'historical' ? 'historical place' : kind === 'water' ? 'body of water' : kind;
  return `${article(name)} ${name}`;
}

const capital = (s: string) => s[0].toUpperCase() + s.slice(1);

/** "city:", "region:, continent: or feature:": the ref types a kind takes, for a message. */
function refTypes(kind: Kind): string {
  const types = REF_TYPES_FOR_KIND[kind].map((t) => `${t}:`);
  return types.length === 1 ? types[0] : `${types.slice(0, -1).join(', ')} or ${types.at(-1)}`;
}

function kindProblem(
  kind: Kind,
  approximate: boolean,
  g: PlaceGeometry,
  from: string | undefined,
): Omit<Problem, 'file' | 'where'> | undefined {
  const rule = RULES[kind];
  const fits =
    rule.types.includes(g.type) || (g.type === 'Point' && approximate && rule.approximatePoint);
  const source = from
    ? `, and ${from} gives ${article(g.type.toLowerCase())} ${g.type}`
    : `, not ${article(g.type.toLowerCase())} ${g.type}`;
  if (!fits) return { message: `${noun(kind)} ${rule.says}${source}`, fix: rule.fix };
  if (approximate && g.type !== 'Point')
    return {
      message: 'an approximate place must be a Point',
      fix: 'Draw a place without a known boundary as a Point with "approximate": true.',
    };
  return undefined;
}

export interface Shape {
  geometry?: PlaceGeometry;
  problems: Problem[];
  warnings: string[];
}

/** The refs as written: undefined when there are none, or a problem with their form. */
function refsOf(raw: unknown): string[] | { message: string; fix: string } | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'string') return [raw];
  if (Array.isArray(raw) && raw.length === 0)
    return {
      message: '"ref" is an empty list',
      fix: 'Name at least one reference, e.g. "ref": "country:IRQ", or give the place its geometry inline.',
    };
  if (Array.isArray(raw) && raw.every((r) => typeof r === 'string')) return raw as string[];
  return {
    message: '"ref" is neither a string nor a list of strings',
    fix: 'Write "ref": "country:IRQ", or a list such as ["country:SYR", "country:IRQ"] for their union.',
  };
}

const quoted = (refs: Ref[]) => refs.map((r) => `"${r.text}"`).join(', ');

/**
 * The shape of one feature. `ref` may sit on the feature beside `"geometry": null` (a foreign
 * member, RFC 7946 section 6.1) or in its properties, where editors such as geojson.io keep it.
 */
export function shapeOf(
  feature: { geometry?: unknown; ref?: unknown; properties?: unknown },
  kind: Kind,
  approximate: boolean,
  at: { file: string; where: string },
  resolve?: Resolver,
): Shape {
  const problems: Problem[] = [];
  const warnings: string[] = [];
  const problem = (p: { message: string; fix: string }) => problems.push({ ...at, ...p });
  const inProperties = (feature.properties as { ref?: unknown } | null | undefined)?.ref;
  if (feature.ref !== undefined && inProperties !== undefined) {
    problem({
      message: '"ref" is given twice, on the feature and in its properties',
      fix: 'Keep one of them.',
    });
    return { problems, warnings };
  }
  const written = refsOf(feature.ref ?? inProperties);
  if (written && !Array.isArray(written)) {
    problem(written);
    return { problems, warnings };
  }
  const refs: Ref[] = [];
  for (const text of written ?? []) {
    const ref = parseRef(text);
    if ('problem' in ref) problem({ message: ref.problem, fix: ref.fix });
    else if (!REF_TYPES_FOR_KIND[kind].includes(ref.type))
      problem({
        message: `ref "${ref.text}" cannot draw ${noun(kind)}`,
        fix: `${capital(noun(kind))} takes ${refTypes(kind)} refs; use one of those, or change "kind".`,
      });
    else refs.push(ref);
  }

  if (feature.geometry !== undefined && feature.geometry !== null) {
    const invalid = geometryProblem(feature.geometry);
    if (invalid) {
      problem({
        message: `invalid geometry: ${invalid}`,
        fix: 'Use RFC 7946 geometry (positions as [longitude, latitude], rings closed), or a "ref" such as "country:IRQ" with "geometry": null.',
      });
      return { problems, warnings };
    }
    const { geometry, rings } = rewound(feature.geometry as PlaceGeometry);
    if (rings)
      warnings.push(
        `${at.file} (${at.where}): ${rings} ring${rings === 1 ? ' was' : 's were'} wound against RFC 7946's right-hand rule (exterior rings counterclockwise, holes clockwise) and ${rings === 1 ? 'has' : 'have'} been rewound; save the rewound geometry to silence this warning`,
      );
    const wrong = kindProblem(kind, approximate, geometry, undefined);
    if (wrong) problem(wrong);
    return problems.length ? { problems, warnings } : { geometry, problems, warnings };
  }

  if (problems.length) return { problems, warnings };
  if (!written) {
    problem({
      message: 'it has neither "geometry" nor "ref"',
      fix: 'Give it a "ref" such as "country:IRQ" (drawn from the gazetteer when the site is built) or RFC 7946 geometry.',
    });
    return { problems, warnings };
  }
  if (!resolve) {
    problem({
      message: `ref ${quoted(refs)} needs the gazetteer`,
      fix: 'Build with `npm run build` or check with `npm run check:story`, which resolve refs; or give the place its geometry inline.',
    });
    return { problems, warnings };
  }
  const shapes: PlaceGeometry[] = [];
  for (const ref of refs) {
    const found = resolve(ref);
    if ('problem' in found) problem({ message: found.problem, fix: found.fix });
    else {
      const invalid = geometryProblem(found.geometry);
      if (invalid)
        problem({
          message: `the gazetteer gives invalid geometry for ref "${ref.text}" (${invalid})`,
          fix: 'Report it as a bug in the gazetteer; meanwhile give the place its geometry inline.',
        });
      // The gazetteer's winding is its own convention (d3 winds the other way), not the
      // author's mistake: rewind silently.
      else shapes.push(rewound(found.geometry as PlaceGeometry).geometry);
    }
  }
  if (problems.length) return { problems, warnings };
  const united = unionOf(shapes);
  if ('problem' in united) {
    problem({
      message: `refs ${quoted(refs)} cannot be united: ${united.problem}`,
      fix: 'List only areas (country:, region:, continent:, water:, feature:) or only rivers in one "ref".',
    });
    return { problems, warnings };
  }
  const from = refs.length === 1 ? `ref "${refs[0].text}"` : `the union of ${quoted(refs)}`;
  const wrong = kindProblem(kind, approximate, united.geometry, from);
  if (wrong) problem(wrong);
  return problems.length
    ? { problems, warnings }
    : { geometry: united.geometry, problems, warnings };
}
