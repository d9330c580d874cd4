/**
 * Geometry checks for the places file (RFC 7946): coordinates in range, lines of at least two
 * positions, closed rings of at least four positions. Strict about all of
 * that; lenient about winding, as RFC 7946 section 3.1.6 asks ("parsers SHOULD NOT reject
 * Polygons that do not follow the right-hand rule"): `rewound` turns wrongly wound rings round
 * and says how many it turned.
 */
import type { LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { isClockwise, isCounterclockwise, rewind } from '../geo/rings';

export type AreaGeometry = Polygon | MultiPolygon;
export type LineGeometry = LineString | MultiLineString;
/** What a place may be drawn as; GeometryCollection and MultiPoint are not among them. */
export type PlaceGeometry = Point | LineGeometry | AreaGeometry;
export type PlaceGeometryType = PlaceGeometry['type'];

function positionProblem(p: unknown): string | undefined {
  if (!Array.isArray(p) || p.length < 2 || !p.every((n) => typeof n === 'number' && isFinite(n)))
    return 'a position is not [longitude, latitude]';
  const [lng, lat] = p as number[];
  if (lng < -180 || lng > 180 || lat < -90 || lat > 90)
    return `position [${lng}, ${lat}] is outside longitude -180..180 or latitude -90..90`;
  return undefined;
}

function positionsProblem(list: unknown[]): string | undefined {
  for (const p of list) {
    const problem = positionProblem(p);
    if (problem) return problem;
  }
  return undefined;
}

function lineProblem(line: unknown): string | undefined {
  // RFC 7946 section 3.1.4: "the "coordinates" member is an array of two or more positions".
  if (!Array.isArray(line) || line.length < 2) return 'a line has fewer than two positions';
  return positionsProblem(line);
}

function ringProblem(ring: unknown): string | undefined {
  // RFC 7946 section 3.1.6: a linear ring is closed with four or more positions.
  if (!Array.isArray(ring) || ring.length < 4) return 'a ring has fewer than four positions';
  const problem = positionsProblem(ring);
  if (problem) return problem;
  const r = ring as Position[];
  const [a, b] = [r[0], r[r.length - 1]];
  // A ring with no area is let through: simplified Natural Earth data has some (a tiny island
  // of the United States in the bundled story), and it draws nothing. Nor has it a winding.
  if (a[0] !== b[0] || a[1] !== b[1]) return 'a ring is not closed (last position ≠ first)';
  return undefined;
}

function polygonProblem(rings: unknown): string | undefined {
  if (!Array.isArray(rings) || rings.length === 0) return 'a polygon has no rings';
  for (const ring of rings) {
    const problem = ringProblem(ring);
    if (problem) return problem;
  }
  return undefined;
}

function listProblem(
  parts: unknown,
  what: string,
  check: (part: unknown) => string | undefined,
): string | undefined {
  if (!Array.isArray(parts) || parts.length === 0) return `a ${what} is empty`;
  for (const part of parts) {
    const problem = check(part);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * Returns what is wrong with a geometry, or undefined when it is a valid PlaceGeometry. Winding
 * is not checked here: see `rewound`.
 */
export function geometryProblem(g: unknown): string | undefined {
  if (typeof g !== 'object' || g === null) return 'it has no geometry';
  const { type, coordinates } = g as { type?: unknown; coordinates?: unknown };
  switch (type) {
    case 'Point':
      return positionProblem(coordinates);
    case 'LineString':
      return lineProblem(coordinates);
    case 'MultiLineString':
      return listProblem(coordinates, 'MultiLineString', lineProblem);
    case 'Polygon':
      return polygonProblem(coordinates);
    case 'MultiPolygon':
      return listProblem(coordinates, 'MultiPolygon', polygonProblem);
    default:
      return `geometry type ${JSON.stringify(type)} is not Point, LineString, MultiLineString, Polygon or MultiPolygon`;
  }
}

/** How many rings of a polygon are wound against RFC 7946 (exterior clockwise, holes not). */
function wrongRings(rings: Position[][]): number {
  return rings.filter((ring, i) => (i === 0 ? isClockwise(ring) : isCounterclockwise(ring))).length;
}

/**
 * A valid geometry with its rings wound as RFC 7946 asks (exterior counterclockwise, holes
 * clockwise), and the number of rings that had to be turned. Never mutates its input; returns
 * it as it is when nothing was wrong.
 */
export function rewound(g: PlaceGeometry): { geometry: PlaceGeometry; rings: number } {
  if (g.type === 'Polygon') {
    const rings = wrongRings(g.coordinates);
    return rings
      ? { geometry: { ...g, coordinates: rewind(g.coordinates) }, rings }
      : { geometry: g, rings };
  }
  if (g.type === 'MultiPolygon') {
    const rings = g.coordinates.reduce((n, p) => n + wrongRings(p), 0);
    return rings
      ? { geometry: { ...g, coordinates: g.coordinates.map((p) => rewind(p)) }, rings }
      : { geometry: g, rings };
  }
  return { geometry: g, rings: 0 };
}
