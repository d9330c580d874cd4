/**
 * The previews' symbols for the kinds the live map draws as lines and diamonds: a river or
 * route as a line over a white casing (a route dashed, as on the map), and a landmark's diamond.
 */
import type { GeoProjection } from 'd3-geo';
import type { LineString, MultiLineString } from 'geojson';
import type { Kind } from '../../core/kinds';
import { kindDash } from '../../design';
import type { Placer } from '../../labels/placement';
import { pathOf } from './projection';
import { r1 } from '../text/svg-text';

/** A river, or a route (any kind but water is dashed as a route, as map/place-layers does). */
export function lineSvg(
  projection: GeoProjection,
  g: LineString | MultiLineString,
  kind: Kind,
  colour: string,
  width: number,
  opacity = 1,
): string {
  const d = pathOf(projection)(g) ?? '';
  return d ? casedLineSvg(d, kind, colour, width, opacity) : '';
}

/** SVG path data `d` drawn as a river or a route: the line over a white casing. */
export function casedLineSvg(
  d: string,
  kind: Kind,
  colour: string,
  width: number,
  opacity = 1,
): string {
  const river = kind === 'water';
  const dash = river ? '' : (kindDash.route ?? []).map((n) => r1(n * width)).join(' ');
  return (
    `<path d="${d}" fill="none" stroke="#fff" stroke-opacity="${0.9 * opacity}" stroke-width="${width + 4}" stroke-linejoin="round" stroke-linecap="round"/>` +
    `<path d="${d}" fill="none" stroke="${colour}" stroke-opacity="${opacity}" stroke-width="${width}" stroke-linejoin="round" stroke-linecap="${river ? 'round' : 'butt'}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`
  );
}

/**
 * Reserves the pixels a line runs through, as small boxes every `step` px along it, so that
 * names go beside a river rather than on it.
 */
export function reserveLine(
  projection: GeoProjection,
  g: LineString | MultiLineString,
  placer: Placer,
  half = 4,
  step = 12,
): void {
  const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  for (const line of lines) {
    const pts = line
      .map((p) => projection(p as [number, number]))
      .filter((p): p is [number, number] => !!p);
    for (let i = 1; i < pts.length; i++) {
      const [[x0, y0], [x1, y1]] = [pts[i - 1], pts[i]];
      const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / step));
      for (let k = 0; k <= n; k++) {
        const [x, y] = [x0 + ((x1 - x0) * k) / n, y0 + ((y1 - y0) * k) / n];
        placer.add({ x0: x - half, y0: y - half, x1: x + half, y1: y + half });
      }
    }
  }
}

/** A landmark's diamond, `r` px from its centre to each corner, ringed in white. */
export function diamondSvg(
  [x, y]: [number, number],
  r: number,
  colour: string,
  opacity = 1,
): string {
  const d = `M${r1(x)} ${r1(y - r)}L${r1(x + r)} ${r1(y)}L${r1(x)} ${r1(y + r)}L${r1(x - r)} ${r1(y)}Z`;
  return `<path d="${d}" fill="${colour}" fill-opacity="${opacity}" stroke="#fff" stroke-width="3" stroke-linejoin="round"/>`;
}
