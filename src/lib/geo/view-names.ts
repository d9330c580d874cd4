/**
 * Where the locator map names the countries and seas in a view, as a newsroom locator map does: every
 * country with room for its name is named inside the part of it the reader sees. A country
 * whose own label point is in view keeps it (names stay put while the reader pans); one cut by
 * the edge of the view, or by the place panel, is named at the pole of inaccessibility of its
 * part in view (Syria seen from Mosul, Turkey at the top of a view of Iraq). The live map calls
 * this whenever the camera comes to rest, the poster and the preview images once for their
 * framing, so the three name the same countries in the same places. A sea is named at its
 * label point, or, zoomed in where that is out of view, at the point the build chose for its
 * part near a small place (server/map-data/locator-context): the Mediterranean seen from Aleppo.
 */
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { bboxClip } from '@turf/bbox-clip';
import polylabel from 'polylabel';
import { byRank, contextSetting, contextType } from '../design';
import { setText, type FontTable } from '../labels/measure';
import { latitudeOf, mercatorY } from './mercator';
import { largestPolygon, polygonsOf } from './polygons';

/** A country as the map data carries it (server/map-data/map-json): its outline, name and rank. */
export interface CountryShape {
  name: string;
  /** Its rank by area (server/map-data/locator-context `countryRank`): 0 for the largest. */
  r: number;
  geometry: Polygon | MultiPolygon;
  /** Its whole-body pole, when the build found it (`wholePole`). */
  pole?: Pole;
}

/** What the reader sees: the box clear of the panel and controls, and the zoom. */
export interface View {
  /** West, south, east, north in degrees; west may be below -180 on a world view. */
  box: [number, number, number, number];
  zoom: number;
}

export interface CountryName {
  name: string;
  r: number;
  /** Half the name's width and height as set (labels/measure), in px. */
  hw: number;
  hh: number;
}

/** A point a sea may be named at (map/data `ContextProps` of a water feature). */
export interface WaterPoint {
  name: string;
  r: number;
  /** The zoom from which this point may be used. */
  z: number;
  /** Set on a point nearer a small place; the sea's own label point has none. */
  alt?: 1;
  at: Position;
}

/**
 * The zoom from which a country of each rank may be named: at the world view only the largest
 * (Russia, the United States), as on an atlas page; the rest once there is room around them.
 */
export const COUNTRY_ZOOM = [0, 1.5, 2.5, 3.5, 4.5] as const;

/**
 * A name needs a circle of this radius (px) inside the country's part in view: a line and a
 * half of the 10 to 12 px capitals, so a sliver at the edge of the view is not named, and
 * Lebanon is from z5 (about 10 px).
 */
const MIN_RADIUS_PX = 9;

/** The label point keeps its place if it is this far (share of the view) inside the view. */
const KEEP_INSIDE = 0.06;

/**
 * polylabel's precision (Mercator radians) for a country's whole body, computed once: 0.005,
 * about 13 px at z5, the camera's closest; finer costs polylabel far more on Russia or
 * Canada (84 ms against 10 for the world's countries, measured in Node). A part cut by the
 * view is placed to 2 px at the view's zoom.
 */
const WHOLE_PRECISION = 0.005;
const PART_PRECISION_PX = 2;

/** Pixels per Mercator radian at `zoom` (512 px tiles: 512 · 2^z px for 2π). */
const pxPerRadian = (zoom: number) => (512 * 2 ** zoom) / (2 * Math.PI);

/**
 * Half a context name's width and height (px) as the map sets it (map/context-layers): a
 * country's in capitals, each in its rank's size, spaced and wrapped as design/label-type says.
 */
export function halfSize(font: FontTable, name: string, t: 'country' | 'water', r: number) {
  const size = byRank(contextType[t], r);
  const { spacing, maxEm } = contextSetting[t];
  const text = t === 'country' ? name.toLocaleUpperCase('en') : name;
  const { w, h } = setText(font, text, size, spacing * size, maxEm);
  const r1 = (n: number) => Math.ceil(n * 5) / 10;
  return { hw: r1(w), hh: r1(h) };
}

type Box = [number, number, number, number];
type Rings = Position[][];

/** Outlines in the plane of the map: Mercator x and y in radians. */
const project = (rings: Rings): Rings =>
  rings.map((ring) => ring.map(([x, y]) => [(x * Math.PI) / 180, mercatorY(y)]));

/** The pole of inaccessibility of a projected polygon, and its distance to the edge. */
function pole(rings: Rings, precision: number): { at: Position; radius: number } {
  const p = polylabel(rings as [number, number][][], precision);
  return { at: [p[0], p[1]], radius: p.distance };
}

/** A country's whole-body pole: in Mercator radians, with its distance to the edge. */
export type Pole = ReturnType<typeof pole>;

/**
 * The pole of a country's largest polygon, found once: at build time for the map data
 * (server/map-data/map-json), so that the page does not run polylabel over Russia and Canada.
 */
export function wholePole(g: Polygon | MultiPolygon): Pole {
  return pole(largestPolygon(polygonsOf(g).map(project)), WHOLE_PRECISION);
}

/** Per outline, its box (Mercator), its pole, and, once a view cuts it, its projected polygons. */
interface Facts {
  box: Box;
  whole: Pole;
  polys?: Rings[];
}
const known = new WeakMap<Polygon | MultiPolygon, Facts>();
function facts(c: CountryShape): Facts {
  let f = known.get(c.geometry);
  if (!f) {
    const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
    for (const rings of polygonsOf(c.geometry))
      for (const [x, y] of rings[0]) {
        b[0] = Math.min(b[0], x);
        b[1] = Math.min(b[1], y);
        b[2] = Math.max(b[2], x);
        b[3] = Math.max(b[3], y);
      }
    // Mercator keeps a box a box: project its corners.
    const box: Box = [
      (b[0] * Math.PI) / 180,
      mercatorY(b[1]),
      (b[2] * Math.PI) / 180,
      mercatorY(b[3]),
    ];
    f = { box, whole: c.pole ?? wholePole(c.geometry) };
    known.set(c.geometry, f);
  }
  return f;
}

const round = (n: number) => Math.round(n * 1e3) / 1e3;
const toDegrees = ([x, y]: Position): Position => [
  round((x * 180) / Math.PI),
  round(latitudeOf(y)),
];

/**
 * The country names to draw in `view`, each at a point inside the country's part in view and
 * far enough from the view's edges for the whole name to show, the largest countries first
 * (their order is the map's symbol-sort-key). `skip` leaves out the countries the story
 * labels itself there (a story place whose label is in view).
 */
export function countryNames(
  countries: CountryShape[],
  view: View,
  font: FontTable,
  skip: (name: string) => boolean = () => false,
): Feature<Point, CountryName>[] {
  const [west, south, east, north] = view.box;
  // A world view wider than the world: every country is in it whole.
  const box: Box = [
    (Math.max(-180, west) * Math.PI) / 180,
    mercatorY(Math.max(-85, south)),
    (Math.min(180, east) * Math.PI) / 180,
    mercatorY(Math.min(85, north)),
  ];
  const scale = pxPerRadian(view.zoom);
  const minRadius = MIN_RADIUS_PX / scale;
  const keep = [(box[2] - box[0]) * KEEP_INSIDE, (box[3] - box[1]) * KEEP_INSIDE];
  const named: { f: Feature<Point, CountryName>; radius: number }[] = [];
  for (const c of countries) {
    if (view.zoom < COUNTRY_ZOOM[Math.min(c.r, COUNTRY_ZOOM.length - 1)] || skip(c.name)) continue;
    const fact = facts(c);
    const { box: own, whole } = fact;
    if (own[0] > box[2] || own[2] < box[0] || own[1] > box[3] || own[3] < box[1]) continue;
    // Where the name's centre may go: the view, less half the name on every side.
    const half = halfSize(font, c.name, 'country', c.r);
    const w = Math.max(half.hw / scale, keep[0]);
    const h = Math.max(half.hh / scale, keep[1]);
    const room: Box = [box[0] + w, box[1] + h, box[2] - w, box[3] - h];
    if (room[0] >= room[2] || room[1] >= room[3]) continue;
    const inside = (p: Position) =>
      p[0] > room[0] && p[0] < room[2] && p[1] > room[1] && p[1] < room[3];
    let best = inside(whole.at) ? whole : undefined;
    if (!best) {
      fact.polys ??= polygonsOf(c.geometry).map(project);
      const parts = fact.polys.flatMap((rings) => {
        // A polygon clipped to a box is a polygon (Turf types every geometry it may clip).
        const clipped = bboxClip({ type: 'Polygon', coordinates: rings }, room).geometry as Polygon;
        return clipped.coordinates.length && clipped.coordinates[0].length >= 4
          ? [clipped.coordinates]
          : [];
      });
      if (!parts.length) continue;
      best = pole(largestPolygon(parts), PART_PRECISION_PX / scale);
    }
    if (best.radius < minRadius) continue;
    named.push({
      f: {
        type: 'Feature',
        properties: { name: c.name, r: c.r, ...half },
        geometry: { type: 'Point', coordinates: toDegrees(best.at) },
      },
      radius: best.radius,
    });
  }
  // The most room first: MapLibre places symbols in this order when the sort key ties.
  return named
    .sort((a, b) => a.f.properties.r - b.f.properties.r || b.radius - a.radius)
    .map((n) => n.f);
}

/**
 * One name per sea in `view`: its own label point when far enough inside the view for the
 * name to show, otherwise its point nearest the view's centre that is.
 */
export function waterNames(
  points: WaterPoint[],
  view: View,
  font: FontTable,
): Feature<Point, CountryName>[] {
  const [west, south, east, north] = view.box;
  const scale = pxPerRadian(view.zoom);
  const box: Box = [
    (Math.max(-180, west) * Math.PI) / 180,
    mercatorY(Math.max(-85, south)),
    (Math.min(180, east) * Math.PI) / 180,
    mercatorY(Math.min(85, north)),
  ];
  const centre = [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
  const best = new Map<
    string,
    { p: WaterPoint; main: boolean; d: number; half: ReturnType<typeof halfSize> }
  >();
  for (const p of points) {
    if (view.zoom < p.z) continue;
    const half = halfSize(font, p.name, 'water', p.r);
    const w = half.hw / scale;
    const h = half.hh / scale;
    const [x, y] = [(p.at[0] * Math.PI) / 180, mercatorY(p.at[1])];
    if (x < box[0] + w || x > box[2] - w || y < box[1] + h || y > box[3] - h) continue;
    const d = Math.hypot(x - centre[0], y - centre[1]);
    const seen = best.get(p.name);
    const main = !p.alt;
    if (!seen || (main && !seen.main) || (main === seen.main && d < seen.d))
      best.set(p.name, { p, main, d, half });
  }
  return [...best.values()]
    .sort((a, b) => a.p.r - b.p.r)
    .map(({ p, half }) => ({
      type: 'Feature',
      properties: { name: p.name, r: p.r, ...half },
      geometry: { type: 'Point', coordinates: p.at },
    }));
}

/** A rectangle on the screen, in the map's pixels. */
export interface ScreenRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The names whose box stays clear of every rectangle (the map's controls: the scale bar under
 * the zoom buttons, the inset), `at` giving a name's place on the screen.
 */
export function clearOf<P extends { hw: number; hh: number }>(
  names: Feature<Point, P>[],
  at: (p: Position) => { x: number; y: number },
  rects: readonly ScreenRect[],
): Feature<Point, P>[] {
  return names.filter((f) => {
    const { x, y } = at(f.geometry.coordinates);
    const { hw: w, hh: h } = f.properties;
    return !rects.some(
      (r) => x - w < r.right && x + w > r.left && y - h < r.bottom && y + h > r.top,
    );
  });
}
