/**
 * The union of the shapes a list of references names (`["country:SYR", "country:IRQ"]`):
 * areas are dissolved with Turf, so shared borders vanish and overlaps are drawn once; lines
 * are gathered into one MultiLineString (a river system has no inside to dissolve). Points
 * and mixtures have no single shape and are refused.
 */
import { featureCollection, feature } from '@turf/helpers';
import { union } from '@turf/union';
import type { MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { rewound, type AreaGeometry, type LineGeometry, type PlaceGeometry } from './geometry';

const isArea = (g: PlaceGeometry): g is AreaGeometry =>
  g.type === 'Polygon' || g.type === 'MultiPolygon';
const isLine = (g: PlaceGeometry): g is LineGeometry =>
  g.type === 'LineString' || g.type === 'MultiLineString';

export function unionOf(
  shapes: PlaceGeometry[],
): { geometry: PlaceGeometry } | { problem: string } {
  if (shapes.length === 0) return { problem: 'there is nothing to unite' };
  if (shapes.length === 1) return { geometry: shapes[0] };
  if (shapes.every(isArea)) {
    // Turf 7 (polyclip-ts) gives null when the union is empty, and throws on input it cannot
    // clip (self-intersections it cannot resolve); both become a problem, never a crash.
    let merged: Polygon | MultiPolygon | undefined;
    try {
      merged = union(featureCollection(shapes.map((g) => feature(g))))?.geometry;
    } catch (e) {
      return { problem: `the areas cannot be united (${(e as Error).message})` };
    }
    if (!merged) return { problem: 'the union of the areas is empty' };
    return { geometry: rewound(merged).geometry };
  }
  if (shapes.every(isLine)) {
    const lines: MultiLineString = {
      type: 'MultiLineString',
      coordinates: shapes.flatMap((g) =>
        g.type === 'LineString' ? [g.coordinates] : g.coordinates,
      ),
    };
    return { geometry: lines };
  }
  return {
    problem: `a union needs all areas or all lines, not ${[...new Set(shapes.map((g) => g.type))].join(' and ')}`,
  };
}
