/**
 * A preview's map as the live map would frame it (server/labels/context-svg `StillView`): what the
 * reader sees and the MapLibre zoom that shows it at the map's pixel sizes.
 */
import type { GeoProjection } from 'd3-geo';
import type { Geometry } from 'geojson';
import type { Rect } from '../../core/framing';
import { forD3, polygonsOf } from '../../geo/polygons';
import type { StillView } from '../../labels/types';

/**
 * Preview pixels per pixel of the live map. A chat shows the 1200 px image at about 500 px:
 * drawn at the map's own sizes (10 to 12 px names) its context would be unreadable there, so
 * the preview is the map at 1.5 device pixels per pixel: its names one and a half times the
 * map's, and its zoom the one that shows the panel at 720 / 1.5 = 480 map pixels.
 */
export const PREVIEW_RATIO = 1.5;

/** The framing of `projection` over `panel`, as a MapLibre view (512 px tiles). */
export function stillView(projection: GeoProjection, panel: Rect): StillView {
  // d3's scale is pixels per radian; MapLibre's zoom z has 512 · 2^z pixels per 2π.
  const zoom = Math.log2((2 * Math.PI * projection.scale()) / (512 * PREVIEW_RATIO));
  const nw = projection.invert!([panel.left, panel.top])!;
  const se = projection.invert!([panel.right, panel.bottom])!;
  // A view across the antimeridian: its west below -180, as geo/view-names takes it.
  const west = nw[0] > se[0] ? nw[0] - 360 : nw[0];
  return {
    project: (p) => projection(p as [number, number]) ?? undefined,
    view: { box: [west, se[1], se[0], nw[1]], zoom },
    ratio: PREVIEW_RATIO,
  };
}

/** A lake wound as d3 wants it (clockwise on the sphere); a line as it is. */
export function forD3Shape(g: Geometry): Geometry {
  return g.type === 'Polygon' || g.type === 'MultiPolygon' ? forD3(polygonsOf(g)) : g;
}
