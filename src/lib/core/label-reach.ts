/**
 * Names kept on the map: the camera fits the places' points, but a city's name runs beside its
 * dot and an area's name is centred on its point, so the padding grows where a focused name
 * would run off the map's edge, and a frame too wide to show whole becomes a window over the
 * focused names. Each label's reach is measured at build time (labels/story-labels).
 */
import type { Position } from 'geojson';
import { MAX_LAT, WORLD, mercatorY } from '../geo/mercator';
import { MIN_ZOOM, capPadding, type BBox, type Padding } from './framing';

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

const clampLat = (lat: number) => Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
