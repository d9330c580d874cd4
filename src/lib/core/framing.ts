/**
 * Camera framing: the bounding box of a set of geometries, aware of the antimeridian, and the
 * padding that keeps them clear of whatever covers the map (the panel or bottom sheet).
 */
import type { Geometry, Position } from 'geojson';
import { MAX_LAT, WORLD, mercatorY } from '../geo/mercator';

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

function capPadding(pad: Padding, mapW: number, mapH: number): Padding {
  // Never leave less than a third of the map for the place itself.
  const maxH = mapH * (2 / 3);
  const maxW = mapW * (2 / 3);
  pad.bottom = Math.min(pad.bottom, maxH);
  pad.top = Math.min(pad.top, maxH);
  pad.right = Math.min(pad.right, maxW);
  pad.left = Math.min(pad.left, maxW);
  return pad;
}

/** A label's reach from its point at rest, in pixels: [sideways, up or down] (map-data). */
export type Reach = readonly [number, number];

/** The gap left between a label and the map's edge, in pixels. */
const EDGE_GAP = 6;
/** Rounds of growing the padding: each one changes the zoom a little, so a few settle it. */
const REACH_ROUNDS = 3;

/**
 * Padding grown so that the labels of the places framed stay on the map: the camera fits the
 * label points (or main bodies) within the padding, but a city's name runs beside its dot and
 * an area's name is centred on its point, so a place at the frame's edge would have its name
 * cut by the map's edge (Mosul's, at the right of a frame from the United States to Iraq).
 * Fits the box as MapLibre's fitBounds does (the box centred in the padded map, at most
 * `maxZoom`), finds how far each label runs past the edge, and grows that side's padding.
 */
export function clearOfLabels(
  bbox: BBox,
  pad: Padding,
  size: { width: number; height: number },
  maxZoom: number,
  labels: { at: Position; reach: Reach }[],
): Padding {
  const [w, s, e, n] = bbox;
  // Longitudes and Mercator y, in zoom-0 world pixels.
  const px = (lon: number) => ((lon - w + (lon < w - 1e-9 ? 360 : 0)) / 360) * WORLD;
  const py = (lat: number) =>
    (mercatorY(clampLat(n)) - mercatorY(clampLat(lat))) * (WORLD / (2 * Math.PI));
  const dx = px(e);
  const dy = py(s);
  // MapLibre zooms out no further than its least zoom, nor so far that the world is shorter
  // than the map (a tall desktop map stops at about zoom 0.64).
  const minScale = Math.max(2 ** MIN_ZOOM, size.height / WORLD);
  let out = { ...pad };
  for (let round = 0; round < REACH_ROUNDS; round++) {
    const innerW = size.width - out.left - out.right;
    const innerH = size.height - out.top - out.bottom;
    if (innerW <= 0 || innerH <= 0) break;
    const fit = Math.min(
      dx > 0 ? innerW / dx : Infinity,
      dy > 0 ? innerH / dy : Infinity,
      2 ** maxZoom,
    );
    const scale = Math.max(fit, minScale);
    // Where MapLibre's fitBounds puts the box: its middle offset from the map's by half the
    // padding's difference, in pixels at the zoom that fits; when that zoom is below the
    // least, the map shows the least and the offset grows with it (k > 1).
    const k = scale / fit;
    const cx = size.width / 2 + ((out.left - out.right) / 2) * k;
    const cy = size.height / 2 + ((out.top - out.bottom) / 2) * k;
    const x0 = cx - (dx * scale) / 2;
    const y0 = cy - (dy * scale) / 2;
    const need = { top: 0, right: 0, bottom: 0, left: 0 };
    for (const { at, reach } of labels) {
      const x = x0 + px(at[0]) * scale;
      const y = y0 + py(at[1]) * scale;
      need.left = Math.max(need.left, EDGE_GAP - (x - reach[0]));
      need.right = Math.max(need.right, x + reach[0] - (size.width - EDGE_GAP));
      need.top = Math.max(need.top, EDGE_GAP - (y - reach[1]));
      need.bottom = Math.max(need.bottom, y + reach[1] - (size.height - EDGE_GAP));
    }
    if (Object.values(need).every((v) => v < 0.5)) break;
    // Fitted, a side's padding moves the box's edge by as much. At the least zoom it would
    // move the box the wrong way (the offset grows with k): `windowOnLabels` handles that.
    const [gx, gy] = [dx * scale > innerW + 0.5, dy * scale > innerH + 0.5].map((clamped) =>
      clamped ? 0 : 1,
    );
    const grow = {
      left: Math.max(0, Math.ceil(need.left * gx)),
      right: Math.max(0, Math.ceil(need.right * gx)),
      top: Math.max(0, Math.ceil(need.top * gy)),
      bottom: Math.max(0, Math.ceil(need.bottom * gy)),
    };
    // Never less than an eighth of the map (64 px at least) inside the padding: fitBounds
    // needs room, and a frame squeezed further would show its places as a speck.
    const room = (size: number, a: number, b: number, ga: number, gb: number) => {
      const spare = size - Math.max(64, size / 8) - a - b;
      return ga + gb <= spare ? 1 : Math.max(0, spare) / (ga + gb);
    };
    const fx = room(size.width, out.left, out.right, grow.left, grow.right);
    const fy = room(size.height, out.top, out.bottom, grow.top, grow.bottom);
    out = capPadding(
      {
        left: out.left + Math.floor(grow.left * fx),
        right: out.right + Math.floor(grow.right * fx),
        top: out.top + Math.floor(grow.top * fy),
        bottom: out.bottom + Math.floor(grow.bottom * fy),
      },
      size.width,
      size.height,
    );
  }
  return out;
}

/**
 * The part of a box the map can show when the box is wider than the padded map even at the
 * least zoom (a focus on "the West" beside the panel): a window as wide as the map shows
 * there, over the focused names (each with its reach), otherwise as near the box's middle as
 * they allow. The box itself when it fits, or when the names alone are wider.
 */
export function windowOnLabels(
  bbox: BBox,
  pad: Padding,
  size: { width: number; height: number },
  labels: { at: Position; reach: Reach }[],
): BBox {
  const [w, s, e, n] = bbox;
  const minScale = Math.max(2 ** MIN_ZOOM, size.height / WORLD);
  const innerW = size.width - pad.left - pad.right;
  const degPerPx = 360 / (WORLD * minScale);
  // The window's width in degrees, a little inside so that fitBounds takes it at once.
  const span = innerW * degPerPx * 0.98;
  if (innerW <= 0 || e - w <= span || labels.length === 0) return bbox;
  const lon = (x: number) => (x < w - 1e-9 ? x + 360 : x);
  const lefts = labels.map((l) => lon(l.at[0]) - (l.reach[0] + EDGE_GAP) * degPerPx);
  const rights = labels.map((l) => lon(l.at[0]) + (l.reach[0] + EDGE_GAP) * degPerPx);
  const [lo, hi] = [Math.max(...rights) - span / 2, Math.min(...lefts) + span / 2];
  if (lo > hi) return bbox;
  const middle = Math.min(hi, Math.max(lo, (w + e) / 2));
  return [middle - span / 2, s, middle + span / 2, n];
}

/** The map's least zoom (map/load's minZoom): the whole world, 512 px wide. */
export const MIN_ZOOM = 0;

const clampLat = (lat: number) => Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
