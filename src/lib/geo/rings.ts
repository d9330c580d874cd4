/**
 * Rings (closed lists of positions): their signed area by the shoelace formula, and their
 * winding. The one place the map data, the frames, the poster and the places check measure a
 * ring. Pure arithmetic.
 */
import type { Position } from 'geojson';

/**
 * The signed area of a ring by the shoelace formula: positive when counterclockwise (x east, y
 * north). The ring may be closed (last position = first) or not: the closing edge of a closed
 * ring adds exactly 0. `y` maps the second coordinate first, so that `signedArea(ring,
 * mercatorY)` measures in Web Mercator (which keeps north up, so the sign holds).
 */
export function signedArea(ring: Position[], y: (v: number) => number = (v) => v): number {
  const n = ring.length;
  if (n < 3) return 0;
  let a = 0;
  let py = y(ring[0][1]);
  for (let i = 0; i < n; i++) {
    const [x0] = ring[i];
    const [x1, v1] = ring[(i + 1) % n];
    const y1 = y(v1);
    a += x0 * y1 - x1 * py;
    py = y1;
  }
  return a / 2;
}

/** The area a ring encloses in the plane, whatever its winding. */
export function planarArea(ring: Position[], y?: (v: number) => number): number {
  return Math.abs(signedArea(ring, y));
}

/** True when the ring winds counterclockwise (RFC 7946's exterior rings). */
export function isCounterclockwise(ring: Position[]): boolean {
  return signedArea(ring) > 0;
}

/** True when the ring winds clockwise (RFC 7946's holes); a ring with no area is neither. */
export function isClockwise(ring: Position[]): boolean {
  return signedArea(ring) < 0;
}

/**
 * A polygon's rings wound as RFC 7946 asks (exterior counterclockwise, holes clockwise), or
 * the other way round with `exterior: 'clockwise'` (d3-geo's convention on the sphere). Rings
 * already wound right are returned as they are; the others reversed, never mutated.
 */
export function rewind(
  rings: Position[][],
  exterior: 'counterclockwise' | 'clockwise' = 'counterclockwise',
): Position[][] {
  const outerCcw = exterior === 'counterclockwise';
  return rings.map((ring, i) => {
    // Wanted counterclockwise: the exterior in RFC 7946, the holes for d3.
    const wantCcw = (i === 0) === outerCcw;
    return isCounterclockwise(ring) === wantCcw ? ring : [...ring].reverse();
  });
}
