/**
 * Where a place's label goes on the map: the pole of inaccessibility of its largest polygon,
 * or the middle of its longest line, found in Web Mercator so that the label looks centred on
 * the map as drawn.
 */
import type { LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { latitudeOf, mercatorY } from './mercator';
import { largestPolygon, polygonsOf } from './polygons';

/** Every geometry a place may have: a point, an area, or a line (a river, a route). */
export type LabelledGeometry = Point | Polygon | MultiPolygon | LineString | MultiLineString;

/** polylabel's precision in Mercator radians: about 64 km at the equator, finer than a label can show. */
const PRECISION = 0.01;

/** Label points are rounded to 1e-3 degrees (about 100 m): smaller map data, same map. */
const round = (n: number) => Math.round(n * 1e3) / 1e3;

/** A line's positions in the plane of the map: Mercator x and y, both in radians. */
const projected = (line: Position[]): [number, number][] =>
  line.map(([x, y]) => [(x * Math.PI) / 180, mercatorY(y)]);

/** A line's length as the map draws it (Mercator radians). */
function mercatorLength(line: Position[]): number {
  const pts = projected(line);
  let sum = 0;
  for (let i = 1; i < pts.length; i++)
    sum += Math.hypot(pts[i][0] - pts[i - 1][0], pts[i][1] - pts[i - 1][1]);
  return sum;
}

/** The lines of a LineString or MultiLineString. */
export function linesOf(g: LineString | MultiLineString): Position[][] {
  return g.type === 'LineString' ? [g.coordinates] : g.coordinates;
}

/** The longest line, by length on the map; the first wins a tie. */
export function longestLine(lines: Position[][]): Position[] {
  return lines.reduce((a, b) => (mercatorLength(b) > mercatorLength(a) ? b : a));
}

/**
 * The point half-way along a line, by length in Mercator: on the line, where the eye finds
 * its middle (a bend's box centre can be far off the line).
 */
export function midpoint(line: Position[]): Position {
  const pts = projected(line);
  let left = mercatorLength(line) / 2;
  for (let i = 1; i < pts.length; i++) {
    const [[x0, y0], [x1, y1]] = [pts[i - 1], pts[i]];
    const step = Math.hypot(x1 - x0, y1 - y0);
    if (step > 0 && left <= step) {
      const t = left / step;
      return [((x0 + t * (x1 - x0)) * 180) / Math.PI, latitudeOf(y0 + t * (y1 - y0))];
    }
    left -= step;
  }
  return line[line.length - 1];
}

/**
 * A point's own position, the middle of a line's longest part, or the pole of inaccessibility
 * of a shape's largest polygon.
 */
export function labelPoint(g: LabelledGeometry): Position {
  if (g.type === 'Point') return g.coordinates;
  if (g.type === 'LineString' || g.type === 'MultiLineString') {
    const [x, y] = midpoint(longestLine(linesOf(g)));
    return [round(x), round(y)];
  }
  const largest = largestPolygon(polygonsOf(g), mercatorY);
  const projectedRings = largest.map((r) =>
    r.map(([x, y]) => [x, mercatorY(y)] as [number, number]),
  );
  const [x, y] = polylabel(projectedRings, PRECISION);
  return [round(x), round(latitudeOf(y))];
}
