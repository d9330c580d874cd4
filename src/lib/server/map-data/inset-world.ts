/**
 * The locator inset's world (components/map/Inset): Natural Earth's 1:110m land (world-atlas)
 * as one SVG path in an equirectangular projection, x = longitude and y = -latitude, so the
 * page draws the map's frame over it with no projection code. Drawn once at build time.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import land110m from 'world-atlas/land-110m.json' with { type: 'json' };
import { colours } from '../../design';
import { followScheme } from '../../design/scheme-svg';
import { INSET_VIEW } from '../../map/locator';

/** Rings' points closer than this (degrees) are dropped: about a pixel of a 150 px inset. */
const STEP = 1.5;

function ring(points: Position[]): string {
  let d = '';
  let last: Position | undefined;
  for (const p of points) {
    if (last && Math.hypot(p[0] - last[0], p[1] - last[1]) < STEP) continue;
    d += `${d ? 'L' : 'M'}${Math.round(p[0])} ${Math.round(-p[1])}`;
    last = p;
  }
  return d + 'Z';
}

export function insetSvg(): string {
  const topo = land110m as unknown as Topology<{ land: GeometryCollection }>;
  const land = feature(topo, topo.objects.land);
  const polys = land.features.flatMap((f) => {
    const g = f.geometry as Polygon | MultiPolygon;
    return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  });
  // Outer rings only, and none smaller than a few points: islands under a pixel vanish.
  const d = polys
    .map((p) => p[0])
    .filter((r) => r.length > 6)
    .map(ring)
    .join('');
  const [x, y, w, h] = INSET_VIEW;
  // In the page's colour scheme, as the poster (design/scheme-svg).
  return followScheme(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x} ${y} ${w} ${h}">` +
      `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${colours.water}"/>` +
      `<path d="${d}" fill="${colours.border}"/></svg>`,
  );
}
