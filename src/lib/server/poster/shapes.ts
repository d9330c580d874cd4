/**
 * The poster's shapes as SVG (server/poster/poster): path data for lines and rings in MapLibre's
 * world units at zoom 0, the markers of point places and the lines of rivers and routes as
 * the map draws them at rest, and the locator map's rivers and lakes.
 */
import type { Geometry, Position } from 'geojson';
import type { Kind } from '../../core/kinds';
import { WORLD, toWorld as project } from '../../geo/mercator';
import { signedArea } from '../../geo/rings';
import { colours, kindColour, kindDash, rest } from '../../design';
import { riverWidth } from '../../labels/context-plan';
import type { ContextPlan } from '../../labels/types';

/** A radius in units to two significant digits (a tenth of a unit at the bundled scale). */
export const radius = (px: number, scale: number) => Number((px / scale).toPrecision(2));

/** Two decimals: a hundredth of a unit. */
export const round = (n: number) => Math.round(n * 100) / 100;

/** Strokes keep their width in screen pixels however far the poster is scaled. */
export const FIXED = 'vector-effect="non-scaling-stroke"';

/** A dash pattern given in line widths (as MapLibre's), in pixels. */
export const dash = (pattern: number[] | undefined, width: number) =>
  pattern ? ` stroke-dasharray="${pattern.map((d) => round(d * width)).join(' ')}"` : '';

/** Outlines smaller than this (square units) are dropped: under a pixel on a phone. */
export const MIN_RING_AREA = 0.5;

/**
 * SVG path data for lines or rings of [lon, lat] positions: projected, in tenths of a unit,
 * relative moves, repeated points dropped. The data is already cut at the antimeridian, so a
 * planar projection is enough (d3's spherical clipping would draw the world's edge around
 * rings it takes for inside out).
 */
export function pathData(lines: Position[][], closed: boolean, minArea = MIN_RING_AREA): string {
  let out = '';
  let px = 0;
  let py = 0;
  for (const line of lines) {
    const pts: [number, number][] = [];
    for (const [lon, lat] of line) {
      const [x, y] = project(lon, lat).map((n) => Math.round(n * 10)) as [number, number];
      const last = pts.at(-1);
      if (!last || last[0] !== x || last[1] !== y) pts.push([x, y]);
    }
    if (closed) {
      if (pts.length > 1 && pts[0][0] === pts.at(-1)![0] && pts[0][1] === pts.at(-1)![1]) pts.pop();
      if (pts.length < 3) continue;
      // In tenths of a unit: a hundredth of a square unit.
      if (Math.abs(signedArea(pts)) / 100 < minArea) continue;
    } else if (pts.length < 2) continue;
    const t = (n: number) => String(n / 10);
    // The first move is absolute (from 0,0 it is the same number), the others relative.
    out += `${out ? 'm' : 'M'}${t(pts[0][0] - px)},${t(pts[0][1] - py)}`;
    for (let i = 1; i < pts.length; i++)
      out += `l${t(pts[i][0] - pts[i - 1][0])},${t(pts[i][1] - pts[i - 1][1])}`.replace(',-', '-');
    if (closed) out += 'z';
    // After z the pen is back at the ring's start; after a line, at its end.
    [px, py] = closed ? pts[0] : pts.at(-1)!;
  }
  return out;
}

/** The rings of a polygon or multipolygon, or the lines of a line geometry. */
export function linesOf(g: Geometry): Position[][] {
  switch (g.type) {
    case 'Polygon':
    case 'MultiLineString':
      return g.coordinates;
    case 'MultiPolygon':
      return g.coordinates.flat();
    case 'LineString':
      return [g.coordinates];
    default:
      return [];
  }
}

/**
 * A point place's marker as the map draws it at rest: a city's dot, an approximate place's
 * ring, or a landmark's diamond (its half-diagonal `rest.landmarkRadius`), sized for a phone.
 */
export function markerOf(
  [lon, lat]: Position,
  kind: Kind,
  approximate: boolean,
  scale: number,
): string {
  const [x, y] = project(lon, lat).map(round);
  const stroke = `stroke-width="${rest.markerStroke}" ${FIXED}`;
  if (approximate) {
    const r = radius(rest.approximateRadius, scale);
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="${colours.markerRing}" fill-opacity="${rest.approximateFillOpacity}" stroke="${kindColour.region}" ${stroke}/>`;
  }
  if (kind === 'landmark') {
    const r = radius(rest.landmarkRadius, scale);
    const d = `M${x},${round(y - r)}l${r},${r}l${-r},${r}l${-r},${-r}z`.replace(/,-/g, '-');
    return `<path d="${d}" fill="${kindColour.landmark}" stroke="${colours.markerRing}" stroke-linejoin="round" ${stroke}/>`;
  }
  const r = radius(rest.cityRadius, scale);
  return `<circle cx="${x}" cy="${y}" r="${r}" fill="${kindColour.city}" stroke="${colours.markerRing}" ${stroke}/>`;
}

/**
 * The point places' markers as HTML over the poster's world (server/poster/poster), in screen pixels
 * as the map draws them at rest at every size of the image: a city's dot, an approximate
 * place's ring, a landmark's diamond, each in the three copies of the world. Each sits at its
 * point in the world's units (`var(--s)` a unit's pixels, the world's `<svg>` one world in).
 */
export function markersHtml(points: { at: Position; kind: Kind; approximate: boolean }[]): string {
  const cls = (p: (typeof points)[number]) =>
    p.approximate ? 'ma' : p.kind === 'landmark' ? 'ml' : 'mc';
  const at = (x: number, y: number) =>
    `left:calc(var(--s) * ${round(x)});top:calc(var(--s) * ${round(y)})`;
  return points
    .flatMap((p) => {
      const [x, y] = project(p.at[0], p.at[1]);
      return [0, 1, 2].map(
        (copy) => `<i class="${cls(p)}" style="${at(x + copy * WORLD, y)}"></i>`,
      );
    })
    .join('');
}

/**
 * The markers' rules: MapLibre strokes a circle outside its radius, so a border outside the
 * box; a landmark's diamond is a square turned, its half-diagonal `rest.landmarkRadius`.
 */
export function markersCss(cls: string): string {
  const box = (r: number) => `width:${2 * r}px;height:${2 * r}px`;
  const side = round(rest.landmarkRadius * Math.SQRT2);
  // The veil inside an approximate place's ring: the marker ring's colour at the map's opacity.
  const veil = Math.round(rest.approximateFillOpacity * 100);
  return (
    `.${cls} i{position:absolute;box-sizing:content-box;border:${rest.markerStroke}px solid ${colours.markerRing};` +
    `border-radius:50%;transform:translate(-50%,-50%)}` +
    `.${cls} .mc{${box(rest.cityRadius)};background:${kindColour.city}}` +
    `.${cls} .ma{${box(rest.approximateRadius)};background:color-mix(in srgb,${colours.markerRing} ${veil}%,transparent);border-color:${kindColour.region}}` +
    `.${cls} .ml{width:${side}px;height:${side}px;border-radius:0;background:${kindColour.landmark};` +
    `transform:translate(-50%,-50%) rotate(45deg)}`
  );
}

/** A river or route as the map draws it at rest: its colour over a casing of the ring's colour. */
export function lineOf(d: string, kind: Kind): string {
  const w = rest.lineWidth;
  const casing = `<path d="${d}" fill="none" stroke="${colours.markerRing}" stroke-opacity="0.85" stroke-width="${w + 2 * rest.lineCasing}" stroke-linejoin="round" stroke-linecap="round" ${FIXED}/>`;
  // A river is solid; a route, or a line of any other kind, dashed as a route (map/place-layers).
  const pattern = kind === 'water' ? '' : dash(kindDash.route, w);
  const cap = kind === 'water' ? 'round' : 'butt';
  return (
    casing +
    `<path d="${d}" fill="none" stroke="${kindColour[kind]}" stroke-width="${w}"${pattern} stroke-linejoin="round" stroke-linecap="${cap}" ${FIXED}/>`
  );
}

/** Rivers and lakes of one layout, in world units over the middle world, widths in pixels. */
export function waterPaths(plan: ContextPlan, zoom: number, cls: string): string {
  const river = (g: Geometry) => pathData(linesOf(g), false);
  const lake = (g: Geometry) => pathData(linesOf(g), true, 0);
  const lakes = plan.lakes.map((f) => lake(f.geometry)).join('');
  const rivers = plan.rivers.map((f) => river(f.geometry)).join('');
  return (
    `<g class="${cls}">` +
    (lakes
      ? `<path d="${lakes}" fill="${colours.water}" stroke="${colours.coast}" stroke-width="${round(rest.coastWidth)}" ${FIXED}/>`
      : '') +
    (rivers
      ? `<path d="${rivers}" fill="none" stroke="${colours.contextRiver}" stroke-width="${round(riverWidth(zoom))}" stroke-linejoin="round" stroke-linecap="round" ${FIXED}/>`
      : '') +
    `</g>`
  );
}
