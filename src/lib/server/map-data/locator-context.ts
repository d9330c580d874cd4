/**
 * The locator map's context around the story (docs/cartography.md): seas and oceans, the
 * main rivers and lakes, reference cities, from the offline gazetteer. (The countries are
 * named in each view from the basemap's outlines: geo/view-names.) Only names, points, ranks and simplified lines: the map data has a budget
 * (map-size.ts). Detail follows where the camera goes: finer ranks only near the story's
 * small places (a city, a river), where the camera zooms in; elsewhere the coarse ones.
 */
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { simplify } from '@turf/simplify';
import { bboxClip } from '@turf/bbox-clip';
import { labelPoint } from '../../geo/label-points';
import type { BuiltStory } from '../../core/story';
import type { ContextProps } from '../../map/data';
import { contextLayers, type Box } from '../gazetteer';
import { fold } from '../gazetteer/names';
import { overlaps } from '../gazetteer/context-features';
import { frameOf } from './main-body';

/**
 * Each feature's properties (map/data `ContextProps`): `t` what it is, `name`, `r` its
 * importance (0 first: symbol-sort-key and label size), `z` the zoom from which the map shows
 * it, `cap` for a capital.
 */
export type { ContextProps };

/** Degrees around the story's extent: the neighbours of a place at its edge are named too. */
const MARGIN = 10;
/** A place framed narrower than this (degrees) is one the camera zooms in on. */
const SMALL = 15;
/** Degrees around a small place where finer ranks are kept. */
const NEAR = 4;
/**
 * Rivers simplified to 0.03° (about 3 km): finer than a pixel at the overview, and at z5,
 * the camera's closest (core/camera MAX_ZOOM), under two pixels.
 */
const RIVER_TOLERANCE = 0.03;
const LAKE_TOLERANCE = 0.05;
/** From this zoom a sea may be named near a small place rather than at its label point. */
const NEAR_ZOOM = 4;
/** Degrees around a small place within which a sea gets a point nearer it. */
const NEAR_WATER = 7;
/** A sea's part near a place is named if it spans this much (degrees): 45 px at z5. */
const MIN_PART = 1;
/** Natural Earth scaleranks kept everywhere, and near a small place. */
export const RANK = {
  water: { far: 2, near: 3 },
  river: { far: 1, near: 5 },
  lake: { far: 0, near: 3 },
  city: { far: 1, near: 6 },
} as const;

/**
 * The gazetteer's names where English-language news uses another: AP's stylebook keeps
 * Turkey, and AP and Reuters write Erbil (Natural Earth's romanisation is Irbil). GeoNames'
 * names are no better in general (Genève, Köln).
 */
const ENGLISH: Record<string, string> = { Türkiye: 'Turkey', Irbil: 'Erbil', Trablous: 'Tripoli' };
export const english = (name: string) => ENGLISH[name] ?? name;

const round = (n: number) => Math.round(n * 1e3) / 1e3;
const pt = (p: Position): Geometry => ({ type: 'Point', coordinates: [round(p[0]), round(p[1])] });

/** The country's label rank by area (km²): the largest first, and shown from further out. */
export function countryRank(area: number): number {
  return area > 2e6 ? 0 : area > 5e5 ? 1 : area > 1e5 ? 2 : area > 2e4 ? 3 : 4;
}

function union(boxes: number[][]): Box {
  return boxes.reduce<Box>(
    (a, b) => [
      Math.min(a[0], b[0]),
      Math.min(a[1], b[1]),
      Math.max(a[2], b[2]),
      Math.max(a[3], b[3]),
    ],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
}
const grow = (b: number[], m: number): Box => [
  b[0] - m,
  Math.max(-85, b[1] - m),
  b[2] + m,
  Math.min(85, b[3] + m),
];

/** The context features around `built`'s places, most important first within each type. */
export function storyContext(built: BuiltStory): FeatureCollection<Geometry, ContextProps> {
  const places = built.story.places;
  const frames = places.map((p) => frameOf(built.geometry.get(p.id)!).box);
  const box = grow(union(frames), MARGIN);
  const small = frames.filter((f) => f[2] - f[0] < SMALL);
  const near = small.map((f) => grow(f, NEAR));
  // A view at z5 reaches about 5° from its place on a wide screen: a sea that close is named.
  const nearWater = small.map((f) => grow(f, NEAR_WATER));
  const isNear = (b: number[]) => near.some((n) => overlaps(n, b));
  const pass = (t: keyof typeof RANK, rank: number, b: number[]) =>
    rank <= RANK[t].far || (rank <= RANK[t].near && isNear(b));
  // A story place is labelled by the story; the context never names it twice.
  const story = new Set(places.map((p) => fold(p.name)));
  const points = places.flatMap((p) => {
    const g = built.geometry.get(p.id)!;
    return g.type === 'Point' ? [g.coordinates] : [];
  });
  const fresh = (name: string) => !story.has(fold(name));
  const c = contextLayers(box);
  const out: Feature<Geometry, ContextProps>[] = [];
  for (const w of c.water) {
    if (!fresh(w.name)) continue;
    const props = { t: 'water' as const, name: w.name, r: w.rank, z: w.rank };
    const at = [w.label[0], w.label[1], w.label[0], w.label[1]];
    if (pass('water', w.rank, at)) out.push(feature(pt(w.label), props));
    // Zoomed in on a small place, a sea whose label point is far off is named nearer: at the
    // pole of its part near the place, one more point the map may choose (geo/view-names).
    if (w.rank > RANK.water.near) continue;
    for (const b of nearWater) {
      const part = bboxClip(w.geometry, b).geometry as Polygon | MultiPolygon;
      const polys = part.type === 'Polygon' ? [part.coordinates] : part.coordinates;
      const kept = polys.filter((p) => p.length && p[0].length >= 4);
      if (!kept.length) continue;
      const shape: MultiPolygon = { type: 'MultiPolygon', coordinates: kept };
      const [x0, y0, x1, y1] = bboxOf(shape);
      if (x1 - x0 < MIN_PART || y1 - y0 < MIN_PART / 2) continue;
      out.push(feature(pt(labelPoint(shape)), { ...props, z: NEAR_ZOOM, alt: 1 }));
    }
  }
  for (const l of c.rivers) {
    const p = l.properties;
    if (p.cls !== 'river' || !fresh(p.name) || !pass('river', p.rank, bboxOf(l.geometry))) continue;
    const g = simplify(l.geometry, { tolerance: RIVER_TOLERANCE, highQuality: true });
    out.push(feature(g, { t: 'river', name: p.name, r: p.rank, z: Math.max(0, p.rank - 1) }));
  }
  for (const l of c.lakes) {
    const p = l.properties;
    if (!fresh(p.name) || !pass('lake', p.rank, bboxOf(l.geometry))) continue;
    const g = simplify(l.geometry, { tolerance: LAKE_TOLERANCE, highQuality: true });
    out.push(feature(g, { t: 'lake', name: p.name, r: p.rank, z: p.rank }));
  }
  for (const k of c.cities) {
    const [x, y] = k.coordinates;
    if (!k.capital && !pass('city', k.rank, [x, y, x, y])) continue;
    const name = english(k.name);
    const taken = points.some((q) => Math.abs(q[0] - x) < 0.3 && Math.abs(q[1] - y) < 0.3);
    if (!fresh(name) || !fresh(k.name) || taken) continue;
    const z = Math.max(0, Math.min(k.minZoom - 1.5, k.capital ? 3 : 9));
    out.push(
      feature(pt(k.coordinates), {
        t: 'city',
        name,
        r: k.rank,
        z: round(z),
        ...(k.capital ? { cap: 1 as const } : {}),
      }),
    );
  }
  return { type: 'FeatureCollection', features: out };
}

function feature(geometry: Geometry, properties: ContextProps): Feature<Geometry, ContextProps> {
  return { type: 'Feature', properties, geometry };
}

function bboxOf(g: Geometry): number[] {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c: unknown): void => {
    const p = c as number[];
    if (typeof p[0] === 'number') {
      b[0] = Math.min(b[0], p[0]);
      b[1] = Math.min(b[1], p[1]);
      b[2] = Math.max(b[2], p[0]);
      b[3] = Math.max(b[3], p[1]);
    } else for (const d of c as unknown[]) walk(d);
  };
  walk((g as { coordinates: unknown }).coordinates);
  return b;
}
