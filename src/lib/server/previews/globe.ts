/**
 * The globe in a corner of a preview's map that shows where on Earth the map is.
 */
import { geoOrthographic, geoPath, type GeoProjection } from 'd3-geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Rect } from '../../core/framing';
import { colours } from '../../design';
import type { Basemap } from './basemap';
import { spanOf } from './projection';

export const GLOBE_RADIUS = 54;
const GLOBE_INSET = 18;

/**
 * Where the globe goes: the corner of the map that hides least of the place (sampled on a
 * grid), bottom right when it hides nothing.
 */
export function globeCorner(
  projection: GeoProjection,
  panel: Rect,
  shape: MultiPolygon | undefined,
): [number, number] {
  const off = GLOBE_RADIUS + GLOBE_INSET;
  const corners: [number, number][] = [
    [panel.right - off, panel.bottom - off],
    [panel.right - off, panel.top + off],
    [panel.left + off, panel.bottom - off],
    [panel.left + off, panel.top + off],
  ];
  if (!shape) return corners[0];
  const screen = onScreen(projection, shape);
  const hidden = ([cx, cy]: [number, number]) => {
    let n = 0;
    for (let i = -3; i <= 3; i++)
      for (let j = -3; j <= 3; j++) {
        const step = (GLOBE_RADIUS + GLOBE_INSET) / 3;
        if (screen.contains(cx + i * step, cy + j * step)) n++;
      }
    return n;
  };
  const scores = corners.map(hidden);
  return corners[scores.indexOf(Math.min(...scores))];
}

/** A small globe in the corner showing where the map is, for maps smaller than a continent. */
export function globeSvg(
  projection: GeoProjection,
  basemap: Basemap,
  panel: Rect,
  [cx, cy]: [number, number],
): string {
  if (spanOf(projection, panel) > 70) return '';
  const tl = projection.invert!([panel.left, panel.top]);
  const br = projection.invert!([panel.right, panel.bottom]);
  if (!tl || !br) return '';
  const [west, north, south] = [tl[0], tl[1], br[1]];
  const east = br[0] < west ? br[0] + 360 : br[0];
  const radius = GLOBE_RADIUS;
  const centre: [number, number] = [(west + east) / 2, (south + north) / 2];
  const globe = geoOrthographic()
    .rotate([-centre[0], -centre[1] * 0.75])
    .scale(radius)
    .translate([cx, cy])
    .clipAngle(90);
  const path = geoPath(globe).digits(1);
  // The map's extent, edges densified: parallels are not great circles. Clockwise for d3.
  const ring: Position[] = [];
  const steps = 12;
  for (let i = 0; i <= steps; i++) ring.push([west, south + ((north - south) * i) / steps]);
  for (let i = 1; i <= steps; i++) ring.push([west + ((east - west) * i) / steps, north]);
  for (let i = 1; i <= steps; i++) ring.push([east, north - ((north - south) * i) / steps]);
  for (let i = 1; i <= steps; i++) ring.push([east - ((east - west) * i) / steps, south]);
  const extent: Polygon = { type: 'Polygon', coordinates: [ring] };
  return [
    `<circle cx="${cx}" cy="${cy}" r="${radius + 3}" fill="#fff" fill-opacity="0.85"/>`,
    `<path d="${path({ type: 'Sphere' }) ?? ''}" fill="${colours.water}" stroke="${colours.coast}" stroke-width="1"/>`,
    `<path d="${path(basemap.land) ?? ''}" fill="${colours.land}"/>`,
    `<path d="${path(basemap.coast) ?? ''}" fill="none" stroke="${colours.coast}" stroke-width="0.4"/>`,
    `<path d="${path(extent) ?? ''}" fill="${colours.accent}" fill-opacity="0.25" stroke="${colours.accent}" stroke-width="1.6" stroke-linejoin="round"/>`,
  ].join('');
}

/** A shape as drawn: its projected (and clipped) rings, for point tests in pixels. */
interface Screen {
  contains(x: number, y: number): boolean;
}

/**
 * Projects a shape once and tests points against it in the plane (even-odd, so holes work):
 * far cheaper than geoContains on the sphere for every point of a grid.
 */
function onScreen(projection: GeoProjection, shape: MultiPolygon): Screen {
  const rings: number[][][] = [];
  geoPath(projection, {
    moveTo: (x, y) => void rings.push([[x, y]]),
    lineTo: (x, y) => void rings[rings.length - 1].push([x, y]),
    closePath: () => {},
    beginPath: () => {},
    arc: () => {},
  })(shape);
  return {
    contains(x, y) {
      let inside = false;
      for (const ring of rings)
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const [xi, yi] = ring[i];
          const [xj, yj] = ring[j];
          if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
        }
      return inside;
    },
  };
}
