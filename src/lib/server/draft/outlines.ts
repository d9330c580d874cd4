/**
 * Divisions' outlines, to tell whether a town lies in one: "Mabini" in a story about Bohol,
 * "Victoria, British Columbia". Each is read once per process, with its bounding box to test
 * points fast.
 */
import { bbox } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import type { City } from '../gazetteer';
import { admin1 } from '../gazetteer/admin1';

export interface Outline {
  geometry: Polygon | MultiPolygon;
  /** [west, south, east, north]. */
  box: number[];
}

const cache = new Map<string, Outline | undefined>();

/** The outline of the division an `admin1:` ref names, or undefined for a point or no division. */
export function outlineOf(ref: string): Outline | undefined {
  if (cache.has(ref)) return cache.get(ref);
  const d = admin1(ref.slice('admin1:'.length));
  const outline =
    d && d.geometry.type !== 'Point' ? { geometry: d.geometry, box: bbox(d.geometry) } : undefined;
  cache.set(ref, outline);
  return outline;
}

/** Whether a town lies inside an outline. */
export function contains(o: Outline, c: City): boolean {
  const [w, s, e, n] = o.box;
  return (
    c.lng >= w &&
    c.lng <= e &&
    c.lat >= s &&
    c.lat <= n &&
    booleanPointInPolygon([c.lng, c.lat], o.geometry)
  );
}
