/** Shapes the geometry tests draw with; never imported by the site. */
import type { Position } from 'geojson';

/** A counterclockwise square ring from [west, south] to [west + size, south + size]. */
export function square(west: number, south: number, size = 1): Position[] {
  return [
    [west, south],
    [west + size, south],
    [west + size, south + size],
    [west, south + size],
    [west, south],
  ];
}
