/**
 * Where a place's label goes on the map: the pole of inaccessibility of its largest polygon,
 * found in Web Mercator so that the label looks centred on the map as drawn.
 */
import type { MultiPolygon, Point, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { latitudeOf, mercatorY } from './mercator';
import { largestPolygon, polygonsOf } from './polygons';

/** polylabel's precision in Mercator radians: about 64 km at the equator, finer than a label can show. */
const PRECISION = 0.01;

/** Label points are rounded to 1e-3 degrees (about 100 m): smaller map data, same map. */
const round = (n: number) => Math.round(n * 1e3) / 1e3;

/** A point's own position, or the pole of inaccessibility of a shape's largest polygon. */
export function labelPoint(g: Point | Polygon | MultiPolygon): Position {
  if (g.type === 'Point') return g.coordinates;
  const largest = largestPolygon(polygonsOf(g), mercatorY);
  const projected = largest.map((r) => r.map(([x, y]) => [x, mercatorY(y)] as [number, number]));
  const [x, y] = polylabel(projected, PRECISION);
  return [round(x), round(latitudeOf(y))];
}
