/**
 * Which places a click or a hover hits: points and labels within a finger's width first; if
 * none, the areas under the pointer, smallest first (a city's country before its region).
 */
import type { Map as MapLibreMap, PointLike } from 'maplibre-gl';
import type { BBox } from '../core/framing';
import { AREA_LAYERS, POINT_LAYERS } from './place-layers';

/** Half the side of the box a point or label is hit in (px): a finger is wide. */
export const HIT_RADIUS = 8;

/** The places a story feature stands for: its own, or every place a group's name holds (geo/groups). */
export function placesNamed(properties: { id?: unknown; members?: unknown }): string[] {
  return properties.members ? String(properties.members).split(' ') : [String(properties.id)];
}

/** The ids among `ids` that are places, in order, each once. */
function placeIds(ids: unknown[], isPlace: (id: string) => boolean): string[] {
  return [...new Set(ids.map(String).filter(isPlace))];
}

/** Areas ordered smallest first, by the size of their main body's box. */
export function smallestFirst(ids: string[], boxes: ReadonlyMap<string, BBox>): string[] {
  const size = (id: string) => {
    const b = boxes.get(id);
    return b ? (b[2] - b[0]) * (b[3] - b[1]) : Infinity;
  };
  return [...ids].sort((a, b) => size(a) - size(b));
}

export function placesAt(
  m: MapLibreMap,
  p: { x: number; y: number },
  isPlace: (id: string) => boolean,
  boxes: ReadonlyMap<string, BBox>,
): string[] {
  const r = HIT_RADIUS;
  const box: [PointLike, PointLike] = [
    [p.x - r, p.y - r],
    [p.x + r, p.y + r],
  ];
  // A style has only the area layers it needs (map/place-layers); querying one it lacks fails.
  const ids = (layers: string[], where: PointLike | [PointLike, PointLike]) =>
    placeIds(
      m
        .queryRenderedFeatures(where, { layers: layers.filter((id) => m.getLayer(id)) })
        .flatMap((f) => placesNamed(f.properties)),
      isPlace,
    );
  const points = ids(POINT_LAYERS, box);
  if (points.length) return points;
  return smallestFirst(ids(AREA_LAYERS, [p.x, p.y]), boxes);
}
