/**
 * Geometry checks for the places file (RFC 7946): coordinates in range, closed rings of at
 * least four positions, exterior rings counterclockwise and holes clockwise.
 */
import type { Geometry, Position } from 'geojson';
import { isClockwise } from '../geo/rings';

function positionProblem(p: unknown): string | undefined {
  if (!Array.isArray(p) || p.length < 2 || !p.every((n) => typeof n === 'number' && isFinite(n)))
    return 'a position is not [longitude, latitude]';
  const [lng, lat] = p as number[];
  if (lng < -180 || lng > 180 || lat < -90 || lat > 90)
    return `position [${lng}, ${lat}] is outside longitude -180..180 or latitude -90..90`;
  return undefined;
}

function ringProblem(ring: unknown, exterior: boolean): string | undefined {
  if (!Array.isArray(ring) || ring.length < 4) return 'a ring has fewer than four positions';
  for (const p of ring) {
    const problem = positionProblem(p);
    if (problem) return problem;
  }
  const r = ring as Position[];
  const [a, b] = [r[0], r[r.length - 1]];
  if (a[0] !== b[0] || a[1] !== b[1]) return 'a ring is not closed (last position ≠ first)';
  // A ring with no area is not clockwise: it passes as an exterior and fails as a hole.
  const cw = isClockwise(r);
  if (exterior && cw) return 'an exterior ring is wound clockwise';
  if (!exterior && !cw) return 'a hole is wound counterclockwise';
  return undefined;
}

function polygonProblem(rings: unknown): string | undefined {
  if (!Array.isArray(rings) || rings.length === 0) return 'a polygon has no rings';
  for (let i = 0; i < rings.length; i++) {
    const problem = ringProblem(rings[i], i === 0);
    if (problem) return problem;
  }
  return undefined;
}

/** Returns what is wrong with a geometry, or undefined when it is valid. */
export function geometryProblem(g: unknown): string | undefined {
  if (typeof g !== 'object' || g === null) return 'it has no geometry';
  const { type, coordinates } = g as { type?: unknown; coordinates?: unknown };
  switch (type) {
    case 'Point':
      return positionProblem(coordinates);
    case 'Polygon':
      return polygonProblem(coordinates);
    case 'MultiPolygon':
      if (!Array.isArray(coordinates) || coordinates.length === 0)
        return 'a MultiPolygon has no polygons';
      for (const p of coordinates) {
        const problem = polygonProblem(p);
        if (problem) return problem;
      }
      return undefined;
    default:
      return `geometry type ${JSON.stringify(type)} is not Point, Polygon or MultiPolygon`;
  }
}

export type PlaceGeometry = Extract<Geometry, { type: 'Point' | 'Polygon' | 'MultiPolygon' }>;
