/**
 * Polygons and multipolygons as lists of polygons, and the two ways the server draws them: as
 * d3-geo wants their rings wound, and as outlines without the antimeridian's seam.
 */
import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { planarArea, rewind } from './rings';

/** A list of polygons, each a list of rings (exterior first), as in a MultiPolygon. */
export type Polys = Position[][][];

/** A Polygon or MultiPolygon as a list of polygons. */
export function polygonsOf(g: Polygon | MultiPolygon): Polys {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/**
 * The polygon whose exterior ring encloses the most area, measured in the plane after `y`
 * maps latitudes (`mercatorY` to measure as the map shows it). The first wins a tie.
 */
export function largestPolygon(polys: Polys, y?: (lat: number) => number): Position[][] {
  return polys.reduce((a, b) => (planarArea(b[0], y) > planarArea(a[0], y) ? b : a));
}

/**
 * d3-geo reads rings on the sphere and takes a clockwise exterior ring as the inside; GeoJSON
 * (RFC 7946) winds exteriors counterclockwise, which d3 would draw as the rest of the world.
 */
export function forD3(polys: Polys): MultiPolygon {
  return { type: 'MultiPolygon', coordinates: polys.map((rings) => rewind(rings, 'clockwise')) };
}

/**
 * A shape's outline without the edges where the data was cut at the antimeridian, so that a
 * map centred across it (Russia, the Soviet Union) shows no seam through Chukotka.
 */
export function outline(polys: Polys): MultiLineString {
  const lines: Position[][] = [];
  for (const rings of polys)
    for (const ring of rings) {
      let line: Position[] = [ring[0]];
      for (let i = 1; i < ring.length; i++) {
        const [a, b] = [ring[i - 1], ring[i]];
        if (Math.abs(a[0]) === 180 && a[0] === b[0]) {
          if (line.length > 1) lines.push(line);
          line = [b];
        } else line.push(b);
      }
      if (line.length > 1) lines.push(line);
    }
  return { type: 'MultiLineString', coordinates: lines };
}
