/**
 * Where to look for a place, shared by the live map's camera and the preview images: the
 * shape's main body (without far-off overseas parts) and a frame around it. Computed at build
 * time on the sphere with d3-geo, so the browser receives only a box per place.
 */
import { geoArea, geoCentroid, geoDistance, geoLength } from 'd3-geo';
import type { Position } from 'geojson';
import { linesOf, type LabelledGeometry } from '../../geo/label-points';
import { forD3, polygonsOf, type Polys } from '../../geo/polygons';

/** The context around a point: about 1,200 km across. */
const CONTEXT_KM = 600;
const EARTH_KM = 6371;
const CONTEXT_DEG = (CONTEXT_KM / EARTH_KM) * (180 / Math.PI);
/** A shape whose main parts span more than this many degrees of longitude gets a world map. */
const WORLD_SPAN = 240;
/** Mercator's poles are at infinity; frames stop here, short of the map's edge (MAX_LAT). */
const FRAME_MAX_LAT = 80;
/** Small outlying parts (Svalbard, Novaya Zemlya) do not stretch a Mercator frame past this. */
const SMALL_PART_MAX_LAT = 72;

export interface Frame {
  /** Longitude the projection is centred on, so that the frame never straddles its edge. */
  centre: number;
  /** [west, south, east, north] around the main parts; east may exceed 180. */
  box: [number, number, number, number];
  /** The share of the map the box should fill (the rest is context). */
  fill: number;
  /** The box must be at least this circle around its centre: the minimum context. */
  minRadiusDeg: number;
}

interface Part {
  area: number;
  centroid: [number, number];
  west: number;
  east: number;
  south: number;
  north: number;
}

function partOf(rings: Position[][]): Part {
  const d3poly = forD3([rings]);
  let [west, east, south, north] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const [x, y] of rings[0]) {
    [west, east] = [Math.min(west, x), Math.max(east, x)];
    [south, north] = [Math.min(south, y), Math.max(north, y)];
  }
  return { area: geoArea(d3poly), centroid: geoCentroid(d3poly), west, east, south, north };
}

/**
 * The parts that make a shape's main body: the largest polygon, every polygon with at least
 * 5% of the area, and polygons with at least 0.25% that lie near one already kept. So Europe
 * is framed without French Guiana and Réunion, Russia without its smallest Arctic islands,
 * and the West with Australia but without the Aleutians.
 */
export function mainParts(polys: Polys): Part[] {
  const parts = polys.map(partOf).sort((a, b) => b.area - a.area);
  const total = parts.reduce((s, p) => s + p.area, 0);
  const [largest] = parts;
  const near = 3 * Math.sqrt(largest.area / Math.PI);
  const kept = [largest];
  for (const p of parts.slice(1)) {
    const share = p.area / total;
    if (share >= 0.05) kept.push(p);
    else if (share >= 0.0025 && kept.some((k) => geoDistance(k.centroid, p.centroid) <= near))
      kept.push(p);
  }
  return kept;
}

/**
 * The longitudes that cover a set of spans with the least width, going round the globe: the
 * complement of the largest gap. Russia's main body and Chukotka (cut at 180°) become 27°..191°.
 * Anything wider than WORLD_SPAN is shown on a world map in the usual orientation.
 */
export function lonRange(spans: [number, number][]): [number, number] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [w, e] of sorted) {
    const last = merged[merged.length - 1];
    if (last && w <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([w, e]);
  }
  const first = merged[0];
  const last = merged[merged.length - 1];
  let gap = first[0] + 360 - last[1];
  let range: [number, number] = [first[0], last[1]];
  for (let i = 0; i + 1 < merged.length; i++) {
    const g = merged[i + 1][0] - merged[i][1];
    if (g > gap) [gap, range] = [g, [merged[i + 1][0], merged[i][1] + 360]];
  }
  return range[1] - range[0] > WORLD_SPAN ? [first[0], last[1]] : range;
}

/** The box around a line's positions. */
function lineBox(line: Position[]): Omit<Part, 'area' | 'centroid'> {
  let [west, east, south, north] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const [x, y] of line) {
    [west, east] = [Math.min(west, x), Math.max(east, x)];
    [south, north] = [Math.min(south, y), Math.max(north, y)];
  }
  return { west, east, south, north };
}

/**
 * The parts that make a line's course: the longest, and every part with at least 5% of the
 * whole length (as for areas). So a river is framed without a far-off stray reach, and a
 * route cut at the antimeridian keeps both halves.
 */
export function mainLines(lines: Position[][]): Position[][] {
  const lengths = lines.map((l) => geoLength({ type: 'LineString', coordinates: l }));
  const total = lengths.reduce((s, n) => s + n, 0);
  const longest = lengths.indexOf(Math.max(...lengths));
  return lines.filter((_, i) => i === longest || lengths[i] >= 0.05 * total);
}

function frameOfParts(parts: Omit<Part, 'area' | 'centroid'>[], large: boolean[]): Frame {
  const [west, east] = lonRange(parts.map((p) => [p.west, p.east]));
  let [south, north] = [Infinity, -Infinity];
  parts.forEach((p, i) => {
    const cap = large[i] ? FRAME_MAX_LAT : SMALL_PART_MAX_LAT;
    south = Math.min(south, Math.max(p.south, -cap));
    north = Math.max(north, Math.min(p.north, cap));
  });
  // A world map keeps the usual orientation (and the data's own cut at 180°).
  const centre = east - west > WORLD_SPAN ? 0 : (west + east) / 2;
  // The bigger the shape, the less room around it: a country gets its neighbours, a continent
  // fills the map.
  const size = Math.max(
    (east - west) * Math.cos((((south + north) / 2) * Math.PI) / 180),
    north - south,
  );
  const fill = Math.min(0.85, Math.max(0.55, 0.55 + (0.3 * (size - 15)) / 65));
  return { centre, box: [west, south, east, north], fill, minRadiusDeg: CONTEXT_DEG };
}

/**
 * Where to look for a place: its main body with context, a line's course (with at least a
 * point's context, for a short one), or 1,200 km around a point.
 */
export function frameOf(g: LabelledGeometry): Frame {
  if (g.type === 'Point') {
    const [lon, lat] = g.coordinates;
    return { centre: lon, box: [lon, lat, lon, lat], fill: 1, minRadiusDeg: CONTEXT_DEG };
  }
  if (g.type === 'LineString' || g.type === 'MultiLineString') {
    const parts = mainLines(linesOf(g)).map(lineBox);
    return frameOfParts(
      parts,
      parts.map(() => true),
    );
  }
  const parts = mainParts(polygonsOf(g));
  const total = parts.reduce((s, p) => s + p.area, 0);
  return frameOfParts(
    parts,
    parts.map((p) => p.area / total >= 0.05),
  );
}

/** A frame around a set of points (the story map: every place's label point). */
export function frameOfPoints(points: Position[]): Frame {
  const parts = points.map(([x, y]) => ({ west: x, east: x, south: y, north: y }));
  return {
    ...frameOfParts(
      parts,
      parts.map(() => true),
    ),
    fill: 0.86,
  };
}
