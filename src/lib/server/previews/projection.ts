/**
 * The previews' map projection: Web Mercator like the site's map (d3's geoMercator, which
 * geo/mercator.test.ts checks against the site's own), framed on a place.
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Rect } from '../../core/framing';
import type { PlaceGeometry } from '../../core/geometry';
import { latitudeOf, mercatorY } from '../../geo/mercator';
import { frameOf, type Frame } from '../map-data/main-body';
import { MAP_PANEL } from './layout';

/**
 * A Mercator projection (the site's map is Web Mercator too) centred on the frame and scaled
 * so the frame fills the panel: fitExtent's arithmetic, done on the frame's box directly
 * because in a world view the context may reach past ±180°, where inverse points would wrap.
 */
export function frameProjection(frame: Frame, panel: Rect = MAP_PANEL): GeoProjection {
  const rad = Math.PI / 180;
  const [west, south, east, north] = frame.box;
  const x0 = (west - frame.centre) * rad;
  const x1 = (east - frame.centre) * rad;
  const y0 = mercatorY(south);
  const y1 = mercatorY(north);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  let hw = (x1 - x0) / 2 / frame.fill;
  let hh = (y1 - y0) / 2 / frame.fill;
  // Minimum context: a circle of minRadiusDeg around the centre (Mercator is conformal, so
  // the circle's box is its latitude extent, scaled by the local stretch).
  const lat = latitudeOf(cy);
  const r = frame.minRadiusDeg;
  const top = mercatorY(Math.min(lat + r, 85));
  const bottom = mercatorY(Math.max(lat - r, -85));
  hh = Math.max(hh, top - cy, cy - bottom);
  hw = Math.max(hw, (r * rad) / Math.cos(lat * rad));
  // A world map stops at the antimeridian: beyond it d3 draws nothing but water, so the view
  // is kept within ±180° of the centre.
  hw = Math.min(hw, Math.PI);
  const width = panel.right - panel.left;
  const height = panel.bottom - panel.top;
  const k = Math.min(width / (2 * hw), height / (2 * hh));
  const seen = Math.min(Math.PI, width / (2 * k));
  const x = Math.min(Math.max(cx, -Math.PI + seen), Math.PI - seen);
  return geoMercator()
    .rotate([-frame.centre, 0])
    .scale(k)
    .translate([panel.left + width / 2 - k * x, panel.top + height / 2 + k * cy]);
}

/** The projection a place's preview uses. */
export function placeProjection(g: PlaceGeometry, panel: Rect = MAP_PANEL): GeoProjection {
  return frameProjection(frameOf(g), panel);
}

/** d3's path generator for a projection, to a tenth of a pixel. */
export function pathOf(projection: GeoProjection) {
  return geoPath(projection).digits(1);
}

/** Degrees of longitude the map shows across the panel. */
export function spanOf(projection: GeoProjection, panel: Rect): number {
  return ((panel.right - panel.left) / projection.scale()) * (180 / Math.PI);
}
