/**
 * Camera framing: the bounding box of a set of geometries, aware of the antimeridian, and the
 * padding that keeps them clear of whatever covers the map (the panel or bottom sheet).
 */
import type { Geometry, Position } from 'geojson';

/** [west, south, east, north]; east may exceed 180 when the box crosses the antimeridian. */
export type BBox = [number, number, number, number];

function positions(g: Geometry, out: Position[] = []): Position[] {
  switch (g.type) {
    case 'Point':
      out.push(g.coordinates);
      break;
    case 'MultiPoint':
    case 'LineString':
      out.push(...g.coordinates);
      break;
    case 'Polygon':
    case 'MultiLineString':
      for (const r of g.coordinates) out.push(...r);
      break;
    case 'MultiPolygon':
      for (const p of g.coordinates) for (const r of p) out.push(...r);
      break;
    case 'GeometryCollection':
      for (const c of g.geometries) positions(c, out);
      break;
  }
  return out;
}

/**
 * Shifting the box across the antimeridian must save at least this much width (degrees):
 * readers expect a map centred on the Atlantic side unless the Pacific one is clearly tighter.
 */
const SHIFT_GAIN = 45;

/**
 * The box around the geometries. A box is tried both in -180..180 and with western longitudes
 * shifted by 360; the shifted one wins when it is clearly narrower, so Russia is framed from
 * the Baltic to Chukotka instead of around the whole world.
 */
export function bboxOf(geometries: Geometry[]): BBox | undefined {
  let s = Infinity,
    n = -Infinity,
    w = Infinity,
    e = -Infinity,
    ws = Infinity,
    es = -Infinity;
  for (const g of geometries)
    for (const [x, y] of positions(g)) {
      s = Math.min(s, y);
      n = Math.max(n, y);
      w = Math.min(w, x);
      e = Math.max(e, x);
      const shifted = x < 0 ? x + 360 : x;
      ws = Math.min(ws, shifted);
      es = Math.max(es, shifted);
    }
  if (!isFinite(s)) return undefined;
  return es - ws < e - w - SHIFT_GAIN ? [ws, s, es, n] : [w, s, e, n];
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The camera's margin around what it frames: 48 px, or 24 px on a map narrower than 500 px.
 * The map's poster (lib/server/poster/poster.ts) frames itself with the same numbers.
 */
export const CAMERA_MARGIN = { wide: 48, narrow: 24, narrowBelow: 500 } as const;

export function cameraMargin(mapWidth: number): number {
  return mapWidth < CAMERA_MARGIN.narrowBelow ? CAMERA_MARGIN.narrow : CAMERA_MARGIN.wide;
}

/**
 * The poster's two sets of names and framings (server/poster/poster-names), each shown on its side of
 * the padding's breakpoint, as the poster's container queries choose them.
 */
export type PosterLayout = 'wide' | 'narrow';

export function posterLayout(mapWidth: number): PosterLayout {
  return mapWidth < CAMERA_MARGIN.narrowBelow ? 'narrow' : 'wide';
}

/**
 * A padding less the camera's margin: the part of the map that the panel (and, with the
 * camera's padding, the controls) actually covers, for what is seen rather than framed.
 */
export function lessMargin(pad: Padding, mapWidth: number): Padding {
  const m = cameraMargin(mapWidth);
  const less = (p: number) => Math.max(0, p - m);
  return {
    top: less(pad.top),
    right: less(pad.right),
    bottom: less(pad.bottom),
    left: less(pad.left),
  };
}

/**
 * Padding for the camera: a margin on every side, plus the part of the map an overlay covers.
 * An overlay wider than tall covers the bottom (mobile sheet); otherwise the side it touches.
 */
export function cameraPadding(map: Rect, overlay: Rect | undefined, margin = 40): Padding {
  const pad = { top: margin, right: margin, bottom: margin, left: margin };
  if (!overlay) return pad;
  const w = Math.min(map.right, overlay.right) - Math.max(map.left, overlay.left);
  const h = Math.min(map.bottom, overlay.bottom) - Math.max(map.top, overlay.top);
  if (w <= 0 || h <= 0) return pad;
  const mapW = map.right - map.left;
  const mapH = map.bottom - map.top;
  if (w >= mapW * 0.9) {
    // Spans the full width: a sheet at the top or bottom.
    if (overlay.top > map.top) pad.bottom += map.bottom - overlay.top;
    else pad.top += overlay.bottom - map.top;
  } else if (h >= mapH * 0.5) {
    if (overlay.left > map.left) pad.right += map.right - overlay.left;
    else pad.left += overlay.right - map.left;
  }
  return capPadding(pad, mapW, mapH);
}

/** The gap between a control and what the camera frames, in pixels. */
export const CONTROL_GAP = 8;

/**
 * Padding grown so that what the camera frames keeps clear of the map's controls (zoom
 * buttons, "Show all places", the legend, the inset and the scale bar). A control sits in a
 * corner, so one side's padding clears it: the side that costs the least share of the map.
 */
export function clearOfControls(map: Rect, pad: Padding, controls: Rect[]): Padding {
  const out = { ...pad };
  const mapW = map.right - map.left;
  const mapH = map.bottom - map.top;
  for (const c of controls) {
    if (c.right <= c.left || c.bottom <= c.top) continue;
    const options: [keyof Padding, number, number][] = [];
    if (c.top - map.top < mapH / 2) options.push(['top', c.bottom - map.top + CONTROL_GAP, mapH]);
    else options.push(['bottom', map.bottom - c.top + CONTROL_GAP, mapH]);
    if (c.left - map.left < mapW / 2)
      options.push(['left', c.right - map.left + CONTROL_GAP, mapW]);
    else options.push(['right', map.right - c.left + CONTROL_GAP, mapW]);
    const cost = ([side, need, size]: [keyof Padding, number, number]) =>
      Math.max(0, need - out[side]) / size;
    const [side, need] = options.reduce((a, b) => (cost(b) < cost(a) ? b : a));
    out[side] = Math.max(out[side], need);
  }
  return capPadding(out, mapW, mapH);
}

/** Never less than a third of the map left for the place itself. */
export function capPadding(pad: Padding, mapW: number, mapH: number): Padding {
  // Never leave less than a third of the map for the place itself.
  const maxH = mapH * (2 / 3);
  const maxW = mapW * (2 / 3);
  pad.bottom = Math.min(pad.bottom, maxH);
  pad.top = Math.min(pad.top, maxH);
  pad.right = Math.min(pad.right, maxW);
  pad.left = Math.min(pad.left, maxW);
  return pad;
}

/** The map's least zoom (map/load's minZoom): the whole world, 512 px wide. */
export const MIN_ZOOM = 0;
