/**
 * Web Mercator as MapLibre draws it: the one definition the map data, the poster, the preview
 * images and the tests all use. Pure arithmetic, safe in the browser, on the server and in
 * scripts.
 */

/**
 * The latitude where Web Mercator's square world ends: atan(sinh(π)) in degrees, so that the
 * world is as tall as it is wide. MapLibre clamps to the same value.
 */
export const MAX_LAT = 85.051129;

/** MapLibre's world at zoom 0 is one 512 px tile; it doubles with each zoom level. */
export const WORLD = 512;

/** Mercator's y for a latitude in degrees, in radians of the unit world (0 at the equator). */
export function mercatorY(lat: number): number {
  return Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
}

/** The latitude in degrees of a Mercator y (the inverse of `mercatorY`). */
export function latitudeOf(y: number): number {
  return (360 / Math.PI) * Math.atan(Math.exp(y)) - 90;
}

/**
 * Where a longitude and latitude are in MapLibre's world pixels at `zoom`: x grows eastwards
 * from 0 at 180°W, y southwards from 0 at MAX_LAT (latitudes beyond it are clamped, as the map
 * does). Longitudes past 180° continue to the east, so a box shifted across the antimeridian
 * stays in one piece.
 */
export function toWorld(lng: number, lat: number, zoom = 0): [number, number] {
  const size = WORLD * 2 ** zoom;
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  // Half the world plus the offset from the centre, in this order: the poster's numbers were
  // made so (d3's geoMercator scaled by size / 2π and translated by half the world).
  return [size / 2 + (lng / 360) * size, size / 2 - (size / (2 * Math.PI)) * mercatorY(clamped)];
}
